// SPDX-License-Identifier: GPL-3.0-or-later
// Markers whose drawn shapes would overlap are spread apart in the drawing (the stored
// placement does not change); a partner drawn away from its exact spot gets a short
// leader from a dot at that spot (docs/exports.md, "No overlaps").
#include "rectgrid.h"
#include "render_p.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk::detail {

namespace {

/// Rounds of pushing apart; a map that is not free of overlaps after them keeps the
/// positions of the last round (only hopelessly crowded maps get there).
constexpr int kMaxRounds = 60;
/// Spreading is skipped when the markers together cover more than this share of the
/// area between the school disc and the rim: they cannot all lie apart, and pushing
/// thousands of markers around would cost more than it gives (docs/performance.md).
constexpr double kMaxCover = 0.45;

struct Body {
    QPointF at;
    QRectF ext; ///< relative to the centre
    int sector = -1;
    bool fixed = false;
    DistanceKind kind = DistanceKind::Ring; ///< keeps it in the band, in the school, on the rings
};

QRectF rectOf(const Body &b, double gap)
{
    return b.ext.translated(b.at).adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
}

/// Keeps a moved centre in its sector (away from the sector's edges by half the
/// marker) and between the school disc and the rim.
QPointF constrain(const MapGeometry &g, const Body &b, QPointF pt)
{
    const double half = std::max(b.ext.width(), b.ext.height()) / 2.0;
    double r = std::hypot(pt.x(), pt.y());
    double lo = g.schoolRadius + half * 0.6;
    double hi = std::max(g.schoolRadius, g.ringsRadius() - half);
    if (b.kind == DistanceKind::NotDiscussed) { // within the band outside the rings
        lo = g.ringsRadius() + 1.0;
        hi = std::max(lo, g.outerRadius - 1.0);
    } else if (b.kind == DistanceKind::InSchool) { // inside the school disc
        lo = 0.0;
        hi = 0.74 * g.schoolRadius;
    }
    r = std::clamp(r, lo, hi);
    double a = normalizeAngle(std::atan2(pt.x(), -pt.y()) * 180.0 / std::numbers::pi);
    if (b.sector >= 0 && g.sectorCount > 1) {
        const double span = g.sectorSpan();
        const double m = std::min(span * 0.45, half / std::max(r, 1.0) * 180.0 / std::numbers::pi);
        const double rel = normalizeAngle(a - g.sectorStart(b.sector));
        if (rel > span) // beyond the end: to the nearer edge
            a = g.sectorStart(b.sector) + ((360.0 - rel < rel - span) ? m : span - m);
        else
            a = g.sectorStart(b.sector) + std::clamp(rel, m, span - m);
    }
    const double rad = a * std::numbers::pi / 180.0;
    return {r * std::sin(rad), -r * std::cos(rad)};
}

/// How far, along the unit vector u, two rects must move apart to stop overlapping.
double separation(const QRectF &a, const QRectF &b, QPointF u)
{
    const double ox = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    const double oy = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    if (ox <= 0 || oy <= 0)
        return 0.0;
    double t = 1e18;
    if (std::abs(u.x()) > 1e-6)
        t = std::min(t, ox / std::abs(u.x()));
    if (std::abs(u.y()) > 1e-6)
        t = std::min(t, oy / std::abs(u.y()));
    return t;
}

/// One round: every overlapping pair pushed apart along the line between their
/// centres (half each; all of it for a fixed ghost). Returns whether any overlapped.
bool pushRound(std::vector<Body> &bodies, const MapGeometry &g, double gap, double cell)
{
    QRectF area = g.bounds();
    for (const Body &b : bodies)
        area |= rectOf(b, gap);
    RectGrid grid(area, cell, 128);
    for (std::size_t i = 0; i < bodies.size(); ++i)
        grid.insert(rectOf(bodies[i], gap), static_cast<int>(i));
    bool any = false;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        if (bodies[i].fixed)
            continue;
        grid.any(rectOf(bodies[i], gap), [&](int k) {
            const auto j = static_cast<std::size_t>(k);
            if (j == i || (!bodies[j].fixed && j < i))
                return false;
            Body &a = bodies[i];
            Body &b = bodies[j];
            QPointF d = a.at - b.at;
            double len = std::hypot(d.x(), d.y());
            if (len < 1e-6) { // on the same spot: apart along the circle, by index
                const double ang = std::atan2(a.at.x(), -a.at.y()) + (i < j ? 1 : -1);
                d = QPointF(std::cos(ang), std::sin(ang));
                len = 1.0;
            }
            const QPointF u = d / len;
            const double t = separation(rectOf(a, gap), rectOf(b, gap), u);
            if (t <= 1e-9)
                return false;
            any = true;
            const double step = t + 0.05;
            if (b.fixed) {
                a.at = constrain(g, a, a.at + u * step);
            } else {
                a.at = constrain(g, a, a.at + u * (step / 2));
                b.at = constrain(g, b, b.at - u * (step / 2));
            }
            return false;
        });
    }
    return any;
}

} // namespace

