// SPDX-License-Identifier: GPL-3.0-or-later
// The README's promise: the bundled example exports headlessly to an SVG and a PNG
// that show every partner, the sectors, the rings and the legend.
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nwk;
using namespace nwk::clitest;

namespace {

/// Every text run of an SVG, in document order (QSvgGenerator writes one <text> per line).
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace

TEST_CASE("export of the example shows every partner, sector, ring and the legend", "[cli][export]")
{
    const QString example = QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk");
    const auto read = readSessionFile(example);
    REQUIRE(read.session);
    const Session &s = *read.session;

    QTemporaryDir dir;
    const QString svgFile = dir.filePath(QStringLiteral("bao1.svg"));
    const QString pngFile = dir.filePath(QStringLiteral("bao1.png"));
    const CliResult svg =
        runCli({QStringLiteral("export"), example, QStringLiteral("-o"), svgFile});
    const CliResult png = runCli({QStringLiteral("export"), example, QStringLiteral("-o"), pngFile,
                                  QStringLiteral("--width"), QStringLiteral("2000")});
    INFO(svg.err.toStdString() << png.err.toStdString());
    REQUIRE(svg.exitCode == 0);
    REQUIRE(png.exitCode == 0);

    QFile f(svgFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString xmlError;
    const QStringList texts = svgTexts(f.readAll(), &xmlError);
    CHECK(xmlError.isEmpty());
    // Labels wrap over lines: join all text and look for each word of each label.
    const QString all = texts.join(QLatin1Char(' '));
    for (const Partner &p : s.partners) {
        if (!p.placement)
            continue;
        for (const QString &word : p.label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            INFO("partner " << p.id.toStdString() << " word " << word.toStdString());
            CHECK(all.contains(word));
        }
    }
    for (const Category &c : s.categories) {
        INFO("category " << c.labelNl.toStdString());
        CHECK(all.contains(c.labelNl.section(QLatin1Char(' '), 0, 0)));
    }
    for (const Ring &r : s.rings)
        CHECK(texts.contains(r.labelNl));
    CHECK(all.contains(QStringLiteral("Categorie"))); // legend heading
    CHECK(all.contains(s.meta.schoolName.section(QLatin1Char(' '), 0, 0)));

    QFile pf(pngFile);
    REQUIRE(pf.open(QIODevice::ReadOnly));
    const PngImage image = decodePng(pf.readAll());
    REQUIRE(image.error.isEmpty());
    CHECK(image.width == 2000);
    // A real map: many distinct colours (category tints, markers, text), not a blank page.
    QSet<quint32> colours;
    for (quint32 px : image.argb)
        colours.insert(px);
    CHECK(colours.size() > 200);
}
