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
    const std::vector<Ring> rings = s.rings.empty() ? std::vector<Ring>(1) : s.rings; // as drawn
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
        CHECK(r.out.contains(pack.filePath(QStringLiteral("netwerkkaart.R"))));
        for (const char *name : {"egos.csv", "alters.csv", "aaties.csv", "egoties.csv",
                                 "former.csv", "categories.csv", "rings.csv", "netwerkkaart.R"})
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
