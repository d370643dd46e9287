// SPDX-License-Identifier: GPL-3.0-or-later
// Links between partners (or the school); group outlines: groups.cpp.
#include "rectgrid.h"
#include "render_p.h"
#include "statements_p.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nwk {
namespace detail {

QPen linkPen(LinkKind kind, Valence valence, const MapStyle &st)
{
    QColor color = st.linkColor;
    if (valence == Valence::Positive)
        color = st.positive;
    else if (valence == Valence::Negative)
        color = st.negative;
    QPen pen(color, st.lineWidth, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    const double w = st.lineWidth;
    switch (kind) {
    case LinkKind::PartOf:
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.4}); // dotted (round caps make the dots)
        pen.setWidthF(w * 1.3);
        break;
    case LinkKind::MemberOf:
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.4, 0.01, 5.0}); // dotted in pairs
        pen.setWidthF(w * 1.3);
        break;
    case LinkKind::Funds:
        pen.setDashPattern({7.0, 2.5, 1.0, 2.5}); // dash-dot
        break;
    case LinkKind::InitiatedBy:
        pen.setDashPattern({7.0, 2.5, 1.0, 2.5, 1.0, 2.5}); // dash-dot-dot
        break;
    case LinkKind::Imposed:
        pen.setWidthF(w * 2.0);
        break;
    case LinkKind::RefersTo:
        pen.setDashPattern({9.0, 3.0}); // long dashes
        break;
    case LinkKind::Via:
        pen.setDashPattern({3.0, 3.0}); // short dashes
        break;
    case LinkKind::FollowsUp:
        pen.setDashPattern({12.0, 3.0, 3.0, 3.0}); // long and short dashes
        break;
    case LinkKind::Collaborates:
    case LinkKind::Other:
        break;
    }
    if (valence == Valence::Negative && pen.style() == Qt::SolidLine)
        pen.setDashPattern({3.5, 2.5}); // short dashes
    return pen;
}

namespace {

struct End {
    QPointF point;
    double radius = 0.0;
    bool ok = false;
};

End endOf(const PaintContext &ctx, const QString &id, const MapGeometry &g, const MapStyle &st)
{
    End e;
    if (id == kSchoolId) {
        e = {QPointF(0, 0), g.schoolRadius + 1.0, true};
    } else if (const Partner *pa = ctx.partner(id); pa && pa->placement) {
        const Category *c = ctx.s.category(pa->category);
        double r = shapeOuterFactor(c ? c->marker : MarkerShape::Circle) * st.partnerRadius;
        if (c && c->framed)
            r += 4.6 * st.partnerRadius / 15.0;
        // Where the marker is drawn (spread apart from others: spreadMarkers()).
        e = {ctx.drawnAt(*pa, g), r + 1.5, true};
    }
    return e;
}

QPointF unit(QPointF v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 1e-9 ? v / len : QPointF(1, 0);
}

void arrowHead(QPainter &p, QPointF tip, QPointF dir, double size, const QColor &color)
{
    const QPointF u = unit(dir);
    const QPointF n(-u.y(), u.x());
    const QPointF base = tip - u * size;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF({tip, base + n * size * 0.45, base - n * size * 0.45}));
    p.restore();
}

/// Where a link's label goes: at the middle of the link, or nearby along it (or just
/// beside it) when a marker or another label is there. A partner's label counts more than
/// a marker: it is what the group reads. As for group labels: beyond its own area, every
/// spot is as bad (the middle wins), and the sum stops early on a crowded map.
QRectF linkLabelRect(const PaintContext &ctx, const QPainterPath &path, QSizeF size,
                     const RenderOptions &o, const MapStyle &st, const std::vector<QRectF> *labels)
{
    const double hopeless = size.width() * size.height();
    auto labelOverlap = [&](const QRectF &r) {
        double ov = 0.0;
        if (labels)
            for (const QRectF &l : *labels)
                ov += overlapArea(r, l);
        return ov;
    };
    QRectF best;
    double bestOverlap = 1e300;
    const double aside = labels ? size.height() * 0.5 + 2.0 : 0.0;
    for (double shift : {0.0, aside, -aside}) {
        for (double at : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85}) {
            const QPointF c = path.pointAtPercent(at);
            const QPointF along = path.pointAtPercent(std::min(at + 0.01, 1.0)) -
                                  path.pointAtPercent(std::max(at - 0.01, 0.0));
            const double len = std::hypot(along.x(), along.y());
            const QPointF normal = len > 0 ? QPointF(-along.y(), along.x()) / len : QPointF();
            const QPointF m = c + normal * shift;
            const QRectF r(m.x() - size.width() / 2, m.y() - size.height() / 2, size.width(),
                           size.height());
            const double ov =
                std::min(ctx.obstacleOverlap(r, o, st, std::min(bestOverlap, hopeless)) +
                             4.0 * labelOverlap(r),
                         labels ? 5.0 * hopeless : hopeless);
            if (ov < bestOverlap - 1e-9) {
                bestOverlap = ov;
                best = r;
            }
            if (ov <= 0.0)
                return best;
        }
        if (aside == 0.0)
            break;
    }
    return best;
}

} // namespace

