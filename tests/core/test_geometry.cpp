// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/geometry.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace nwk;

TEST_CASE("Placement maps to the plane clockwise from 12 o'clock and back", "[geometry]")
{
    const MapGeometry g = MapGeometry::forSession(newSession(), 500.0);
    const QPointF north = g.toPoint({1.0, 0.0});
    CHECK(north.x() == Approx(0.0).margin(1e-9));
    CHECK(north.y() == Approx(-500.0));
    const QPointF east = g.toPoint({1.0, 90.0});
    CHECK(east.x() == Approx(500.0));
    CHECK(east.y() == Approx(0.0).margin(1e-9));
    const QPointF rim = g.toPoint({0.0, 180.0});
    CHECK(rim.y() == Approx(g.schoolRadius));

    for (double d : {0.0, 0.2, 0.5, 0.99}) {
        for (double a : {0.0, 10.0, 179.5, 270.0, 359.0}) {
            const Placement back = g.toPlacement(g.toPoint({d, a}));
            CHECK(back.distance == Approx(d).margin(1e-9));
            CHECK(back.angle == Approx(a).margin(1e-9));
        }
    }
}

TEST_CASE("Rings have equal area between the school disc and the rim", "[geometry]")
{
    // R = 500, school radius 70: r(d)^2 = 70^2 + d (500^2 - 70^2) = 4900 + 245100 d.
    const MapGeometry g = MapGeometry::forSession(newSession(), 500.0);
    REQUIRE(g.schoolRadius == Approx(70.0));
    CHECK(g.radiusFor(0.0) == Approx(70.0));
    CHECK(g.radiusFor(1.0) == Approx(500.0));
    CHECK(g.radiusFor(0.5) == Approx(357.0014));            // sqrt(127450)
    CHECK(g.toPoint({0.25, 90.0}).x() == Approx(257.2450)); // sqrt(66175)
    // Three rings: outer edges at sqrt(4900 + 81700) and sqrt(4900 + 163400).
    CHECK(g.ringOuterRadius(0) == Approx(294.2788));
    CHECK(g.ringOuterRadius(1) == Approx(410.2438));
    CHECK(g.ringOuterRadius(2) == Approx(500.0));
    // The inverse: a point 300 from the centre is at distance (90000 - 4900) / 245100.
    CHECK(g.toPlacement({0.0, -300.0}).distance == Approx(0.347205));
    CHECK(g.distanceFor(357.0014005574768) == Approx(0.5));
    // Equal area: every ring's annulus holds a third of the area between school and rim.
    const double pi = 3.14159265358979;
    const double total = pi * (500.0 * 500.0 - 70.0 * 70.0);
    double inner = 70.0;
    for (int i = 0; i < 3; ++i) {
        const double outer = g.ringOuterRadius(i);
        CHECK(pi * (outer * outer - inner * inner) == Approx(total / 3));
        inner = outer;
    }
}

TEST_CASE("Points inside the school disc or beyond the edge clamp the distance", "[geometry]")
{
    const MapGeometry g = MapGeometry::forSession(newSession(), 500.0);
    CHECK(g.toPlacement({0.0, -10.0}).distance == 0.0);
    CHECK(g.toPlacement({0.0, -900.0}).distance == 1.0);
}

TEST_CASE("Sectors follow category order and rings follow distance", "[geometry]")
{
    const Session s = newSession();
    const MapGeometry g = MapGeometry::forSession(s);
    REQUIRE(g.sectorCount == 7);
    CHECK(g.sectorAt(0.0) == 0);
    CHECK(g.sectorAt(360.0 / 7 - 0.01) == 0);
    CHECK(g.sectorAt(360.0 / 7 + 0.01) == 1);
    CHECK(g.sectorAt(359.99) == 6);
    CHECK(g.sectorAt(-1.0) == 6);
    CHECK(g.sectorMid(2) == Approx(2.5 * 360.0 / 7));
    CHECK(g.ringAt(0.0) == 0);
    CHECK(g.ringAt(0.34) == 1);
    CHECK(g.ringAt(1.0) == 2);
    CHECK(g.ringMidDistance(1) == Approx(0.5));
}

TEST_CASE("normalizeAngle wraps angles into 0..360 and ignores non-finite values", "[geometry]")
{
    CHECK(normalizeAngle(360.0) == 0.0);
    CHECK(normalizeAngle(-90.0) == 270.0);
    CHECK(normalizeAngle(725.0) == Approx(5.0));
    CHECK(normalizeAngle(std::numeric_limits<double>::quiet_NaN()) == 0.0);
}

