// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli with texts at their maximum length and with a file over the session's
// limits (docs/file-format.md, "Limits"): each command completes (no timing asserted).
#include "clitest.h"
#include "examplesession.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nwk;
using namespace nwk::clitest;

namespace {

QString word(const QString &seed, int n)
{
    return seed.repeated(n / static_cast<int>(seed.size()) + 1).left(n);
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The content of every <text> element of an SVG document.
QStringList svgTextElements(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QStringList out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("export: 10,000-character words as link labels, partner labels and notes, in every "
          "map and report format",
          "[cli][export][longtext]")
{
    Session s = testdata::exampleSession();
    for (std::size_t i = 0; i < 4; ++i) {
        s.links[i].label = word(QStringLiteral("verbindingslabel"), 10000);
        s.partners[i].label = word(QStringLiteral("partnerlabel"), 10000);
        s.partners[i].notes = word(QStringLiteral("partnernotitie"), 10000);
        s.categories[i].note = word(QStringLiteral("sectornotitie"), 10000);
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("lang.nwk"));
    REQUIRE(writeSessionFile(s, session).isEmpty());
    const QString out = dir.filePath(QStringLiteral("out"));

    const CliResult e =
        runCli({QStringLiteral("export"), session, QStringLiteral("--out-dir"), out,
                QStringLiteral("--format"), QStringLiteral("svg,png,pdf,html,report-pdf")});
    INFO(e.out.toStdString() << e.err.toStdString());
    REQUIRE(e.normalExit);
    CHECK(e.exitCode == 0);
    CHECK(linesStartingWith(e.err, QStringLiteral("wrote ")).size() == 5);
    for (const char *name :
         {"lang.svg", "lang.png", "lang.pdf", "lang-report.html", "lang-report.pdf"}) {
        INFO(name);
        CHECK(QFileInfo(QDir(out).filePath(QString::fromLatin1(name))).size() > 1000);
    }
    // On the map each word is drawn broken into short lines, the last elided.
    const QStringList texts =
        svgTextElements(readAll(QDir(out).filePath(QStringLiteral("lang.svg"))));
    int elided = 0;
    for (const QString &t : texts) {
        CHECK(t.size() < 400);
        elided += t.endsWith(QChar(0x2026)) ? 1 : 0;
    }
    CHECK(elided >= 12);
    // The HTML report has the words whole.
    const QString html =
        QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("lang-report.html"))));
    CHECK(html.contains(s.partners[0].notes));
}

TEST_CASE("validate and export refuse a file of a million partners with a located message",
          "[cli][validate][limits]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("huge.nwk"));
    QByteArray text = R"({"format": "netwerkkaart-session", "schemaVersion": 2, "partners": [)";
    text.reserve(45 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        text += (i ? ",{\"id\": \"pa" : "{\"id\": \"pa") + QByteArray::number(i) +
                "\", \"label\": \"P\"}";
    text += "]}";
    REQUIRE(writeText(file, text));
    const QString message =
        file + QStringLiteral(": /partners: 1000000 partners, more than the maximum of 20000");

    const CliResult v = runCli({QStringLiteral("validate"), file});
    INFO(v.out.toStdString() << v.err.toStdString());
    REQUIRE(v.normalExit);
    CHECK(v.exitCode == 1);
    CHECK(v.out.split(QLatin1Char('\n')).contains(message));

    const CliResult e = runCli({QStringLiteral("export"), file, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("huge.svg"))});
    INFO(e.out.toStdString() << e.err.toStdString());
    REQUIRE(e.normalExit);
    CHECK(e.exitCode == 1);
    CHECK((e.out + e.err).contains(message));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("huge.svg"))));
}
