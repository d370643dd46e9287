// SPDX-License-Identifier: GPL-3.0-or-later
// Texts at their documented maximum length (10,000 characters for labels and names,
// 1,000,000 for notes; docs/file-format.md) in every map and report export: each
// completes, and draws the texts wrapped or elided inside the map and the page.
// (Wrapping a 10,000-character word took 88 s before it was near-linear.)
#include "../support/readfile.h"
#include "examplesession.h"
#include "nwk/core/sessionio.h"
#include "nwk/render/exporters.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nwk;
using nwk::testdata::fileBytes;

namespace {

constexpr int kShort = 10000;  // ids, labels, names
constexpr int kLong = 1000000; // notes

/// A word of `n` characters without spaces, starting with `seed`.
QString word(const QString &seed, int n)
{
    return seed.repeated(n / static_cast<int>(seed.size()) + 1).left(n);
}

Session example()
{
    return testdata::exampleSession();
}

/// The example with every label-like text of the map at its maximum length, several
/// of each, and long notes.
Session longTexts()
{
    Session s = example();
    s.meta.schoolName = word(QStringLiteral("Schoolnaam"), kShort);
    for (std::size_t i = 0; i < 3; ++i) {
        s.categories[i].labelNl = word(QStringLiteral("Categorie"), kShort);
        s.categories[i].note = word(QStringLiteral("sectornotitie"), kLong);
    }
    for (Ring &r : s.rings)
        r.labelNl = word(QStringLiteral("Ring"), kShort);
    for (std::size_t i = 0; i < 6; ++i) {
        s.partners[i].label = word(QStringLiteral("Partnerlabel"), kShort);
        s.partners[i].notes = word(QStringLiteral("partnernotitie"), kLong - 20) +
                              QStringLiteral("einde-notitie-%1").arg(i);
        s.links[i].label = word(QStringLiteral("Verbindingslabel"), kShort);
    }
    for (std::size_t i = 0; i < 3; ++i) {
        s.groups[i].label = word(QStringLiteral("Groep"), kShort);
        s.groups[i].note = word(QStringLiteral("groepnotitie"), kLong);
        MissingPartner m;
        m.id = QStringLiteral("mlong%1").arg(i);
        m.label = word(QStringLiteral("Ontbrekend"), kShort);
        m.category = s.categories[i].id;
        s.missingPartners.push_back(m);
    }
    return s;
}

struct Svg {
    QRectF viewBox;
    QStringList texts; ///< every <text> element's content
};

Svg parse(const QByteArray &data)
{
    Svg out;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("svg")) {
            const QStringList v =
                xml.attributes().value(QLatin1String("viewBox")).toString().split(u' ');
            REQUIRE(v.size() == 4);
            out.viewBox =
                QRectF(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble());
        } else if (xml.name() == QLatin1String("text")) {
            out.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

/// The drawn lines of a long word: the texts that are a piece of it (an elided line
/// without its "…").
QStringList linesOf(const Svg &svg, const QString &word)
{
    QStringList out;
    for (const QString &t : svg.texts) {
        const QString piece = t.endsWith(QChar(0x2026)) ? t.chopped(1) : t;
        if (piece.size() >= 8 && word.contains(piece))
            out << t;
    }
    return out;
}

} // namespace

TEST_CASE("Long texts: a 10,000-character word as a link label is wrapped and elided",
          "[render][longtext]")
{
    Session s = example();
    s.links[0].label = word(QStringLiteral("verbindingslabel"), kShort);
    const Svg svg = parse(renderMapSvg(s, RenderOptions()));
    const QStringList lines = linesOf(svg, s.links[0].label);
    // Broken between letters into the three lines a link label may take, the last elided.
    REQUIRE(lines.size() == 3);
    CHECK(lines.last().endsWith(QChar(0x2026)));
    for (const QString &l : lines)
        CHECK(l.size() < 60);
    CHECK((lines[0] + lines[1] + lines[2].chopped(1)) ==
          s.links[0].label.left(lines[0].size() + lines[1].size() + lines[2].size() - 1));
}

TEST_CASE("Long texts: a school name wider than the map is elided in the title",
          "[render][longtext]")
{
    Session s = example();
    const QRectF normal = parse(renderMapSvg(s, RenderOptions())).viewBox;
    s.meta.schoolName = word(QStringLiteral("Basisschool"), 400);
    const Svg svg = parse(renderMapSvg(s, RenderOptions()));
    // The title no longer stretches the map: it stays as wide as the example's.
    CHECK(svg.viewBox.width() <= normal.width() + 1.0);
    bool elided = false;
    for (const QString &t : svg.texts)
        elided = elided || (t.startsWith(QStringLiteral("Basisschool")) && t.size() < 400 &&
                            t.endsWith(QChar(0x2026)));
    CHECK(elided);
}

TEST_CASE("Long texts: every label at its maximum length, with long notes, exports in every "
          "format within the map and the page",
          "[render][longtext]")
{
    const Session s = longTexts();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QRectF normal = parse(renderMapSvg(example(), RenderOptions())).viewBox;

    const QString svgFile = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(exportSvg(s, svgFile, RenderOptions()).isEmpty());
    const Svg svg = parse(fileBytes(svgFile));
    // Every drawn line is short (wrapped or elided), and the map keeps its size. A sector's
    // name (two lines along the rim) is also there once as one text, the lines joined.
    for (const QString &t : svg.texts) {
        const bool sectorName =
            std::any_of(s.categories.begin(), s.categories.end(),
                        [&](const Category &c) { return c.labelNl.startsWith(t.left(40)); });
        CHECK(t.size() < (sectorName ? 800 : 400));
    }
    // Category names are drawn a glyph at a time along the rim: two short lines each.
    CHECK(svg.texts.size() < 3000);
    CHECK(svg.viewBox.width() < 2.0 * normal.width());
    CHECK(svg.viewBox.height() < 2.0 * normal.height());
    for (const QString &text :
         {s.links[0].label, s.partners[0].label, s.groups[0].label, s.missingPartners.back().label,
          s.meta.schoolName, s.rings[0].labelNl, s.categories[0].note}) {
        INFO(text.left(20).toStdString());
        const QStringList lines = linesOf(svg, text);
        CHECK_FALSE(lines.isEmpty());
        bool elided = false;
        for (const QString &l : lines)
            elided = elided || l.endsWith(QChar(0x2026));
        CHECK(elided);
    }

    ImageExportOptions image;
    image.dpi = 60;
    const QString pngFile = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(exportPng(s, pngFile, image).isEmpty());
    const QImage png(pngFile);
    REQUIRE_FALSE(png.isNull());
    // The map's shape, not a sliver squeezed by a title of thousands of characters.
    CHECK(png.height() > png.width() / 3);

    const QString pdfFile = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(exportPdf(s, pdfFile, PdfExportOptions()).isEmpty());
    CHECK(fileBytes(pdfFile).startsWith("%PDF"));

    const Deck deck = builtinDeck();
    ReportOptions ro;
    const QString htmlFile = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(exportReportHtml(s, deck, htmlFile, ro).isEmpty());
    // The HTML report has every text whole.
    const QString html = QString::fromUtf8(fileBytes(htmlFile));
    CHECK(html.contains(s.partners[5].notes.right(60)));
    CHECK(html.size() > 6 * kLong);
    CHECK(html.contains(s.links[0].label));

    const QString reportPdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(exportReportPdf(s, deck, reportPdf, ro).isEmpty());
    const QByteArray pdf = fileBytes(reportPdf);
    REQUIRE(pdf.startsWith("%PDF"));
    // The report PDF shows the start of each million-character note: some pages each,
    // not the thousands the whole notes would take.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    const auto pages = QString::fromLatin1(pdf).count(page);
    CHECK(pages > 10);
    CHECK(pages < 600);
}
