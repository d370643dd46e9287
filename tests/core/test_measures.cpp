// SPDX-License-Identifier: GPL-3.0-or-later
// Measures against values worked out by hand (docs/measures.md). Notation: S = the school,
// lower-case letters = partners, "a-b" = a drawn link. The ego network adds S-x for every
// partner x. deg() below is the degree in the graph the measure is computed on.
#include "nwk/core/measures.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

/// A session with partners `ids` (category "zorg", placed in the middle ring unless
/// changed) and links "a-b" (S = the school).
Session graph(const QStringList &ids, const QStringList &links)
{
    Session s = newSession();
    s.partners.clear();
    s.links.clear();
    for (const auto &id : ids) {
        Partner p;
        p.id = id;
        p.label = id.toUpper();
        p.category = QStringLiteral("zorg");
        p.placement = Placement{0.5, 120.0};
        s.partners.push_back(p);
    }
    int n = 0;
    for (const auto &l : links) {
        const QStringList ends = l.split(QLatin1Char('-'));
        Link link;
        link.id = QStringLiteral("l%1").arg(++n);
        link.from = ends.at(0) == QLatin1String("S") ? kSchoolId : ends.at(0);
        link.to = ends.at(1) == QLatin1String("S") ? kSchoolId : ends.at(1);
        s.links.push_back(link);
    }
    return s;
}

const PartnerMeasures &partnerOf(const Measures &m, const char *id)
{
    const PartnerMeasures *p = m.partner(QString::fromLatin1(id));
    REQUIRE(p);
    return *p;
}

} // namespace

TEST_CASE("Star: a school with three unlinked partners", "[measures]")
{
    // Ego network: S-a, S-b, S-c; 4 nodes, 3 of 6 possible ties -> density 0.5.
    // Partner graph: 3 nodes, 0 of 3 ties -> 0.
    // School: n = 3 alters, t = 0 ties among them -> effective size 3 - 0 = 3.
    // Constraint: p_Sj = 1/3; no alter is tied to another alter, so no indirect part:
    // 3 * (1/3)^2 = 1/3.
    // Map graph has no edges: isolates a, b, c = 3; components with S = 4 ({S},{a},{b},{c}),
    // without S = 3. Partners have no alters: brokerage unset.
    const Measures m = computeMeasures(graph({"a", "b", "c"}, {}));
    CHECK(m.partners == 3);
    CHECK(*m.densityWithSchool == Approx(0.5));
    CHECK(*m.densityWithoutSchool == Approx(0.0));
    CHECK(m.school.alters == 3);
    CHECK(m.school.alterTies == 0);
    CHECK(*m.school.effectiveSize == Approx(3.0));
    CHECK(*m.school.constraint == Approx(1.0 / 3.0));
    CHECK(m.isolates == 3);
    CHECK(m.componentsWithSchool == 4);
    CHECK(m.componentsWithoutSchool == 3);
    CHECK(partnerOf(m, "a").degree == 0);
    CHECK(partnerOf(m, "a").isolate);
    CHECK_FALSE(partnerOf(m, "a").brokerage.effectiveSize);
    CHECK_FALSE(partnerOf(m, "a").brokerage.constraint);
    CHECK(formatMeasure(partnerOf(m, "a").brokerage.constraint) == QStringLiteral("–"));
}

TEST_CASE("Triangle: three partners all linked to each other", "[measures]")
{
    // Ego network = K4 (S, a, b, c): 6 of 6 ties -> density 1; partner graph 3 of 3 -> 1.
    // School: n = 3, t = 3 -> 3 - 2*3/3 = 1.
    // School constraint: p_Sj = 1/3, every alter q has deg 3 in the ego network so
    // p_qj = 1/3; per j two q's: 1/3 + 2 * (1/3 * 1/3) = 5/9; 3 * (5/9)^2 = 75/81.
    // Partner a (map graph, S not linked): alters b, c; t = 1 (b-c) -> 2 - 2/2 = 1.
    // Constraint of a: p_ab = 1/2, via c: p_ac * p_cb = 1/2 * 1/2 -> (3/4)^2 per contact,
    // 2 * 9/16 = 9/8.
    // Components: with S: {S}, {a,b,c} = 2; without S: 1. No isolates.
    const Measures m = computeMeasures(graph({"a", "b", "c"}, {"a-b", "b-c", "a-c"}));
    CHECK(*m.densityWithSchool == Approx(1.0));
    CHECK(*m.densityWithoutSchool == Approx(1.0));
    CHECK(*m.school.effectiveSize == Approx(1.0));
    CHECK(*m.school.constraint == Approx(75.0 / 81.0));
    CHECK(partnerOf(m, "a").degree == 2);
    CHECK(*partnerOf(m, "a").brokerage.effectiveSize == Approx(1.0));
    CHECK(*partnerOf(m, "a").brokerage.constraint == Approx(9.0 / 8.0));
    CHECK(m.isolates == 0);
    CHECK(m.componentsWithSchool == 2);
    CHECK(m.componentsWithoutSchool == 1);
    CHECK(m.partnerTies == 3);
    CHECK(m.schoolLinks == 0);
}

