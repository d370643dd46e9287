// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymised map and report exports: the real names of persons and of the school, put in
// every text member of the session (namedsession.h), appear in no SVG, map PDF, report
// HTML (with its inline map) or report PDF. No export carries bidi controls.
#include "namedsession.h"
#include "pdftext.h"

#include "nwk/core/sessionio.h"
#include "nwk/render/exporters.h"
#include "nwk/render/report.h"

#include "readfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QTemporaryDir>

#include <limits>

using namespace nwk;
using namespace nwk::testdata;

namespace {

/// Everything the map can show.
RenderOptions everything(bool anonymise)
{
    RenderOptions o;
    o.anonymise = anonymise;
    o.showNotes = true;
    o.showAnnotations = true;
    return o;
}

struct Outputs {
    QString svg;
    QString mapPdf;
    QString reportHtml;
    QString reportPdf;
};

/// Each format written as the exports write files; PDFs as poppler reads them.
Outputs exportAll(const Session &s, bool anonymise, const QString &language = QStringLiteral("nl"))
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Deck deck = builtinDeck(language);
    RenderOptions o = everything(anonymise);
    o.language = language;
    Outputs out;
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(exportSvg(s, svg, o).isEmpty());
    out.svg = testdata::fileText(svg);
    PdfExportOptions pdf;
    pdf.render = o;
    const QString mapPdf = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(exportPdf(s, mapPdf, pdf).isEmpty());
    out.mapPdf = testpdf::pdfText(mapPdf);
    ReportOptions r;
    r.map = everything(false); // the report's own flag decides for its inline map too
    r.anonymise = anonymise;
    r.language = language;
    r.includeAnnotations = true;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(exportReportHtml(s, deck, html, r).isEmpty());
    out.reportHtml = testdata::fileText(html);
    const QString reportPdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(exportReportPdf(s, deck, reportPdf, r).isEmpty());
    out.reportPdf = testpdf::pdfText(reportPdf);
    return out;
}

/// A paint device that keeps the text drawn on it, nothing else.
class TextEngine : public QPaintEngine {
public:
    TextEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    QString text;
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        text += item.text() + QLatin1Char('\n');
    }
    Type type() const override { return QPaintEngine::User; }
};

class TextDevice : public QPaintDevice {
public:
    TextEngine engine;
    QPaintEngine *paintEngine() const override { return const_cast<TextEngine *>(&engine); }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmHeight:
            return 1000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmWidthMM:
        case PdmHeightMM:
            return 264;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return std::numeric_limits<int>::max();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        }
        return 0;
    }
};

} // namespace

TEST_CASE("Anonymised SVG, map PDF and report HTML and PDF hold no real name",
          "[render][anonymise]")
{
    const Session s = namedSession();

    // Without anonymising, every format shows names: the grep below can find them.
    const Outputs plain = exportAll(s, false);
    CHECK(realNamesIn(plain.svg) == kRealNameParts);
    CHECK_FALSE(realNamesIn(plain.mapPdf).isEmpty());
    CHECK(realNamesIn(plain.reportHtml) == kRealNameParts);
    CHECK_FALSE(realNamesIn(plain.reportPdf).isEmpty());

    for (const char *language : {"nl", "en"}) {
        INFO(language);
        const Outputs anonymised = exportAll(s, true, QString::fromLatin1(language));
        {
            INFO(anonymised.svg.toStdString());
            CHECK(realNamesIn(anonymised.svg).isEmpty());
            CHECK(anonymised.svg.contains(QStringLiteral("Persoon-B")));
        }
        {
            INFO(anonymised.mapPdf.toStdString());
            CHECK(realNamesIn(anonymised.mapPdf).isEmpty());
        }
        {
            INFO(anonymised.reportHtml.toStdString());
            CHECK(realNamesIn(anonymised.reportHtml).isEmpty());
            CHECK(anonymised.reportHtml.contains(QStringLiteral("School-A")));
        }
        {
            INFO(anonymised.reportPdf.toStdString());
            CHECK(realNamesIn(anonymised.reportPdf).isEmpty());
        }
    }
}

TEST_CASE("An anonymised drawing of the whole map draws the anonymised session",
          "[render][anonymise]")
{
    // MapPainter::paintMapFitted() and paintMap() with anonymise (the report PDF's map,
    // any later caller) show no name even when given the session as it is.
    const Session s = namedSession();
    const MapPainter painter;
    for (bool anonymise : {false, true}) {
        TextDevice device;
        QPainter p(&device);
        CHECK_FALSE(painter.paintMapFitted(p, s, everything(anonymise), QRectF(0, 0, 1000, 1000))
                        .isEmpty());
        painter.paintMap(p, s, everything(anonymise));
        p.end();
        INFO(device.engine.text.toStdString());
        if (anonymise)
            CHECK(realNamesIn(device.engine.text).isEmpty());
        else
            CHECK_FALSE(realNamesIn(device.engine.text).isEmpty());
    }
}

TEST_CASE("No bidi control reaches the SVG or the report HTML", "[render][bidi]")
{
    const QString controls = QStringLiteral("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068"
                                            "\u2069\u200E\u200F\u061C");
    Session s = namedSession([&](const QString &field) {
        return QStringLiteral("\u202E") + field + controls + QStringLiteral(" gpj.exe");
    });
    s.meta.schoolName = QStringLiteral("\u202ESint-Ygrainschool");
    s.partners[0].label = QStringLiteral("Xandra\u202Ecod.exe");
    for (bool anonymise : {false, true}) {
        INFO("anonymise " << anonymise);
        const Outputs out = exportAll(s, anonymise);
        for (const QString *text : {&out.svg, &out.reportHtml}) {
            QString found;
            for (QChar c : *text)
                if (controls.contains(c))
                    found += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            CHECK(found.isEmpty());
        }
        CHECK(out.svg.contains(QStringLiteral("links.label gpj.exe")));
        CHECK(out.reportHtml.contains(QStringLiteral("links.label gpj.exe")));
    }
    const Outputs plain = exportAll(s, false);
    CHECK(plain.svg.contains(QStringLiteral("Xandracod.exe")));
}