void paintLinkIn(QPainter &p, const PaintContext &ctx, const Link &link, const MapGeometry &g,
                 const RenderOptions &o, const MapStyle &st, bool selected,
                 const std::vector<QRectF> *labels)
{
    const Link *l = &link;
    if (l->from == l->to)
        return;
    const End a = endOf(ctx, l->from, g, st);
    const End b = endOf(ctx, l->to, g, st);
    if (!a.ok || !b.ok)
        return;
    // Links between the same two ends fan out as gentle curves.
    const auto [index, count] = ctx.parallel(*l);
    const QPointF d = b.point - a.point;
    const double len = std::hypot(d.x(), d.y());
    if (len <= a.radius + b.radius + 2.0)
        return;
    // Normal in a direction that does not depend on which end is "from".
    const bool flip = l->from > l->to;
    QPointF n = QPointF(-d.y(), d.x()) / len;
    if (flip)
        n = -n;
    const double offset = (index - (count - 1) / 2.0) * 26.0;
    const QPointF ctrl = (a.point + b.point) / 2.0 + n * offset;
    const QPointF start = a.point + unit(ctrl - a.point) * a.radius;
    const QPointF end = b.point + unit(ctrl - b.point) * b.radius;
    QPainterPath path(start);
    if (count > 1 && std::abs(offset) > 1e-9)
        path.quadTo(ctrl, end);
    else
        path.lineTo(end);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    const QPen pen = linkPen(l->kind, l->valence, st);
    if (selected) {
        QColor halo = st.selection;
        halo.setAlpha(90);
        p.setPen(QPen(halo, pen.widthF() + 6.0, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(path);
    }
    p.setPen(pen);
    p.drawPath(path);
    const double visible = std::hypot(end.x() - start.x(), end.y() - start.y());
    const double heads = l->direction == LinkDirection::BothWays ? 2.0 : 1.0;
    const double arrow = std::min(7.0 + 2.2 * st.lineWidth, visible / (heads + 0.6));
    if (l->direction != LinkDirection::None)
        arrowHead(p, end, end - path.pointAtPercent(0.97), arrow, pen.color());
    if (l->direction == LinkDirection::BothWays)
        arrowHead(p, start, start - path.pointAtPercent(0.03), arrow, pen.color());
    paintInitiator(p, *l, start, end, pen.color(), st);
    if (const QString text = linkLabelText(ctx, *l, o);
        o.showLinkLabels && !text.trimmed().isEmpty()) {
        const LabelText t = makeLabelText(text, st.linkFont, 110.0);
        paintLabelBox(p, t, st.linkFont, linkLabelRect(ctx, path, t.size, o, st, labels),
                      pen.color().darker(130));
        p.restore();
        return;
    }
    p.restore();
}

} // namespace detail

using namespace detail;

void MapPainter::paintLink(QPainter &p, const Session &s, const QString &linkId,
                           const RenderOptions &o, bool selected) const
{
    if (const Link *l = s.link(linkId))
        paintLinkIn(p, PaintContext(s, false), *l, MapGeometry::forSession(s), o, m_style,
                    selected);
}

void MapPainter::paintLink(QPainter &p, const Session &s, const QString &linkId,
                           const RenderOptions &o, bool selected, QPointF from, QPointF to,
                           const std::vector<QRectF> *labels) const
{
    const Link *l = s.link(linkId);
    if (!l)
        return;
    PaintContext ctx(s, false);
    ctx.setDrawnAt(l->from, from);
    ctx.setDrawnAt(l->to, to);
    paintLinkIn(p, ctx, *l, MapGeometry::forSession(s), o, m_style, selected, labels);
}

void MapPainter::paintLink(QPainter &p, const Session &s, const KnownLink &known,
                           const RenderOptions &o, bool selected, QPointF from, QPointF to,
                           const std::vector<QRectF> *labels) const
{
    if (!known.link || !known.geometry)
        return;
    const Link &l = *known.link;
    PaintContext ctx(s, false);
    ctx.setDrawnAt(l.from, from);
    ctx.setDrawnAt(l.to, to);
    ctx.know(known.from);
    ctx.know(known.to);
    ctx.setParallel(l.id, known.parallelIndex, known.parallelCount);
    paintLinkIn(p, ctx, l, *known.geometry, o, m_style, selected, labels);
}

} // namespace nwk
