// SPDX-License-Identifier: GPL-3.0-or-later
// LabelLayoutMemo (#24 item 2): after a partner is moved, the layout that re-places only
// the labels the move can reach is the layout from scratch, label for label, and it
// re-places fewer labels than there are.
#include "crowded_fixture.h"
#include "render_fixtures.h"

#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <random>

using namespace nwk;

namespace {

/// The same rect to the last bit (QRectF's == is fuzzy).
bool exactly(const QRectF &a, const QRectF &b)
{
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
}

/// Every label rect of a layout, partners and ghosts, by id.
void requireSameLabels(const MapLayout &remembered, const MapLayout &fresh)
{
    REQUIRE(remembered.partners.size() == fresh.partners.size());
    for (auto it = fresh.partners.cbegin(); it != fresh.partners.cend(); ++it) {
        INFO(it.key().toStdString());
        const auto other = remembered.partners.constFind(it.key());
        REQUIRE(other != remembered.partners.cend());
        CHECK(exactly(other->label, it->label));
        CHECK(other->position == it->position);
    }
    REQUIRE(remembered.missingLabels.size() == fresh.missingLabels.size());
    for (auto it = fresh.missingLabels.cbegin(); it != fresh.missingLabels.cend(); ++it)
        CHECK(exactly(remembered.missingLabels.value(it.key()), it.value()));
    CHECK(remembered.bounds == fresh.bounds);
}

/// Moves `count` random placed partners a little, lays out after each move with and
/// without the memo; returns how many labels the memo placed afresh in all.
int replayMoves(Session s, const RenderOptions &o, int count, unsigned seed)
{
    const MapPainter painter;
    LabelLayoutMemo memo;
    requireSameLabels(painter.layoutMap(s, o, &memo), painter.layoutMap(s, o));
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    int placed = 0;
    for (int k = 0; k < count; ++k) {
        std::vector<Partner *> placedPartners;
        for (Partner &p : s.partners)
            if (p.placement)
                placedPartners.push_back(&p);
        REQUIRE_FALSE(placedPartners.empty());
        Partner &p = *placedPartners[random() % placedPartners.size()];
        p.placement->angle += 0.08 * unit(random);
        p.placement->distance = std::clamp(p.placement->distance + 0.05 * unit(random), 0.05, 0.98);
        INFO("move " << k << " of " << p.id.toStdString());
        requireSameLabels(painter.layoutMap(s, o, &memo), painter.layoutMap(s, o));
        placed += memo.lastPlaced();
    }
    // Nothing moved: nothing is placed again.
    requireSameLabels(painter.layoutMap(s, o, &memo), painter.layoutMap(s, o));
    CHECK(memo.lastPlaced() == 0);
    return placed;
}

} // namespace

TEST_CASE("LabelLayoutMemo: the remembered layout after a move is the layout from scratch",
          "[render][labels][memo]")
{
    SECTION("a realistic map")
    {
        const Session s = test::realisticSession();
        const int placed = replayMoves(s, RenderOptions{}, 25, 1);
        CHECK(placed < 25 * static_cast<int>(s.partners.size()) / 2);
    }
    SECTION("a crowded map, with ghosts")
    {
        RenderOptions o;
        o.showMissing = true;
        const Session s = test::crowdedRealisticSession();
        const int placed = replayMoves(s, o, 25, 2);
        CHECK(placed < 25 * static_cast<int>(s.partners.size()));
    }
    SECTION("a crowded map of long labels, searched far out (the rings past the third)")
    {
        // Most labels find no spot near their marker: the replay looks only at the
        // candidates near a change (candidatesIn()), the others are not tested again.
        replayMoves(test::crowdedSession(), RenderOptions{}, 40, 4);
    }
    SECTION("a crowded map with a key of labels")
    {
        RenderOptions o;
        o.labelKey = true;
        replayMoves(test::crowdedSession(), o, 25, 3);
    }
}

TEST_CASE("LabelLayoutMemo: a label that changes size is placed again", "[render][labels][memo]")
{
    Session s = test::realisticSession();
    const MapPainter painter;
    LabelLayoutMemo memo;
    const RenderOptions o;
    painter.layoutMap(s, o, &memo);
    s.partners.front().label += QStringLiteral(" en nog een heel lange toevoeging");
    requireSameLabels(painter.layoutMap(s, o, &memo), painter.layoutMap(s, o));
    CHECK(memo.lastPlaced() >= 1);
    // Different options (another map: the ghosts' labels too): everything again.
    RenderOptions other = o;
    other.showMissing = !o.showMissing;
    requireSameLabels(painter.layoutMap(s, other, &memo), painter.layoutMap(s, other));
    CHECK(memo.lastPlaced() == memo.lastLabels());
    // Nothing changed: nothing placed again; after clear(), everything.
    painter.layoutMap(s, other, &memo);
    CHECK(memo.lastPlaced() == 0);
    memo.clear();
    painter.layoutMap(s, o, &memo);
    CHECK(memo.lastPlaced() == memo.lastLabels());
}
