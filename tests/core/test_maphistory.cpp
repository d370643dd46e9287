// SPDX-License-Identifier: GPL-3.0-or-later
// The map's history (maphistory.h): diffs by id, the baseline, and the replay at a time.
#include <catch2/catch.hpp>

#include "nwk/core/maphistory.h"

#include <algorithm>

using namespace nwk;

namespace {

Partner partner(const char *id, double angle)
{
    Partner p;
    p.id = QString::fromLatin1(id);
    p.label = QStringLiteral("Partner ") + p.id;
    p.placement = Placement{0.5, angle};
    return p;
}

Link link(const char *id, const char *from, const char *to)
{
    Link l;
    l.id = QString::fromLatin1(id);
    l.from = QString::fromLatin1(from);
    l.to = QString::fromLatin1(to);
    return l;
}

/// Appends the changes from `before` to `after` at `atMs` to after's history.
void record(const Session &before, Session &after, qint64 atMs)
{
    for (MapEvent &e : mapEvents(before, after, atMs))
        after.history.push_back(std::move(e));
}

} // namespace

TEST_CASE("mapEvents names the added, changed and removed map objects by id", "[history][core]")
{
    Session before = newSession();
    before.partners.push_back(partner("pa1", 10));
    before.partners.push_back(partner("pa2", 20));
    before.links.push_back(link("l1", "pa1", "pa2"));

    SECTION("nothing changed: no events, also for a copy")
    {
        const Session copy = before;
        CHECK(mapEvents(before, copy, 5).empty());
        CHECK(mapEvents(before, before, 5).empty());
    }
    SECTION("a move is one event with the whole value")
    {
        Session after = before;
        after.partners[1].placement->angle = 45;
        const auto events = mapEvents(before, after, 1200);
        REQUIRE(events.size() == 1);
        CHECK(events[0].atMs == 1200);
        CHECK(events[0].kind == MapObjectKind::Partner);
        CHECK(events[0].id == QStringLiteral("pa2"));
        CHECK_FALSE(events[0].removed);
        CHECK(events[0].partner == after.partners[1]);
    }
    SECTION("a removal with its link, and an addition")
    {
        Session after = before;
        after.partners.detach().erase(after.partners.begin());
        after.links.clear();
        after.partners.push_back(partner("pa3", 30));
        const auto events = mapEvents(before, after, 7);
        REQUIRE(events.size() == 3);
        CHECK(events[0].id == QStringLiteral("pa3"));
        CHECK(events[0].partner.has_value());
        CHECK(events[1].id == QStringLiteral("pa1"));
        CHECK(events[1].removed);
        CHECK_FALSE(events[1].partner.has_value());
        CHECK(events[2].kind == MapObjectKind::Link);
        CHECK(events[2].removed);
    }
    SECTION("groups, missing partners and relative placements are compared too")
    {
        Session after = before;
        after.groups.push_back(
            Group{QStringLiteral("g1"), QStringLiteral("Zorg"), {QStringLiteral("pa1")}, {}, {}});
        MissingPartner m;
        m.id = QStringLiteral("m1");
        after.missingPartners.push_back(m);
        RelativePlacement r;
        r.id = QStringLiteral("r1");
        r.partnerId = QStringLiteral("pa1");
        after.relativePlacements.push_back(r);
        const auto events = mapEvents(before, after, 0);
        REQUIRE(events.size() == 3);
        CHECK(events[0].group->label == QStringLiteral("Zorg"));
        CHECK(events[1].kind == MapObjectKind::MissingPartner);
        CHECK(events[2].relativePlacement->partnerId == QStringLiteral("pa1"));
    }
}

TEST_CASE("mapAt replays the history to the state at each time", "[history][core]")
{
    Session s = newSession();
    s.partners.push_back(partner("pa1", 10));
    for (MapEvent &e : baselineEvents(s, 0))
        s.history.push_back(e);
    const Session at0 = s;

    Session at1 = at0;
    at1.partners.push_back(partner("pa2", 20));
    at1.links.push_back(link("l1", "pa1", "pa2"));
    record(at0, at1, 1000);

    Session at2 = at1;
    at2.partners[0].placement->angle = 100;
    at2.partners[0].marks.append(QStringLiteral("p1"));
    record(at1, at2, 2000);

    Session at3 = at2;
    at3.links.clear();
    at3.partners.detach().erase(at3.partners.begin() + 1);
    record(at2, at3, 3000);

    Session at4 = at3; // the removal undone: pa2 and l1 back
    at4.partners = at2.partners;
    at4.links = at2.links;
    record(at3, at4, 4000);

    const auto mapOf = [](const Session &x) {
        return std::make_tuple(x.partners.vector(), x.links.vector(), x.groups.vector());
    };
    CHECK(mapAt(at4, -1).partners.empty());
    CHECK(mapOf(mapAt(at4, 0)) == mapOf(at0));
    CHECK(mapOf(mapAt(at4, 999)) == mapOf(at0));
    CHECK(mapOf(mapAt(at4, 1000)) == mapOf(at1));
    CHECK(mapOf(mapAt(at4, 2500)) == mapOf(at2));
    CHECK(mapOf(mapAt(at4, 3000)) == mapOf(at3));
    CHECK(mapOf(mapAt(at4, 4000)) == mapOf(at4));
    // Everything but the map is the session's.
    const Session replay = mapAt(at4, 1000);
    CHECK(replay.categories == at4.categories);
    CHECK(replay.history == at4.history);
    CHECK(lastHistoryMs(at4) == 4000);
    CHECK(lastHistoryMs(newSession()) == -1);
}

TEST_CASE("baselineEvents lists every map object as it stands", "[history][core]")
{
    Session s = newSession();
    s.partners.push_back(partner("pa1", 10));
    s.partners.push_back(partner("pa2", 20));
    s.links.push_back(link("l1", "pa1", "school"));
    const auto events = baselineEvents(s, 42);
    REQUIRE(events.size() == 3);
    CHECK(std::all_of(events.begin(), events.end(),
                      [](const MapEvent &e) { return e.atMs == 42 && !e.removed; }));
    Session replayed = s;
    replayed.history = events;
    CHECK(mapAt(replayed, 42).partners == s.partners);
    CHECK(mapAt(replayed, 42).links == s.links);
}
