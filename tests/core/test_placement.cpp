// SPDX-License-Identifier: GPL-3.0-or-later
// The one placement rule (placement.h): which category a moved partner has.
#include "nwk/core/placement.h"

#include "../support/stringmakers.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

/// The default session (seven sectors) with partner "pa1" placed in sector `sector`
/// with category `category` and extra categories `extras`.
Session withPartner(int sector, const QString &category, const QStringList &extras = {})
{
    Session s = newSession();
    Partner p;
    p.id = QStringLiteral("pa1");
    p.label = QStringLiteral("CLB");
    p.category = category;
    p.extraCategories = extras;
    if (sector >= 0)
        p.placement = Placement{0.4, MapGeometry::forSession(s).sectorMid(sector)};
    s.partners.push_back(p);
    return s;
}

QString categoryAt(const Session &s, int sector)
{
    return s.categories[static_cast<std::size_t>(sector)].id;
}

} // namespace

TEST_CASE("A partner moved into another sector takes that sector's category", "[placement]")
{
    Session s = withPartner(0, QString());
    s.partners[0].category = categoryAt(s, 0);
    const MapGeometry g = MapGeometry::forSession(s);
    const Placement into2{0.7, g.sectorMid(2)};

    const PartnerPlacement moved =
        placementFor(s, g, QStringLiteral("pa1"), into2, PlacementPolicy::forSession(s));
    CHECK(moved.partnerId == QStringLiteral("pa1"));
    CHECK(moved.placement == into2);
    CHECK(moved.category == categoryAt(s, 2));
    CHECK_FALSE(moved.extraCategories.has_value());

    SECTION("free placement keeps the category")
    {
        s.freePlacement = true;
        CHECK(placementFor(s, g, QStringLiteral("pa1"), into2, PlacementPolicy::forSession(s))
                  .category == categoryAt(s, 0));
    }
    SECTION("holding Alt keeps the category")
    {
        CHECK(placementFor(s, g, QStringLiteral("pa1"), into2, PlacementPolicy::forSession(s, true))
                  .category == categoryAt(s, 0));
    }
}

TEST_CASE("A move within the sector the partner started in keeps its category", "[placement]")
{
    // A partner whose category is not its sector's (placed freely before).
    Session s = withPartner(1, QStringLiteral("c5"));
    const MapGeometry g = MapGeometry::forSession(s);
    const Placement sameSector{0.9, g.sectorMid(1) + 1.0};
    CHECK(placementFor(s, g, QStringLiteral("pa1"), sameSector, PlacementPolicy::forSession(s))
              .category == QStringLiteral("c5"));

    SECTION("a drag compares with where it started, not where it is now")
    {
        // Dragged into sector 3 and back into sector 1: the first category returns.
        const PlacementOrigin start = PlacementOrigin::of(g, s.partners[0]);
        s.partners[0].placement = Placement{0.4, g.sectorMid(3)};
        s.partners[0].category = categoryAt(s, 3);
        CHECK(placementFor(s, g, QStringLiteral("pa1"), start, sameSector,
                           PlacementPolicy::forSession(s))
                  .category == QStringLiteral("c5"));
        // From the current state, sector 1 is another sector.
        CHECK(placementFor(s, g, QStringLiteral("pa1"), sameSector, PlacementPolicy::forSession(s))
                  .category == categoryAt(s, 1));
    }
}

TEST_CASE("Placing from the tray categorises an uncategorised partner even when categories are "
          "kept",
          "[placement]")
{
    Session s = withPartner(-1, QString());
    s.freePlacement = true;
    const MapGeometry g = MapGeometry::forSession(s);
    const Placement into4{0.5, g.sectorMid(4)};
    PlacementPolicy tray = PlacementPolicy::forSession(s);
    CHECK(placementFor(s, g, QStringLiteral("pa1"), into4, tray).category.isEmpty());
    tray.categoriseUncategorised = true;
    CHECK(placementFor(s, g, QStringLiteral("pa1"), into4, tray).category == categoryAt(s, 4));

    s.partners[0].category = categoryAt(s, 0); // categorised: kept
    CHECK(placementFor(s, g, QStringLiteral("pa1"), into4, tray).category == categoryAt(s, 0));
}

TEST_CASE("A map without sectors never changes a moved partner's category", "[placement]")
{
    Session s = withPartner(-1, QStringLiteral("gone"));
    s.categories.clear();
    const MapGeometry g = MapGeometry::forSession(s);
    CHECK(placementFor(s, g, QStringLiteral("pa1"), Placement{0.5, 90.0},
                       PlacementPolicy::forSession(s))
              .category == QStringLiteral("gone"));
}

TEST_CASE("Choosing a category moves a placed partner into that category's sector", "[placement]")
{
    Session s = withPartner(0, QString());
    s.partners[0].category = categoryAt(s, 0);
    const MapGeometry g = MapGeometry::forSession(s);
    const QString c3 = categoryAt(s, 3);

    auto choice =
        placementForCategory(s, g, QStringLiteral("pa1"), c3, PlacementPolicy::forSession(s));
    REQUIRE(choice);
    CHECK(choice->movesToSector);
    CHECK(choice->placement.category == c3);
    REQUIRE(choice->placement.placement);
    CHECK(choice->placement.placement->angle == g.sectorMid(3));
    CHECK(choice->placement.placement->distance == 0.4);

    // Its own category in its own sector: nothing to do.
    CHECK_FALSE(placementForCategory(s, g, QStringLiteral("pa1"), categoryAt(s, 0),
                                     PlacementPolicy::forSession(s)));
    CHECK_FALSE(
        placementForCategory(s, g, QStringLiteral("nobody"), c3, PlacementPolicy::forSession(s)));

    SECTION("with free placement only the category changes")
    {
        s.freePlacement = true;
        choice =
            placementForCategory(s, g, QStringLiteral("pa1"), c3, PlacementPolicy::forSession(s));
        REQUIRE(choice);
        CHECK_FALSE(choice->movesToSector);
        CHECK(choice->placement.placement == s.partners[0].placement);
        CHECK(choice->placement.category == c3);
    }
    SECTION("an unplaced partner only changes category")
    {
        s.partners[0].placement.reset();
        choice =
            placementForCategory(s, g, QStringLiteral("pa1"), c3, PlacementPolicy::forSession(s));
        REQUIRE(choice);
        CHECK_FALSE(choice->movesToSector);
        CHECK_FALSE(choice->placement.placement);
    }
}

TEST_CASE("A new primary that was an extra category swaps with the old primary", "[placement]")
{
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
    CHECK(extraCategoriesAfter(a, {b, c}, c) == QStringList{b, a});
    CHECK(extraCategoriesAfter(QString(), {b, c}, b) == QStringList{c});
    CHECK(extraCategoriesAfter(a, {a, b}, b) == QStringList{a}); // old primary already an extra
    CHECK(extraCategoriesAfter(a, {b}, c) == QStringList{b});    // not an extra: unchanged
    CHECK(extraCategoriesAfter(b, {b}, b) == QStringList{b});    // same primary: unchanged
}
