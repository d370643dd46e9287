// SPDX-License-Identifier: GPL-3.0-or-later
// The geometry the replay of a remembered label layout relies on (#24 item 2): a
// candidate looked up by its index is the very point the search tested, and the quick
// answers (the box around a search, the candidates near a change) never leave out a
// candidate the full scan would have looked at; a label's search resumed from an earlier
// one ends where the full search ends.
#include "../../src/render/labelcandidates.h"
#include "../../src/render/labellayouter.h"
#include "nwk/render/mappainter.h"

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

namespace {

/// A crowded scene built by hand: markers close together with wide labels, so that
/// most labels find a spot only far out (past the near candidates) or nowhere.
LabelScene crowdedScene()
{
    LabelScene scene;
    for (int k = 0; k < 60; ++k) {
        LabelItem it;
        it.id = QStringLiteral("p%1").arg(k);
        it.centre = QPointF((k % 8) * 22.0 + (k / 8) * 3.0, (k / 8) * 18.0);
        it.extent = QRectF(-8, -8, 16, 16);
        it.size = QSizeF(70.0 + (k * 37) % 90, 14.0 + (k * 11) % 20);
        scene.obstacles.push_back({it.extent.translated(it.centre), k});
        scene.items.push_back(it);
    }
    scene.mapBounds = QRectF(-400, -400, 1000, 1000);
    return scene;
}

bool sameTrace(const LabelTrace &a, const LabelTrace &b)
{
    return a.labelTries == b.labelTries && a.labelFound == b.labelFound &&
           a.nearTaken == b.nearTaken && a.firstFreeNear == b.firstFreeNear &&
           a.labelOverlap == b.labelOverlap;
}

} // namespace

TEST_CASE("place() resuming an earlier search gives the search from scratch", "[labels][memo]")
{
    // The same scene placed twice: the second time each label knows its first search,
    // with none of its far candidates touched (nothing changed) or all of them touched
    // (each tested again). Either way: the same spot and the same trace.
    const nwk::MapStyle st;
    LabelLayouter first(crowdedScene(), QRectF(), 1.0, false);
    FullLayout fresh;
    std::vector<LabelTrace> traces;
    for (std::size_t i = 0; i < first.itemCount(); ++i)
        traces.push_back(first.place(i, st, fresh));
    int foundFar = 0;
    for (const LabelTrace &t : traces)
        foundFar += t.labelFound && t.labelTries > kUnambiguousTries;
    CHECK(foundFar > 5); // the resumed paths are taken
    for (const bool all : {false, true}) {
        INFO((all ? "every far candidate touched" : "none touched"));
        LabelLayouter again(crowdedScene(), QRectF(), 1.0, false);
        FullLayout resumed;
        for (std::size_t i = 0; i < again.itemCount(); ++i) {
            std::vector<int> touched;
            for (int k = kUnambiguousTries + 1; all && k <= traces[i].labelTries; ++k)
                touched.push_back(k);
            const LabelTrace t = again.place(i, st, resumed, &traces[i], [&] { return touched; });
            const QString id = QStringLiteral("p%1").arg(i);
            INFO(id.toStdString());
            CHECK(sameTrace(t, traces[i]));
            const QRectF a = resumed.partners.value(id);
            const QRectF b = fresh.partners.value(id);
            CHECK((a.x() == b.x() && a.y() == b.y() && a.size() == b.size()));
        }
    }
}

TEST_CASE("RingCentres gives every ring candidate's centre to within rounding", "[labels]")
{
    std::mt19937 random(25);
    for (int n = 0; n < 50; ++n) {
        const Case c = randomCase(random);
        const std::vector<QPointF> all = allCandidates(c);
        const RingCentres centres(c.ext, c.size.width() / 2.0, c.size.height() / 2.0, c.unit);
        for (int k = 1; k <= kRings; ++k)
            for (int d = 0; d < kRingCandidates; ++d) {
                const QPointF p =
                    all[static_cast<std::size_t>(kNearCandidates + (k - 1) * kRingCandidates + d)];
                const QPointF q = centres.at(k, d);
                INFO("case " << n << ", ring " << k << ", direction " << d);
                // A thousandth of a map unit is the quick answers' slack; rounding is far less.
                REQUIRE(std::abs(p.x() - q.x()) < 1e-9);
                REQUIRE(std::abs(p.y() - q.y()) < 1e-9);
            }
    }
}

