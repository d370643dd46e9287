// SPDX-License-Identifier: GPL-3.0-or-later
// Candidate spots of a label around its marker, nearest first (labellayout.cpp).
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk::detail {

inline bool hitsCircle(const QRectF &r, double radius)
{
    const double x = std::clamp(0.0, r.left(), r.right());
    const double y = std::clamp(0.0, r.top(), r.bottom());
    return x * x + y * y < radius * radius;
}

/// Calls visit(centre) with candidate label centres (relative to the item's centre),
/// nearest first: below, above, right, left, the four corners, then rings further out
/// in 16 directions; stops when visit returns true.
template <typename Visit>
void forEachCandidate(const QRectF &ext, QSizeF sz, double unit, Visit visit)
{
    const double w2 = sz.width() / 2.0;
    const double h2 = sz.height() / 2.0;
    const double g0 = 1.5 * unit;
    const double c = 0.75; // corners may tuck into the empty corner of a round marker
    const QPointF near[] = {
        {0, ext.bottom() + g0 + h2},
        {0, ext.top() - g0 - h2},
        {ext.right() + g0 + w2, 0},
        {ext.left() - g0 - w2, 0},
        {ext.right() * c + g0 + w2, ext.bottom() * c + g0 + h2},
        {ext.left() * c - g0 - w2, ext.bottom() * c + g0 + h2},
        {ext.right() * c + g0 + w2, ext.top() * c - g0 - h2},
        {ext.left() * c - g0 - w2, ext.top() * c - g0 - h2},
        // shifted below/above (the label's end under the marker)
        {w2 * 0.6, ext.bottom() + g0 + h2},
        {-w2 * 0.6, ext.bottom() + g0 + h2},
        {w2 * 0.6, ext.top() - g0 - h2},
        {-w2 * 0.6, ext.top() - g0 - h2},
    };
    for (const QPointF &p : near)
        if (visit(p))
            return;
    // principal directions first, then the ones in between
    static const int order[16] = {4, 12, 0, 8, 2, 6, 14, 10, 3, 5, 13, 11, 1, 7, 15, 9};
    double ux[16];
    double uy[16];
    for (int d = 0; d < 16; ++d) {
        const double a = order[d] * 22.5 * std::numbers::pi / 180.0;
        ux[d] = std::cos(a);
        uy[d] = std::sin(a);
    }
    const double step = 7.0 * unit;
    for (int k = 1; k <= 60; ++k) {
        const double gap = g0 + k * step;
        for (int d = 0; d < 16; ++d) {
            double t = 1e18;
            if (ux[d] > 1e-9)
                t = std::min(t, (ext.right() + gap + w2) / ux[d]);
            if (ux[d] < -1e-9)
                t = std::min(t, (ext.left() - gap - w2) / ux[d]);
            if (uy[d] > 1e-9)
                t = std::min(t, (ext.bottom() + gap + h2) / uy[d]);
            if (uy[d] < -1e-9)
                t = std::min(t, (ext.top() - gap - h2) / uy[d]);
            if (visit(QPointF(t * ux[d], t * uy[d])))
                return;
        }
    }
}

} // namespace nwk::detail
