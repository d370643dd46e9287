// SPDX-License-Identifier: GPL-3.0-or-later
// Where partners and the ghosts of missing partners are drawn.
#include "rectgrid.h"
#include "render_p.h"

#include <algorithm>
#include <cmath>

namespace nwk {
namespace detail {

namespace {

/// A ghost's spot is judged by the room around it, up to this far.
constexpr double kGhostClearance = 60.0;

} // namespace

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
    for (const MissingPartner &m : s.missingPartners) {
        if (m.placement) {
            const QPointF pt = g.toPoint(*m.placement);
            pos.missing.insert(m.id, pt);
            occupy(pt);
        }
    }
    // Ghosts without a placement: on the outer ring of their category's sector, at the
    // candidate spot farthest from everything placed so far (deterministic: file order).
    const double outer = (g.ringCount - 1 + 0.72) / g.ringCount;
    const double distances[] = {outer, (g.ringCount - 1 + 0.4) / g.ringCount, 0.96};
    for (const MissingPartner &m : s.missingPartners) {
        if (m.placement)
            continue;
        const int sector = s.categoryIndex(m.category);
        double start = 0.0;
        double span = 360.0;
        if (sector >= 0 && g.sectorCount > 0) {
            start = g.sectorStart(sector);
            span = g.sectorSpan();
        }
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
