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

} // namespace nwk::detail
