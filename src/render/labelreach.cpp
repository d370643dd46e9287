// SPDX-License-Identifier: GPL-3.0-or-later
// LabelLayouter::reaches(): could a change have moved a label that an earlier layout
// placed (the replay of a remembered layout: labelmemo.cpp)?
#include "labelcandidates.h"
#include "labellayouter.h"

#include <algorithm>
#include <bitset>
#include <cmath>

namespace nwk::detail {

namespace {

/// Closed intervals with `slack`: rounding never hides a touch.
bool near(const QRectF &r, const QRectF &d, double slack)
{
    return r.left() <= d.right() + slack && d.left() <= r.right() + slack &&
           r.top() <= d.bottom() + slack && d.top() <= r.bottom() + slack;
}

/// The span [lo, hi] of t where t * u lies within [a, b] on one axis (u: the direction's
/// component, inv its inverse); false when the ray misses the interval. (Multiplied by
/// the inverse, the ends may be off by a rounding: candidatesIn() takes a ring more on
/// each side.)
bool slab(double u, double inv, double a, double b, double &lo, double &hi)
{
    if (u > 1e-9) {
        lo = std::max(lo, a * inv);
        hi = std::min(hi, b * inv);
    } else if (u < -1e-9) {
        lo = std::max(lo, b * inv);
        hi = std::min(hi, a * inv);
    } else if (a > 1e-6 || b < -1e-6) { // the ray stays on the axis
        return false;
    }
    return lo <= hi + 1e-9 * (1.0 + hi);
}

} // namespace

void candidatesIn(const QRectF &ext, QSizeF sz, double unit, int firstRing, int lastRing,
                  const QRectF &zone, std::vector<int> &out)
{
    const RingDirections &u = ringDirections();
    const double w2 = sz.width() / 2.0;
    const double h2 = sz.height() / 2.0;
    const double g0 = ringGap(unit, 0);
    const double step = 7.0 * unit;
    // Ring k's candidates lie on the border of the extent grown by its gap and half the
    // label: none in a zone beyond the last ring's border or well inside the first's
    // (a unit to spare for rounding).
    auto grown = [&](int k, double by) {
        const double gx = ringGap(unit, k) + w2 + by;
        const double gy = ringGap(unit, k) + h2 + by;
        return QRectF(QPointF(std::min(ext.left(), 0.0) - gx, std::min(ext.top(), 0.0) - gy),
                      QPointF(std::max(ext.right(), 0.0) + gx, std::max(ext.bottom(), 0.0) + gy));
    };
    const QRectF outer = grown(lastRing, unit);
    const QRectF inner = grown(firstRing, -unit);
    if (zone.left() > outer.right() || zone.right() < outer.left() || zone.top() > outer.bottom() ||
        zone.bottom() < outer.top())
        return;
    if (ext.left() <= 0.0 && ext.top() <= 0.0 && ext.right() >= 0.0 && ext.bottom() >= 0.0 &&
        zone.left() > inner.left() && zone.right() < inner.right() && zone.top() > inner.top() &&
        zone.bottom() < inner.bottom())
        return;
    for (int d = 0; d < kRingCandidates; ++d) {
        const double ux = u.ux[d];
        const double uy = u.uy[d];
        double lo = 0.0;
        double hi = 1e18;
        if (!slab(ux, u.invX[d], zone.left(), zone.right(), lo, hi) ||
            !slab(uy, u.invY[d], zone.top(), zone.bottom(), lo, hi))
            continue;
        // t_k = min over the axes the direction leaves by of (a + gap_k) / s: t_k >= lo
        // when gap_k >= lo * s - a on every such axis, t_k <= hi when on one of them
        // gap_k <= hi * s - a.
        double gapLo = -1e18;
        double gapHi = -1e18;
        auto axis = [&](double a, double s) {
            gapLo = std::max(gapLo, lo * s - a);
            gapHi = std::max(gapHi, hi * s - a);
        };
        if (ux > 1e-9)
            axis(ext.right() + w2, ux);
        if (ux < -1e-9)
            axis(-ext.left() + w2, -ux);
        if (uy > 1e-9)
            axis(ext.bottom() + h2, uy);
        if (uy < -1e-9)
            axis(-ext.top() + h2, -uy);
        // A ring more on each side: rounding never loses one.
        const double kLo = std::ceil((gapLo - g0) / step) - 1.0;
        const double kHi = std::floor((gapHi - g0) / step) + 1.0;
        if (!(kLo <= lastRing && kHi >= firstRing))
            continue;
        const int k0 = static_cast<int>(std::max<double>(firstRing, kLo));
        const int k1 = static_cast<int>(std::min<double>(lastRing, kHi));
        for (int k = k0; k <= k1; ++k)
            out.push_back(kNearCandidates + (k - 1) * kRingCandidates + d + 1);
    }
}

QRectF LabelLayouter::searchBounds(std::size_t i, const LabelTrace &trace) const
{
    // Every candidate the search tested, padded as reaches() pads it (the margin, the
    // near ones also by their distance to the marker and 1), and the slack of its test.
    const LabelItem &it = m_items[i];
    const int nearTries = std::min(trace.labelTries, kUnambiguousTries);
    const double nearPad = candidatesDistance(it.extent, m_unit, nearTries) + 1.0;
    const double pad = m_margin + m_unit + (trace.labelTries > 0 ? nearPad : 0.0);
    QRectF bounds = candidatesBounds(it.extent, it.size, m_unit, trace.labelTries)
                        .adjusted(-pad, -pad, pad, pad);
    if (trace.numberTries > 0) {
        const double numberPad = m_margin + m_unit;
        bounds |= candidatesBounds(it.extent, trace.numberSize, m_unit, trace.numberTries)
                      .adjusted(-numberPad, -numberPad, numberPad, numberPad);
    }
    return bounds.translated(it.centre);
}

bool LabelLayouter::touched(std::size_t i, const QRectF &r, int index,
                            const std::vector<QRectF> &changes) const
{
    const LabelItem &it = m_items[i];
    double pad = m_margin;
    if (index <= kUnambiguousTries) // ownNearest(): centres within reach
        pad += std::hypot(std::max({r.left() - it.centre.x(), 0.0, it.centre.x() - r.right()}),
                          std::max({r.top() - it.centre.y(), 0.0, it.centre.y() - r.bottom()})) +
               1.0;
    const QRectF padded = r.adjusted(-pad, -pad, pad, pad);
    return std::any_of(changes.begin(), changes.end(),
                       [&](const QRectF &d) { return near(padded, d, m_unit); });
}

// The near candidates of the first choice (and the rings up to the third): collided, free
// but ambiguous, or taken. Those whose overlaps were summed (no spot was free) count as
// changed when touched.
bool LabelLayouter::nearReached(std::size_t i, const LabelTrace &trace,
                                const std::vector<QRectF> &changes) const
{
    const LabelItem &it = m_items[i];
    const int tries = std::min(trace.labelTries, kUnambiguousTries);
    const double pad = m_margin + m_unit + candidatesDistance(it.extent, m_unit, tries) + 1.0;
    const QRectF bounds = candidatesBounds(it.extent, it.size, m_unit, tries)
                              .adjusted(-pad, -pad, pad, pad)
                              .translated(it.centre);
    std::vector<QRectF> nearby;
    for (const QRectF &d : changes)
        if (near(bounds, d, 0.0))
            nearby.push_back(d);
    if (nearby.empty())
        return false;
    const int self = static_cast<int>(i);
    const int chosenNear = trace.nearTaken;
    auto changed = [&](const QRectF &r, int index) {
        if (trace.labelOverlap)
            return true;
        const bool free = !collides(r, self);
        const bool unambiguous = free && ownNearest(r, self);
        if (chosenNear > 0)
            return index == chosenNear ? !unambiguous : unambiguous;
        // Nothing near was taken: the first free one is remembered for the second choice.
        if (unambiguous || (free && (trace.firstFreeNear < 0 || index < trace.firstFreeNear)))
            return true;
        return index == trace.firstFreeNear && !free;
    };
    bool reached = false;
    int index = 0;
    forEachCandidate(it.extent, it.size, m_unit, [&](QPointF c) {
        if (++index > tries)
            return true;
        const QRectF r = boxAt(c, it.size).translated(it.centre);
        reached = touched(i, r, index, nearby) && changed(r, index);
        return reached;
    });
    return reached;
}

// The candidates further out a change touches (their box padded by the margin, with
// the slack of the test), in order: each change looks only at the few candidates near it
// (candidatesIn()).
void LabelLayouter::collectFarTouched(std::size_t i, const LabelTrace &trace,
                                      const std::vector<QRectF> &changes,
                                      std::vector<int> &out) const
{
    out.clear();
    if (trace.labelTries <= kUnambiguousTries)
        return;
    const LabelItem &it = m_items[i];
    const int lastRing = (trace.labelTries - kNearCandidates - 1) / kRingCandidates + 1;
    const int firstRing = (kUnambiguousTries - kNearCandidates) / kRingCandidates + 1;
    // A candidate's padded box touches d only when its centre is within d grown by half
    // the box, the margin and the slack.
    const double px = it.size.width() / 2.0 + m_margin + m_unit + 1.0;
    const double py = it.size.height() / 2.0 + m_margin + m_unit + 1.0;
    std::bitset<kNearCandidates + kRings * kRingCandidates + 1> hit;
    std::vector<int> around;
    for (const QRectF &d : changes) {
        around.clear();
        candidatesIn(it.extent, it.size, m_unit, firstRing, lastRing,
                     d.translated(-it.centre).adjusted(-px, -py, px, py), around);
        for (const int index : around) {
            if (index > trace.labelTries || hit.test(static_cast<std::size_t>(index)))
                continue;
            const QRectF r = boxAt(candidateAt(it.extent, it.size, m_unit, index), it.size)
                                 .translated(it.centre)
                                 .adjusted(-m_margin, -m_margin, m_margin, m_margin);
            if (near(r, d, m_unit))
                hit.set(static_cast<std::size_t>(index));
        }
    }
    for (int index = kUnambiguousTries + 1; index <= trace.labelTries; ++index)
        if (hit.test(static_cast<std::size_t>(index)))
            out.push_back(index);
}

// Those candidates were tested for a collision only: the first free one was taken.
bool LabelLayouter::farReached(std::size_t i, const LabelTrace &trace,
                               const std::vector<QRectF> &changes) const
{
    std::vector<int> hit;
    collectFarTouched(i, trace, changes, hit);
    const LabelItem &it = m_items[i];
    const int self = static_cast<int>(i);
    return std::any_of(hit.begin(), hit.end(), [&](int index) {
        const QRectF r =
            boxAt(candidateAt(it.extent, it.size, m_unit, index), it.size).translated(it.centre);
        return collides(r, self) == (trace.labelFound && index == trace.labelTries);
    });
}

// The key number's candidates (with a key: at most ten rings).
bool LabelLayouter::numberReached(std::size_t i, const LabelTrace &trace,
                                  const std::vector<QRectF> &changes) const
{
    const LabelItem &it = m_items[i];
    const int self = static_cast<int>(i);
    bool reached = false;
    int index = 0;
    forEachCandidate(it.extent, trace.numberSize, m_unit, [&](QPointF c) {
        if (++index > trace.numberTries)
            return true;
        const QRectF r = boxAt(c, trace.numberSize).translated(it.centre);
        // (the number's candidates are not tested for the nearest marker)
        if (!touched(i, r, kUnambiguousTries + 1, changes))
            return false;
        if (trace.numberOverlap && index <= kUnambiguousTries)
            reached = true;
        else
            reached = collides(r, self) == (trace.numberFound && index == trace.numberTries);
        return reached;
    });
    return reached;
}

std::vector<QRectF> LabelLayouter::changesNear(std::size_t i, const LabelTrace &trace,
                                               const std::vector<QRectF> &removed,
                                               const std::vector<QRectF> &added) const
{
    const QRectF bounds = searchBounds(i, trace);
    std::vector<QRectF> changes;
    for (const std::vector<QRectF> *rects : {&removed, &added})
        for (const QRectF &d : *rects)
            if (near(bounds, d, 0.0))
                changes.push_back(d);
    return changes;
}

bool LabelLayouter::reaches(std::size_t i, const LabelTrace &trace,
                            const std::vector<QRectF> &removed,
                            const std::vector<QRectF> &added) const
{
    // Only the differences near the candidates it tested can touch one: most labels have
    // none near (a box around them all answers), the others test only those few.
    const std::vector<QRectF> changes = changesNear(i, trace, removed, added);
    if (changes.empty())
        return false;
    // A touched candidate is tested again against what is placed now (the labels before
    // this one, as a layout from scratch has them); the label is placed again only when
    // the answer could change the choice.
    return nearReached(i, trace, changes) || farReached(i, trace, changes) ||
           (trace.numberTries > 0 && numberReached(i, trace, changes));
}

void LabelLayouter::farTouched(std::size_t i, const LabelTrace &trace,
                               const std::vector<QRectF> &removed, const std::vector<QRectF> &added,
                               std::vector<int> &out) const
{
    collectFarTouched(i, trace, changesNear(i, trace, removed, added), out);
}

} // namespace nwk::detail
