// SPDX-License-Identifier: GPL-3.0-or-later
// Group outlines: one around each cluster of nearby members (never a hull across the
// map), a ring around a member far from the others, each with the group's label.
#include "rectgrid.h"
#include "render_p.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nwk {
namespace detail {

namespace {

/// Members closer than this (a factor of the map's outer radius) share an outline,
/// directly or through a chain of such members (single linkage).
constexpr double kClusterReach = 0.4;
/// A cluster wider than this (a factor of the outer radius) is drawn along the
/// links of its chain instead of as one convex hull, which would cover the map
/// between its ends.
constexpr double kHullExtent = 0.5;

struct Cluster {
    std::vector<QPointF> points;
    std::vector<std::pair<QPointF, QPointF>> chain; ///< the links that joined it
};

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[static_cast<std::size_t>(i)] != i) {
        int &up = parent[static_cast<std::size_t>(i)];
        up = parent[static_cast<std::size_t>(up)];
        i = up;
    }
    return i;
}

/// The placed members (each once) in clusters: single linkage within `reach`, with a
/// grid so that each member is compared with the members near it only.
std::vector<Cluster> clusters(const std::vector<QPointF> &pts, double reach, const QRectF &area)
{
    const int n = static_cast<int>(pts.size());
    std::vector<int> parent(pts.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::pair<int, int>> links;
    RectGrid grid(area, reach);
    for (int i = 0; i < n; ++i) {
        const QPointF p = pts[static_cast<std::size_t>(i)];
        grid.any(QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach), [&](int j) {
            const QPointF q = pts[static_cast<std::size_t>(j)];
            const int a = findRoot(parent, i);
            const int b = findRoot(parent, j);
            if (a != b && std::hypot(p.x() - q.x(), p.y() - q.y()) < reach) {
                parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
                links.emplace_back(j, i);
            }
            return false;
        });
        grid.insert(QRectF(p, QSizeF(0, 0)), i);
    }
    std::vector<Cluster> out;
    std::vector<int> index(pts.size(), -1); // root -> cluster, in the order of first members
    for (int i = 0; i < n; ++i) {
        int &k = index[static_cast<std::size_t>(findRoot(parent, i))];
        if (k < 0) {
            k = static_cast<int>(out.size());
            out.emplace_back();
        }
        out[static_cast<std::size_t>(k)].points.push_back(pts[static_cast<std::size_t>(i)]);
    }
    for (const auto &[a, b] : links)
        out[static_cast<std::size_t>(index[static_cast<std::size_t>(findRoot(parent, a))])]
            .chain.emplace_back(pts[static_cast<std::size_t>(a)], pts[static_cast<std::size_t>(b)]);
    return out;
}

std::vector<QPointF> convexHull(std::vector<QPointF> pts)
{
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
    return hull;
}

/// One cluster's outline, `pad` around its members: a ring around a single member,
/// the rounded convex hull of a compact cluster, else rounded bands along its chain.
QPainterPath clusterOutline(const Cluster &c, double pad, double hullExtent)
{
    QPainterPath path;
    QRectF box(c.points.front(), QSizeF(0, 0));
    for (const QPointF &p : c.points)
        box |= QRectF(p, QSizeF(0, 0));
    const std::vector<QPointF> hull = convexHull(c.points);
    if (hull.size() == 1) {
        path.addEllipse(hull.front(), pad, pad);
        return path;
    }
    QPainterPath skeleton;
    if (std::max(box.width(), box.height()) <= hullExtent) {
        skeleton.moveTo(hull.front());
        for (std::size_t i = 1; i < hull.size(); ++i)
            skeleton.lineTo(hull[i]);
        skeleton.closeSubpath();
    } else {
        for (const auto &[a, b] : c.chain) {
            skeleton.moveTo(a);
            skeleton.lineTo(b);
        }
    }
    QPainterPathStroker stroker;
    stroker.setWidth(2 * pad);
    stroker.setJoinStyle(Qt::RoundJoin);
    stroker.setCapStyle(Qt::RoundCap);
    path = stroker.createStroke(skeleton);
    if (skeleton.elementCount() > 0 && std::max(box.width(), box.height()) <= hullExtent)
        path = path.united(skeleton);
    return path.simplified();
}

