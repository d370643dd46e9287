// SPDX-License-Identifier: GPL-3.0-or-later
// PNG, SVG and PDF exports of the map, drawn by the MapPainter from the model.
#include "nwk/render/exporters.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"

#include "pdfoutput.h"
#include "nwk/render/png.h"
#include "render_p.h"
#include "svgwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {

constexpr int kMaxSide = 32000;
constexpr double kMaxPixels = 120e6; // ~480 MB of ARGB32

QString msg(const char *text)
{
    return QCoreApplication::translate("nwk::export", text);
}

QString mapTitle(const Session &s, const RenderOptions &o)
{
    return QStringLiteral("Netwerkkaart: ") + detail::schoolDisplayName(s, o);
}

/// School, date and what the map holds, for the SVG's <desc> and the PDF's subject.
QString describe(const Session &s, const RenderOptions &o)
{
    using detail::nlEn;
    int placed = 0;
    for (const Partner &p : s.partners)
        placed += p.placement ? 1 : 0;
    QString text =
        nlEn(o, "Netwerkkaart van ", "Network map of ") + detail::schoolDisplayName(s, o);
    if (!s.meta.date.isEmpty())
        text += QStringLiteral(", ") + s.meta.date;
    text += QStringLiteral(": ") + nlEn(o, "%1 partners in %2 categorieën, %3 verbindingen",
                                        "%1 partners in %2 categories, %3 links")
                                       .arg(placed)
                                       .arg(s.categories.size())
                                       .arg(s.links.size());
    if (o.showMissing && !s.missingPartners.empty())
        text += nlEn(o, ", %1 ontbrekende partners", ", %1 missing partners")
                    .arg(s.missingPartners.size());
    if (o.showGroups && !s.groups.empty())
        text += nlEn(o, ", %1 groepen", ", %1 groups").arg(s.groups.size());
    return text + QLatin1Char('.');
}

/// The image of a map fitted to the page (fitMap()): one label layout for the bounds and
/// the drawing. Format_RGB32 on an opaque background, else Format_ARGB32_Premultiplied:
/// the formats QPainter draws into fastest and encodePng() takes as they are.
QImage paintedImage(const detail::FittedMap &fitted, const ImageExportOptions &options)
{
    ImageExportOptions o = options;
    o.render = fitted.fit.render;
    const MapPainter painter(MapStyle::forOptions(o.render));
    const detail::PreparedMap &map = fitted.map;
    const QRectF bounds = detail::preparedBounds(map, o.render, painter.style());
    if (bounds.isEmpty())
        return {};
    int width = o.widthPx;
    const int dpi = o.dpi > 0 ? o.dpi : 150;
    if (width <= 0) {
        // An A4 page at dpi, in the orientation of the map (landscape when wider than high).
        const QSizeF page = QPageSize(o.pageSize).size(QPageSize::Millimeter);
        const double mm = bounds.width() >= bounds.height() ? std::max(page.width(), page.height())
                                                            : std::min(page.width(), page.height());
        width = static_cast<int>(std::lround(mm / 25.4 * dpi));
    }
    const int height = static_cast<int>(std::lround(width * bounds.height() / bounds.width()));
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide ||
        static_cast<double>(width) * height > kMaxPixels)
        return {};
    QImage image(width, height,
                 o.render.transparentBackground ? QImage::Format_ARGB32_Premultiplied
                                                : QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const int dpm = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(o.render.transparentBackground ? QColor(Qt::transparent)
                                              : painter.style().background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const double scale = width / bounds.width();
    p.scale(scale, scale);
    p.translate(-bounds.topLeft());
    detail::paintPreparedMap(painter, p, map, o.render, nullptr);
    p.end();
    return image;
}

QImage imageOf(const detail::FittedMap &fitted, const ImageExportOptions &options)
{
    const QImage image = paintedImage(fitted, options);
    return image.isNull() ? image : image.convertToFormat(QImage::Format_ARGB32);
}

detail::FittedMap fitForImage(const Session &s, const ImageExportOptions &o)
{
    return detail::fitMap(s, o.render, o.labelPt, o.pageSize, QPageLayout::Landscape, true);
}

QByteArray svgOf(const detail::PreparedMap &map, const RenderOptions &o)
{
    const MapPainter painter(MapStyle::forOptions(o));
    const Session &s = map.ctx.s; // what the export shows (sessionForExport())
    detail::SvgWriter writer(detail::preparedBounds(map, o, painter.style()),
                             painter.style().labelFont);
    QPainter p(&writer);
    detail::paintPreparedMap(painter, p, map, o, &writer);
    p.end();
    return writer.document(mapTitle(s, o), describe(s, o), o.language);
}

} // namespace

QImage renderMapImage(const Session &s, const ImageExportOptions &o)
{
    return imageOf(fitForImage(s, o), o);
}

QByteArray renderMapSvg(const Session &session, const RenderOptions &o)
{
    const MapPainter painter(MapStyle::forOptions(o));
    return svgOf(detail::prepareMap(session, o, painter.style(), true), o);
}

QString anonymisationRefusal(const Session &s, const QString &fileName)
{
    const QStringList problems = anonymisationProblems(s);
    if (problems.isEmpty())
        return {};
    return msg("Cannot write %1 anonymised; give each person a pseudonym first:").arg(fileName) +
           QStringLiteral("\n- ") + problems.join(QStringLiteral("\n- "));
}