namespace {

/// Markers packed close, labels of every size (some smaller than a cover cell), fixed
/// obstacles (some of no width) and a frame: most labels find a spot far out or nowhere.
LabelScene randomCrowdedScene(std::mt19937 &random, int items, bool tiny)
{
    std::uniform_real_distribution<double> pos(0.0, 160.0);
    std::uniform_real_distribution<double> w(tiny ? 1.0 : 30.0, 120.0);
    std::uniform_real_distribution<double> h(tiny ? 1.0 : 10.0, 30.0);
    std::uniform_real_distribution<double> r(3.0, 12.0);
    LabelScene scene;
    for (int k = 0; k < items; ++k) {
        LabelItem it;
        it.id = QStringLiteral("p%1").arg(k);
        it.missing = k % 9 == 0;
        it.centre = QPointF(pos(random), pos(random));
        const double rr = r(random);
        it.extent = QRectF(-rr, -rr, 2 * rr, 2 * rr);
        it.size = QSizeF(w(random), h(random));
        scene.obstacles.push_back({it.extent.translated(it.centre), k});
        scene.items.push_back(it);
    }
    for (int k = 0; k < items / 4; ++k)
        scene.obstacles.push_back(
            {QRectF(pos(random), pos(random), k % 5 ? w(random) : 0.0, h(random)), -1});
    scene.mapBounds = QRectF(-200, -200, 560, 560);
    scene.schoolRadius = 10.0;
    return scene;
}

} // namespace

TEST_CASE("the cover bitmap's quick answers never change where a label goes", "[labels]")
{
    // Each scene is laid out twice: with the quick answers (the centre's cell, the cells
    // near a placed label) and with every candidate tested in full. Same spots, same
    // traces, same key numbers.
    const nwk::MapStyle st;
    std::mt19937 random(26);
    int far = 0;
    int nowhere = 0;
    for (int n = 0; n < 12; ++n) {
        const bool keyed = n % 3 == 0;
        const QRectF frame = n % 4 == 1 ? QRectF(-150, -150, 460, 460) : QRectF();
        const double unit = n % 2 ? 1.0 : 0.6;
        std::mt19937 copy = random;
        const bool tiny = n == 5; // labels smaller than a cover cell
        LabelLayouter quick(randomCrowdedScene(random, 150, tiny), frame, unit, keyed);
        LabelLayouter full(randomCrowdedScene(copy, 150, tiny), frame, unit, keyed);
        full.setQuickAnswers(false);
        FullLayout a;
        FullLayout b;
        for (std::size_t i = 0; i < quick.itemCount(); ++i) {
            const LabelTrace ta = quick.place(i, st, a);
            const LabelTrace tb = full.place(i, st, b);
            INFO("scene " << n << ", item " << i);
            REQUIRE(sameTrace(ta, tb));
            REQUIRE(ta.numberTries == tb.numberTries);
            far += ta.labelFound && ta.labelTries > kUnambiguousTries;
            nowhere += !ta.labelFound;
        }
        REQUIRE(a.keyCount == b.keyCount);
        for (const auto *m : {&a.partners, &a.missing}) {
            const auto &other = m == &a.partners ? b.partners : b.missing;
            REQUIRE(m->size() == other.size());
            for (auto it = m->cbegin(); it != m->cend(); ++it) {
                const QRectF p = it.value();
                const QRectF q = other.value(it.key());
                INFO("scene " << n << ", " << it.key().toStdString());
                REQUIRE((p.x() == q.x() && p.y() == q.y() && p.size() == q.size()));
            }
        }
        REQUIRE(a.keyedPartners == b.keyedPartners);
        REQUIRE(a.keyedMissing == b.keyedMissing);
    }
    CHECK(far > 50);     // the far search ran, and found spots
    CHECK(nowhere > 50); // labels that fit nowhere searched every ring
}
