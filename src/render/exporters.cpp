// SPDX-License-Identifier: GPL-3.0-or-later
// PNG and SVG exports of the map, drawn by the MapPainter from the model.
#include "nwk/render/exporters.h"

#include "nwk/core/atomicfile.h"

#include "render_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace nwk {

namespace {

constexpr double kA4LongMm = 297.0;
constexpr double kA4ShortMm = 210.0;
constexpr int kMaxSide = 32000;
constexpr double kMaxPixels = 120e6; // ~480 MB of ARGB32

QString msg(const char *text)
{
    return QCoreApplication::translate("nwk::export", text);
}

QString describe(const Session &s, const RenderOptions &o)
{
    const QString school = detail::schoolDisplayName(s, o);
    return s.meta.date.isEmpty() ? school : school + QStringLiteral(", ") + s.meta.date;
}

} // namespace

QImage renderMapImage(const Session &s, const ImageExportOptions &o)
{
    const MapPainter painter(MapStyle::forOptions(o.render));
    const QRectF bounds = painter.mapBounds(s, o.render);
    if (bounds.isEmpty())
        return {};
    int width = o.widthPx;
    const int dpi = o.dpi > 0 ? o.dpi : 150;
    if (width <= 0) {
        // An A4 page at dpi, in the orientation of the map (landscape when wider than high).
        const double mm = bounds.width() >= bounds.height() ? kA4LongMm : kA4ShortMm;
        width = static_cast<int>(std::lround(mm / 25.4 * dpi));
    }
    const int height = static_cast<int>(std::lround(width * bounds.height() / bounds.width()));
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide ||
        static_cast<double>(width) * height > kMaxPixels)
        return {};
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
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
    painter.paintMap(p, s, o.render);
    p.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QString exportPng(const Session &s, const QString &fileName, const ImageExportOptions &o)
{
    const QImage image = renderMapImage(s, o);
    if (image.isNull())
        return msg("Cannot write %1: the image is too large to make").arg(fileName);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return msg("Cannot write %1: PNG encoding failed").arg(fileName);
    return writeFileAtomically(fileName, data);
}

QString exportSvg(const Session &s, const QString &fileName, const RenderOptions &o)
{
    const MapPainter painter(MapStyle::forOptions(o));
    const QRectF bounds = painter.mapBounds(s, o);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(QSize(static_cast<int>(std::ceil(bounds.width())),
                      static_cast<int>(std::ceil(bounds.height()))));
    gen.setViewBox(bounds);
    gen.setResolution(96);
    gen.setTitle(QStringLiteral("Netwerkkaart: ") + detail::schoolDisplayName(s, o));
    gen.setDescription(describe(s, o));
    QPainter p;
    if (!p.begin(&gen))
        return msg("Cannot write %1: the SVG could not be made").arg(fileName);
    painter.paintMap(p, s, o);
    p.end();
    return writeFileAtomically(fileName, data);
}

} // namespace nwk
