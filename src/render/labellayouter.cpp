// SPDX-License-Identifier: GPL-3.0-or-later
// The greedy label placement (what it places around: labellayout.cpp).
#include "labellayouter.h"

#include "labelcandidates.h"

#include <algorithm>
#include <cmath>

namespace nwk::detail {

namespace {

/// Cells along a side of the layout's grids (the area includes the legend).
constexpr int kMaxGridCells = 256;

template <typename V> const auto &at(const V &v, int k)
{
    return v[static_cast<std::size_t>(k)];
}

/// The area the grids cover: the map, the frame and every (finite) obstacle.
QRectF gridArea(const QRectF &mapBounds, const QRectF &frame,
                const std::vector<LabelObstacle> &obstacles)
{
    QRectF area = mapBounds | frame;
    for (const LabelObstacle &ob : obstacles)
        if (std::isfinite(ob.rect.width()) && std::isfinite(ob.rect.height()))
            area |= ob.rect.normalized();
    return area;
}

/// The cover bitmap's area: the grids' and every spot a label's search can reach (its
/// farthest ring), where far candidates of markers near the edge lie; out there the
/// grids lump everything into their edge cells, so the quick answers matter most.
QRectF coverArea(const QRectF &area, const std::vector<LabelItem> &items, double unit,
                 bool labelKey)
{
    static_assert((kKeyedTries - kNearCandidates) % kRingCandidates == 0);
    QRectF out = area;
    const double gap =
        ringGap(unit, labelKey ? (kKeyedTries - kNearCandidates) / kRingCandidates : kRings);
    for (const LabelItem &it : items) {
        const QRectF r = it.extent.translated(it.centre).adjusted(
            -gap - it.size.width(), -gap - it.size.height(), gap + it.size.width(),
            gap + it.size.height());
        if (std::isfinite(r.left()) && std::isfinite(r.top()) && std::isfinite(r.width()) &&
            std::isfinite(r.height()))
            out |= r;
    }
    return out;
}

/// A few label heights per cell; finer on crowded maps, so that a cell holds about as
/// many labels however many partners share the disc.
double gridCell(std::size_t items, double unit)
{
    const double crowding = std::sqrt(std::max(1.0, static_cast<double>(items) / 1000.0));
    return std::max(12.0, 48.0 / crowding) * unit;
}

} // namespace

LabelLayouter::LabelLayouter(LabelScene scene, const QRectF &frame, double unit, bool labelKey)
    : m_items(std::move(scene.items))
    , m_obstacles(std::move(scene.obstacles))
    , m_glyphGroups(std::move(scene.glyphGroups))
    , m_frame(frame)
    , m_framed(!frame.isEmpty())
    , m_unit(unit)
    , m_margin(1.2 * unit)
    , m_schoolRadius(scene.schoolRadius)
    , m_labelKey(labelKey)
    , m_area(gridArea(scene.mapBounds, frame, m_obstacles))
    , m_cell(gridCell(m_items.size(), unit))
    , m_obstacleGrid(m_area, m_cell, kMaxGridCells)
    , m_glyphGrid(m_area, m_cell, kMaxGridCells)
    , m_centreGrid(m_area, m_cell, kMaxGridCells)
    , m_placedGrid(m_area, m_cell, kMaxGridCells)
    , m_cover(coverArea(m_area, m_items, unit, labelKey), 2.0 * unit, 2048, 3)
{
    for (std::size_t k = 0; k < m_obstacles.size(); ++k)
        m_obstacleGrid.insert(m_obstacles[k].rect, static_cast<int>(k));
    for (std::size_t gi = 0; gi < m_glyphGroups.size(); ++gi)
        for (const QRectF &b : m_glyphGroups[gi].second) {
            m_glyphGrid.insert(b, static_cast<int>(m_glyphBoxes.size()));
            m_glyphBoxes.push_back(b);
            m_glyphGroup.push_back(gi);
        }
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_centreGrid.insert(QRectF(m_items[i].centre, QSizeF(0, 0)), static_cast<int>(i));
    // The smallest label's half-sizes, less the slack (labels of no size are never asked).
    double w2 = 1e300;
    double h2 = 1e300;
    for (const LabelItem &it : m_items)
        if (it.size.width() > 0 && it.size.height() > 0) {
            w2 = std::min(w2, it.size.width() / 2.0);
            h2 = std::min(h2, it.size.height() / 2.0);
        }
    m_reach = QSizeF(w2 - kReachSlack, h2 - kReachSlack);
    m_reachValid = m_reach.width() >= 0 && m_reach.height() >= 0 && w2 < 1e300;
    for (const LabelObstacle &ob : m_obstacles)
        if (ob.owner < 0) {
            m_cover.mark(ob.rect, kCovered);
            markNear(ob.rect, 0.0);
        }
    for (const LabelItem &it : m_items)
        m_cover.mark(it.extent.translated(it.centre), kUnderMarker);
    m_obstacleSeen.resize(m_obstacles.size());
    m_glyphSeen.resize(m_glyphBoxes.size());
}

bool LabelLayouter::collidesElsewhere(const QRectF &abs, int self) const
{
    if (m_quick && m_cover.coversPartOf(abs, kCovered))
        return true;
    const QRectF padded = abs.adjusted(-m_margin, -m_margin, m_margin, m_margin);
    if (m_placedGrid.any(padded, [&](int k) { return rectsIntersect(padded, at(m_placed, k)); }))
        return true;
    if (m_obstacleGrid.any(abs, [&](int k) {
            const LabelObstacle &ob = at(m_obstacles, k);
            return ob.owner != self && rectsIntersect(abs, ob.rect);
        }))
        return true;
    if (m_glyphGrid.any(abs, [&](int k) {
            return rectsIntersect(m_glyphGroups[at(m_glyphGroup, k)].first, abs) &&
                   rectsIntersect(abs, at(m_glyphBoxes, k));
        }))
        return true;
    return hitsCircle(abs, m_schoolRadius);
}

// How badly (only when every candidate collides). Every term is >= 0, so once the sum
// reaches `enough` the rest cannot bring it back below: it stops there.
double LabelLayouter::penalty(const QRectF &abs, int self, double enough)
{
    const QRectF padded = abs.adjusted(-m_margin, -m_margin, m_margin, m_margin);
    ++m_query;
    m_placedSeen.resize(m_placed.size());
    double pen = 0.0;
    // Adds a term once; true (stop) when the sum reaches `enough`.
    auto add = [&](std::vector<unsigned> &seen, int k, double v) {
        unsigned &stamp = seen[static_cast<std::size_t>(k)];
        if (stamp == m_query)
            return false;
        stamp = m_query;
        pen += v;
        return pen >= enough;
    };
    if (m_placedGrid.any(padded, [&](int k) {
            return add(m_placedSeen, k, 4.0 * overlapArea(padded, at(m_placed, k)));
        }))
        return pen;
    if (m_obstacleGrid.any(abs, [&](int k) {
            const LabelObstacle &ob = at(m_obstacles, k);
            return ob.owner != self && add(m_obstacleSeen, k, overlapArea(abs, ob.rect));
        }))
        return pen;
    if (m_glyphGrid.any(abs, [&](int k) {
            return rectsIntersect(m_glyphGroups[at(m_glyphGroup, k)].first, abs) &&
                   add(m_glyphSeen, k, 0.5 * overlapArea(abs, at(m_glyphBoxes, k)));
        }))
        return pen;
    if (hitsCircle(abs, m_schoolRadius))
        pen += abs.width() * abs.height();
    if (m_framed && outsideFrame(abs))
        pen += 4.0 * (abs.width() * abs.height() - overlapArea(abs, m_frame));
    return pen;
}

// Is the label nearer to its own marker than to any other?
bool LabelLayouter::ownNearest(const QRectF &abs, int self) const
{
    auto dist = [&](QPointF p) {
        const double dx = std::max({abs.left() - p.x(), 0.0, p.x() - abs.right()});
        const double dy = std::max({abs.top() - p.y(), 0.0, p.y() - abs.bottom()});
        return std::hypot(dx, dy);
    };
    const double own = dist(at(m_items, self).centre);
    // Only centres within `own` of the label can be nearer (1 unit of slack for rounding).
    const double reach = own + 1.0;
    return !m_centreGrid.any(abs.adjusted(-reach, -reach, reach, reach),
                             [&](int j) { return j != self && dist(at(m_items, j).centre) < own; });
}

// First choice: free and unambiguous (no other marker nearer to the label than its own),
// among the candidates close to the marker. `firstFree` gets the first candidate found
// free, though ambiguous (1-based; -1 = none).
bool LabelLayouter::nearestUnambiguous(const LabelItem &it, int self, QRectF &best, int &firstFree,
                                       LabelTrace &trace) const
{
    bool found = false;
    int tried = 0;
    forEachCandidate(it.extent, it.size, m_unit, [&](QPointF c) {
        if (++tried > kUnambiguousTries)
            return true;
        const QRectF abs = boxAt(c, it.size).translated(it.centre);
        if (collides(abs, self))
            return false;
        if (firstFree < 0)
            firstFree = tried;
        if (!ownNearest(abs, self))
            return false;
        best = boxAt(c, it.size);
        found = true;
        return true;
    });
    trace.labelTries = std::max(trace.labelTries, std::min(tried, kUnambiguousTries));
    trace.labelFound = found;
    trace.nearTaken = found ? tried : -1;
    trace.firstFreeNear = firstFree;
    return found;
}

// Second choice: the first free candidate. Those tried by nearestUnambiguous are known
// (nothing was placed since): the first free one, or none of them. Farther out, ring by
// ring, the quick answer (the cell under the centre taken, or near a label: takenAt())
// comes first for the whole ring, from centres that RingCentres gives with a few
// multiplications: computed without a branch on it, the processor works on the 16
// candidates at once instead of waiting for each answer; the full test follows only where
// it says free. The candidates and their order are forEachCandidate()'s.
bool LabelLayouter::firstFree(const LabelItem &it, int self, int firstFreeNear, QRectF &best,
                              LabelTrace &trace) const
{
    // Farther out than kKeyedTries with a key: the key reads better than a long leader.
    const int limit = m_labelKey ? kKeyedTries : kNearCandidates + kRings * kRingCandidates;
    auto take = [&](QRectF box, int index) {
        best = box;
        trace.labelTries = std::max(trace.labelTries, index);
        trace.labelFound = true;
        return true;
    };
    if (firstFreeNear > 0)
        return take(boxAt(candidateAt(it.extent, it.size, m_unit, firstFreeNear), it.size),
                    firstFreeNear);
    const RingDirections &u = ringDirections();
    const double w2 = it.size.width() / 2.0;
    const double h2 = it.size.height() / 2.0;
    const RingCentres centres(it.extent, w2, h2, m_unit);
    const bool holds = m_quick && m_cover.holdsCell(it.size);
    const bool reaches = m_quick && reachesAround(it.size);
    constexpr int firstRing = (kUnambiguousTries - kNearCandidates) / kRingCandidates + 1;
    static_assert(kNearCandidates + (firstRing - 1) * kRingCandidates == kUnambiguousTries);
    const int lastRing =
        std::min(kRings, (limit - kNearCandidates + kRingCandidates - 1) / kRingCandidates);
    constexpr unsigned kWholeRing = (1U << kRingCandidates) - 1U;
    for (int k = firstRing; k <= lastRing; ++k) {
        unsigned taken = 0;
        if (holds || reaches)
            for (int d = 0; d < kRingCandidates; ++d)
                taken |=
                    static_cast<unsigned>(takenAt(it.centre + centres.at(k, d), it, holds, reaches))
                    << d;
        if (taken == kWholeRing)
            continue;
        const double gap = ringGap(m_unit, k);
        for (int d = 0; d < kRingCandidates; ++d) {
            const int index = kNearCandidates + (k - 1) * kRingCandidates + d + 1;
            if (index > limit)
                break;
            if ((taken >> d) & 1U)
                continue;
            const QRectF box =
                boxAt(ringCandidate(it.extent, w2, h2, gap, u.ux[d], u.uy[d]), it.size);
            if (!collides(box.translated(it.centre), self))
                return take(box, index);
        }
    }
    trace.labelTries = std::max(trace.labelTries, limit);
    trace.labelFound = false;
    return false;
}

// firstFree() when no near candidate is free, knowing an earlier search of the same label
// (`known`, which went past the near candidates): its far candidates collided, but for
// the last one when it was taken, and only the `touched` ones can answer otherwise now.
// The first of them now free, or the last one still free, is the one the full search
// would take; past that one, the search goes on as firstFree() does.
bool LabelLayouter::firstFreeResumed(const LabelItem &it, int self, const LabelTrace &known,
                                     const std::vector<int> &touched, QRectF &best,
                                     LabelTrace &trace) const
{
    const int all = kNearCandidates + kRings * kRingCandidates;
    const int limit = m_labelKey ? std::min(kKeyedTries, all) : all;
    auto box = [&](int index) {
        return boxAt(candidateAt(it.extent, it.size, m_unit, index), it.size);
    };
    auto take = [&](int index) {
        best = box(index);
        trace.labelTries = std::max(trace.labelTries, index);
        trace.labelFound = true;
        return true;
    };
    const int last = known.labelTries;
    bool lastTouched = false;
    for (const int index : touched) {
        lastTouched = lastTouched || index == last;
        if (!collides(box(index).translated(it.centre), self))
            return take(index);
    }
    if (known.labelFound && !lastTouched)
        return take(last);
    for (int index = last + 1; index <= limit; ++index)
        if (!collides(box(index).translated(it.centre), self))
            return take(index);
    trace.labelTries = std::max(trace.labelTries, limit);
    trace.labelFound = false;
    return false;
}

// With a key: the nearest free spot for the label's number (`size`).
bool LabelLayouter::firstFreeForNumber(const LabelItem &it, int self, QSizeF size, QRectF &best,
                                       LabelTrace &trace) const
{
    // Within the ten rings a label may use: farther out, the number's leader would be
    // longer than the key is worth (and a crowded map tried every ring for every number).
    bool found = false;
    int index = 0;
    forEachCandidate(it.extent, size, m_unit, [&](QPointF c) {
        if (++index > kKeyedTries)
            return true;
        if (collides(boxAt(c, size).translated(it.centre), self))
            return false;
        best = boxAt(c, size);
        found = true;
        return true;
    });
    trace.numberTries = std::min(index, kKeyedTries);
    trace.numberFound = found;
    trace.numberSize = size;
    return found;
}

// Least overlap among the near candidates (those of the first choice): a label that fits
// nowhere stays by its marker. (Only crowded maps get here; searching every candidate
// made their layout quadratic, see docs/performance.md.) Farther candidates cost a little
// more, to stay near. A sum of terms >= 0 is at least each of them: skipping a candidate
// whose partial sum already reaches the best keeps the choice exact.
//
// Overlap beyond that of lying under another label (the weight of placed labels times the
// padded box) counts as that much: such spots are all equally bad, the nearest of them
// wins, and on a map so crowded that every spot is (thousands of partners on one disc)
// each spot's sum stops after a few labels instead of adding up every label under it,
// which made the layout grow with n squared (docs/performance.md).
void LabelLayouter::leastOverlap(const LabelItem &it, int self, QSizeF size, QRectF &best)
{
    const double hopeless = 4.0 * (size.width() + 2 * m_margin) * (size.height() + 2 * m_margin);
    double bestPenalty = 1e300;
    int index = 0;
    forEachCandidate(it.extent, size, m_unit, [&](QPointF c) {
        if (++index > kUnambiguousTries)
            return true;
        const double far = 0.01 * std::hypot(c.x(), c.y());
        if (far >= bestPenalty)
            return false;
        const double pen = std::min(penalty(boxAt(c, size).translated(it.centre), self,
                                            std::min(bestPenalty, hopeless)),
                                    hopeless) +
                           far;
        if (pen < bestPenalty) {
            bestPenalty = pen;
            best = boxAt(c, size);
        }
        return false;
    });
}

void LabelLayouter::markPlaced(const QRectF &abs)
{
    m_placed.push_back(abs);
    m_placedGrid.insert(m_placed.back(), static_cast<int>(m_placed.size() - 1));
    m_cover.mark(m_placed.back(), kCovered);
    markNear(abs, m_margin); // a label collides with the placed one padded by the margin
}

// A centre c in a cell wholly inside r grown by `grow` and m_reach has a point p of r
// grown by `grow` within m_reach of it, per axis. A label of half-sizes at least m_reach
// + kReachSlack centred on c holds p with kReachSlack to spare on every side, so it
// overlaps r grown by `grow` with positive area: collidesElsewhere() would say so too.
// Rects of no area are left out (an overlap with them is not certain).
void LabelLayouter::markNear(const QRectF &r, double grow)
{
    const QRectF n = r.normalized();
    if (!m_reachValid || !(n.width() > 0 && n.height() > 0))
        return;
    const double gx = grow + m_reach.width();
    const double gy = grow + m_reach.height();
    m_cover.mark(n.adjusted(-gx, -gy, gx, gy), kNearCovered);
}

LabelTrace LabelLayouter::place(std::size_t i, const MapStyle &st, FullLayout &result,
                                const LabelTrace *known,
                                const std::function<std::vector<int>()> &touched)
{
    const LabelItem &it = m_items[i];
    const int self = static_cast<int>(i);
    LabelTrace trace;
    QRectF best;
    int firstFreeNear = -1;
    bool found = nearestUnambiguous(it, self, best, firstFreeNear, trace);
    if (!found && firstFreeNear < 0 && known && touched && known->labelTries > kUnambiguousTries)
        found = firstFreeResumed(it, self, *known, touched(), best, trace);
    else if (!found)
        found = firstFree(it, self, firstFreeNear, best, trace);
    QSizeF size = it.size; // the label's, or its number's when it goes to the key
    const bool numbered = !found && m_labelKey;
    if (numbered) {
        // Nowhere free near the marker: the label goes to the numbered key beside the
        // map, and its number takes the nearest free spot (a leader joins it).
        const int number = ++result.keyCount;
        (it.missing ? result.keyedMissing : result.keyedPartners).insert(it.id, number);
        size = numberLabel(number, labelFontFor(st, it.missing)).size;
        found = firstFreeForNumber(it, self, size, best, trace);
    }
    if (!found) {
        leastOverlap(it, self, size, best);
        int &tries = numbered ? trace.numberTries : trace.labelTries;
        tries = std::max(tries, kUnambiguousTries);
        (numbered ? trace.numberOverlap : trace.labelOverlap) = true;
        if (numbered)
            trace.numberSize = size;
    }
    markPlaced(best.translated(it.centre));
    (it.missing ? result.missing : result.partners).insert(it.id, best);
    return trace;
}

void LabelLayouter::reuse(std::size_t i, const QRectF &best, int keyNumber, FullLayout &result)
{
    const LabelItem &it = m_items[i];
    if (keyNumber > 0) {
        result.keyCount = std::max(result.keyCount, keyNumber);
        (it.missing ? result.keyedMissing : result.keyedPartners).insert(it.id, keyNumber);
    }
    markPlaced(best.translated(it.centre));
    (it.missing ? result.missing : result.partners).insert(it.id, best);
}

} // namespace nwk::detail
