// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli export --anonymise --out-dir: no real name in any file it writes; CSV
// cells that a spreadsheet would run as formulas are neutralised unless --csv-raw (also
// compare --csv); no bidi control in any text file.
#include "clitest.h"
#include "csvparse.h"
#include "namedsession.h"
#include "pdftext.h"
#include "ziptext.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;
using namespace nwk::testdata;

namespace {

/// The text of a file the export wrote: PDFs as poppler reads them, an ODT's content.xml
/// (python3's zipfile), a .qdpx's entries as Python unzips them; empty for PNG.
QString textOf(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".png")))
        return {};
    if (fileName.endsWith(QLatin1String(".pdf")))
        return testpdf::pdfText(fileName);
    if (fileName.endsWith(QLatin1String(".odt"))) {
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys, zipfile; sys.stdout.buffer.write("
                                    "zipfile.ZipFile(sys.argv[1]).read('content.xml'))"),
                     fileName});
        REQUIRE(unzip.waitForFinished(60000));
        REQUIRE(unzip.exitCode() == 0);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    }
    if (fileName.endsWith(QLatin1String(".qdpx")))
        return zipText(fileName);
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

/// Runs `export FILE --out-dir DIR ARGS...`; the files it wrote, by name (the R pack's in
/// its folder too).
QStringList exportTo(const QString &session, const QString &dir, const QStringList &arguments)
{
    const CliResult r =
        runCli(QStringList{QStringLiteral("export"), session, QStringLiteral("--out-dir"), dir} +
               arguments);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList files;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    files.sort();
    return files;
}

bool formulaLike(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

} // namespace

TEST_CASE("export --anonymise writes no real name into any format", "[cli][export][anonymise]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(namedSession(), session).isEmpty());

    // Without --anonymise the names are in the files: the grep can find them.
    const QStringList plain = exportTo(session, dir.filePath(QStringLiteral("plain")), {});
    // svg, png, pdf, graphml, 17 csv, html, report pdf, odt, qdpx, the R pack's 8 tables and
    // script
    REQUIRE(plain.size() == 34);
    for (const QString &file : plain) {
        INFO(file.toStdString());
        if (!file.endsWith(QLatin1String(".png")))
            CHECK_FALSE(realNamesIn(textOf(file)).isEmpty());
    }

    const QStringList anonymised =
        exportTo(session, dir.filePath(QStringLiteral("anon")),
                 {QStringLiteral("--anonymise"), QStringLiteral("--annotations"),
                  QStringLiteral("--show-notes")});
    REQUIRE(anonymised.size() == 34);
    for (const QString &file : anonymised) {
        const QString text = textOf(file);
        INFO(file.toStdString() << "\n" << text.toStdString());
        CHECK(realNamesIn(text).isEmpty());
    }
}

TEST_CASE("no anonymised export holds an audio part's file name or a transcript speaker",
          "[cli][export][anonymise][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("school.nwk"));
    const Session named = namedSession();
    REQUIRE(named.recording.parts.size() == 2);
    REQUIRE(named.transcript.speakers.size() == 2);
    REQUIRE(writeSessionFile(named, session).isEmpty());
    // What must not appear: each part's file name (also without its folder), the
    // transcript's file and every speaker label, with the device.
    QStringList traces{named.transcript.file, QStringLiteral(".wav"),
                       named.recording.parts[0].device};
    for (const AudioPart &part : named.recording.parts)
        traces << part.file << QFileInfo(part.file).completeBaseName();
    for (const TranscriptSpeaker &speaker : named.transcript.speakers)
        traces << speaker.speaker;

    // The plain export does hold the parts (the timeline table's audio-part rows): the check
    // below can find them.
    const QString plainTimeline =
        textOf(exportTo(session, dir.filePath(QStringLiteral("plain")),
                        {QStringLiteral("--format"), QStringLiteral("csv")})
                   .filter(QStringLiteral("-timeline.csv"))
                   .value(0));
    CHECK(plainTimeline.contains(named.recording.parts[0].file));

    const QStringList files = exportTo(session, dir.filePath(QStringLiteral("anon")),
                                       {QStringLiteral("--anonymise"),
                                        QStringLiteral("--annotations")});
    REQUIRE(files.size() == 34);
    for (const QString &file : files) {
        const QString text = textOf(file);
        for (const QString &trace : std::as_const(traces)) {
            INFO(file.toStdString() << ": " << trace.toStdString());
            CHECK_FALSE(text.contains(trace, Qt::CaseInsensitive));
        }
    }
}

