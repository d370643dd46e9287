// SPDX-License-Identifier: GPL-3.0-or-later
// The greedy label layout of partners' and ghosts' labels (positions: positions.cpp).
#include "labelcandidates.h"
#include "rectgrid.h"
#include "render_p.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk {
namespace detail {

namespace {

/// Cells along a side of the layout's grids (the area includes the legend).
constexpr int kMaxGridCells = 256;

/// Candidates tried for an unambiguous spot: the 12 near ones and three rings of 16.
constexpr int kUnambiguousTries = 12 + 3 * 16;
/// With a key (RenderOptions::labelKey), a label is not put farther out than the
/// 12 near candidates and ten rings of 16: beyond, it goes to the key.
constexpr int kKeyedTries = 12 + 10 * 16;

struct Obstacle {
    QRectF rect;
    int owner = -1; ///< index of the item it belongs to, -1 = none
};

struct Item {
    QString id;
    bool missing = false;
    QPointF centre;
    QRectF extent; ///< relative to centre
    QSizeF size;   ///< label box
};

} // namespace

FullLayout layoutAll(const Session &s, const RenderOptions &o, const MapStyle &st)
{
    return layoutAll(PaintContext(s, o, st), o, st);
}

FullLayout layoutAll(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                     const QRectF &frame)
{
    const Session &s = ctx.s;
    FullLayout result;
    const MapPositions &pos = ctx.positions();
    const double unit = st.partnerRadius / 15.0;

    std::vector<Item> items;
    std::vector<const Partner *> placedPartners;
    for (const Partner &pa : s.partners)
        if (pos.partners.contains(pa.id))
            placedPartners.push_back(&pa);
    std::sort(placedPartners.begin(), placedPartners.end(),
              [](const Partner *a, const Partner *b) { return naturalLess(a->id, b->id); });
    items.reserve(placedPartners.size() + static_cast<std::size_t>(s.missingPartners.size()));
    for (const Partner *pa : placedPartners)
        items.push_back({pa->id, false, pos.partners.value(pa->id), ctx.partnerExtent(*pa, o, st),
                         ctx.partnerLabel(*pa, o, st).size});
    if (o.showMissing) {
        std::vector<const MissingPartner *> ms;
        for (const MissingPartner &m : s.missingPartners)
            ms.push_back(&m);
        std::sort(ms.begin(), ms.end(),
                  [](const auto *a, const auto *b) { return naturalLess(a->id, b->id); });
        for (const MissingPartner *m : ms)
            items.push_back({m->id, true, pos.missing.value(m->id), ghostExtent(s, *m, st),
                             missingLabelText(*m, st, o).size});
    }

    std::vector<Obstacle> obstacles;
    for (std::size_t i = 0; i < items.size(); ++i)
        obstacles.push_back({items[i].extent.translated(items[i].centre), static_cast<int>(i)});
    for (const RingLabelBox &rl : ringLabels(s, o, st, pos))
        obstacles.push_back({rl.rect, -1});
    std::vector<std::pair<QRectF, std::vector<QRectF>>> glyphGroups;
    for (const SectorLabel &sl : sectorLabels(s, o, st, pos.geometry)) {
        std::vector<QRectF> boxes;
        for (const ArcGlyph &gl : sl.glyphs)
            boxes.push_back(gl.box);
        glyphGroups.emplace_back(sl.bounds, std::move(boxes));
    }
    if (o.showGroups) {
        for (const Group &gr : s.groups)
            for (const QRectF &r : ctx.groupLabelRects(gr, o, st))
                if (!r.isEmpty())
                    obstacles.push_back({r, -1});
    }
    for (const QRectF &r :
         {legendRect(s, o, st), titleRect(s, o, st), ghostBandCaption(pos, o, st).rect})
        if (!r.isEmpty())
            obstacles.push_back({r.adjusted(-4, -4, 4, 4), -1});
    const double schoolR = pos.geometry.schoolRadius + 2.0;

    // Uniform grids, so that a candidate is tested only against what lies near it (a
    // skipped rect cannot touch the candidate, and would add exactly 0).
    QRectF area = pos.geometry.bounds() | frame;
    for (const Obstacle &ob : obstacles)
        if (std::isfinite(ob.rect.width()) && std::isfinite(ob.rect.height()))
            area |= ob.rect.normalized();
    // A few label heights per cell; finer on crowded maps, so that a cell holds
    // about as many labels however many partners share the disc.
    const double crowding = std::sqrt(std::max(1.0, static_cast<double>(items.size()) / 1000.0));
    const double cell = std::max(12.0, 48.0 / crowding) * unit;
    RectGrid obstacleGrid(area, cell, kMaxGridCells);
    for (std::size_t k = 0; k < obstacles.size(); ++k)
        obstacleGrid.insert(obstacles[k].rect, static_cast<int>(k));
    std::vector<QRectF> glyphBoxes; // every glyph box, group by group
    std::vector<std::size_t> glyphGroup;
    RectGrid glyphGrid(area, cell, kMaxGridCells);
    for (std::size_t gi = 0; gi < glyphGroups.size(); ++gi)
        for (const QRectF &b : glyphGroups[gi].second) {
            glyphGrid.insert(b, static_cast<int>(glyphBoxes.size()));
            glyphBoxes.push_back(b);
            glyphGroup.push_back(gi);
        }
    RectGrid centreGrid(area, cell, kMaxGridCells);
    for (std::size_t i = 0; i < items.size(); ++i)
        centreGrid.insert(QRectF(items[i].centre, QSizeF(0, 0)), static_cast<int>(i));
    RectGrid placedGrid(area, cell, kMaxGridCells);
    // Fine cells wholly under a placed label or a fixed obstacle (ring, group and
    // sector labels, legend, title): a candidate holding one collides for certain
    // (the exact tests below would say the same), the quick answer for most
    // candidates where labels lie on top of each other.
    CoverBits covered(area, 2.0 * unit);
    for (const Obstacle &ob : obstacles)
        if (ob.owner < 0)
            covered.mark(ob.rect);
    // Fine cells wholly under a marker: a label whose centre is in one overlaps that
    // marker (exact: the quick answer on crowded maps, where most spots lie on one),
    // unless the marker is the label's own.
    CoverBits underMarkers(area, 2.0 * unit);
    for (const Item &it : items)
        underMarkers.mark(it.extent.translated(it.centre));

    std::vector<QRectF> placed;
    const double margin = 1.2 * unit;
    const bool framed = !frame.isEmpty();
    const auto outside = [&frame](const QRectF &r) {
        return r.left() < frame.left() || r.top() < frame.top() || r.right() > frame.right() ||
               r.bottom() > frame.bottom();
    };
    const auto at = [](const auto &v, int k) -> const auto &
    {
        return v[static_cast<std::size_t>(k)];
    };
    // Does a label at `abs` touch anything? (fast: stops at the first hit)
    auto collides = [&](const QRectF &abs, int self) {
        if (framed && outside(abs))
            return true;
        if (covered.coversCentreOf(abs))
            return true;
        if (underMarkers.coversCentreOf(abs)) {
            const Item &own = at(items, self);
            if (!own.extent.translated(own.centre).contains(abs.center()))
                return true;
        }
        if (covered.coversPartOf(abs))
            return true;
        const QRectF padded = abs.adjusted(-margin, -margin, margin, margin);
        if (placedGrid.any(padded, [&](int k) { return rectsIntersect(padded, at(placed, k)); }))
            return true;
        if (obstacleGrid.any(abs, [&](int k) {
                const Obstacle &ob = at(obstacles, k);
                return ob.owner != self && rectsIntersect(abs, ob.rect);
            }))
            return true;
        if (glyphGrid.any(abs, [&](int k) {
                return rectsIntersect(glyphGroups[at(glyphGroup, k)].first, abs) &&
                       rectsIntersect(abs, at(glyphBoxes, k));
            }))
            return true;
        return hitsCircle(abs, schoolR);
    };
    // How badly (only when every candidate collides). Every term is >= 0, so once the
    // sum reaches `enough` the rest cannot bring it back below: it stops there.
    // Which entries the current penalty query has counted (a rect may sit in several
    // cells): one stamp per entry, so that nothing is sorted or counted twice.
    std::vector<unsigned> placedSeen;
    std::vector<unsigned> obstacleSeen(obstacles.size());
    std::vector<unsigned> glyphSeen(glyphBoxes.size());
    unsigned query = 0;
    auto penalty = [&](const QRectF &abs, int self, double enough) {
        const QRectF padded = abs.adjusted(-margin, -margin, margin, margin);
        ++query;
        placedSeen.resize(placed.size());
        double pen = 0.0;
        // Adds a term once; true (stop) when the sum reaches `enough`.
        auto add = [&](std::vector<unsigned> &seen, int k, double v) {
            unsigned &stamp = seen[static_cast<std::size_t>(k)];
            if (stamp == query)
                return false;
            stamp = query;
            pen += v;
            return pen >= enough;
        };
        if (placedGrid.any(padded, [&](int k) {
                return add(placedSeen, k, 4.0 * overlapArea(padded, at(placed, k)));
            }))
            return pen;
        if (obstacleGrid.any(abs, [&](int k) {
                const Obstacle &ob = at(obstacles, k);
                return ob.owner != self && add(obstacleSeen, k, overlapArea(abs, ob.rect));
            }))
            return pen;
        if (glyphGrid.any(abs, [&](int k) {
                return rectsIntersect(glyphGroups[at(glyphGroup, k)].first, abs) &&
                       add(glyphSeen, k, 0.5 * overlapArea(abs, at(glyphBoxes, k)));
            }))
            return pen;
        if (hitsCircle(abs, schoolR))
            pen += abs.width() * abs.height();
        if (framed && outside(abs))
            pen += 4.0 * (abs.width() * abs.height() - overlapArea(abs, frame));
        return pen;
    };
    // Is the label nearer to its own marker than to any other?
    auto ownNearest = [&](const QRectF &abs, int self) {
        auto dist = [&](QPointF p) {
            const double dx = std::max({abs.left() - p.x(), 0.0, p.x() - abs.right()});
            const double dy = std::max({abs.top() - p.y(), 0.0, p.y() - abs.bottom()});
            return std::hypot(dx, dy);
        };
        const double own = dist(items[static_cast<std::size_t>(self)].centre);
        // Only centres within `own` of the label can be nearer (1 unit of slack for rounding).
        const double reach = own + 1.0;
        return !centreGrid.any(abs.adjusted(-reach, -reach, reach, reach),
                               [&](int j) { return j != self && dist(at(items, j).centre) < own; });
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &it = items[i];
        const int self = static_cast<int>(i);
        QSizeF size = it.size; // the label's, or its number's when it goes to the key
        auto rectAt = [&](QPointF c) {
            return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                          size.height());
        };
        QRectF best;
        bool found = false;
        // First choice: free and unambiguous (no other marker nearer to the label than
        // its own), among the candidates close to the marker.
        int tried = 0;
        int firstFree = -1; // the first candidate found free, though ambiguous
        forEachCandidate(it.extent, it.size, unit, [&](QPointF c) {
            if (++tried > kUnambiguousTries)
                return true;
            const QRectF abs = rectAt(c).translated(it.centre);
            if (collides(abs, self))
                return false;
            if (firstFree < 0)
                firstFree = tried;
            if (!ownNearest(abs, self))
                return false;
            best = rectAt(c);
            found = true;
            return true;
        });
        if (!found) {
            // The candidates tried above are known (nothing was placed since): the
            // first free one, or none of them.
            int index = 0;
            forEachCandidate(it.extent, it.size, unit, [&](QPointF c) {
                if (++index > kKeyedTries && o.labelKey)
                    return true; // farther out, the key reads better than a long leader
                if (index <= kUnambiguousTries ? index != firstFree
                                               : collides(rectAt(c).translated(it.centre), self))
                    return false;
                best = rectAt(c);
                found = true;
                return true;
            });
        }
        if (!found && o.labelKey) {
            // Nowhere free near the marker: the label goes to the numbered key beside
            // the map, and its number takes the nearest free spot (a leader joins it).
            const int number = ++result.keyCount;
            (it.missing ? result.keyedMissing : result.keyedPartners).insert(it.id, number);
            size = numberLabel(number, labelFontFor(st, it.missing)).size;
            forEachCandidate(it.extent, size, unit, [&](QPointF c) {
                if (collides(rectAt(c).translated(it.centre), self))
                    return false;
                best = rectAt(c);
                found = true;
                return true;
            });
        }
        if (!found) {
            // Least overlap among the near candidates (those of the first choice): a
            // label that fits nowhere stays by its marker. (Only crowded maps get here;
            // searching every candidate made their layout quadratic, see
            // docs/performance.md.) Farther candidates cost a little more, to stay near.
            // A sum of terms >= 0 is at least each of them: skipping a candidate whose
            // partial sum already reaches the best keeps the choice exact.
            //
            // Overlap beyond that of lying under another label (the weight of placed
            // labels times the padded box) counts as that much: such spots are all
            // equally bad, the nearest of them wins, and on a map so crowded that
            // every spot is (thousands of partners on one disc) each spot's sum stops
            // after a few labels instead of adding up every label under it, which
            // made the layout grow with n squared (docs/performance.md).
            const double hopeless =
                4.0 * (size.width() + 2 * margin) * (size.height() + 2 * margin);
            double bestPenalty = 1e300;
            int index = 0;
            forEachCandidate(it.extent, size, unit, [&](QPointF c) {
                if (++index > kUnambiguousTries)
                    return true;
                const double far = 0.01 * std::hypot(c.x(), c.y());
                if (far >= bestPenalty)
                    return false;
                const double pen = std::min(penalty(rectAt(c).translated(it.centre), self,
                                                    std::min(bestPenalty, hopeless)),
                                            hopeless) +
                                   far;
                if (pen < bestPenalty) {
                    bestPenalty = pen;
                    best = rectAt(c);
                }
                return false;
            });
        }
        placed.push_back(best.translated(it.centre));
        placedGrid.insert(placed.back(), static_cast<int>(placed.size() - 1));
        covered.mark(placed.back());
        (it.missing ? result.missing : result.partners).insert(it.id, best);
    }
    return result;
}

LabelText numberLabel(int number, const QFont &font)
{
    return makeLabelText(QString::number(number), font, 1e6);
}

} // namespace detail

using namespace detail;

LabelPlacements MapPainter::layoutLabels(const Session &s, const RenderOptions &o) const
{
    return layoutAll(s, o, m_style).partners;
}

LabelPlacements MapPainter::layoutMissingLabels(const Session &s, const RenderOptions &o) const
{
    RenderOptions shown = o;
    shown.showMissing = true;
    return layoutAll(s, shown, m_style).missing;
}

} // namespace nwk
