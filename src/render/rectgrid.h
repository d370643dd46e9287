// SPDX-License-Identifier: GPL-3.0-or-later
// A uniform grid (spatial hash) of rectangles, to find the ones near a query quickly.
#pragma once

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace nwk::detail {

/// Buckets entries (rects with the caller's index) into square cells over an area.
/// Rects and queries beyond the area fall into its edge cells, so a query always
/// sees every entry whose rect shares a point with it (and maybe a few more): the
/// caller does the exact test. Entries of a cell keep their insertion order.
class RectGrid {
public:
    /// `area` is where most rects lie; at most `maxCells` cells along each side.
    RectGrid(const QRectF &area, double cellSize, int maxCells = 96);

    void insert(const QRectF &rect, int index);

    /// Calls visit(index) for the entries near `query` (an entry may come more than
    /// once; entries certainly apart from it are skipped); stops and returns true as
    /// soon as visit returns true.
    template <typename Visit> bool any(const QRectF &query, Visit visit) const
    {
        const Box q = boxOf(query);
        const Span s = span(q);
        for (int y = s.y0; y <= s.y1; ++y)
            for (int x = s.x0; x <= s.x1; ++x)
                for (const Entry &e : m_cells[static_cast<std::size_t>(y * m_nx + x)])
                    if (!apart(e.box, q) && visit(e.index))
                        return true;
        return false;
    }

private:
    struct Box {
        double l, t, r, b;
    };
    struct Entry {
        Box box;
        int index;
    };
    struct Span {
        int x0, y0, x1, y1;
    };
    static Box boxOf(const QRectF &r)
    {
        if (r.width() >= 0 && r.height() >= 0)
            return {r.left(), r.top(), r.right(), r.bottom()};
        const QRectF n = r.normalized();
        return {n.left(), n.top(), n.right(), n.bottom()};
    }
    /// Certainly no common point (a small slack covers the rounding of normalized()).
    static bool apart(const Box &a, const Box &b)
    {
        constexpr double slack = 1e-6;
        return a.r + slack < b.l || b.r + slack < a.l || a.b + slack < b.t || b.b + slack < a.t;
    }
    int cellOf(double v, double origin, int count) const
    {
        // Monotone in v (also outside the area), so overlapping intervals always share
        // a cell. NaN goes to cell 0.
        const double c = (v - origin) * m_inverse;
        if (!(c > 0.0))
            return 0;
        if (c >= count - 1)
            return count - 1;
        return static_cast<int>(c);
    }
    Span span(const Box &b) const
    {
        return {cellOf(b.l, m_x0, m_nx), cellOf(b.t, m_y0, m_ny), cellOf(b.r, m_x0, m_nx),
                cellOf(b.b, m_y0, m_ny)};
    }

    double m_x0 = 0.0;
    double m_y0 = 0.0;
    double m_cell = 1.0;
    double m_inverse = 1.0;
    int m_nx = 1;
    int m_ny = 1;
    std::vector<std::vector<Entry>> m_cells;
};

/// Fine square cells over an area, one bit each per plane, set once some rect covers the
/// cell wholly. A query rect that wholly contains a set cell certainly shares area with
/// one of those rects: where labels lie on top of each other (a crowded map) that
/// answers "is this spot taken?" with a few word tests instead of a search. A false
/// answer proves nothing. The planes (e.g. "under a label", "under a marker") share one
/// array, a cell's words side by side, so that one memory access reads both.
class CoverBits {
public:
    CoverBits(const QRectF &area, double cellSize, int maxCells = 2048, int planes = 1);
    /// Sets the cells of `plane` wholly inside `rect`.
    void mark(const QRectF &rect, int plane = 0);
    /// Is a set cell of `plane` wholly inside `query`?
    bool coversPartOf(const QRectF &query, int plane = 0) const;
    /// The planes (bit p for plane p) whose cell under the query's centre is set: enough
    /// where labels lie deep on top of each other. 0 when the query is too small to hold
    /// that cell wholly, or no plane's cell is set.
    unsigned centreBits(const QRectF &query) const
    {
        return holdsCell(query.size()) ? bitsAt(query.center()) : 0;
    }
    /// Can a query of this size hold the cell under its centre wholly (centreBits())?
    bool holdsCell(QSizeF size) const
    {
        const double w = std::abs(size.width());
        const double h = std::abs(size.height());
        return w > 2 * (m_cell + kSlack) && h > 2 * (m_cell + kSlack);
    }
    /// The planes whose cell under `c` is set (0 outside the area). Without a branch on
    /// the answer, so that a caller asking for many points lets the processor overlap them.
    unsigned bitsAt(QPointF c) const
    {
        const double cx = (c.x() - m_x0) * m_inverse;
        const double cy = (c.y() - m_y0) * m_inverse;
        const bool in = (cx >= 0.0) & (cy >= 0.0) & (cx < m_nx) & (cy < m_ny);
        const int x = static_cast<int>(in ? cx : 0.0);
        const int y = static_cast<int>(in ? cy : 0.0);
        const std::uint64_t *word =
            m_bits.data() + (static_cast<std::size_t>(y) * m_words + x / 64) * m_planes;
        unsigned bits = 0;
        for (int p = 0; p < m_planes; ++p)
            bits |= static_cast<unsigned>((word[p] >> (x % 64)) & 1U) << p;
        return in ? bits : 0U;
    }
    /// The same for one plane.
    bool coversCentreOf(const QRectF &query, int plane = 0) const
    {
        return (centreBits(query) >> plane) & 1U;
    }

private:
    struct Range {
        int x0, y0, x1, y1; ///< empty when x0 > x1 or y0 > y1
    };
    /// The cells wholly inside r, shrunk by a little so that rounding never counts a
    /// cell that is not.
    Range inside(const QRectF &r) const;
    /// Word `w` of row `y` of `plane`.
    std::size_t wordIndex(int y, int w, int plane) const
    {
        return (static_cast<std::size_t>(y) * m_words + static_cast<std::size_t>(w)) * m_planes +
               static_cast<std::size_t>(plane);
    }

    double m_x0 = 0.0;
    double m_y0 = 0.0;
    static constexpr double kSlack = 1e-3; ///< map units: rounding never counts a cell in
    double m_inverse = 1.0;
    double m_cell = 1.0;
    int m_nx = 1;
    int m_ny = 1;
    int m_words = 1; ///< 64-bit words per row and plane
    int m_planes = 1;
    std::vector<std::uint64_t> m_bits;
};

/// QRectF::intersects() and the area of QRectF::intersected(), with the same
/// arithmetic (so the same results), inline: the layouts ask millions of times.
struct Interval {
    double lo, hi;
};
inline Interval intervalX(const QRectF &r)
{
    const double x = r.x();
    const double w = r.width();
    return w < 0 ? Interval{x + w, x} : Interval{x, x + w};
}
inline Interval intervalY(const QRectF &r)
{
    const double y = r.y();
    const double h = r.height();
    return h < 0 ? Interval{y + h, y} : Interval{y, y + h};
}
inline bool meets(Interval a, Interval b)
{
    return a.lo != a.hi && b.lo != b.hi && a.lo < b.hi && b.lo < a.hi;
}
inline bool rectsIntersect(const QRectF &a, const QRectF &b)
{
    return meets(intervalX(a), intervalX(b)) && meets(intervalY(a), intervalY(b));
}
inline double overlapArea(const QRectF &a, const QRectF &b)
{
    const Interval ax = intervalX(a);
    const Interval bx = intervalX(b);
    if (!meets(ax, bx))
        return 0.0;
    const Interval ay = intervalY(a);
    const Interval by = intervalY(b);
    if (!meets(ay, by))
        return 0.0;
    return (std::min(ax.hi, bx.hi) - std::max(ax.lo, bx.lo)) *
           (std::min(ay.hi, by.hi) - std::max(ay.lo, by.lo));
}

} // namespace nwk::detail
