// SPDX-License-Identifier: GPL-3.0-or-later
// export --format r: the R pack's script, run by R (Rscript with igraph, ggplot2 and
// ggraph: Debian r-base-core, r-cran-igraph, r-cran-ggraph), draws the map into a PNG and
// a PDF and prints the session's counts.
#include "clitest.h"
#include "skip.h"

#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>

using namespace nwk;
using namespace nwk::clitest;

namespace {

using Counts = std::map<QString, int>;

/// The counts the script must print for a session, as "name: count" lines.
Counts expectedCounts(const Session &s)
{
    const MapGeometry g = MapGeometry::forSession(s);
    const bool en = s.meta.language == QLatin1String("en");
    Counts c;
    // "ring 1 (close)": the ring's label (in the other language when it has none in the
    // session's), or "ring N" when it has neither (or another ring has it).
    QStringList names;
    const std::vector<Ring> rings =
        s.rings.empty() ? std::vector<Ring>(1) : s.rings.vector(); // as drawn
    for (std::size_t i = 0; i < rings.size(); ++i) {
        const Ring &r = rings[i];
        const QString mine = en ? r.labelEn : r.labelNl;
        QString label = (mine.isEmpty() ? (en ? r.labelNl : r.labelEn) : mine).trimmed();
        if (label.isEmpty() || names.contains(label))
            label = QStringLiteral("ring %1").arg(i + 1);
        names << label;
        c[QStringLiteral("ring %1 (%2)").arg(i + 1).arg(label)] = 0;
    }
    c[QStringLiteral("partners")] = int(s.partners.size());
    c[QStringLiteral("placed partners")] = 0;
    c[QStringLiteral("links between partners")] = 0;
    c[QStringLiteral("links with the school")] = 0;
    c[QStringLiteral("no ring")] = 0;
    for (const Partner &p : s.partners) {
        c[QStringLiteral("placed partners")] += p.placement ? 1 : 0;
        if (!p.placement || !p.placement->distanceDiscussed()) {
            ++c[QStringLiteral("no ring")];
            continue;
        }
        const int ring =
            p.placement->distanceKind == DistanceKind::Ring ? g.ringAt(p.placement->distance) : 0;
        ++c[QStringLiteral("ring %1 (%2)").arg(ring + 1).arg(names.at(ring))];
    }
    for (const Link &l : s.links)
        ++c[l.from == kSchoolId || l.to == kSchoolId ? QStringLiteral("links with the school")
                                                     : QStringLiteral("links between partners")];
    return c;
}

/// "name: 12" lines of the script's output.
Counts printedCounts(const QString &out)
{
    Counts c;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.lastIndexOf(QStringLiteral(": "));
        bool ok = false;
        const int n = line.mid(colon + 2).trimmed().toInt(&ok);
        if (colon > 0 && ok)
            c[line.left(colon)] = n;
    }
    return c;
}

struct ScriptRun {
    bool ok = false;
    QString out; ///< standard output
    QString err;
};

