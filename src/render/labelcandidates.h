// SPDX-License-Identifier: GPL-3.0-or-later
// Candidate spots of a label around its marker, nearest first (labellayout.cpp).
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace nwk::detail {

/// Candidates tried for an unambiguous spot: the 12 near ones and three rings of 16.
constexpr int kUnambiguousTries = 12 + 3 * 16;
/// With a key (RenderOptions::labelKey), a label is not put farther out than the
/// 12 near candidates and ten rings of 16: beyond, it goes to the key.
constexpr int kKeyedTries = 12 + 10 * 16;

/// A label box of `size` centred on `c`.
inline QRectF boxAt(QPointF c, QSizeF size)
{
    return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
}

inline bool hitsCircle(const QRectF &r, double radius)
{
    const double x = std::clamp(0.0, r.left(), r.right());
    const double y = std::clamp(0.0, r.top(), r.bottom());
    return x * x + y * y < radius * radius;
}

/// The label candidates: 12 near the marker, then rings of 16 further out.
constexpr int kNearCandidates = 12;
constexpr int kRingCandidates = 16;
constexpr int kRings = 60;

/// The rings' directions (unit vectors): principal first, then the ones in between.
struct RingDirections {
    double ux[kRingCandidates];
    double uy[kRingCandidates];
    double invX[kRingCandidates]; ///< 1 / ux (0 along an axis), for quick bounds
    double invY[kRingCandidates];
    RingDirections()
    {
        static const int order[kRingCandidates] = {4, 12, 0,  8,  2, 6, 14, 10,
                                                   3, 5,  13, 11, 1, 7, 15, 9};
        for (int d = 0; d < kRingCandidates; ++d) {
            const double a = order[d] * 22.5 * std::numbers::pi / 180.0;
            ux[d] = std::cos(a);
            uy[d] = std::sin(a);
            invX[d] = std::abs(ux[d]) > 1e-9 ? 1.0 / ux[d] : 0.0;
            invY[d] = std::abs(uy[d]) > 1e-9 ? 1.0 / uy[d] : 0.0;
        }
    }
};

inline const RingDirections &ringDirections()
{
    static const RingDirections directions;
    return directions;
}

/// The near candidates: below, above, right, left, the four corners, then shifted
/// below/above (the label's end under the marker).
inline void nearCandidates(const QRectF &ext, QSizeF sz, double unit,
                           QPointF (&near)[kNearCandidates])
{
    const double w2 = sz.width() / 2.0;
    const double h2 = sz.height() / 2.0;
    const double g0 = 1.5 * unit;
    const double c = 0.75; // corners may tuck into the empty corner of a round marker
    near[0] = {0, ext.bottom() + g0 + h2};
    near[1] = {0, ext.top() - g0 - h2};
    near[2] = {ext.right() + g0 + w2, 0};
    near[3] = {ext.left() - g0 - w2, 0};
    near[4] = {ext.right() * c + g0 + w2, ext.bottom() * c + g0 + h2};
    near[5] = {ext.left() * c - g0 - w2, ext.bottom() * c + g0 + h2};
    near[6] = {ext.right() * c + g0 + w2, ext.top() * c - g0 - h2};
    near[7] = {ext.left() * c - g0 - w2, ext.top() * c - g0 - h2};
    near[8] = {w2 * 0.6, ext.bottom() + g0 + h2};
    near[9] = {-w2 * 0.6, ext.bottom() + g0 + h2};
    near[10] = {w2 * 0.6, ext.top() - g0 - h2};
    near[11] = {-w2 * 0.6, ext.top() - g0 - h2};
}

/// The gap between the marker's extent and ring k's labels.
inline double ringGap(double unit, int k)
{
    const double g0 = 1.5 * unit;
    const double step = 7.0 * unit;
    return g0 + k * step;
}

/// A ring's candidate in direction (ux, uy): on the border of the extent grown by the
/// gap and half the label.
inline QPointF ringCandidate(const QRectF &ext, double w2, double h2, double gap, double ux,
                             double uy)
{
    double t = 1e18;
    if (ux > 1e-9)
        t = std::min(t, (ext.right() + gap + w2) / ux);
    if (ux < -1e-9)
        t = std::min(t, (ext.left() - gap - w2) / ux);
    if (uy > 1e-9)
        t = std::min(t, (ext.bottom() + gap + h2) / uy);
    if (uy < -1e-9)
        t = std::min(t, (ext.top() - gap - h2) / uy);
    return QPointF(t * ux, t * uy);
}

/// A label's ring candidates' centres (relative to the item's centre) ring after ring, as
/// ringCandidate() gives them to within rounding (t is linear in the ring on each side of
/// the extent): cheap enough for the quick answer of every far candidate, not for boxes.
struct RingCentres {
    double ax[kRingCandidates], bx[kRingCandidates], ay[kRingCandidates], by[kRingCandidates];
    RingCentres(const QRectF &ext, double w2, double h2, double unit)
    {
        const RingDirections &u = ringDirections();
        const double g0 = ringGap(unit, 0);
        const double step = ringGap(unit, 1) - g0;
        for (int d = 0; d < kRingCandidates; ++d) {
            // t = (side + gap + half) / u per side, the nearer side: as in ringCandidate().
            ax[d] = ay[d] = 1e18;
            bx[d] = by[d] = 0.0;
            if (u.ux[d] > 1e-9 || u.ux[d] < -1e-9) {
                const double side = u.ux[d] > 0 ? ext.right() + g0 + w2 : ext.left() - g0 - w2;
                ax[d] = side / u.ux[d];
                bx[d] = (u.ux[d] > 0 ? step : -step) / u.ux[d];
            }
            if (u.uy[d] > 1e-9 || u.uy[d] < -1e-9) {
                const double side = u.uy[d] > 0 ? ext.bottom() + g0 + h2 : ext.top() - g0 - h2;
                ay[d] = side / u.uy[d];
                by[d] = (u.uy[d] > 0 ? step : -step) / u.uy[d];
            }
        }
    }
    /// Ring k's centre in direction d.
    QPointF at(int k, int d) const
    {
        const RingDirections &u = ringDirections();
        const double t = std::min(ax[d] + k * bx[d], ay[d] + k * by[d]);
        return {t * u.ux[d], t * u.uy[d]};
    }
};

/// Calls visit(centre) with candidate label centres (relative to the item's centre),
/// nearest first: below, above, right, left, the four corners, then rings further out
/// in 16 directions; stops when visit returns true.
template <typename Visit>
void forEachCandidate(const QRectF &ext, QSizeF sz, double unit, Visit visit)
{
    QPointF near[kNearCandidates];
    nearCandidates(ext, sz, unit, near);
    for (const QPointF &p : near)
        if (visit(p))
            return;
    const RingDirections &u = ringDirections();
    const double w2 = sz.width() / 2.0;
    const double h2 = sz.height() / 2.0;
    for (int k = 1; k <= kRings; ++k) {
        const double gap = ringGap(unit, k);
        for (int d = 0; d < kRingCandidates; ++d)
            if (visit(ringCandidate(ext, w2, h2, gap, u.ux[d], u.uy[d])))
                return;
    }
}

/// Candidate `index` (1-based, in forEachCandidate()'s order), the very same point.
inline QPointF candidateAt(const QRectF &ext, QSizeF sz, double unit, int index)
{
    if (index <= kNearCandidates) {
        QPointF near[kNearCandidates];
        nearCandidates(ext, sz, unit, near);
        return near[index - 1];
    }
    const int k = (index - kNearCandidates - 1) / kRingCandidates + 1;
    const int d = (index - kNearCandidates - 1) % kRingCandidates;
    const RingDirections &u = ringDirections();
    return ringCandidate(ext, sz.width() / 2.0, sz.height() / 2.0, ringGap(unit, k), u.ux[d],
                         u.uy[d]);
}

/// Adds to `out` the index (1-based) of every candidate of rings `firstRing` to
/// `lastRing` whose centre may lie in `zone` (relative to the item's centre), and maybe
/// a few more: a candidate in direction u of ring k lies at t_k u, t_k growing with k,
/// so those in the zone are the rings whose t_k falls in the span of the ray inside it.
void candidatesIn(const QRectF &ext, QSizeF sz, double unit, int firstRing, int lastRing,
                  const QRectF &zone, std::vector<int> &out);

/// A box holding the label boxes (size `sz`) of the first `tries` candidates
/// forEachCandidate() gives, relative to the item's centre: candidate k lies on the border
/// of the marker's extent grown by its gap and half the label (for `ext` holding the
/// centre, as a marker's does), with a thousandth of a unit to spare for rounding.
inline QRectF candidatesBounds(const QRectF &ext, QSizeF sz, double unit, int tries)
{
    const int rings = tries <= 12 ? 0 : (tries - 12 + 15) / 16;
    const double gap = 1.5 * unit + rings * 7.0 * unit;
    const double slack = 1e-3 * unit; // a candidate's sums may round past the border
    const double w = sz.width() + gap + slack;
    const double h = sz.height() + gap + slack;
    return QRectF(QPointF(std::min(ext.left(), 0.0) - w, std::min(ext.top(), 0.0) - h),
                  QPointF(std::max(ext.right(), 0.0) + w, std::max(ext.bottom(), 0.0) + h));
}

/// The farthest a box of the first `tries` candidates lies from the item's centre (its
/// nearest point): at most the gap beyond the marker's extent on both axes.
inline double candidatesDistance(const QRectF &ext, double unit, int tries)
{
    const int rings = tries <= 12 ? 0 : (tries - 12 + 15) / 16;
    const double gap = 1.5 * unit + rings * 7.0 * unit;
    return std::hypot(std::max(std::abs(ext.left()), std::abs(ext.right())) + gap,
                      std::max(std::abs(ext.top()), std::abs(ext.bottom())) + gap) +
           1e-3 * unit;
}

} // namespace nwk::detail
