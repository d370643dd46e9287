// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk {

namespace {
/// The not-discussed band's width as a factor of the rings' radius.
constexpr double kBandFactor = 0.14;
/// A point less than this part of the school's radius from the centre is "in the school".
constexpr double kInSchoolDrop = 0.75;
} // namespace

double normalizeAngle(double degrees)
{
    if (!std::isfinite(degrees))
        return 0.0;
    double a = std::fmod(degrees, 360.0);
    if (a < 0)
        a += 360.0;
    return a >= 360.0 ? 0.0 : a;
}

MapGeometry MapGeometry::forSession(const Session &s, double outerRadius)
{
    MapGeometry g;
    g.outerRadius = outerRadius;
    g.schoolRadius = outerRadius * 0.14;
    g.sectorCount = static_cast<int>(s.categories.size());
    g.ringCount = std::max(1, static_cast<int>(s.rings.size()));
    if (needsBand(s)) {
        g.bandWidth = outerRadius * kBandFactor;
        g.outerRadius += g.bandWidth;
    }
    return g;
}

bool MapGeometry::needsBand(const Session &s)
{
    auto nd = [](const std::optional<Placement> &p) {
        return p && p->distanceKind == DistanceKind::NotDiscussed;
    };
    for (const Partner &pa : s.partners) {
        if (nd(pa.placement) || nd(pa.desiredPlacement))
            return true;
        for (const AlternativePlacement &a : pa.alternatives)
            if (nd(a.placement))
                return true;
        for (const FormerPlacement &f : pa.formerPlacements)
            if (nd(f.placement))
                return true;
    }
    for (const MissingPartner &m : s.missingPartners)
        if (nd(m.placement))
            return true;
    return false;
}

double MapGeometry::bandMidRadius() const
{
    // Without a band (a bare geometry), just outside the rings as wide as one would be.
    const double band = bandWidth > 0.0 ? bandWidth : ringsRadius() * kBandFactor;
    return ringsRadius() + band / 2.0;
}

// Rings of equal area: the annulus between the school disc (distance 0) and the rim (distance 1)
// grows in area linearly with the distance, r(d)^2 = rs^2 + d (R^2 - rs^2). Ring i still spans the
// distances [i/n, (i+1)/n], but every ring now holds the same area, so the inner rings (where
// groups put the most partners) are wider than before.
double MapGeometry::radiusFor(double distance) const
{
    const double d = std::clamp(distance, 0.0, 1.0);
    const double rs2 = schoolRadius * schoolRadius;
    const double rr = ringsRadius();
    return std::sqrt(rs2 + d * (rr * rr - rs2));
}

double MapGeometry::distanceFor(double radius) const
{
    const double rs2 = schoolRadius * schoolRadius;
    const double rr = ringsRadius();
    const double span = rr * rr - rs2;
    if (span <= 0.0)
        return 0.0;
    return std::clamp((radius * radius - rs2) / span, 0.0, 1.0);
}

QPointF MapGeometry::toPoint(const Placement &p) const
{
    double r = 0.0;
    switch (p.distanceKind) {
    case DistanceKind::Ring:
        r = radiusFor(p.distance);
        break;
    case DistanceKind::NotDiscussed:
        r = bandMidRadius();
        break;
    case DistanceKind::OnSchool:
        r = schoolRadius;
        break;
    case DistanceKind::InSchool:
        r = inSchoolRadius();
        break;
    }
    const double rad = normalizeAngle(p.angle) * std::numbers::pi / 180.0;
    // Clockwise from 12 o'clock with y down: x = r sin a, y = -r cos a.
    return {r * std::sin(rad), -r * std::cos(rad)};
}

Placement MapGeometry::toPlacement(QPointF point) const
{
    const double r = std::hypot(point.x(), point.y());
    Placement p;
    p.distance = distanceFor(r);
    p.angle = normalizeAngle(std::atan2(point.x(), -point.y()) * 180.0 / std::numbers::pi);
    if (bandWidth > 0.0 && r > ringsRadius())
        p.distanceKind = DistanceKind::NotDiscussed;
    else if (r < schoolRadius * kInSchoolDrop)
        p.distanceKind = DistanceKind::InSchool;
    return p;
}

double MapGeometry::sectorSpan() const
{
    return sectorCount > 0 ? 360.0 / sectorCount : 360.0;
}
double MapGeometry::sectorStart(int i) const
{
    return i * sectorSpan();
}
double MapGeometry::sectorMid(int i) const
{
    return sectorStart(i) + sectorSpan() / 2.0;
}

int MapGeometry::sectorAt(double angle) const
{
    if (sectorCount <= 0)
        return -1;
    const int i = static_cast<int>(normalizeAngle(angle) / sectorSpan());
    return std::clamp(i, 0, sectorCount - 1);
}

int MapGeometry::ringAt(double distance) const
{
    const int i = static_cast<int>(std::clamp(distance, 0.0, 1.0) * ringCount);
    return std::clamp(i, 0, ringCount - 1);
}

double MapGeometry::ringOuterRadius(int i) const
{
    return radiusFor(static_cast<double>(i + 1) / ringCount);
}

double MapGeometry::ringMidDistance(int i) const
{
    return (i + 0.5) / ringCount;
}

} // namespace nwk
