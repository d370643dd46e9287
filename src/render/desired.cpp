// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's desired placement: a faint target where the group says it should
// be, with a dashed arrow from where it is now.
#include "render_p.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace nwk {

namespace detail {

void paintDesiredIn(QPainter &p, const Partner &pa, const MapGeometry &g, const RenderOptions &o,
                    const MapStyle &st)
{
    if (!pa.placement || !pa.desiredPlacement)
        return;
    const QPointF from = g.toPoint(*pa.placement);
    const QPointF to = g.toPoint(*pa.desiredPlacement);
    const double r = st.partnerRadius;
    const double lw = st.lineWidth * (o.highContrast ? 1.4 : 1.0);
    QColor color = st.selection;
    color.setAlpha(o.highContrast ? 200 : 150);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // The target: a faint disc, two rings and a cross hair.
    QColor fill = color;
    fill.setAlpha(35);
    p.setBrush(fill);
    p.setPen(QPen(color, lw));
    p.drawEllipse(to, r, r);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(to, 0.45 * r, 0.45 * r);
    p.drawLine(to - QPointF(1.3 * r, 0), to - QPointF(0.6 * r, 0));
    p.drawLine(to + QPointF(0.6 * r, 0), to + QPointF(1.3 * r, 0));
    p.drawLine(to - QPointF(0, 1.3 * r), to - QPointF(0, 0.6 * r));
    p.drawLine(to + QPointF(0, 0.6 * r), to + QPointF(0, 1.3 * r));

    // The arrow: from the marker's edge to the target's edge.
    const QLineF line(from, to);
    const double gap = 1.2 * r;
    if (line.length() > 2 * gap + 2) {
        const QPointF unit = (to - from) / line.length();
        const QPointF a = from + unit * gap;
        const QPointF b = to - unit * (r + 1.5);
        QPen dashed(color, lw, Qt::DashLine, Qt::RoundCap);
        p.setPen(dashed);
        p.drawLine(a, b);
        const QPointF normal(-unit.y(), unit.x());
        const double head = 3.5 * lw + 4.0;
        QPainterPath tip;
        tip.moveTo(b);
        tip.lineTo(b - unit * head + normal * head * 0.55);
        tip.lineTo(b - unit * head - normal * head * 0.55);
        tip.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(tip);
    }
    p.restore();
}

QRectF desiredBoundsOf(const Partner &pa, const MapGeometry &g, const MapStyle &st)
{
    if (!pa.placement || !pa.desiredPlacement)
        return {};
    const double m = 1.5 * st.partnerRadius + 4.0;
    return QRectF(g.toPoint(*pa.placement), g.toPoint(*pa.desiredPlacement))
        .normalized()
        .adjusted(-m, -m, m, m);
}

} // namespace detail

void MapPainter::paintDesiredPlacement(QPainter &p, const Session &s, const QString &partnerId,
                                       const RenderOptions &o) const
{
    const Partner *pa = s.partner(partnerId);
    if (pa && pa->placement && pa->desiredPlacement)
        detail::paintDesiredIn(p, *pa, MapGeometry::forSession(s), o, m_style);
}

QRectF MapPainter::desiredPlacementBounds(const Session &s, const QString &partnerId) const
{
    const Partner *pa = s.partner(partnerId);
    if (!pa || !pa->placement || !pa->desiredPlacement)
        return {};
    return detail::desiredBoundsOf(*pa, MapGeometry::forSession(s), m_style);
}

} // namespace nwk