TEST_CASE("Path: the school linked to a, a-b, b-c", "[measures]")
{
    // Map graph: S-a, a-b, b-c. Degrees: a 2 (S, b), b 2, c 1.
    // a: alters S, b; S-b is not drawn so t = 0 -> 2; constraint (1/2)^2 + (1/2)^2 = 1/2.
    // b: alters a, c; t = 0 -> 2; constraint 1/2. c: alter b -> 1 - 0 = 1; constraint 1.
    // Ego network: S-a, S-b, S-c, a-b, b-c = 5 of 6 ties -> 5/6 (the drawn S-a is the same
    // tie as the implicit one). Partner graph: 2 of 3 -> 2/3.
    // School: n = 3, t = 2 -> 3 - 4/3 = 5/3.
    // School constraint, deg in the ego network: a 2 (S, b), b 3 (S, a, c), c 2 (S, b):
    //   j = a: 1/3 + p_Sb p_ba = 1/3 + 1/3 * 1/3 = 4/9          -> 16/81
    //   j = b: 1/3 + p_Sa p_ab + p_Sc p_cb = 1/3 + 1/6 + 1/6 = 2/3 -> 36/81
    //   j = c: 1/3 + p_Sb p_bc = 4/9                              -> 16/81
    //   total 68/81.
    // Components: with S 1, without S 1 ({a, b, c}).
    const Measures m = computeMeasures(graph({"a", "b", "c"}, {"S-a", "a-b", "b-c"}));
    CHECK(partnerOf(m, "a").degree == 2);
    CHECK(partnerOf(m, "b").degree == 2);
    CHECK(partnerOf(m, "c").degree == 1);
    CHECK(*partnerOf(m, "a").brokerage.effectiveSize == Approx(2.0));
    CHECK(*partnerOf(m, "a").brokerage.constraint == Approx(0.5));
    CHECK(*partnerOf(m, "b").brokerage.effectiveSize == Approx(2.0));
    CHECK(*partnerOf(m, "b").brokerage.constraint == Approx(0.5));
    CHECK(*partnerOf(m, "c").brokerage.effectiveSize == Approx(1.0));
    CHECK(*partnerOf(m, "c").brokerage.constraint == Approx(1.0));
    CHECK(*m.densityWithSchool == Approx(5.0 / 6.0));
    CHECK(*m.densityWithoutSchool == Approx(2.0 / 3.0));
    CHECK(*m.school.effectiveSize == Approx(5.0 / 3.0));
    CHECK(*m.school.constraint == Approx(68.0 / 81.0));
    CHECK(m.componentsWithSchool == 1);
    CHECK(m.componentsWithoutSchool == 1);
    CHECK(m.schoolLinks == 1);
    CHECK(m.partnerTies == 2);
}

TEST_CASE("Two components and an isolate, direction and repeats are ignored", "[measures]")
{
    // Links a-b, b-a (a repeat in the other direction: the same tie), c-d; e alone.
    // Partner graph: 2 of 10 ties -> 0.2; components {a,b}, {c,d}, {e} = 3; with S: 4.
    // Ego network: 5 + 2 = 7 of 15 -> 7/15. School: n = 5, t = 2 -> 5 - 4/5 = 4.2.
    // School constraint: deg in ego network a, b, c, d = 2, e = 1.
    //   j in {a,b,c,d}: 1/5 + 1/5 * 1/2 = 3/10 -> 9/100 each; j = e: (1/5)^2 = 4/100;
    //   total 40/100 = 0.4.
    Session s = graph({"a", "b", "c", "d", "e"}, {"a-b", "b-a", "c-d"});
    s.links[0].direction = LinkDirection::OneWay;
    const Measures m = computeMeasures(s);
    CHECK(m.links == 3);
    CHECK(m.partnerTies == 2);
    CHECK(*m.densityWithoutSchool == Approx(0.2));
    CHECK(*m.densityWithSchool == Approx(7.0 / 15.0));
    CHECK(m.componentsWithoutSchool == 3);
    CHECK(m.componentsWithSchool == 4);
    CHECK(m.isolates == 1);
    CHECK(partnerOf(m, "e").isolate);
    CHECK(partnerOf(m, "a").degree == 1);
    CHECK(*m.school.effectiveSize == Approx(4.2));
    CHECK(*m.school.constraint == Approx(0.4));
}

TEST_CASE("Empty and one-partner sessions leave densities unset", "[measures]")
{
    const Measures empty = computeMeasures(graph({}, {}));
    CHECK_FALSE(empty.densityWithSchool);
    CHECK_FALSE(empty.densityWithoutSchool);
    CHECK_FALSE(empty.school.effectiveSize);
    CHECK(empty.componentsWithSchool == 1); // the school alone
    CHECK(empty.componentsWithoutSchool == 0);
    const Measures one = computeMeasures(graph({"a"}, {}));
    CHECK(*one.densityWithSchool == Approx(1.0)); // S-a: 1 of 1
    CHECK_FALSE(one.densityWithoutSchool);
}