/// Does a rect reach beyond the disc of radius `rim` (into the band of sector labels)?
bool crossesRim(const QRectF &r, double rim)
{
    const double x = std::max(std::abs(r.left()), std::abs(r.right()));
    const double y = std::max(std::abs(r.top()), std::abs(r.bottom()));
    return x * x + y * y > rim * rim;
}

} // namespace

std::vector<GroupPart> groupParts(const Session &s, const Group &gr, const MapStyle &st,
                                  const MapPositions &pos)
{
    Q_UNUSED(s);
    std::vector<QPointF> pts;
    QSet<QString> seen;
    for (const QString &id : gr.members) {
        const auto it = pos.partners.constFind(id);
        if (it == pos.partners.cend() || seen.contains(id))
            continue;
        seen.insert(id);
        pts.push_back(*it);
    }
    std::vector<GroupPart> out;
    if (pts.empty())
        return out;
    const MapGeometry &g = pos.geometry;
    const double pad = st.partnerRadius * 1.45 + 8.0;
    // The outlines are unions of paths, costly; the map is laid out again after every
    // change, mostly with the same groups where they were. So each thread remembers the
    // outlines it made, keyed by everything they are made of: the members' points, the
    // pad, the outer radius and the map's bounds (#24 item 2). Bounded like the labels'
    // texts (makeLabelText()).
    const QRectF bounds = g.bounds();
    std::vector<double> key;
    key.reserve(2 * pts.size() + 6);
    for (const QPointF &p : pts)
        key.insert(key.end(), {p.x(), p.y()});
    key.insert(key.end(),
               {pad, g.outerRadius, bounds.x(), bounds.y(), bounds.width(), bounds.height()});
    const QByteArray bytes(reinterpret_cast<const char *>(key.data()),
                           static_cast<qsizetype>(key.size() * sizeof(double)));
    thread_local QHash<QByteArray, std::vector<GroupPart>> made;
    if (const auto it = made.constFind(bytes); it != made.cend())
        return *it;
    for (const Cluster &c : clusters(pts, kClusterReach * g.outerRadius, bounds))
        out.push_back({clusterOutline(c, pad, kHullExtent * g.outerRadius),
                       static_cast<int>(c.points.size())});
    if (made.size() > 2000)
        made.clear();
    made.insert(bytes, out);
    return out;
}

QFont groupFont(const MapStyle &st)
{
    QFont f = st.linkFont;
    f.setBold(true);
    return f;
}

QRectF groupLabelRectIn(const PaintContext &ctx, const QString &label, const QPainterPath &outline,
                        const RenderOptions &o, const MapStyle &st)
{
    if (label.trimmed().isEmpty() || outline.isEmpty())
        return {};
    const LabelText t = makeLabelText(label, groupFont(st), 160.0);
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
    const double rim = ctx.positions().geometry.outerRadius;
    QRectF best;
    double bestOverlap = 1e300;
    for (const QPointF &c : centres) {
        const QRectF r(c.x() - w / 2, c.y() - h / 2, w, h);
        // Across the rim it would cover the sector labels: as bad as under markers.
        const double ov =
            crossesRim(r, rim)
                ? hopeless
                : std::min(ctx.obstacleOverlap(r, o, st, std::min(bestOverlap, hopeless)),
                           hopeless);
        if (ov < bestOverlap - 1e-9) {
            bestOverlap = ov;
            best = r;
        }
        if (ov <= 0.0)
            break;
    }
    return best;
}

