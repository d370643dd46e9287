// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot diff describes changes to what the group stated (schema 3).
#include "statementsession.h"

#include "nwk/core/mapdiff.h"

#include <catch2/catch.hpp>

using namespace nwk;
using namespace nwk::testdata;

namespace {

std::vector<StatementChange> of(const MapDiff &d, StatementChangeKind kind)
{
    std::vector<StatementChange> out;
    for (const auto &c : d.statements)
        if (c.kind == kind)
            out.push_back(c);
    return out;
}

} // namespace

TEST_CASE("The snapshot diff reports changed statements of partners, links and relative "
          "placements",
          "[mapdiff][schema3]")
{
    Session s = fullGolden();
    const Snapshot before = snapshotOf(s);
    CHECK(diffMaps(before, snapshotOf(s)).isEmpty());

    Partner &pa7 = *s.partner(QStringLiteral("pa7"));
    pa7.placement->distanceKind = DistanceKind::Ring; // now discussed: 0.5
    pa7.alternatives.erase(pa7.alternatives.begin()); // P2's own placement gone
    pa7.formerPlacements.clear();
    pa7.voteCount = 3;
    pa7.prioritySource = PrioritySource::Participants;
    Partner &pa1 = *s.partner(QStringLiteral("pa1"));
    pa1.alternatives.push_back({QStringLiteral("p3"), Placement{0.9, 120.0}, {}, {}});
    pa1.formerPlacements.push_back({Placement{0.1, 120.0}, QStringLiteral("vroeger"), {}, {}});
    s.partner(QStringLiteral("pa9"))->neutralZone = false;
    s.relativePlacements.erase(s.relativePlacements.begin()); // r1
    s.relativePlacements.push_back({QStringLiteral("r4"),
                                    QStringLiteral("pa1"),
                                    RelativeRelation::Closer,
                                    QStringLiteral("pa4"),
                                    {},
                                    {},
                                    {}});
    for (Link &l : s.links)
        if (l.id == QLatin1String("l9"))
            l.reciprocity = Reciprocity::Reciprocal;

    const MapDiff d = diffMaps(before, snapshotOf(s));
    CHECK_FALSE(d.isEmpty());
    // A distance that becomes discussed is not a move: it had none before.
    CHECK(d.movedCloser.empty());
    CHECK(d.movedFurther.empty());
    using K = StatementChangeKind;
    const auto kind = of(d, K::DistanceKind);
    REQUIRE(kind.size() == 1);
    CHECK(kind[0].partnerId == QLatin1String("pa7"));
    CHECK(kind[0].before == QLatin1String("not-discussed"));
    CHECK(kind[0].after == QLatin1String("ring"));
    REQUIRE(of(d, K::AlternativeRemoved).size() == 1);
    CHECK(of(d, K::AlternativeRemoved)[0].detail == QLatin1String("p2"));
    REQUIRE(of(d, K::AlternativeAdded).size() == 1);
    CHECK(of(d, K::AlternativeAdded)[0].partnerId == QLatin1String("pa1"));
    CHECK(of(d, K::AlternativeAdded)[0].detail == QLatin1String("p3"));
    REQUIRE(of(d, K::FormerRemoved).size() == 1);
    CHECK(of(d, K::FormerRemoved)[0].detail == QLatin1String("tot 2018"));
    REQUIRE(of(d, K::FormerAdded).size() == 1);
    CHECK(of(d, K::FormerAdded)[0].detail == QLatin1String("vroeger"));
    const auto votes = of(d, K::Votes);
    REQUIRE(votes.size() == 1);
    CHECK(votes[0].before == QStringLiteral("2 votes; teacher 2; \u201ctwee leraren\u201d"));
    CHECK(votes[0].after == QStringLiteral("3 votes; teacher 2; \u201ctwee leraren\u201d"));
    REQUIRE(of(d, K::PrioritySource).size() == 1);
    CHECK(of(d, K::PrioritySource)[0].before == QLatin1String("researchers"));
    REQUIRE(of(d, K::NeutralZoneLeft).size() == 1);
    CHECK(of(d, K::NeutralZoneLeft)[0].partnerId == QLatin1String("pa9"));
    REQUIRE(of(d, K::RelativeRemoved).size() == 1);
    CHECK(of(d, K::RelativeRemoved)[0].id == QLatin1String("r1"));
    REQUIRE(of(d, K::RelativeAdded).size() == 1);
    CHECK(of(d, K::RelativeAdded)[0].id == QLatin1String("r4"));
    const auto roles = of(d, K::LinkRoles);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].id == QLatin1String("l9"));
    CHECK(roles[0].before ==
          QLatin1String("initiated by school; one-sided; school offering; via pa1"));
    CHECK(roles[0].after ==
          QLatin1String("initiated by school; reciprocal; school offering; via pa1"));
}

TEST_CASE("A move is measured on stated distances: on the school counts 0", "[mapdiff][schema3]")
{
    Session s = votesSession();
    const Snapshot before = snapshotOf(s);
    // "on" keeps its stored 0.7 but is now in ring 1 at 0.3: further from the school.
    Partner &on = *s.partner(QStringLiteral("on"));
    on.placement->distanceKind = DistanceKind::Ring;
    on.placement->distance = 0.3;
    const MapDiff d = diffMaps(before, snapshotOf(s));
    REQUIRE(d.movedFurther.size() == 1);
    CHECK(d.movedFurther[0].partnerId == QLatin1String("on"));
    CHECK(d.movedCloser.empty());
}
