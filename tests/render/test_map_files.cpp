// SPDX-License-Identifier: GPL-3.0-or-later
// Map image files as the researcher gets them: PDF pages, PNG size, DPI and
// background, anonymised exports and their refusal, failed writes.
#include "../support/examplesession.h"
#include "../support/readfile.h"
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "pdftext.h"

#include "nwk/core/sessionio.h"
#include "nwk/render/exporters.h"
#include "nwk/render/marks.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace nwk;
using nwk::test::inspectSvg;
using nwk::testdata::exampleSession;
using nwk::testdata::fileBytes;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

struct PdfFacts {
    int pages = 0;
    QSizeF mediaBox; ///< points
    bool hasFont = false;
};

PdfFacts inspectPdf(const QByteArray &pdf)
{
    PdfFacts f;
    // Page objects, not the /Pages tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    const QString text = QString::fromLatin1(pdf);
    f.pages = static_cast<int>(text.count(page));
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    const QRegularExpressionMatch m = box.match(text);
    if (m.hasMatch())
        f.mediaBox = QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                            m.captured(4).toDouble() - m.captured(2).toDouble());
    f.hasFont =
        text.contains(QStringLiteral("/FontFile")) || text.contains(QStringLiteral("/Font "));
    return f;
}

} // namespace

TEST_CASE("exportPdf: one vector page in the chosen size and orientation", "[render][export][pdf]")
{
    QTemporaryDir dir;
    const Session s = exampleSession();
    const QString path = dir.filePath(QStringLiteral("kaart.pdf"));
    PdfExportOptions o;

    SECTION("A4 landscape (the default)")
    {
        REQUIRE(exportPdf(s, path, o).isEmpty());
        const PdfFacts f = inspectPdf(fileBytes(path));
        // One page: a label that does not fit at 8 pt is numbered, and the short key of
        // the numbers goes below the legend.
        const bool keyed = !fitLabels(s, o.render, o.labelPt, o.pageSize, o.orientation).fits();
        CHECK(f.pages == 1);
        CHECK(std::abs(f.mediaBox.width() - 842) < 2);
        CHECK(std::abs(f.mediaBox.height() - 595) < 2);
        CHECK(f.hasFont); // text stays text
        // ... which pdftotext reads: the title and every placed partner's label.
        const QStringList pages = nwk::testpdf::pdfPages(path);
        REQUIRE(pages.size() == 1);
        CHECK(pages.first().contains(QStringLiteral("Basisschool 1")));
        CHECK(pages.first().contains(QStringLiteral("Namen bij de nummers")) == keyed);
        QStringList labels;
        for (const Partner &p : s.partners)
            if (p.placement)
                labels << p.label;
        REQUIRE(labels.size() > 20);
        CHECK(nwk::testpdf::wordsNotIn(pages.first(), labels) == QStringList());
        CHECK_FALSE(fileBytes(path).contains("/Subtype /Image")); // vector, not a picture
    }
    SECTION("A3 portrait")
    {
        o.pageSize = QPageSize::A3;
        o.orientation = QPageLayout::Portrait;
        REQUIRE(exportPdf(s, path, o).isEmpty());
        const PdfFacts f = inspectPdf(fileBytes(path));
        CHECK(f.pages == 1);
        CHECK(std::abs(f.mediaBox.width() - 842) < 2);
        CHECK(std::abs(f.mediaBox.height() - 1191) < 2);
    }
    SECTION("a failed write keeps an existing file")
    {
        writeFile(path, "old");
        const QString blocked = path + QStringLiteral("/kaart.pdf");
        const QString error = exportPdf(s, blocked, o);
        CHECK(error.contains(blocked));
        CHECK(fileBytes(path) == QByteArray("old"));
    }
}

TEST_CASE("exportPng: width or DPI, white or transparent background", "[render][export][png]")
{
    QTemporaryDir dir;
    const Session s = exampleSession();
    const QString path = dir.filePath(QStringLiteral("kaart.png"));
    ImageExportOptions o;

    SECTION("a width in pixels")
    {
        o.widthPx = 900;
        REQUIRE(exportPng(s, path, o).isEmpty());
        const QImage img(path);
        CHECK(img.width() == 900);
        CHECK(img.pixelColor(0, 0) == QColor(Qt::white));
    }
    SECTION("a DPI: an A4 page wide, the DPI in the file")
    {
        o.dpi = 200;
        REQUIRE(exportPng(s, path, o).isEmpty());
        const QImage img(path);
        const QRectF b = MapPainter().mapBounds(s, o.render);
        const double mm = b.width() >= b.height() ? 297.0 : 210.0;
        CHECK(img.width() == static_cast<int>(std::lround(mm / 25.4 * 200)));
        CHECK(std::abs(img.dotsPerMeterX() * 0.0254 - 200) < 1);
    }
    SECTION("transparent background")
    {
        o.widthPx = 600;
        o.render.transparentBackground = true;
        REQUIRE(exportPng(s, path, o).isEmpty());
        const QImage img(path);
        REQUIRE(img.hasAlphaChannel());
        CHECK(img.pixelColor(0, 0).alpha() == 0);
        CHECK(img.pixelColor(img.width() - 1, img.height() - 1).alpha() == 0);
    }
}

