// SPDX-License-Identifier: GPL-3.0-or-later
// The label layout's quick answers: a "covered" from CoverBits must always be a
// collision the exact rect tests also find, or labels would move for no reason.
#include "../../src/render/rectgrid.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using nwk::detail::CoverBits;
using nwk::detail::rectsIntersect;

TEST_CASE("CoverBits: covered only where a marked rect really overlaps", "[labels]")
{
    const QRectF area(-500, -400, 1000, 800);
    CoverBits bits(area, 2.0);
    std::mt19937 random(1128);
    std::uniform_real_distribution<double> x(-560, 560);
    std::uniform_real_distribution<double> y(-460, 460);
    std::uniform_real_distribution<double> w(0.5, 120);
    std::uniform_real_distribution<double> h(0.5, 40);
    std::vector<QRectF> marked;
    for (int i = 0; i < 400; ++i) {
        // Some start at fractions of a cell, some exactly on cell edges.
        const QRectF r = i % 3 ? QRectF(x(random), y(random), w(random), h(random))
                               : QRectF(2.0 * static_cast<int>(x(random) / 2),
                                        2.0 * static_cast<int>(y(random) / 2),
                                        2.0 * static_cast<int>(w(random) / 2),
                                        2.0 * static_cast<int>(h(random) / 2));
        bits.mark(r);
        marked.push_back(r);
    }
    int covered = 0;
    int centre = 0;
    for (int i = 0; i < 20000; ++i) {
        const QRectF q(x(random), y(random), w(random), h(random));
        bool overlaps = false;
        for (const QRectF &m : marked)
            overlaps = overlaps || rectsIntersect(q, m);
        const bool part = bits.coversPartOf(q);
        const bool mid = bits.coversCentreOf(q);
        INFO("query " << q.x() << ", " << q.y() << ", " << q.width() << " x " << q.height());
        if (part)
            REQUIRE(overlaps);
        if (mid)
            REQUIRE(overlaps);
        covered += part;
        centre += mid;
    }
    // The quick answers do answer: most queries that lie deep in a marked rect.
    CHECK(covered > 1000);
    CHECK(centre > 500);
    // A query equal to a big marked rect is covered; one beside it, touching, is not.
    const QRectF big(10.3, 20.7, 60.0, 30.0);
    CoverBits one(area, 2.0);
    one.mark(big);
    CHECK(one.coversPartOf(big));
    CHECK(one.coversCentreOf(big));
    CHECK_FALSE(one.coversPartOf(big.translated(60.0, 0.0)));
    CHECK_FALSE(one.coversCentreOf(big.translated(0.0, 30.0)));
    // The same with edges on cell boundaries (the area starts at -500, cells of 2).
    const QRectF aligned(10.0, 20.0, 60.0, 30.0);
    CoverBits two(area, 2.0);
    two.mark(aligned);
    CHECK(two.coversPartOf(aligned));
    for (const QPointF &d : {QPointF(60, 0), QPointF(-60, 0), QPointF(0, 30), QPointF(0, -30)}) {
        CHECK_FALSE(two.coversPartOf(aligned.translated(d)));
        CHECK_FALSE(two.coversCentreOf(aligned.translated(d)));
    }
    // Degenerate and non-finite queries answer "not covered".
    CHECK_FALSE(one.coversPartOf(QRectF(20, 30, 0, 10)));
    CHECK_FALSE(one.coversCentreOf(QRectF(qQNaN(), 30, 10, 10)));
}

TEST_CASE("CoverBits: the planes of one bitmap answer as bitmaps of their own", "[labels]")
{
    // Two planes marked with different rects answer exactly as two one-plane bitmaps
    // marked with the same rects (the label layout keeps "under a label" and "under a
    // marker" side by side).
    const QRectF area(-300, -200, 700, 500); // rows of 350 cells: several words, one partial
    CoverBits both(area, 2.0, 2048, 2);
    CoverBits first(area, 2.0);
    CoverBits second(area, 2.0);
    std::mt19937 random(2412);
    std::uniform_real_distribution<double> x(-320, 420);
    std::uniform_real_distribution<double> y(-220, 320);
    std::uniform_real_distribution<double> w(0.5, 150);
    std::uniform_real_distribution<double> h(0.5, 50);
    for (int i = 0; i < 150; ++i) {
        const QRectF r(x(random), y(random), w(random), h(random));
        const int plane = i % 2;
        both.mark(r, plane);
        (plane == 0 ? first : second).mark(r);
    }
    int set[2] = {0, 0};
    for (int i = 0; i < 20000; ++i) {
        const QRectF q(x(random), y(random), w(random), h(random));
        INFO("query " << q.x() << ", " << q.y() << ", " << q.width() << " x " << q.height());
        REQUIRE(both.coversPartOf(q, 0) == first.coversPartOf(q));
        REQUIRE(both.coversPartOf(q, 1) == second.coversPartOf(q));
        const unsigned centre = both.centreBits(q);
        REQUIRE(((centre & 1U) != 0) == first.coversCentreOf(q));
        REQUIRE(((centre & 2U) != 0) == second.coversCentreOf(q));
        REQUIRE(both.coversCentreOf(q, 1) == second.coversCentreOf(q));
        set[0] += (centre & 1U) != 0;
        set[1] += (centre & 2U) != 0;
    }
    CHECK(set[0] > 200); // both planes do answer
    CHECK(set[1] > 200);
    CHECK(set[0] != set[1]);
}