void spreadMarkers(MapPositions &pos, const Session &s, const RenderOptions &o, const MapStyle &st)
{
    const MapGeometry &g = pos.geometry;
    pos.exact = pos.partners;
    std::vector<Body> bodies;
    std::vector<QString> ids;
    double cover = 0.0;
    double cell = 2.0 * st.partnerRadius;
    QSet<QString> seen;
    // In the order of the ids, so that the drawing does not depend on the file's order.
    std::vector<const Partner *> order;
    for (const Partner &pa : s.partners)
        if (pa.placement && pos.partners.contains(pa.id) && !seen.contains(pa.id)) {
            seen.insert(pa.id);
            order.push_back(&pa);
        }
    std::sort(order.begin(), order.end(),
              [](const Partner *a, const Partner *b) { return naturalLess(a->id, b->id); });
    for (const Partner *p : order) {
        const Partner &pa = *p;
        const auto it = pos.partners.constFind(pa.id);
        Body b{*it, partnerExtent(s, pa, st, o), g.sectorAt(pa.placement->angle), false,
               pa.placement->distanceKind};
        cover += b.ext.width() * b.ext.height();
        cell = std::max({cell, b.ext.width(), b.ext.height()});
        bodies.push_back(b);
        ids.push_back(pa.id);
    }
    const double annulus =
        std::numbers::pi * (g.outerRadius * g.outerRadius - g.schoolRadius * g.schoolRadius);
    if (bodies.size() < 2 || cover > kMaxCover * annulus)
        return;
    if (o.showMissing)
        for (const MissingPartner &m : s.missingPartners)
            bodies.push_back(Body{pos.missing.value(m.id), ghostExtent(s, m, st), -1, true});
    const double gap = 2.0 * st.partnerRadius / 15.0;
    for (int round = 0; round < kMaxRounds; ++round)
        if (!pushRound(bodies, g, gap, cell + gap))
            break;
    for (std::size_t i = 0; i < ids.size(); ++i)
        pos.partners.insert(ids[i], bodies[i].at);
}

bool drawnAway(QPointF spot)
{
    return std::hypot(spot.x(), spot.y()) > 0.5;
}

void paintSpotLeader(QPainter &p, QPointF spot, double markerRadius, const MapStyle &st)
{
    if (!drawnAway(spot))
        return;
    const double k = st.partnerRadius / 15.0;
    const double len = std::hypot(spot.x(), spot.y());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c(0x50, 0x50, 0x50);
    if (len > markerRadius) {
        p.setPen(QPen(c, 0.8 * st.lineWidth / 1.5));
        p.drawLine(spot * (markerRadius / len), spot);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(spot, 2.2 * k, 2.2 * k);
    p.restore();
}

void paintExactSpot(QPainter &p, const PaintContext &ctx, const Partner &pa, const MapStyle &st,
                    PaintGroups *groups)
{
    const MapPositions &pos = ctx.positions();
    const auto exact = pos.exact.constFind(pa.id);
    if (exact == pos.exact.cend())
        return;
    const QPointF spot = *exact - pos.partners.value(pa.id);
    if (!drawnAway(spot))
        return;
    const Category *c = ctx.s.category(pa.category);
    const double r = shapeOuterFactor(c ? c->marker : MarkerShape::Circle) * st.partnerRadius;
    const GroupScope scope(groups, QStringLiteral("spot-") + pa.id, QStringLiteral("exact-spot"),
                           QString());
    paintSpotLeader(p, spot, r, st);
}

} // namespace nwk::detail

void nwk::MapPainter::paintExactSpot(QPainter &p, const Session &s, const QString &partnerId,
                                     QPointF spot) const
{
    const Partner *pa = s.partner(partnerId);
    if (!pa)
        return;
    const Category *c = s.category(pa->category);
    detail::paintSpotLeader(p, spot,
                            detail::shapeOuterFactor(c ? c->marker : MarkerShape::Circle) *
                                m_style.partnerRadius,
                            m_style);
}