TEST_CASE("anonymised export of the example: no name of a person anywhere",
          "[render][export][anonymise]")
{
    Session s = exampleSession();
    // The example's persons are already labelled by role; give them names as a real
    // session would have, keeping their pseudonyms.
    QStringList names;
    for (Partner &p : s.partners) {
        if (p.kind != PartnerKind::Person)
            continue;
        REQUIRE_FALSE(p.pseudonym.isEmpty());
        p.label = QStringLiteral("Naam%1 Achternaam").arg(p.id);
        names << p.label << p.fullName;
    }
    REQUIRE(names.size() >= 6);
    RenderOptions o;
    o.anonymise = true;
    const QByteArray data = renderMapSvg(s, o);
    const test::SvgDocument svg = inspectSvg(data);
    REQUIRE(svg.wellFormed);
    for (const QString &name : names) {
        INFO(name.toStdString());
        if (!name.isEmpty())
            CHECK_FALSE(QString::fromUtf8(data).contains(name));
    }
    for (const Partner &p : s.partners) {
        if (p.kind == PartnerKind::Person)
            CHECK(svg.group(QStringLiteral("partner-") + p.id)->title == p.pseudonym);
    }
    // Participants by their code (a pseudonym) and role, which name their mark badges
    // (#17); the school by its pseudonym.
    for (const Participant &pt : s.participants)
        CHECK(svg.group(QStringLiteral("legend-participant-") + pt.id)
                  ->text()
                  .startsWith(markBadgeTexts(s).value(pt.id) + QLatin1Char(' ') + pt.code +
                              QLatin1Char(' ')));
    CHECK(svg.title.contains(QStringLiteral("BaO1")));
    CHECK_FALSE(svg.desc.contains(QStringLiteral("Basisschool 1")));

    // The same for the files.
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("a.svg"));
    CHECK(exportSvg(s, svgPath, o).isEmpty());
    CHECK(fileBytes(svgPath) == data);
    PdfExportOptions po;
    po.render = o;
    CHECK(exportPdf(s, dir.filePath(QStringLiteral("a.pdf")), po).isEmpty());
}

TEST_CASE("anonymised export refuses, naming each person without a pseudonym",
          "[render][export][anonymise]")
{
    Session s = exampleSession();
    s.partner(QStringLiteral("pa20"))->pseudonym.clear();
    s.partner(QStringLiteral("pa33"))->pseudonym.clear();
    QTemporaryDir dir;
    RenderOptions o;
    o.anonymise = true;
    ImageExportOptions io;
    io.render = o;
    io.widthPx = 400;
    PdfExportOptions po;
    po.render = o;

    const QString svg = dir.filePath(QStringLiteral("k.svg"));
    const QString png = dir.filePath(QStringLiteral("k.png"));
    const QString pdf = dir.filePath(QStringLiteral("k.pdf"));
    writeFile(pdf, "earlier export");
    const QStringList errors = {exportSvg(s, svg, o), exportPng(s, png, io), exportPdf(s, pdf, po)};
    const QStringList files = {svg, png, pdf};
    for (int i = 0; i < 3; ++i) {
        INFO(errors[i].toStdString());
        CHECK(errors[i].contains(files[i]));
        CHECK(errors[i].contains(QStringLiteral("'Brugfiguur' (pa20)")));
        CHECK(errors[i].contains(QStringLiteral("'Minister van Onderwijs' (pa33)")));
        CHECK_FALSE(errors[i].contains(QStringLiteral("pa1)"))); // has a pseudonym
    }
    CHECK_FALSE(QFileInfo::exists(svg));
    CHECK_FALSE(QFileInfo::exists(png));
    CHECK(fileBytes(pdf) == QByteArray("earlier export"));

    // Not anonymised, the same session exports.
    CHECK(exportSvg(s, svg, RenderOptions{}).isEmpty());
}