TEST_CASE("New sessions carry the study's categories, rings and deck", "[session]")
{
    const Session s = newSession();
    REQUIRE(s.categories.size() == 7);
    CHECK(s.categories[0].labelNl == QStringLiteral("Professionalisering van het team"));
    CHECK(s.categories[2].color == QStringLiteral("#ef8a00"));
    CHECK(s.categories[6].framed);
    REQUIRE(s.rings.size() == 3);
    CHECK(s.rings[0].labelNl == QStringLiteral("dichtbij"));
    CHECK(s.deck.id == QStringLiteral("sono-collectief-leren"));
    // Every category has a distinct marker shape so the map reads without colour.
    for (std::size_t i = 0; i < s.categories.size(); ++i)
        for (std::size_t j = i + 1; j < s.categories.size(); ++j)
            CHECK(s.categories[i].marker != s.categories[j].marker);
}

TEST_CASE("uniqueId never reuses an id of any collection", "[session]")
{
    Session s = newSession();
    CHECK(uniqueId(s, QStringLiteral("pa")) == QStringLiteral("pa1"));
    Partner p;
    p.id = QStringLiteral("pa7");
    s.partners.push_back(p);
    Link l;
    l.id = QStringLiteral("pa9"); // ids share one namespace per prefix
    s.links.push_back(l);
    CHECK(uniqueId(s, QStringLiteral("pa")) == QStringLiteral("pa10"));
    CHECK(s.partner(QStringLiteral("pa7")) != nullptr);
    CHECK(s.partner(QStringLiteral("pa8")) == nullptr);
    CHECK(s.categoryIndex(QStringLiteral("zorg")) == 2);
}

TEST_CASE("Distance kinds: the band outside the rings, the school's rim and its inside",
          "[geometry][schema3]")
{
    Session s = newSession();
    Partner p;
    p.id = QStringLiteral("pa1");
    p.placement = Placement{0.5, 100.0, DistanceKind::NotDiscussed};
    s.partners.push_back(p);
    const MapGeometry plain = MapGeometry::forSession(newSession(), 500.0);
    const MapGeometry g = MapGeometry::forSession(s, 500.0);
    REQUIRE(plain.bandWidth == 0.0);
    REQUIRE(g.bandWidth > 0.0);
    CHECK(g.ringsRadius() == Approx(500.0)); // the rings keep their size, the disc grows
    CHECK(g.outerRadius == Approx(500.0 + g.bandWidth));
    CHECK(g.radiusFor(1.0) == Approx(500.0));

    // toPoint: in the band whatever the kept distance; on the rim; inside the disc.
    for (double d : {0.0, 0.5, 1.0}) {
        const double r = std::hypot(g.toPoint({d, 100.0, DistanceKind::NotDiscussed}).x(),
                                    g.toPoint({d, 100.0, DistanceKind::NotDiscussed}).y());
        CHECK(r > g.ringsRadius());
        CHECK(r < g.outerRadius);
    }
    const QPointF on = g.toPoint({0.7, 90.0, DistanceKind::OnSchool});
    CHECK(on.x() == Approx(g.schoolRadius));
    const QPointF in = g.toPoint({0.7, 90.0, DistanceKind::InSchool});
    CHECK(in.x() < g.schoolRadius * 0.75);
    CHECK(in.x() > 0.0);

    // toPlacement (a dropped partner): the band gives NotDiscussed in the sector it points to.
    const Placement band = g.toPlacement(g.toPoint({0.3, 100.0, DistanceKind::NotDiscussed}));
    CHECK(band.distanceKind == DistanceKind::NotDiscussed);
    CHECK(band.angle == Approx(100.0));
    CHECK(g.toPlacement({0.0, -900.0}).distanceKind == DistanceKind::NotDiscussed);
    // Without a band, beyond the edge is the outermost distance as before.
    CHECK(plain.toPlacement({0.0, -900.0}).distanceKind == DistanceKind::Ring);
    CHECK(plain.toPlacement({0.0, -900.0}).distance == 1.0);
    // Well inside the school disc: in the school; on its rim: distance 0 on the rings.
    const Placement inside = g.toPlacement(in);
    CHECK(inside.distanceKind == DistanceKind::InSchool);
    CHECK(inside.angle == Approx(90.0));
    CHECK(g.toPlacement(g.toPoint({0.0, 90.0})).distanceKind == DistanceKind::Ring);
    CHECK(g.toPlacement({0.0, -0.9 * g.schoolRadius}).distanceKind == DistanceKind::Ring);
}
