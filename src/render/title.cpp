// SPDX-License-Identifier: GPL-3.0-or-later
// The title block above the map: the school (or its pseudonym) and the date.
#include "render_p.h"

#include <QPainter>

#include <algorithm>

namespace nwk {
namespace detail {

namespace {

/// The school's name or pseudonym, elided when it is wider than the map (the disc, its
/// sector labels and the legend): a name of thousands of characters would otherwise
/// stretch the map's extent and shrink the map to nothing in every export.
QString titleText(const Session &s, const RenderOptions &o, const MapStyle &st,
                  const MapGeometry &g)
{
    const double width = g.outerRadius + 40.0 + legendLeft(st, g) + 290.0;
    return elideLine(schoolDisplayName(s, o), st.titleFont, width);
}

} // namespace

QRectF titleRect(const Session &s, const RenderOptions &o, const MapStyle &st)
{
    if (!o.showTitle)
        return {};
    const MapGeometry g = MapGeometry::forSession(s);
    const TextMetrics t(st.titleFont);
    const TextMetrics b(st.legendFont);
    const QString date = s.meta.date;
    double w = t.width(titleText(s, o, st, g));
    double h = t.lineHeight();
    if (!date.isEmpty()) {
        w = std::max(w, b.width(date));
        h += b.lineHeight();
    }
    const double bottom = -sectorLabelOuterRadius(st, g) - 14.0;
    return {-g.outerRadius - 40.0, bottom - h, w, h};
}

} // namespace detail

using namespace detail;

QRectF MapPainter::titleBounds(const Session &s, const RenderOptions &o) const
{
    return titleRect(s, o, m_style);
}

void MapPainter::paintTitle(QPainter &p, const Session &s, const RenderOptions &o) const
{
    const QRectF r = titleRect(s, o, m_style);
    if (r.isEmpty())
        return;
    const TextMetrics t(m_style.titleFont);
    p.save();
    p.setPen(m_style.text);
    p.setFont(m_style.titleFont);
    p.drawText(QPointF(r.left(), r.top() + t.ascent()),
               titleText(s, o, m_style, MapGeometry::forSession(s)));
    if (!s.meta.date.isEmpty()) {
        const TextMetrics b(m_style.legendFont);
        p.setFont(m_style.legendFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QPointF(r.left(), r.top() + t.lineHeight() + b.ascent()), s.meta.date);
    }
    p.restore();
}

} // namespace nwk