void paintGroupIn(QPainter &p, const PaintContext &ctx, const Group &gr, const RenderOptions &o,
                  const MapStyle &st, PaintGroups *groups)
{
    const std::vector<GroupPart> &parts = ctx.groupParts(gr, st);
    const std::vector<QRectF> &labels = ctx.groupLabelRects(gr, o, st);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = st.groupColor;
    fill.setAlpha(20);
    QColor line = st.groupColor;
    line.setAlpha(170);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        // A part of one member is a ring around it: a badge of its membership.
        const bool ring = parts[i].members == 1;
        const GroupScope scope(
            groups, QStringLiteral("group-") + gr.id + QLatin1Char('-') + QString::number(i + 1),
            ring ? QStringLiteral("group-part group-badge") : QStringLiteral("group-part"),
            gr.label);
        p.setPen(QPen(line, st.lineWidth * 0.9, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(fill);
        p.drawPath(parts[i].outline);
        const QRectF r = i < labels.size() ? labels[i] : QRectF();
        if (!r.isEmpty()) {
            const LabelText t = makeLabelText(gr.label, groupFont(st), 160.0);
            paintLabelBox(p, t, groupFont(st), r, st.groupColor.darker(120), line);
        }
    }
    p.restore();
}

} // namespace detail

using namespace detail;

void MapPainter::paintGroup(QPainter &p, const Session &s, const QString &groupId,
                            const RenderOptions &o) const
{
    const Group *gr = nullptr;
    for (const Group &x : s.groups)
        if (x.id == groupId)
            gr = &x;
    if (gr)
        paintGroupIn(p, PaintContext(s, false), *gr, o, m_style, nullptr);
}

void MapPainter::paintGroup(QPainter &p, const Session &s, const QString &groupId,
                            const RenderOptions &o, const QHash<QString, QPointF> &drawnAt) const
{
    const Group *gr = nullptr;
    for (const Group &x : s.groups)
        if (x.id == groupId)
            gr = &x;
    if (!gr)
        return;
    PaintContext ctx(s, false);
    for (const QString &id : gr->members)
        if (const auto it = drawnAt.constFind(id); it != drawnAt.cend())
            ctx.setDrawnAt(id, *it);
    paintGroupIn(p, ctx, *gr, o, m_style, nullptr);
}

QHash<QString, QRectF> MapPainter::groupsBounds(const Session &s, const QStringList &groupIds,
                                                const QHash<QString, QPointF> &drawnAt) const
{
    QHash<QString, const Group *> byId; // the last of a repeated id
    for (const Group &x : s.groups)
        byId.insert(x.id, &x);
    // One context for all: a group's outlines use only its members' positions.
    PaintContext ctx(s, false);
    for (auto it = drawnAt.cbegin(); it != drawnAt.cend(); ++it)
        ctx.setDrawnAt(it.key(), it.value());
    QHash<QString, QRectF> bounds;
    for (const QString &groupId : groupIds) {
        const Group *gr = byId.value(groupId);
        if (!gr) {
            bounds.insert(groupId, QRectF());
            continue;
        }
        const QSizeF label = gr->label.trimmed().isEmpty()
                                 ? QSizeF()
                                 : makeLabelText(gr->label, groupFont(m_style), 160.0).size;
        QRectF out;
        for (const GroupPart &part : ctx.groupParts(*gr, m_style)) {
            const QRectF b = part.outline.boundingRect();
            out |= b;
            // Every spot groupLabelRectIn() tries: centred up to a quarter of the width
            // beside the middle, up to 0.6 of its height above the top or below the bottom.
            if (!label.isEmpty())
                out |= b.adjusted(-label.width() / 2, -1.1 * label.height(), label.width() / 2,
                                  1.1 * label.height());
        }
        const double pen = m_style.lineWidth * 2 + 4.0; // the dashed line, the label's frame
        bounds.insert(groupId, out.isNull() ? out : out.adjusted(-pen, -pen, pen, pen));
    }
    return bounds;
}

} // namespace nwk
