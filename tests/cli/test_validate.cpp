// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli validate: verdicts, located messages and exit codes.
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

namespace {

struct ManifestEntry {
    QString file;
    QString expected;
};

/// Tab-separated "file<TAB>expected substring" lines; '#' lines and blank lines are comments.
std::vector<ManifestEntry> readManifest(const QString &fileName)
{
    std::vector<ManifestEntry> entries;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const auto &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        entries.push_back({line.left(tab), tab < 0 ? QString() : line.mid(tab + 1)});
    }
    return entries;
}

/// The manifest holds Diagnostic::toString() texts ("line 4, column 9: message"); the CLI
/// puts the location after the file name ("FILE:4:9: message").
QString cliRendering(QString expected)
{
    static const QRegularExpression location(QStringLiteral("line (\\d+), column (\\d+)"));
    return expected.replace(location, QStringLiteral(":\\1:\\2"));
}

/// Runs validate on each listed file: rejected (exit 1, no crash), every output line is
/// about that file, and the problem text contains the expected substring.
void checkManifest(const QString &dir, std::size_t minimumEntries)
{
    const auto entries = readManifest(dir + QStringLiteral("/expected.tsv"));
    REQUIRE(entries.size() >= minimumEntries);
    for (const auto &entry : entries) {
        const QString path = dir + QLatin1Char('/') + entry.file;
        INFO("file: " << entry.file.toStdString()
                      << ", expected: " << entry.expected.toStdString());
        REQUIRE_FALSE(entry.expected.isEmpty());
        REQUIRE(QFile::exists(path));
        const CliResult r = runCli({QStringLiteral("validate"), path});
        INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.normalExit);
        CHECK(r.exitCode == 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CHECK_FALSE(lines.isEmpty());
        for (const auto &line : lines)
            CHECK(line.startsWith(path + QLatin1Char(':')));
        QString problems = r.out;
        problems.replace(path, QStringLiteral("FILE"));
        CHECK(problems.contains(cliRendering(entry.expected)));
        CHECK_FALSE(r.out.contains(QStringLiteral(": OK")));
    }
}

} // namespace

TEST_CASE("validate accepts a valid session file", "[cli][validate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), file).isEmpty());

    const CliResult r = runCli({QStringLiteral("validate"), file});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.normalExit);
    CHECK(r.exitCode == 0);
    CHECK(r.out.split(QLatin1Char('\n')).contains(file + QStringLiteral(": OK")));
}

TEST_CASE("validate accepts the shipped example", "[cli][validate]")
{
    const QString example = QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk");
    REQUIRE(QFile::exists(example));
    const CliResult r = runCli({QStringLiteral("validate"), example});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(example + QStringLiteral(": OK")));
}

TEST_CASE("validate rejects the CLI's own invalid files with located messages", "[cli][validate]")
{
    checkManifest(QStringLiteral(NWK_TEST_DATA "/cli"), 4);
}

TEST_CASE("validate rejects every file of the invalid-file manifest", "[cli][validate]")
{
    const QString dir = QStringLiteral(NWK_TEST_DATA "/invalid");
    INFO("the manifest tests/data/invalid/expected.tsv must exist and list >= 30 files");
    REQUIRE(QFile::exists(dir + QStringLiteral("/expected.tsv")));
    checkManifest(dir, 30);
}

TEST_CASE("validate of a syntax error gives FILE:LINE:COLUMN", "[cli][validate]")
{
    const QString file = QStringLiteral(NWK_TEST_DATA "/cli/syntax-error.nwk");
    const CliResult r = runCli({QStringLiteral("validate"), file});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 1);
    const QStringList lines = linesStartingWith(r.out, file + QStringLiteral(":4:"));
    REQUIRE(lines.size() == 1);
    // "FILE:4:<column>: message"
    const QString rest = lines.first().mid(file.size() + 3);
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    bool isNumber = false;
    CHECK(rest.left(colon).toInt(&isNumber) > 0);
    CHECK(isNumber);
    CHECK(rest.mid(colon).startsWith(QStringLiteral(": ")));
}

TEST_CASE("validate checks deck files as decks", "[cli][validate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    REQUIRE_FALSE(deck.cards.empty());
    const QString file = dir.filePath(QStringLiteral("deck.json"));
    REQUIRE(writeText(file, serializeDeck(deck)));

    const CliResult valid = runCli({QStringLiteral("validate"), file});
    INFO(valid.out.toStdString() << valid.err.toStdString());
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.trimmed() == file + QStringLiteral(": OK"));

    const QString broken = QStringLiteral(NWK_TEST_DATA "/cli/invalid-deck.json");
    const CliResult invalid = runCli({QStringLiteral("validate"), broken});
    INFO(invalid.out.toStdString());
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.out.contains(broken + QStringLiteral(": /cards")));
    // Judged as a deck, not as a session of the wrong format.
    CHECK_FALSE(invalid.out.contains(QStringLiteral("/format")));
}

TEST_CASE("validate of several files reports each and fails if any fails", "[cli][validate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), good).isEmpty());
    const QString bad = QStringLiteral(NWK_TEST_DATA "/cli/dangling-link.nwk");

    const CliResult r = runCli({QStringLiteral("validate"), good, bad, good});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(linesStartingWith(r.out, good + QStringLiteral(": OK")).size() == 2);
    CHECK(linesStartingWith(r.out, bad + QStringLiteral(": /links/0/to")).size() == 1);
}

TEST_CASE("validate of a missing file or a directory fails clearly", "[cli][validate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nowhere.nwk"));

    const CliResult r1 = runCli({QStringLiteral("validate"), missing});
    CHECK(r1.normalExit);
    CHECK(r1.exitCode == 1);
    CHECK(r1.out.trimmed() == missing + QStringLiteral(": no such file"));

    const CliResult r2 = runCli({QStringLiteral("validate"), dir.path()});
    CHECK(r2.normalExit);
    CHECK(r2.exitCode == 1);
    CHECK(r2.out.trimmed() == dir.path() + QStringLiteral(": is a directory, not a file"));
}

TEST_CASE("validate without files is a usage error", "[cli][validate]")
{
    const CliResult r = runCli({QStringLiteral("validate")});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("no file given")));

    const CliResult r2 =
        runCli({QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("x.nwk")});
    CHECK(r2.exitCode == 2);
    CHECK(r2.err.contains(QStringLiteral("bogus")));
}
