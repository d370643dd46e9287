// SPDX-License-Identifier: GPL-3.0-or-later
// Links between partners (or the school) and group outlines.
#include "render_p.h"

#include <QPainter>
#include <QPainterPathStroker>

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
        e = {g.toPoint(*pa->placement), r + 1.5, true};
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

} // namespace

QPainterPath groupOutline(const Session &s, const Group &gr, const MapStyle &st,
                          const MapPositions &pos)
{
    std::vector<QPointF> pts;
    for (const QString &id : gr.members)
        if (pos.partners.contains(id))
            pts.push_back(pos.partners.value(id));
    QPainterPath path;
    if (pts.empty())
        return path;
    Q_UNUSED(s);
    const double pad = st.partnerRadius * 1.45 + 8.0;
    // Convex hull (monotone chain).
    std::sort(pts.begin(), pts.end(), [](QPointF a, QPointF b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    std::vector<QPointF> hull(2 * pts.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    for (std::size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], pts[i - 1]) <= 0)
            --k;
        hull[k++] = pts[i - 1];
    }
    hull.resize(k > 1 ? k - 1 : k);
    if (hull.size() == 1) {
        path.addEllipse(hull.front(), pad, pad);
        return path;
    }
    QPainterPath poly;
    poly.moveTo(hull.front());
    for (std::size_t i = 1; i < hull.size(); ++i)
        poly.lineTo(hull[i]);
    poly.closeSubpath();
    QPainterPathStroker stroker;
    stroker.setWidth(2 * pad);
    stroker.setJoinStyle(Qt::RoundJoin);
    stroker.setCapStyle(Qt::RoundCap);
    path = stroker.createStroke(poly).united(poly).simplified();
    return path;
}

QFont groupFont(const MapStyle &st)
{
    QFont f = st.linkFont;
    f.setBold(true);
    return f;
}

QRectF groupLabelRectIn(const PaintContext &ctx, const Group &gr, const RenderOptions &o,
                        const MapStyle &st)
{
    const QPainterPath &outline = ctx.groupOutline(gr, st);
    if (gr.label.trimmed().isEmpty() || outline.isEmpty())
        return {};
    const LabelText t = makeLabelText(gr.label, groupFont(st), 160.0);
    const QRectF b = outline.boundingRect();
    const double w = t.size.width();
    const double h = t.size.height();
    // On the outline: top or bottom (centre, then shifted), then the sides.
    const QPointF centres[] = {
        {b.center().x(), b.top()},
        {b.center().x(), b.bottom()},
        {b.center().x() - b.width() * 0.25, b.top() + h * 0.3},
        {b.center().x() + b.width() * 0.25, b.top() + h * 0.3},
        {b.center().x() - b.width() * 0.25, b.bottom() - h * 0.3},
        {b.center().x() + b.width() * 0.25, b.bottom() - h * 0.3},
        {b.center().x(), b.top() - h * 0.6},
        {b.center().x(), b.bottom() + h * 0.6},
    };
    // Covered by markers more than its own area counts as that much: such spots are
    // all equally bad (the first wins), and the sum stops early on a crowded map.
    const double hopeless = w * h;
    QRectF best;
    double bestOverlap = 1e300;
    for (const QPointF &c : centres) {
        const QRectF r(c.x() - w / 2, c.y() - h / 2, w, h);
        const double ov =
            std::min(ctx.obstacleOverlap(r, o, st, std::min(bestOverlap, hopeless)), hopeless);
        if (ov < bestOverlap - 1e-9) {
            bestOverlap = ov;
            best = r;
        }
        if (ov <= 0.0)
            break;
    }
    return best;
}

void paintLinkIn(QPainter &p, const PaintContext &ctx, const Link &link, const MapGeometry &g,
                 const RenderOptions &o, const MapStyle &st, bool selected)
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
    if (!l->label.trimmed().isEmpty()) {
        // At the middle of the link, or nearby along it when a marker is there.
        const LabelText t = makeLabelText(l->label, st.linkFont, 110.0);
        // As for group labels: beyond its own area, every spot is as bad (the
        // middle wins), and the sum stops early on a crowded map.
        const double hopeless = t.size.width() * t.size.height();
        QRectF best;
        double bestOverlap = 1e300;
        for (double at : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
            const QPointF c = path.pointAtPercent(at);
            const QRectF r(c.x() - t.size.width() / 2, c.y() - t.size.height() / 2, t.size.width(),
                           t.size.height());
            const double ov =
                std::min(ctx.obstacleOverlap(r, o, st, std::min(bestOverlap, hopeless)), hopeless);
            if (ov < bestOverlap - 1e-9) {
                bestOverlap = ov;
                best = r;
            }
            if (ov <= 0.0)
                break;
        }
        paintLabelBox(p, t, st.linkFont, best, pen.color().darker(130));
    }
    p.restore();
}

void paintGroupIn(QPainter &p, const PaintContext &ctx, const Group &gr, const RenderOptions &o,
                  const MapStyle &st)
{
    const QPainterPath &outline = ctx.groupOutline(gr, st);
    if (outline.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = st.groupColor;
    fill.setAlpha(20);
    QColor line = st.groupColor;
    line.setAlpha(170);
    p.setPen(QPen(line, st.lineWidth * 0.9, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(fill);
    p.drawPath(outline);
    const QRectF r = ctx.groupLabelRect(gr, o, st);
    if (!r.isEmpty()) {
        const LabelText t = makeLabelText(gr.label, groupFont(st), 160.0);
        paintLabelBox(p, t, groupFont(st), r, st.groupColor.darker(120), line);
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

void MapPainter::paintGroup(QPainter &p, const Session &s, const QString &groupId,
                            const RenderOptions &o) const
{
    const Group *gr = nullptr;
    for (const Group &x : s.groups)
        if (x.id == groupId)
            gr = &x;
    if (gr)
        paintGroupIn(p, PaintContext(s, false), *gr, o, m_style);
}

} // namespace nwk