QString exportPng(const Session &s, const QString &fileName, const ImageExportOptions &o,
                  LabelFit *fit)
{
    if (o.render.anonymise)
        if (QString refusal = anonymisationRefusal(s, fileName); !refusal.isEmpty())
            return refusal;
    const detail::FittedMap fitted = fitForImage(s, o);
    if (fit)
        *fit = fitted.fit;
    const QImage image = paintedImage(fitted, o);
    if (image.isNull())
        return msg("Cannot write %1: the image is too large to make").arg(fileName);
    const QByteArray data = encodePng(image);
    if (data.isEmpty())
        return msg("Cannot write %1: PNG encoding failed").arg(fileName);
    return writeFileAtomically(fileName, data);
}

QString exportSvg(const Session &s, const QString &fileName, const RenderOptions &o)
{
    if (o.anonymise)
        if (QString refusal = anonymisationRefusal(s, fileName); !refusal.isEmpty())
            return refusal;
    return writeFileAtomically(fileName, renderMapSvg(s, o));
}

QString exportSvg(const Session &s, const QString &fileName, const SvgExportOptions &o,
                  LabelFit *fit)
{
    if (o.render.anonymise)
        if (QString refusal = anonymisationRefusal(s, fileName); !refusal.isEmpty())
            return refusal;
    const detail::FittedMap fitted =
        detail::fitMap(s, o.render, o.labelPt, o.pageSize, QPageLayout::Landscape, true);
    if (fit)
        *fit = fitted.fit;
    return writeFileAtomically(fileName, svgOf(fitted.map, fitted.fit.render));
}

namespace {
/// Draws a short key of labels below the legend when it fits on the page (`page`: the
/// printable area in map units) clear of the map; returns whether it did.
bool keyUnderLegend(QPainter &p, const detail::PreparedMap &map, const RenderOptions &o,
                    const MapStyle &st, const QRectF &page)
{
    if (map.layout.keyCount == 0 || !o.showLegend)
        return false;
    const QRectF legend = detail::legendRect(map.ctx.s, o, st);
    if (legend.isEmpty())
        return false;
    const double gap = 2.0 * st.legendFont.pixelSize();
    const double room = page.bottom() - legend.bottom() - gap;
    if (room <= 0)
        return false;
    // A column as wide as the legend's side of the page allows (its entries wrap).
    MapStyle narrow = st;
    narrow.labelMaxWidth = std::min(st.labelMaxWidth, 0.45 * (page.right() - legend.left()));
    const detail::LabelKey key = detail::preparedKey(map, o, narrow, room);
    const QRectF placed =
        key.rect.translated(QPointF(legend.left(), legend.bottom() + gap) - key.rect.topLeft());
    const double disc = map.ctx.positions().geometry.outerRadius;
    if (!page.contains(placed) || placed.left() < disc)
        return false;
    p.save();
    p.translate(placed.topLeft() - key.rect.topLeft());
    detail::paintLabelKey(p, key, narrow, nullptr);
    p.restore();
    return true;
}
} // namespace

QString exportPdf(const Session &s, const QString &fileName, const PdfExportOptions &options,
                  LabelFit *fit)
{
    if (options.render.anonymise)
        if (QString refusal = anonymisationRefusal(s, fileName); !refusal.isEmpty())
            return refusal;
    PdfExportOptions o = options;
    o.render.ligatures = false; // the text layer reads "fi" as f and i
    const detail::FittedMap fitted =
        detail::fitMap(s, o.render, o.labelPt, o.pageSize, o.orientation, false);
    if (fit)
        *fit = fitted.fit;
    o.render = fitted.fit.render;
    const MapPainter painter(MapStyle::forOptions(o.render));
    const detail::PreparedMap &map = fitted.map;
    // The map on the first page; the key of labels that did not fit, if any, below the
    // legend when there is room, else on the next page.
    const QRectF bounds = detail::preparedBounds(map, o.render, painter.style(), false);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        const detail::StablePdfScope stable;
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(o.pageSize));
        pdf.setPageOrientation(o.orientation);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        pdf.setTitle(mapTitle(map.ctx.s, o.render));
        pdf.setCreator(QStringLiteral("Netwerkkaart"));
        QPainter p;
        if (bounds.isEmpty() || !p.begin(&pdf))
            return msg("Cannot write %1: the PDF could not be made").arg(fileName);
        // The map fitted and centred in the printable area (device units).
        const QSizeF area(pdf.width(), pdf.height());
        const double scale =
            std::min(area.width() / bounds.width(), area.height() / bounds.height());
        const QPointF offset((area.width() - bounds.width() * scale) / 2,
                             (area.height() - bounds.height() * scale) / 2);
        p.translate(offset);
        p.scale(scale, scale);
        p.translate(-bounds.topLeft());
        detail::paintPreparedMap(painter, p, map, o.render, nullptr, false);
        const QRectF page(bounds.topLeft() - offset / scale, area / scale);
        if (map.layout.keyCount > 0 && !keyUnderLegend(p, map, o.render, painter.style(), page)) {
            p.resetTransform();
            pdf.newPage();
            p.scale(scale, scale);
            const detail::LabelKey key =
                detail::preparedKey(map, o.render, painter.style(), area.height() / scale);
            p.translate(-key.rect.topLeft());
            detail::paintLabelKey(p, key, painter.style(), nullptr);
        }
        p.end();
    }
    return writeFileAtomically(fileName, detail::reproduciblePdf(data));
}

} // namespace nwk
