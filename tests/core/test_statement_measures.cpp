// SPDX-License-Identifier: GPL-3.0-or-later
// Measures and the school comparison honour schema 3 (docs/measures.md): distances not
// discussed are in no ring and no distance figure, on or in the school is distance 0 in
// the innermost ring, votes are reported, researcher-inferred priorities kept apart,
// neutral-zone partners have "no category yet".
#include "statementsession.h"

#include "nwk/core/comparison.h"
#include "nwk/core/measures.h"

#include <catch2/catch.hpp>

using namespace nwk;
using namespace nwk::testdata;

namespace {

const CategoryMeasures *categoryRow(const Measures &m, const QString &id)
{
    for (const auto &c : m.categories)
        if (c.categoryId == id)
            return &c;
    return nullptr;
}

QStringList rowValues(const ComparisonTable &t, const QString &category, const QString &key)
{
    for (const auto &r : t.rows)
        if (r.category == category && r.measureKey == key)
            return r.values;
    FAIL("no row " << category.toStdString() << " / " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("Distances not discussed are in no ring and no distance figure; on or in the "
          "school is distance 0 in the innermost ring",
          "[measures][schema3]")
{
    const Measures m = computeMeasures(fullGolden());
    CHECK(m.partners == 9);
    CHECK(m.placedPartners == 6);
    CHECK(m.distanceNotDiscussed == 1); // pa7 (stored distance 0.5 means nothing)
    CHECK(m.onOrInSchool == 1);         // pa8 in the school
    REQUIRE(m.rings.size() == 4);
    CHECK(m.rings[0].partners == 2); // pa2 (0.0), pa8 (in the school)
    CHECK(m.rings[1].partners == 1); // pa1
    CHECK(m.rings[2].partners == 0); // not pa7
    CHECK(m.rings[3].partners == 2); // pa3, pa4
    int inRings = 0;
    for (const auto &r : m.rings)
        inRings += r.partners;
    CHECK(inRings + m.distanceNotDiscussed == m.placedPartners);
    // Mean over pa1 0.35, pa2 0, pa3 1, pa4 0.8333, pa8 0 (in the school).
    REQUIRE(m.meanDistance.has_value());
    CHECK(*m.meanDistance == Approx((0.35 + 0.0 + 1.0 + 0.8333333333333334 + 0.0) / 5));
    CHECK(formatMeasure(m.meanDistance) == QLatin1String("0.437"));
    // pa7's link to the school touches no ring.
    const CategoryMeasures *aanbod = categoryRow(m, QStringLiteral("aanbod"));
    REQUIRE(aanbod);
    CHECK(aanbod->distanceNotDiscussed == 1);
    CHECK(aanbod->partnersByRing == std::vector<int>{1, 0, 0, 1}); // pa8, pa4
    CHECK(aanbod->unplaced == 0);
}

TEST_CASE("Neutral-zone partners are counted as having no category yet", "[measures][schema3]")
{
    const Measures m = computeMeasures(votesSession());
    CHECK(m.neutralZone == 1);
    const CategoryMeasures *zorg = categoryRow(m, QStringLiteral("zorg"));
    const CategoryMeasures *none = categoryRow(m, QString());
    REQUIRE(zorg);
    REQUIRE(none);
    CHECK(zorg->partners == 4); // not "zone", although its category says zorg
    CHECK(none->partners == 1);
    CHECK(none->neutralZone == 1);
    CHECK(none->unplaced == 1);
    CHECK(zorg->distanceNotDiscussed == 1);
    CHECK(zorg->partnersByRing == std::vector<int>{2, 0, 1}); // near and on; inferred
}

TEST_CASE("Votes are reported and researcher-inferred priorities kept apart from the "
          "participants' marks",
          "[measures][schema3]")
{
    const Measures m = computeMeasures(votesSession());
    CHECK(m.marks == 1); // near's; inferred's two marks are not the participants'
    CHECK(m.votes == 6); // near: 3 + teacher 2 + care 1
    CHECK(m.votesByRoleGroup == std::vector<int>{2, 0, 1, 0});
    REQUIRE(m.priority.size() == 1);
    CHECK(m.priority[0].partnerId == QLatin1String("near"));
    REQUIRE(m.voted.size() == 1);
    CHECK(m.voted[0].voteCount == 3);
    CHECK(m.voted[0].votes == 6);
    CHECK(m.voted[0].voteText == QLatin1String("de meeste"));
    REQUIRE(m.inferred.size() == 1);
    CHECK(m.inferred[0].partnerId == QLatin1String("inferred"));
    CHECK(m.inferred[0].marks == 2);
    const PartnerMeasures *inferred = m.partner(QStringLiteral("inferred"));
    REQUIRE(inferred);
    CHECK(inferred->researcherInferred);
    CHECK(inferred->marks == 0);
    CHECK(categoryRow(m, QStringLiteral("zorg"))->marks == 1);

    // full.nwk: pa7's priority was inferred by the researchers (1 mark, 2 + 2 votes).
    const Measures full = computeMeasures(fullGolden());
    CHECK(full.marks == 2); // pa1's two
    CHECK(full.votes == 0);
    REQUIRE(full.inferred.size() == 1);
    CHECK(full.inferred[0].partnerId == QLatin1String("pa7"));
    CHECK(full.inferred[0].marks == 1);
    CHECK(full.inferred[0].votes == 4);
    CHECK(full.disputed == 2); // pa1 (stated), pa7 (participants placed it elsewhere)
    CHECK(full.withAlternatives == 1);
    CHECK(full.withFormerPlacements == 1);
}

TEST_CASE("The comparison has rows for distances not discussed and researcher-inferred "
          "priorities, so that unknowns are not read as zeros",
          "[comparison][schema3]")
{
    const ComparisonTable t = compareSessions(
        {{QStringLiteral("Full"), fullGolden()}, {QStringLiteral("Votes"), votesSession()}},
        defaultSynonyms());
    const QString all = QStringLiteral("All");
    CHECK(rowValues(t, all, QStringLiteral("distance-not-discussed")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1")});
    CHECK(rowValues(t, all, QStringLiteral("on-or-in-school")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1")});
    CHECK(rowValues(t, all, QStringLiteral("mean-distance")) ==
          QStringList{QStringLiteral("0.437"), QStringLiteral("0.333")});
    CHECK(rowValues(t, all, QStringLiteral("neutral-zone")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1")});
    CHECK(rowValues(t, all, QStringLiteral("researcher-inferred")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1")});
    CHECK(rowValues(t, all, QStringLiteral("votes")) ==
          QStringList{QStringLiteral("0"), QStringLiteral("6")});
    CHECK(rowValues(t, all, QStringLiteral("marks")) ==
          QStringList{QStringLiteral("2"), QStringLiteral("1")});
    CHECK(rowValues(t, all, QStringLiteral("disputed")) ==
          QStringList{QStringLiteral("2"), QStringLiteral("0")});
    // Not a ring: its own row after the rings.
    CHECK(rowValues(t, QStringLiteral("Distance not discussed"), QStringLiteral("partners")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1")});
    CHECK(rowValues(t, QStringLiteral("Ring 3: far"), QStringLiteral("partners")) ==
          QStringList{QStringLiteral("0"), QStringLiteral("1")});

    const QString csv = QString::fromUtf8(comparisonCsv(t));
    CHECK(csv.contains(QStringLiteral("All,Distance not discussed,1,1\r\n")));
    CHECK(csv.contains(QStringLiteral("All,Researcher-inferred priorities,1,1\r\n")));
    CHECK(csv.contains(QStringLiteral("Distance not discussed,Partners,1,1\r\n")));
}