/// Runs the pack's netwerkkaart.R with Rscript from `workingDir`, `arguments` after it.
ScriptRun runScript(const QString &rscript, const QDir &pack, const QString &workingDir,
                    const QStringList &arguments = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(rscript,
                  QStringList{pack.filePath(QStringLiteral("netwerkkaart.R"))} + arguments);
    ScriptRun run;
    run.ok = process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit &&
             process.exitCode() == 0;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The R pack of `s` (written as "<dir>/school.nwk") in "<dir>/school-r".
QDir exportPack(const Session &s, const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    const CliResult r = runCli({QStringLiteral("export"), file, QStringLiteral("--format"),
                                QStringLiteral("r"), QStringLiteral("--out-dir"), dir.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QDir(dir.filePath(QStringLiteral("school-r")));
}

} // namespace

// The example, a schema-3 session (English, four rings, one without a label, former and
// desired placements) and a session without categories, rings or partners.
TEST_CASE("export --format r writes an R pack whose script draws the map and prints the counts",
          "[cli][export][rpack]")
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript is not installed (r-base-core, r-cran-igraph, r-cran-ggraph)");
        return;
    }
    for (const QString &file :
         {QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk"),
          QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"),
          QStringLiteral(NWK_TEST_DATA "/golden/minimal.nwk")}) {
        INFO(file.toStdString());
        const SessionReadResult read = readSessionFile(file);
        REQUIRE(read.session);
        QTemporaryDir dir;
        const CliResult r = runCli({QStringLiteral("export"), file, QStringLiteral("--format"),
                                    QStringLiteral("r"), QStringLiteral("--out-dir"), dir.path()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QDir pack(dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral("-r")));
        CHECK(r.out.isEmpty()); // messages go to standard error (docs/cli.md)
        CHECK(r.err.contains(QStringLiteral("wrote %1 (R pack)")
                                 .arg(pack.filePath(QStringLiteral("netwerkkaart.R")))));
        for (const char *name :
             {"egos.csv", "alters.csv", "aaties.csv", "egoties.csv", "former.csv", "categories.csv",
              "rings.csv", "timeline.csv", "netwerkkaart.R"})
            CHECK(QFileInfo(pack.filePath(QString::fromLatin1(name))).size() > 0);

        // Run from elsewhere: the script finds its tables next to itself.
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(rscript, {pack.filePath(QStringLiteral("netwerkkaart.R"))});
        REQUIRE(process.waitForFinished(300000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        INFO(out.toStdString() << process.readAllStandardError().toStdString());
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        REQUIRE(process.exitCode() == 0);

        const Counts printed = printedCounts(out);
        for (const auto &[what, count] : expectedCounts(*read.session)) {
            INFO(what.toStdString());
            REQUIRE(printed.count(what) == 1);
            CHECK(printed.at(what) == count);
        }
        for (const char *plot : {"netwerkkaart.png", "netwerkkaart.pdf"})
            CHECK(QFileInfo(pack.filePath(QString::fromLatin1(plot))).size() > 5000);
        QFile png(pack.filePath(QStringLiteral("netwerkkaart.png")));
        REQUIRE(png.open(QIODevice::ReadOnly));
        const PngImage image = decodePng(png.readAll());
        CHECK(image.error.isEmpty());
        CHECK(image.width == 1200);
    }
}

TEST_CASE("export --format r -o names the pack's folder and refuses standard output",
          "[cli][export][rpack]")
{
    QTemporaryDir dir;
    const QString example = QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk");
    const QString folder = dir.filePath(QStringLiteral("voor-r"));
    CliResult r = runCli({QStringLiteral("export"), example, QStringLiteral("--format"),
                          QStringLiteral("r"), QStringLiteral("-o"), folder});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo(QDir(folder).filePath(QStringLiteral("alters.csv"))).size() > 0);

    r = runCli({QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("r"),
                QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("r writes a folder")));

    QFile plain(dir.filePath(QStringLiteral("a-file")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    r = runCli({QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("r"),
                QStringLiteral("-o"), plain.fileName()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not a folder")));
}

// The tables neutralise text cells that start with = + - @ (a leading "'", for
// spreadsheets); the script counts the rings by their number and shows the labels without
// the quote.
TEST_CASE("The R pack's script counts and shows labels that start with = + - @ without the "
          "spreadsheet quote",
          "[cli][export][rpack]")
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript is not installed (r-base-core, r-cran-igraph, r-cran-ggraph)");
        return;
    }
    Session s = sampleSession();
    REQUIRE(!s.rings.empty());
    s.rings[0].labelNl = QStringLiteral("+ dichtbij");
    s.partners[0].label = QStringLiteral("=CLB"); // pa1, in the innermost ring
    s.categories[0].labelNl = QStringLiteral("@extern");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir pack = exportPack(s, dir);
    QFile alters(pack.filePath(QStringLiteral("alters.csv")));
    REQUIRE(alters.open(QIODevice::ReadOnly));
    const QByteArray table = alters.readAll();
    CHECK(table.contains(",'=CLB,")); // the tables stay neutralised
    CHECK(table.contains(",'+ dichtbij,"));

    const ScriptRun run = runScript(rscript, pack, dir.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.ok);
    const Counts expected = expectedCounts(s);
    REQUIRE(expected.at(QStringLiteral("ring 1 (+ dichtbij)")) > 0);
    const Counts printed = printedCounts(run.out);
    for (const auto &[what, count] : expected) {
        INFO(what.toStdString());
        REQUIRE(printed.count(what) == 1);
        CHECK(printed.at(what) == count);
    }
    CHECK_FALSE(run.out.contains(QLatin1Char('\'')));

    // The plot's labels: the PDF's text (pdftotext, poppler-utils).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return;
    QProcess text;
    text.start(pdftotext, {pack.filePath(QStringLiteral("netwerkkaart.pdf")), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    INFO(shown.toStdString());
    for (const char *label : {"=CLB", "+ dichtbij", "@extern"}) {
        CHECK(shown.contains(QString::fromUtf8(label)));
        CHECK_FALSE(shown.contains(QLatin1Char('\'') + QString::fromUtf8(label)));
    }
}

TEST_CASE("netwerkkaart.R FOLDER makes the folder when it does not exist", "[cli][export][rpack]")
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript is not installed (r-base-core, r-cran-igraph, r-cran-ggraph)");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir pack = exportPack(sampleSession(), dir);
    const QString plots = dir.filePath(QStringLiteral("nieuw/plots"));
    REQUIRE_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nieuw"))));
    const ScriptRun run = runScript(rscript, pack, dir.path(), {plots});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.ok);
    for (const char *plot : {"netwerkkaart.png", "netwerkkaart.pdf"}) {
        const QString file = QDir(plots).filePath(QString::fromLatin1(plot));
        CHECK(QFileInfo(file).size() > 5000);
        CHECK(run.out.contains(QStringLiteral("plot: %1").arg(file)));
    }
}