TEST_CASE("Counts per category and ring, formality and scope, priority ranking", "[measures]")
{
    Session s = graph({"a", "b", "c", "d", "e"}, {"a-b", "a-c", "c-S"});
    auto &p = s.partners;
    // a, b: zorg; c: beleid; d: no category; e: zorg, unplaced.
    p[2].category = QStringLiteral("beleid");
    p[3].category.clear();
    p[4].placement.reset();
    p[0].placement->distance = 0.1; // ring 0
    p[2].placement->distance = 0.9; // ring 2
    p[0].formality = Formality::Formal;
    p[1].formality = Formality::Formal;
    p[2].formality = Formality::Informal;
    p[0].scope = Scope::Internal;
    p[1].scope = Scope::Both;
    p[0].marks = QStringList{QStringLiteral("p1"), QStringLiteral("p2")};
    p[1].marks = QStringList{QStringLiteral("p1")};
    p[1].label = QStringLiteral("zeta");
    p[2].marks = QStringList{QStringLiteral("p3")};
    p[2].label = QStringLiteral("Alfa");
    const Measures m = computeMeasures(s);

    CHECK(m.formal == 2);
    CHECK(m.informal == 1);
    CHECK(m.unknownFormality == 2);
    CHECK(m.internal == 1);
    CHECK(m.bothScopes == 1);
    CHECK(m.external == 3);
    CHECK(*share(m.formal, m.partners) == Approx(0.4));
    CHECK(m.placedPartners == 4);

    const auto category = [&](const QString &id) -> const CategoryMeasures & {
        for (const auto &c : m.categories)
            if (c.categoryId == id)
                return c;
        FAIL("no category " << id.toStdString());
        return m.categories.front();
    };
    const auto &zorg = category(QStringLiteral("zorg"));
    CHECK(zorg.label == QStringLiteral("Zorg voor leerlingen"));
    CHECK(zorg.partners == 3); // a, b, e
    CHECK(zorg.links == 2);    // a-b (once), a-c
    CHECK(zorg.formal == 2);
    CHECK(zorg.marks == 3);
    CHECK(zorg.partnersByRing == std::vector<int>{1, 1, 0});
    CHECK(zorg.unplaced == 1);
    const auto &beleid = category(QStringLiteral("beleid"));
    CHECK(beleid.partners == 1);
    CHECK(beleid.links == 2); // a-c, c-S
    CHECK(beleid.partnersByRing == std::vector<int>{0, 0, 1});
    const auto &none = m.categories.back();
    CHECK(none.categoryId.isEmpty());
    CHECK(none.partners == 1);
    CHECK(category(QStringLiteral("werk")).partners == 0);

    REQUIRE(m.rings.size() == 3);
    CHECK(m.rings[0].partners == 1); // a
    CHECK(m.rings[1].partners == 2); // b, d
    CHECK(m.rings[2].partners == 1); // c
    CHECK(m.rings[0].links == 2);    // a-b, a-c
    CHECK(m.rings[1].links == 1);    // a-b
    CHECK(m.rings[2].links == 2);    // a-c, c-S

    // Priority: a (2 marks) first; zeta and Alfa (1 mark) share rank 2, ordered by label.
    REQUIRE(m.priority.size() == 3);
    CHECK(m.priority[0].partnerId == QStringLiteral("a"));
    CHECK(m.priority[0].rank == 1);
    CHECK(m.priority[1].label == QStringLiteral("Alfa"));
    CHECK(m.priority[1].rank == 2);
    CHECK(m.priority[2].label == QStringLiteral("zeta"));
    CHECK(m.priority[2].rank == 2);
}

TEST_CASE("Priority ranking: equal marks share a rank, the next rank counts every partner above",
          "[measures]")
{
    Session s = graph({"a", "b", "c", "d", "e"}, {});
    const QString p1 = QStringLiteral("p1");
    const QString p2 = QStringLiteral("p2");
    s.partners[0].marks = QStringList{p1, p2};
    s.partners[1].marks = QStringList{p1};
    s.partners[2].marks = QStringList{p2, p1};
    s.partners[4].marks = QStringList{p2};
    QStringList ranking;
    for (const RankedPartner &r : computeMeasures(s).priority)
        ranking << QStringLiteral("%1 %2 (%3)").arg(r.rank).arg(r.label).arg(r.marks);
    // Competition ranking, as measures.h defines it: 1 + the partners with more marks.
    CHECK(ranking == QStringList{QStringLiteral("1 A (2)"), QStringLiteral("1 C (2)"),
                                 QStringLiteral("3 B (1)"), QStringLiteral("3 E (1)")});
}

TEST_CASE("Every measure shown has a one-line definition", "[measures]")
{
    for (const auto &info : measureInfos()) {
        CHECK_FALSE(info.name.isEmpty());
        CHECK_FALSE(info.definition.isEmpty());
        CHECK_FALSE(info.definition.contains(QLatin1Char('\n')));
    }
    CHECK(measureInfo(QStringLiteral("school-constraint")));
    CHECK_FALSE(measureInfo(QStringLiteral("nonsense")));
}
