// SPDX-License-Identifier: GPL-3.0-or-later
// The labels a link's label can touch: link labels keep off the partners' and ghosts' labels
// (issue #21) without looking at every label of the map for every link.
#pragma once

#include "rectgrid.h"
#include "render_p.h"

#include <QRectF>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace nwk::detail {

/// How far from the line between a link's ends its label can reach (map units): a curve's
/// bulge, half a label's width and the step aside. The editor's LinkItem uses the same reach
/// (src/editor/scene/mapitems.cpp).
inline constexpr double kLinkLabelReach = 200.0;
/// Up to this many labels (partners and ghosts) link labels keep off them; on larger maps
/// (not focus groups: those have 30 to 100 partners) they keep off the markers only, as
/// the search would cost more than the rest of the drawing. The editor uses the same limit.
inline constexpr std::size_t kLinkLabelAvoidMax = 300;

/// Where a link's ends are drawn (the school at the centre); nothing when an end is not.
inline std::optional<std::pair<QPointF, QPointF>> linkEnds(const MapPositions &pos, const Link &l)
{
    auto at = [&](const QString &id) -> std::optional<QPointF> {
        if (id == kSchoolId)
            return QPointF(0, 0);
        if (const auto it = pos.partners.constFind(id); it != pos.partners.cend())
            return it.value();
        return std::nullopt;
    };
    const auto from = at(l.from), to = at(l.to);
    if (!from || !to)
        return std::nullopt;
    return std::make_pair(*from, *to);
}

/// The partners' and ghosts' labels in a grid, to hand each link only those its label can
/// touch: a link's label lies on it or just beside it (a curve bulges less than kReach), so
/// labels further from the line between its ends add nothing to its overlap sums.
class NearLabels {
public:
    explicit NearLabels(const std::vector<QRectF> &labels)
        : m_labels(labels)
        , m_grid(boundsOf(labels), 120.0)
        , m_seen(labels.size(), 0)
    {
        for (std::size_t i = 0; i < labels.size(); ++i)
            m_grid.insert(labels[i], static_cast<int>(i));
    }
    /// The labels near `line` (the rect of a link's ends), in their original order.
    const std::vector<QRectF> &around(const QRectF &line, std::vector<QRectF> &out) const
    {
        constexpr double kReach = kLinkLabelReach;
        ++m_stamp;
        m_found.clear();
        m_grid.any(line.adjusted(-kReach, -kReach, kReach, kReach), [this](int i) {
            if (m_seen[static_cast<std::size_t>(i)] != m_stamp) {
                m_seen[static_cast<std::size_t>(i)] = m_stamp;
                m_found.push_back(i);
            }
            return false;
        });
        std::sort(m_found.begin(), m_found.end());
        out.clear();
        for (int i : m_found)
            out.push_back(m_labels[static_cast<std::size_t>(i)]);
        return out;
    }

private:
    static QRectF boundsOf(const std::vector<QRectF> &rects)
    {
        QRectF all;
        for (const QRectF &r : rects)
            all |= r;
        return all;
    }
    const std::vector<QRectF> &m_labels;
    RectGrid m_grid;
    mutable std::vector<unsigned> m_seen;
    mutable unsigned m_stamp = 0;
    mutable std::vector<int> m_found;
};

} // namespace nwk::detail
