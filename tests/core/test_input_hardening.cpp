// SPDX-License-Identifier: GPL-3.0-or-later
// Odd inputs found by a hostile probe, each refused or reported where it is: two byte order
// marks, a loop of symbolic links, a duplicate key (with its line), a schema version written
// as 2.0, a deck id that would lead out of the session's folder; and the one writer that never
// replaces a device node or a FIFO.
#include "nwk/core/atomicfile.h"
#include "nwk/core/deckresolver.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace nwk;

namespace {

QByteArray exampleBytes()
{
    QFile file(QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Diagnostic onlyError(const SessionReadResult &r)
{
    REQUIRE_FALSE(r.session);
    REQUIRE_FALSE(r.diagnostics.empty());
    return r.diagnostics.front();
}

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TEST_CASE("A file may start with one byte order mark, not two", "[io][hardening]")
{
    const QByteArray bom("\xEF\xBB\xBF");
    REQUIRE(parseSession(bom + exampleBytes()).session); // one is fine
    const Diagnostic d = onlyError(parseSession(bom + bom + exampleBytes()));
    CHECK(d.message == QStringLiteral("a second byte order mark; a file may start with one at "
                                      "most"));
    CHECK(d.line == 1);
}

TEST_CASE("A duplicate key is reported with the line it is written on", "[io][hardening]")
{
    // Top level: a second "schemaVersion" on line 4.
    const QByteArray top = "{\n  \"format\": \"netwerkkaart-session\",\n  \"schemaVersion\": 2,\n"
                           "  \"schemaVersion\": 2\n}\n";
    const Diagnostic d = onlyError(parseSession(top));
    CHECK(d.message == QStringLiteral("duplicate key \"schemaVersion\""));
    CHECK(d.path.isEmpty());
    CHECK(d.line == 4);
    CHECK(d.column == 3);

    // Nested, the third time a key is written: the message points at that third one.
    const QByteArray nested = "{\"a\": [{\"x\": 1}, {\"x\": 1,\n\"x\": 2,\n\n  \"x\": 3}]}";
    const SessionReadResult r = parseSession(nested);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].path == QStringLiteral("/a/1"));
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[1].line == 4);
    CHECK(r.diagnostics[1].column == 3);
}

TEST_CASE("schemaVersion 2.0 is named as written, with the fix", "[io][hardening]")
{
    QByteArray bytes = exampleBytes();
    REQUIRE(bytes.contains("\"schemaVersion\": 3,"));
    bytes.replace("\"schemaVersion\": 3,", "\"schemaVersion\": 2.0,");
    const Diagnostic d = onlyError(parseSession(bytes));
    CHECK(d.path == QStringLiteral("/schemaVersion"));
    CHECK(d.message ==
          QStringLiteral("expected an integer, found 2.0 (write 2, without a decimal point)"));

    bytes.replace("\"schemaVersion\": 2.0,", "\"schemaVersion\": 2.5,");
    CHECK(onlyError(parseSession(bytes)).message ==
          QStringLiteral("expected an integer, found 2.5"));
}

TEST_CASE("A loop of symbolic links and a dangling link are named as such", "[io][hardening]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.nwk"));
    const QString b = dir.filePath(QStringLiteral("b.nwk"));
    REQUIRE(QFile::link(b, a));
    REQUIRE(QFile::link(a, b));
    const SessionReadResult loop = readSessionFile(a);
    REQUIRE(loop.diagnostics.size() == 1);
    CHECK(loop.diagnostics.front().message.contains(QStringLiteral("a loop of links")));

    const QString dangling = dir.filePath(QStringLiteral("c.nwk"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("gone.nwk")), dangling));
    const SessionReadResult missing = readSessionFile(dangling);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics.front().message.contains(
        QStringLiteral("a symbolic link to \"%1\", which does not exist")
            .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("gone.nwk"))))));
}

TEST_CASE("A deck id never leads out of the session's folder", "[io][hardening]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A valid deck file with the id "../../x", two folders above the session.
    QFile source(QStringLiteral(NWK_SOURCE_DIR "/resources/decks/sono-collectief-leren.nl.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray deck = source.readAll();
    REQUIRE(deck.contains("\"id\": \"sono-collectief-leren\""));
    deck.replace("\"id\": \"sono-collectief-leren\"", "\"id\": \"../../x\"");
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("s/t"))));
    const QString outside = dir.filePath(QStringLiteral("x.nl.json"));
    REQUIRE(writeBytes(outside, deck));
    REQUIRE(readDeckFile(outside).deck); // a deck the old lookup would have used

    const QString session = dir.filePath(QStringLiteral("s/t/school.nwk"));
    const DeckLookup lookup = findDeck(
        {QStringLiteral("../../x"), QStringLiteral("1"), QStringLiteral("nl")}, session, {});
    CHECK_FALSE(lookup.found);
    CHECK(lookup.path.isEmpty());
    CHECK(lookup.brokenFiles.empty()); // nothing was even opened

    CHECK(isSafeDeckId(QStringLiteral("sono-collectief-leren")));
    CHECK(isSafeDeckId(QStringLiteral("my_deck.v2")));
    for (const char *bad : {"../x", "a/b", "a\\b", ".hidden", "..", "x\ny"})
        CHECK_FALSE(isSafeDeckId(QString::fromUtf8(bad)));

    // Reading the session warns, at /deck/id.
    QByteArray bytes = exampleBytes();
    const auto at = bytes.indexOf("\"deck\"");
    REQUIRE(at >= 0);
    const auto idAt = bytes.indexOf("\"id\": \"", at) + 7;
    bytes.insert(idAt, "../../");
    const SessionReadResult r = parseSession(bytes);
    REQUIRE(r.session);
    bool warned = false;
    for (const Diagnostic &d : r.diagnostics)
        warned = warned || (d.path == QStringLiteral("/deck/id") &&
                            d.severity == Diagnostic::Severity::Warning &&
                            d.message.contains(QStringLiteral("cannot name a deck file")));
    CHECK(warned);
}

TEST_CASE("The file writer never replaces a device node or a FIFO", "[io][hardening]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    auto isFifo = [&] {
        struct stat st {};
        return ::lstat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
    };

    // Default (the editor, every export): refused, named.
    QString error = writeFileAtomically(fifo, "data");
    CHECK(error.contains(QStringLiteral("it is a FIFO (named pipe), not a regular file")));
    CHECK(isFifo());
    error = writeFileAtomically(QStringLiteral("/dev/null"), "data");
    CHECK(error.contains(QStringLiteral("it is a character device, not a regular file")));

    // Written into (the CLI): a FIFO nobody reads is refused at once, not waited for.
    error = writeFileAtomically(fifo, "data", SpecialFiles::WriteInto);
    CHECK(error.contains(QStringLiteral("no program is reading from it")));
    CHECK(isFifo());
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    CHECK(writeFileAtomically(fifo, "data", SpecialFiles::WriteInto).isEmpty());
    char buffer[8] = {};
    CHECK(::read(reader, buffer, sizeof buffer) == 4);
    CHECK(QByteArray(buffer, 4) == "data");
    ::close(reader);
    CHECK(isFifo());

    CHECK(writeFileAtomically(QStringLiteral("/dev/full"), "data", SpecialFiles::WriteInto)
              .contains(QStringLiteral("No space left on device")));
    CHECK(writeFileAtomically(QStringLiteral("/dev/null"), "data", SpecialFiles::WriteInto)
              .isEmpty());
}
