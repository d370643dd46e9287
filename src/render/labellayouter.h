// SPDX-License-Identifier: GPL-3.0-or-later
// The greedy placement of partners' and ghosts' labels, one after the other, around what
// is already on the map (what it places around: labellayout.cpp).
#pragma once

#include "rectgrid.h"
#include "render_p.h"

#include <functional>
#include <utility>
#include <vector>

namespace nwk::detail {

/// Something a label must keep off.
struct LabelObstacle {
    QRectF rect;
    int owner = -1; ///< index of the item it belongs to, -1 = none
};

/// A marker whose label is placed.
struct LabelItem {
    QString id;
    bool missing = false;
    QPointF centre;
    QRectF extent; ///< relative to centre
    QSizeF size;   ///< label box
};

/// What the labels are placed around.
struct LabelScene {
    std::vector<LabelItem> items; ///< in placing order
    /// The items' markers (owner = the item) first, then the fixed labels and boxes.
    std::vector<LabelObstacle> obstacles;
    /// Sector labels: their bounds and the boxes of their glyphs.
    std::vector<std::pair<QRectF, std::vector<QRectF>>> glyphGroups;
    QRectF mapBounds;
    double schoolRadius = 0.0; ///< with its margin
};

/// How far the search for one label went: the candidates it tested (forEachCandidate()'s
/// order, 1-based), at the label's size and at its key number's, and whether the last one
/// tested was taken. Nothing outside those candidates (and the markers' centres near
/// them) could have changed where it went.
struct LabelTrace {
    int labelTries = 0;
    bool labelFound = false;   ///< the candidate labelTries was taken
    int nearTaken = -1;        ///< the near candidate taken as the first choice
    int firstFreeNear = -1;    ///< the first near candidate found free, though ambiguous
    bool labelOverlap = false; ///< no spot was free: the least overlap among the near ones
    int numberTries = 0;
    bool numberFound = false;
    bool numberOverlap = false;
    QSizeF numberSize;
};

/// Places the scene's labels in order; each label keeps off the markers, the fixed
/// labels and the labels placed before it where it can.
class LabelLayouter {
public:
    LabelLayouter(LabelScene scene, const QRectF &frame, double unit, bool labelKey);

    std::size_t itemCount() const { return m_items.size(); }
    /// For tests: off, every candidate gets the full test (no quick answer from the cover
    /// bitmap), the reference that the quick answers must never change.
    void setQuickAnswers(bool on) { m_quick = on; }
    /// The area the grids cover (it decides the order in which overlaps are summed).
    const QRectF &area() const { return m_area; }

    /// Places item `i`'s label (or its key number) and records it in `result`. `known`:
    /// an earlier search of the same item (same marker, same label) whose far candidates
    /// (past the near ones) kept their answers except those `touched` gives, in order
    /// (farTouched(); asked only when the search gets there): those are tested again,
    /// the others taken as they were, instead of testing them all.
    LabelTrace place(std::size_t i, const MapStyle &st, FullLayout &result,
                     const LabelTrace *known = nullptr,
                     const std::function<std::vector<int>()> &touched = {});
    /// Records item `i`'s label where an earlier layout put it (`best`, relative to the
    /// marker; `keyNumber` > 0: its number in the key), as place() would have.
    void reuse(std::size_t i, const QRectF &best, int keyNumber, FullLayout &result);
    /// Could a change have moved item `i`'s label, when its search went as far as `trace`?
    /// `removed`: where markers, centres and labels placed before it were and are no more;
    /// `added`: where they are now and were not. Call it in placing order, after the labels
    /// before `i` were placed or reused: a touched candidate that was only tested for a
    /// collision is tested again against them. The near ones (their nearest-marker test
    /// and the least-overlap sums) count as changed when touched. Each candidate is padded
    /// by the margin, the near ones also by their distance to the marker (the
    /// nearest-marker test's reach).
    bool reaches(std::size_t i, const LabelTrace &trace, const std::vector<QRectF> &removed,
                 const std::vector<QRectF> &added) const;
    /// The far candidates of item `i`'s search (`trace`) that the changes touch, in order
    /// (place()'s `touched`).
    void farTouched(std::size_t i, const LabelTrace &trace, const std::vector<QRectF> &removed,
                    const std::vector<QRectF> &added, std::vector<int> &out) const;
    /// A box around every candidate item `i`'s search went to (`trace`), padded as
    /// reaches() pads them: a change apart from it reaches none of them.
    QRectF searchBounds(std::size_t i, const LabelTrace &trace) const;

private:
    bool outsideFrame(const QRectF &r) const
    {
        return r.left() < m_frame.left() || r.top() < m_frame.top() ||
               r.right() > m_frame.right() || r.bottom() > m_frame.bottom();
    }
    /// Does a label at `abs` touch anything? (stops at the first hit). Inline: the layout
    /// asks this hundreds of thousands of times, most of them answered by the bitmap.
    bool collides(const QRectF &abs, int self) const
    {
        return centreTaken(abs, self) || (m_framed && outsideFrame(abs)) ||
               collidesElsewhere(abs, self);
    }
    /// The quick answer: the cell under the label's centre is wholly under a placed label
    /// or a fixed obstacle, or under a marker other than the label's own; or, for a label
    /// at least m_reach large, it lies within m_reach of one (kNearCovered).
    bool centreTaken(const QRectF &abs, int self) const
    {
        const QSizeF size = abs.size();
        const bool holds = m_quick && m_cover.holdsCell(size);
        const bool reaches = m_quick && reachesAround(size);
        return (holds || reaches) &&
               takenAt(abs.center(), m_items[static_cast<std::size_t>(self)], holds, reaches);
    }
    /// Does a label of this size hold a box of m_reach's half-sizes around its centre with
    /// room to spare (so that kNearCovered answers for it)?
    bool reachesAround(QSizeF size) const
    {
        return m_reachValid && std::abs(size.width()) / 2.0 >= m_reach.width() + kReachSlack &&
               std::abs(size.height()) / 2.0 >= m_reach.height() + kReachSlack;
    }
    /// centreTaken() for a label centred on `c` (or on a point within rounding of it: both
    /// planes' proofs hold with a thousandth of a map unit to spare), `holds`:
    /// holdsCell(), `reaches`: reachesAround(); without a branch on the answer.
    bool takenAt(QPointF c, const LabelItem &own, bool holds, bool reaches) const
    {
        const unsigned bits = m_cover.bitsAt(c);
        const QPointF r = c - own.centre;
        const bool inOwn = (r.x() >= own.extent.left()) & (r.x() <= own.extent.right()) &
                           (r.y() >= own.extent.top()) & (r.y() <= own.extent.bottom());
        const unsigned cell = ((bits >> kCovered) & 1U) |
                              (((bits >> kUnderMarker) & 1U) & static_cast<unsigned>(!inOwn));
        return (cell & static_cast<unsigned>(holds)) |
               (((bits >> kNearCovered) & 1U) & static_cast<unsigned>(reaches));
    }
    /// The rest of collides(): the cells inside the label, the placed labels, the
    /// obstacles, the sector labels' glyphs and the school.
    bool collidesElsewhere(const QRectF &abs, int self) const;
    // reaches(), in parts (labelreach.cpp).
    bool touched(std::size_t i, const QRectF &r, int index,
                 const std::vector<QRectF> &changes) const;
    bool nearReached(std::size_t i, const LabelTrace &trace,
                     const std::vector<QRectF> &changes) const;
    bool farReached(std::size_t i, const LabelTrace &trace,
                    const std::vector<QRectF> &changes) const;
    void collectFarTouched(std::size_t i, const LabelTrace &trace,
                           const std::vector<QRectF> &changes, std::vector<int> &out) const;
    std::vector<QRectF> changesNear(std::size_t i, const LabelTrace &trace,
                                    const std::vector<QRectF> &removed,
                                    const std::vector<QRectF> &added) const;
    bool numberReached(std::size_t i, const LabelTrace &trace,
                       const std::vector<QRectF> &changes) const;
    double penalty(const QRectF &abs, int self, double enough);
    bool ownNearest(const QRectF &abs, int self) const;

