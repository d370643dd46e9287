// SPDX-License-Identifier: GPL-3.0-or-later
// Where partners and the ghosts of missing partners are drawn.
#include "rectgrid.h"
#include "render_p.h"
#include "statements_p.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk {
namespace detail {

namespace {

/// A ghost's spot is judged by the room around it, up to this far.
constexpr double kGhostClearance = 60.0;
/// The band of uncategorised ghosts: its first row's distance below the centre (as a
/// factor of the outer radius, clear of the sector labels along the rim), the room
/// each ghost takes in a row (a label's width) and between rows, and the most per row.
constexpr double kBandTop = 1.22;
constexpr double kBandStep = 150.0;
constexpr double kBandRowStep = 80.0;
constexpr int kBandPerRow = 6;
/// Room kept between a clamped ghost's centre and its sector's edges (map units).
constexpr double kSectorEdgeRoom = 20.0;
/// A clamped ghost looks for a spot this far from any other (two markers and a gap).
constexpr double kGhostRoom = 38.0;

/// The placement moved into sector `i` when its angle lies outside: to the nearest
/// angle inside that keeps the ghost's marker off the sector's edges.
Placement clampIntoSector(const MapGeometry &g, int i, Placement pl)
{
    const double span = g.sectorSpan();
    const double radius = std::max(1.0, g.radiusFor(std::clamp(pl.distance, 0.0, 1.0)));
    const double room = std::min(span * 0.5, kSectorEdgeRoom / radius * 180.0 / std::numbers::pi);
    const double from = g.sectorStart(i);
    const double rel = normalizeAngle(pl.angle - from); // 0..360 clockwise from the start
    if (rel >= room && rel <= span - room)
        return pl;
    // On an edge: just inside it. Outside: inside the nearer edge.
    double inside = std::clamp(rel, room, span - room);
    if (rel > span)
        inside = (360.0 - rel < rel - span) ? room : span - room;
    pl.angle = normalizeAngle(from + inside);
    return pl;
}

/// Where a ghost with a stored placement is drawn: there when it lies in the ghost's
/// own sector `i`; else clamped into the sector, at the nearest spot (towards the
/// sector's middle, a little nearer or farther) that has room around it.
template <typename Clearance>
QPointF storedGhostSpot(const MapGeometry &g, int i, const Placement &stored,
                        const Clearance &clearance)
{
    const Placement clamped = clampIntoSector(g, i, stored);
    if (clamped.angle == stored.angle)
        return g.toPoint(stored);
    const double towardsMid = std::remainder(g.sectorMid(i) - clamped.angle, 360.0);
    QPointF best = g.toPoint(clamped);
    double bestClear = -1.0;
    for (int k = 0; k < 6; ++k) {
        for (double dd : {0.0, 0.08, -0.08}) {
            Placement pl = clamped;
            pl.angle = normalizeAngle(clamped.angle + towardsMid * k / 5.0 * 0.9);
            pl.distance = std::clamp(clamped.distance + dd, 0.05, 0.98);
            const QPointF pt = g.toPoint(pl);
            const double clear = clearance(pt);
            if (clear >= kGhostRoom)
                return pt;
            if (clear > bestClear + 1e-9) {
                bestClear = clear;
                best = pt;
            }
        }
    }
    return best;
}

} // namespace

QPointF ghostBandSpot(const MapGeometry &g, int index, int count)
{
    const int row = index / kBandPerRow;
    const int inRow = std::min(kBandPerRow, count - row * kBandPerRow);
    const int col = index % kBandPerRow;
    return {(col - (inRow - 1) / 2.0) * kBandStep, g.outerRadius * kBandTop + row * kBandRowStep};
}

MapPositions computePositions(const Session &s)
{
    MapPositions pos;
    pos.geometry = MapGeometry::forSession(s);
    const MapGeometry &g = pos.geometry;
    // Points taken so far, in a grid: only those within kGhostClearance count.
    std::vector<QPointF> occupied;
    RectGrid occupiedGrid(g.bounds(), kGhostClearance);
    auto occupy = [&](QPointF pt) {
        occupiedGrid.insert(QRectF(pt, QSizeF(0, 0)), static_cast<int>(occupied.size()));
        occupied.push_back(pt);
    };
    /// Distance to the nearest occupied point, at most kGhostClearance.
    auto clearance = [&](QPointF pt) {
        double best = kGhostClearance;
        const double r = kGhostClearance;
        occupiedGrid.any(QRectF(pt.x() - r, pt.y() - r, 2 * r, 2 * r), [&](int k) {
            const QPointF q = occupied[static_cast<std::size_t>(k)];
            best = std::min(best, std::hypot(pt.x() - q.x(), pt.y() - q.y()));
            return false;
        });
        return best;
    };
    for (const Partner &pa : s.partners) {
        if (pa.placement) {
            const QPointF pt = g.toPoint(*pa.placement);
            pos.partners.insert(pa.id, pt);
            occupy(pt);
        }
    }
    // Uncategorised ghosts (no category, or one the session does not have) in the band
    // below the disc; the others in their own sector, a stored placement clamped into it.
    std::vector<const MissingPartner *> banded;
    for (const MissingPartner &m : s.missingPartners) {
        if (s.categoryIndex(m.category) < 0 || g.sectorCount <= 0) {
            banded.push_back(&m);
        } else if (m.placement) {
            const QPointF pt =
                storedGhostSpot(g, s.categoryIndex(m.category), *m.placement, clearance);
            pos.missing.insert(m.id, pt);
            occupy(pt);
        }
    }
    for (std::size_t i = 0; i < banded.size(); ++i) {
        const QPointF pt = ghostBandSpot(g, static_cast<int>(i), static_cast<int>(banded.size()));
        pos.missing.insert(banded[i]->id, pt);
        pos.banded.push_back(banded[i]->id);
    }
    // The neutral zone: below the disc and the band of uncategorised ghosts.
    for (const Partner &pa : s.partners)
        if (!pa.placement && pa.neutralZone && !pos.partners.contains(pa.id))
            pos.neutral.push_back(pa.id);
    const int ghostRows = (static_cast<int>(banded.size()) + 5) / 6;
    for (std::size_t i = 0; i < pos.neutral.size(); ++i)
        pos.partners.insert(pos.neutral[i],
                            neutralZoneSpot(g, static_cast<int>(i),
                                            static_cast<int>(pos.neutral.size()), ghostRows));
    // Ghosts without a placement: on the outer ring of their category's sector, at the
    // candidate spot farthest from everything placed so far (deterministic: file order).
    const double outer = (g.ringCount - 1 + 0.72) / g.ringCount;
    const double distances[] = {outer, (g.ringCount - 1 + 0.4) / g.ringCount, 0.96};
    for (const MissingPartner &m : s.missingPartners) {
        const int sector = s.categoryIndex(m.category);
        if (m.placement || sector < 0 || g.sectorCount <= 0)
            continue;
        const double start = g.sectorStart(sector);
        const double span = g.sectorSpan();
        QPointF best;
        double bestClear = -1.0;
        for (double dist : distances) {
            for (int i = 0; i < 9; ++i) {
                Placement pl;
                pl.distance = dist;
                pl.angle =
                    normalizeAngle(start + span * (0.5 + (i % 2 ? 1 : -1) * ((i + 1) / 2) * 0.1));
                const QPointF pt = g.toPoint(pl);
                const double clear = clearance(pt);
                if (clear > bestClear + 1e-9) {
                    bestClear = clear;
                    best = pt;
                }
            }
        }
        pos.missing.insert(m.id, best);
        occupy(best);
    }
    return pos;
}

} // namespace detail

using namespace detail;

QPointF MapPainter::missingPosition(const Session &s, const QString &missingId) const
{
    return computePositions(s).missing.value(missingId);
}

} // namespace nwk