TEST_CASE("export neutralises CSV cells that start like a formula, unless --csv-raw",
          "[cli][export][csv][formula]")
{
    for (const QString &lead : {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
                                QStringLiteral("@"), QStringLiteral("\t"), QStringLiteral("\r")}) {
        INFO("lead U+" << int(lead.front().unicode()));
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString session = dir.filePath(QStringLiteral("school.nwk"));
        REQUIRE(writeSessionFile(namedSession([&](const QString &field) {
                                     return lead + QStringLiteral("cmd|' /C calc'!A0 ") + field;
                                 }),
                                 session)
                    .isEmpty());
        const QStringList csvOnly{QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--csv-bom")};
        struct Run {
            const char *folder;
            QStringList arguments;
            bool raw;
        };
        for (const Run &run :
             {Run{"plain", csvOnly, false},
              Run{"anon", csvOnly + QStringList{QStringLiteral("--anonymise")}, false},
              Run{"raw", csvOnly + QStringList{QStringLiteral("--csv-raw")}, true},
              Run{"raw-anon",
                  csvOnly + QStringList{QStringLiteral("--csv-raw"), QStringLiteral("--anonymise")},
                  true},
              Run{"raw-csv", csvOnly + QStringList{QStringLiteral("--raw-csv")}, true}}) {
            const QStringList files =
                exportTo(session, dir.filePath(QString::fromLatin1(run.folder)), run.arguments);
            REQUIRE(files.size() == 17);
            int formulas = 0;
            int neutralised = 0;
            for (const QString &file : files) {
                QFile f(file);
                REQUIRE(f.open(QIODevice::ReadOnly));
                const auto parsed = testcsv::parseCsv(f.readAll().mid(3)); // after the BOM
                INFO(file.toStdString() << " " << parsed.error.toStdString());
                REQUIRE(parsed.error.isEmpty());
                for (const QStringList &record : parsed.records)
                    for (const QString &cell : record) {
                        // Only x and y may be negative numbers: the program's own.
                        bool number = false;
                        cell.toDouble(&number);
                        formulas += formulaLike(cell) && !number ? 1 : 0;
                        neutralised += cell.startsWith(QLatin1Char('\'') + lead) ? 1 : 0;
                    }
            }
            INFO(run.folder);
            if (run.raw) {
                CHECK(formulas > 20);
                CHECK(neutralised == 0);
            } else {
                CHECK(formulas == 0);
                CHECK(neutralised > 20);
            }
        }
    }
}

TEST_CASE("compare --csv neutralises school names that start like a formula, unless --csv-raw",
          "[cli][compare][csv][formula]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session a = sampleSession();
    a.meta.schoolName = QStringLiteral("=HYPERLINK(\"http://x.example\")");
    Session b = sampleSession();
    b.meta.schoolName = QStringLiteral("@SUM(1+1)");
    const QString fa = dir.filePath(QStringLiteral("a.nwk"));
    const QString fb = dir.filePath(QStringLiteral("b.nwk"));
    REQUIRE(writeSessionFile(a, fa).isEmpty());
    REQUIRE(writeSessionFile(b, fb).isEmpty());
    auto header = [&](const QStringList &extra) {
        const QString out = dir.filePath(QStringLiteral("cmp.csv"));
        const CliResult r = runCli(
            QStringList{QStringLiteral("compare"), fa, fb, QStringLiteral("--csv"), out} + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const auto parsed = testcsv::parseCsv(f.readAll());
        REQUIRE(parsed.error.isEmpty());
        return parsed.records.front();
    };
    CHECK(header({}) == QStringList{QStringLiteral("Category"), QStringLiteral("Measure"),
                                    QStringLiteral("'=HYPERLINK(\"http://x.example\")"),
                                    QStringLiteral("'@SUM(1+1)")});
    CHECK(header({QStringLiteral("--csv-raw")}) ==
          QStringList{QStringLiteral("Category"), QStringLiteral("Measure"), a.meta.schoolName,
                      b.meta.schoolName});
    CHECK(header({QStringLiteral("--raw-csv")}) == header({QStringLiteral("--csv-raw")}));
}

TEST_CASE("export writes no bidi control into SVG, GraphML, CSV or the report HTML",
          "[cli][export][bidi]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(namedSession([](const QString &field) {
                                 return QStringLiteral("\u202E") + field +
                                        QStringLiteral("\u2066\u200F gpj.exe");
                             }),
                             session)
                .isEmpty());
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--anonymise")}}) {
        const QStringList files = exportTo(
            session, dir.filePath(extra.isEmpty() ? QStringLiteral("p") : QStringLiteral("a")),
            extra +
                QStringList{QStringLiteral("--format"), QStringLiteral("svg,graphml,csv,html")});
        REQUIRE(files.size() == 20); // svg, graphml, 17 csv, html
        for (const QString &file : files) {
            const QString text = textOf(file);
            INFO(file.toStdString());
            CHECK_FALSE(text.contains(QChar(0x202E)));
            CHECK_FALSE(text.contains(QChar(0x2066)));
            CHECK_FALSE(text.contains(QChar(0x200F)));
        }
    }
}