    bool nearestUnambiguous(const LabelItem &it, int self, QRectF &best, int &firstFree,
                            LabelTrace &trace) const;
    bool firstFree(const LabelItem &it, int self, int firstFreeNear, QRectF &best,
                   LabelTrace &trace) const;
    bool firstFreeResumed(const LabelItem &it, int self, const LabelTrace &known,
                          const std::vector<int> &touched, QRectF &best, LabelTrace &trace) const;
    bool firstFreeForNumber(const LabelItem &it, int self, QSizeF size, QRectF &best,
                            LabelTrace &trace) const;
    void leastOverlap(const LabelItem &it, int self, QSizeF size, QRectF &best);
    void markPlaced(const QRectF &abs);
    /// Marks kNearCovered around `r` (grown by `grow` beyond m_reach).
    void markNear(const QRectF &r, double grow);

    std::vector<LabelItem> m_items;
    std::vector<LabelObstacle> m_obstacles;
    std::vector<std::pair<QRectF, std::vector<QRectF>>> m_glyphGroups;
    QRectF m_frame;
    bool m_framed;
    double m_unit;
    double m_margin;
    double m_schoolRadius;
    bool m_labelKey;
    QRectF m_area;
    double m_cell;

    // Uniform grids, so that a candidate is tested only against what lies near it (a
    // skipped rect cannot touch the candidate, and would add exactly 0).
    RectGrid m_obstacleGrid;
    std::vector<QRectF> m_glyphBoxes; ///< every glyph box, group by group
    std::vector<std::size_t> m_glyphGroup;
    RectGrid m_glyphGrid;
    RectGrid m_centreGrid;
    RectGrid m_placedGrid;
    /// Fine cells wholly under something, in two planes of one bitmap (one memory access
    /// reads both): kCovered, under a placed label or a fixed obstacle (ring, group and
    /// sector labels, legend, title): a candidate holding one collides for certain (the
    /// exact tests would say the same), the quick answer for most candidates where labels
    /// lie on top of each other; kUnderMarker, wholly under a marker: a label whose centre
    /// is in one overlaps that marker (exact: the quick answer on crowded maps, where most
    /// spots lie on one), unless the marker is the label's own.
    /// kNearCovered, within m_reach of a placed label (padded by the margin) or a fixed
    /// obstacle: a label whose half-sizes exceed m_reach's (reachesAround()) and whose
    /// centre is in such a cell overlaps that label or obstacle. It is the quick answer on
    /// crowded maps, where most far spots lie beside a label rather than on one.
    static constexpr int kCovered = 0;
    static constexpr int kUnderMarker = 1;
    static constexpr int kNearCovered = 2;
    CoverBits m_cover;
    QSizeF m_reach; ///< the smallest label's half-sizes, less kReachSlack
    static constexpr double kReachSlack = 1e-3; ///< map units, far beyond rounding
    bool m_reachValid = false;
    bool m_quick = true;

    std::vector<QRectF> m_placed;
    // Which entries the current penalty query has counted (a rect may sit in several
    // cells): one stamp per entry, so that nothing is sorted or counted twice.
    std::vector<unsigned> m_placedSeen;
    std::vector<unsigned> m_obstacleSeen;
    std::vector<unsigned> m_glyphSeen;
    unsigned m_query = 0;
};

} // namespace nwk::detail
