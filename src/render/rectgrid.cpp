// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectgrid.h"

#include <algorithm>
#include <cmath>

namespace nwk::detail {

RectGrid::RectGrid(const QRectF &area, double cellSize, int maxCells)
{
    const QRectF a = area.normalized();
    const bool finite = std::isfinite(a.left()) && std::isfinite(a.top()) &&
                        std::isfinite(a.width()) && std::isfinite(a.height());
    if (finite) {
        m_x0 = a.left();
        m_y0 = a.top();
    }
    const double w = finite ? a.width() : 0.0;
    const double h = finite ? a.height() : 0.0;
    const double limit = std::max(1, maxCells);
    m_cell = std::max({cellSize, w / limit, h / limit, 1e-6});
    if (!std::isfinite(m_cell))
        m_cell = 1.0;
    m_inverse = 1.0 / m_cell;
    m_nx = std::clamp(static_cast<int>(std::ceil(w / m_cell)), 1, std::max(1, maxCells));
    m_ny = std::clamp(static_cast<int>(std::ceil(h / m_cell)), 1, std::max(1, maxCells));
    m_cells.resize(static_cast<std::size_t>(m_nx) * static_cast<std::size_t>(m_ny));
}

void RectGrid::insert(const QRectF &rect, int index)
{
    if (index < 0)
        return;
    const Box box = boxOf(rect);
    const Span s = span(box);
    for (int y = s.y0; y <= s.y1; ++y)
        for (int x = s.x0; x <= s.x1; ++x)
            m_cells[static_cast<std::size_t>(y * m_nx + x)].push_back({box, index});
}

namespace {

/// Bits lo..hi (inclusive, 0..63) of a word.
std::uint64_t bitRange(int lo, int hi)
{
    const std::uint64_t upTo = hi >= 63 ? ~0ULL : (1ULL << (hi + 1)) - 1;
    return upTo & ~((1ULL << lo) - 1);
}

} // namespace

CoverBits::CoverBits(const QRectF &area, double cellSize, int maxCells, int planes)
    : m_planes(std::clamp(planes, 1, 32))
{
    const QRectF a = area.normalized();
    const bool finite = std::isfinite(a.left()) && std::isfinite(a.top()) &&
                        std::isfinite(a.width()) && std::isfinite(a.height());
    const double w = finite ? a.width() : 0.0;
    const double h = finite ? a.height() : 0.0;
    if (finite) {
        m_x0 = a.left();
        m_y0 = a.top();
    }
    const double limit = std::max(1, maxCells);
    double cell = std::max({cellSize, w / limit, h / limit, 1e-6});
    if (!std::isfinite(cell))
        cell = 1.0;
    m_cell = cell;
    m_inverse = 1.0 / cell;
    m_nx = std::clamp(static_cast<int>(std::ceil(w / cell)), 1, std::max(1, maxCells));
    m_ny = std::clamp(static_cast<int>(std::ceil(h / cell)), 1, std::max(1, maxCells));
    m_words = (m_nx + 63) / 64;
    m_bits.assign(static_cast<std::size_t>(m_words) * static_cast<std::size_t>(m_ny) *
                      static_cast<std::size_t>(m_planes),
                  0);
}

CoverBits::Range CoverBits::inside(const QRectF &r) const
{
    // Asked for nearly every label candidate: plain arithmetic, no libm calls.
    const double x = r.x();
    const double y = r.y();
    const double w = r.width();
    const double h = r.height();
    const double l = (w < 0 ? x + w : x) + kSlack;
    const double rr = (w < 0 ? x : x + w) - kSlack;
    const double t = (h < 0 ? y + h : y) + kSlack;
    const double b = (h < 0 ? y : y + h) - kSlack;
    if (!(rr > l && b > t)) // also NaN
        return {0, 0, -1, -1};
    // Cell i spans [origin + i * cell, origin + (i + 1) * cell]: the first cell
    // starting at or after v is ceil(c), the last one ending at or before v floor(c) - 1.
    auto first = [this](double v, double origin) {
        const double c = (v - origin) * m_inverse;
        if (!(c > 0.0))
            return 0;
        if (c >= 1e9)
            return 1000000000;
        const int i = static_cast<int>(c);
        return i < c ? i + 1 : i;
    };
    auto last = [this](double v, double origin, int count) {
        const double c = (v - origin) * m_inverse;
        if (!(c >= 1.0))
            return -1;
        if (c >= count)
            return count - 1;
        return static_cast<int>(c) - 1;
    };
    return {first(l, m_x0), first(t, m_y0), last(rr, m_x0, m_nx), last(b, m_y0, m_ny)};
}

void CoverBits::mark(const QRectF &rect, int plane)
{
    const Range r = inside(rect);
    if (r.x0 > r.x1 || plane < 0 || plane >= m_planes)
        return;
    for (int y = r.y0; y <= r.y1; ++y)
        for (int w = r.x0 / 64; w <= r.x1 / 64; ++w)
            m_bits[wordIndex(y, w, plane)] |=
                bitRange(w == r.x0 / 64 ? r.x0 % 64 : 0, w == r.x1 / 64 ? r.x1 % 64 : 63);
}

bool CoverBits::coversPartOf(const QRectF &query, int plane) const
{
    const Range r = inside(query);
    if (r.x0 > r.x1 || plane < 0 || plane >= m_planes)
        return false;
    const int w0 = r.x0 / 64;
    const int w1 = r.x1 / 64;
    const std::uint64_t first = bitRange(r.x0 % 64, w0 == w1 ? r.x1 % 64 : 63);
    const std::uint64_t lastMask = bitRange(0, r.x1 % 64);
    const std::uint64_t *bits = m_bits.data();
    for (int y = r.y0; y <= r.y1; ++y) {
        if (bits[wordIndex(y, w0, plane)] & first)
            return true;
        for (int w = w0 + 1; w < w1; ++w)
            if (bits[wordIndex(y, w, plane)])
                return true;
        if (w1 > w0 && (bits[wordIndex(y, w1, plane)] & lastMask))
            return true;
    }
    return false;
}

} // namespace nwk::detail
