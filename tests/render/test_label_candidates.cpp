// SPDX-License-Identifier: GPL-3.0-or-later
// The geometry the replay of a remembered label layout relies on (#24 item 2): a
// candidate looked up by its index is the very point the search tested, and the quick
// answers (the box around a search, the candidates near a change) never leave out a
// candidate the full scan would have looked at.
#include "../../src/render/labelcandidates.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace nwk::detail;

namespace {

struct Case {
    QRectF ext;
    QSizeF size;
    double unit;
};

/// Markers' extents around their centre (round, wide, off-centre) and label sizes.
Case randomCase(std::mt19937 &random)
{
    std::uniform_real_distribution<double> r(2.0, 40.0);
    std::uniform_real_distribution<double> w(4.0, 160.0);
    std::uniform_real_distribution<double> h(4.0, 50.0);
    std::uniform_real_distribution<double> u(0.4, 2.5);
    const double left = r(random);
    const double top = r(random);
    return {QRectF(-left, -top, left + r(random), top + r(random)), QSizeF(w(random), h(random)),
            u(random)};
}

std::vector<QPointF> allCandidates(const Case &c)
{
    std::vector<QPointF> all;
    forEachCandidate(c.ext, c.size, c.unit, [&](QPointF p) {
        all.push_back(p);
        return false;
    });
    return all;
}

} // namespace

TEST_CASE("candidateAt gives the search's candidate to the last bit", "[labels][memo]")
{
    std::mt19937 random(24);
    for (int n = 0; n < 50; ++n) {
        const Case c = randomCase(random);
        const std::vector<QPointF> all = allCandidates(c);
        REQUIRE(all.size() == kNearCandidates + kRings * kRingCandidates);
        for (std::size_t k = 0; k < all.size(); ++k) {
            const QPointF p = candidateAt(c.ext, c.size, c.unit, static_cast<int>(k) + 1);
            INFO("case " << n << ", candidate " << k + 1);
            REQUIRE(p.x() == all[k].x());
            REQUIRE(p.y() == all[k].y());
        }
    }
}

TEST_CASE("candidatesBounds and candidatesDistance hold every candidate tested", "[labels][memo]")
{
    std::mt19937 random(25);
    std::uniform_int_distribution<int> tries(1, kNearCandidates + kRings * kRingCandidates);
    for (int n = 0; n < 200; ++n) {
        const Case c = randomCase(random);
        const int t = tries(random);
        const QRectF bounds = candidatesBounds(c.ext, c.size, c.unit, t);
        const double reach = candidatesDistance(c.ext, c.unit, t);
        const std::vector<QPointF> all = allCandidates(c);
        for (int k = 0; k < t; ++k) {
            const QRectF box = boxAt(all[static_cast<std::size_t>(k)], c.size);
            INFO("case " << n << ", candidate " << k + 1 << " of " << t);
            REQUIRE(bounds.contains(box));
            // The nearest point of the box to the marker's centre.
            const double dx = std::max({box.left(), 0.0, -box.right()});
            const double dy = std::max({box.top(), 0.0, -box.bottom()});
            REQUIRE(std::hypot(dx, dy) <= reach);
        }
    }
}

TEST_CASE("candidatesIn finds every ring candidate whose centre lies in the zone", "[labels][memo]")
{
    std::mt19937 random(26);
    std::uniform_real_distribution<double> at(-600.0, 600.0);
    std::uniform_real_distribution<double> side(0.0, 200.0);
    std::uniform_int_distribution<int> ring(1, kRings);
    int found = 0;
    for (int n = 0; n < 400; ++n) {
        const Case c = randomCase(random);
        // Some zones are points or thin lines (a marker's centre, a label's edge).
        const QRectF zone(at(random), at(random), n % 5 ? side(random) : 0.0,
                          n % 7 ? side(random) : 0.0);
        int first = ring(random);
        int last = ring(random);
        if (first > last)
            std::swap(first, last);
        std::vector<int> indices;
        candidatesIn(c.ext, c.size, c.unit, first, last, zone, indices);
        const std::vector<QPointF> all = allCandidates(c);
        for (int k = first; k <= last; ++k)
            for (int d = 0; d < kRingCandidates; ++d) {
                const int index = kNearCandidates + (k - 1) * kRingCandidates + d + 1;
                const QPointF p = all[static_cast<std::size_t>(index - 1)];
                if (p.x() < zone.left() || p.x() > zone.right() || p.y() < zone.top() ||
                    p.y() > zone.bottom())
                    continue;
                ++found;
                INFO("case " << n << ", ring " << k << ", direction " << d);
                REQUIRE(std::find(indices.begin(), indices.end(), index) != indices.end());
            }
        for (const int index : indices) { // and only candidates of those rings
            REQUIRE(index > kNearCandidates + (first - 1) * kRingCandidates);
            REQUIRE(index <= kNearCandidates + last * kRingCandidates);
        }
    }
    CHECK(found > 100); // the zones did hold candidates
}
