// SPDX-License-Identifier: GPL-3.0-or-later
// validate() on what schema 3 lets a group say: each rule gives one located message.
#include <catch2/catch.hpp>

#include "nwk/core/validation.h"

using namespace nwk;

namespace {

Session sample()
{
    Session s = newSession();
    for (const char *id : {"p1", "p2"}) {
        Participant p;
        p.id = QString::fromLatin1(id);
        s.participants.push_back(p);
    }
    for (const char *id : {"pa1", "pa2"}) {
        Partner p;
        p.id = QString::fromLatin1(id);
        p.label = p.id.toUpper();
        p.category = QStringLiteral("zorg");
        p.placement = Placement{0.4, 100.0};
        s.partners.push_back(p);
    }
    Link l;
    l.id = QStringLiteral("l1");
    l.from = kSchoolId;
    l.to = QStringLiteral("pa1");
    s.links.push_back(l);
    return s;
}

/// The only diagnostic of a session, as "path: message".
std::string only(const Session &s)
{
    const Diagnostics d = validate(s);
    REQUIRE(d.size() == 1);
    return (d[0].path + QStringLiteral(": ") + d[0].message).toStdString();
}

} // namespace

TEST_CASE("a session using every schema 3 statement validates", "[validation][schema3]")
{
    Session s = sample();
    Partner &p = s.partners[0];
    p.placement->distanceKind = DistanceKind::NotDiscussed;
    p.desiredPlacement = Placement{0.1, 100.0};
    p.desiredBy = {QStringLiteral("p1")};
    p.alternatives.push_back({QStringLiteral("p2"), Placement{0.9, 90.0}, {}, {}});
    p.formerPlacements.push_back({Placement{0.2, 100.0}, QStringLiteral("tot 2018"), {}, {}});
    p.geoKm = 12.5;
    p.voteCount = 2;
    p.roleVotes.push_back({RoleGroup::Teacher, 2, {}});
    p.choiceChanges.push_back(
        {QStringLiteral("p1"), ChoiceChangeKind::Replaced, QStringLiteral("pa2"), {}, {}});
    p.sameAsParticipant = QStringLiteral("p2");
    s.partners[1].contactOf = QStringLiteral("pa1");
    s.links[0].initiatedBy = kSchoolId;
    s.links[0].schoolRole = SchoolRole::Offering;
    s.relativePlacements.push_back({QStringLiteral("r1"),
                                    QStringLiteral("pa2"),
                                    RelativeRelation::Further,
                                    QStringLiteral("pa1"),
                                    {},
                                    {},
                                    {}});
    CHECK(validate(s).empty());
    CHECK(isDisputed(p));
    CHECK_FALSE(isDisputed(s.partners[1]));
}

TEST_CASE("schema 3 references name existing objects, with the path", "[validation][schema3]")
{
    Session s = sample();
    SECTION("alternative by an unknown participant")
    {
        s.partners[0].alternatives.push_back({QStringLiteral("p9"), Placement{}, {}, {}});
        CHECK(only(s) == "/partners/0/alternatives/0/participantId: unknown participant \"p9\"");
    }
    SECTION("a contact person of itself")
    {
        s.partners[1].contactOf = QStringLiteral("pa2");
        CHECK(only(s) == "/partners/1/contactOf: a contact person cannot be attached to itself");
    }
    SECTION("a choice replaced by an unknown partner")
    {
        s.partners[0].choiceChanges.push_back(
            {{}, ChoiceChangeKind::Replaced, QStringLiteral("pa7"), {}, {}});
        CHECK(only(s) == "/partners/0/choiceChanges/0/otherPartnerId: unknown partner \"pa7\"");
    }
    SECTION("a relative placement to itself")
    {
        s.relativePlacements.push_back({QStringLiteral("r1"),
                                        QStringLiteral("pa1"),
                                        RelativeRelation::Same,
                                        QStringLiteral("pa1"),
                                        {},
                                        {},
                                        {}});
        CHECK(only(s) ==
              "/relativePlacements/0/referenceId: a partner cannot be placed relative to itself");
    }
    SECTION("two relative placements with one id")
    {
        for (int i = 0; i < 2; ++i)
            s.relativePlacements.push_back({QStringLiteral("r1"),
                                            QStringLiteral("pa1"),
                                            RelativeRelation::Same,
                                            kSchoolId,
                                            {},
                                            {},
                                            {}});
        CHECK(only(s) == "/relativePlacements/1/id: duplicate id \"r1\" (also used at "
                         "/relativePlacements/0/id)");
    }
    SECTION("a missing partner standing for an unknown partner")
    {
        MissingPartner m;
        m.id = QStringLiteral("m1");
        m.partnerId = QStringLiteral("pa5");
        s.missingPartners.push_back(m);
        CHECK(only(s) == "/missingPartners/0/partnerId: unknown partner \"pa5\"");
    }
}

TEST_CASE("schema 3 statements that contradict themselves are named", "[validation][schema3]")
{
    Session s = sample();
    SECTION("who wishes a desired placement that is not there")
    {
        s.partners[0].desiredBy = {QStringLiteral("p1")};
        CHECK(only(s) == "/partners/0/desiredBy: who wishes a desired placement is given, but "
                         "there is none");
    }
    SECTION("placed and in the neutral zone")
    {
        s.partners[0].neutralZone = true;
        CHECK(only(s) == "/partners/0/neutralZone: a partner in the neutral zone has no "
                         "placement; this one is placed");
    }
    SECTION("initiated by a partner that is not an end")
    {
        s.links[0].initiatedBy = QStringLiteral("pa2");
        CHECK(only(s) == "/links/0/initiatedBy: \"pa2\" is not an end of this link (from "
                         "\"school\", to \"pa1\")");
    }
    SECTION("a school role on a link between partners")
    {
        s.links[0].from = QStringLiteral("pa2");
        s.links[0].schoolRole = SchoolRole::Learning;
        CHECK(only(s) == "/links/0/schoolRole: the school's role is for links to the school; "
                         "this link does not touch it");
    }
    SECTION("a go-between that is an end")
    {
        s.links[0].kind = LinkKind::Via;
        s.links[0].via = QStringLiteral("pa1");
        CHECK(only(s) == "/links/0/via: \"pa1\" is an end of the link, not a go-between");
    }
    SECTION("a negative vote count")
    {
        s.partners[1].voteCount = -3;
        CHECK(only(s) ==
              "/partners/1/voteCount: -3 is not a valid value (>= 0, or -1 for unknown)");
    }
    SECTION("added after the session with a session-clock time")
    {
        s.partners[1].addedAfterSession = true;
        s.partners[1].addedMs = 5000;
        CHECK(only(s) == "/partners/1/addedAfterSession: added after the session, but it has a "
                         "session-clock time (addedMs)");
    }
    SECTION("a metaphor by the group and by a participant")
    {
        Metaphor m;
        m.id = QStringLiteral("mf1");
        m.byGroup = true;
        m.role = QStringLiteral("leerkracht");
        s.metaphors.push_back(m);
        CHECK(only(s) == "/metaphors/0/byGroup: said by the whole group, and also by one "
                         "participant or role");
    }
    SECTION("a role vote below zero")
    {
        s.partners[0].roleVotes.push_back({RoleGroup::Care, -1, {}});
        CHECK(only(s) == "/partners/0/roleVotes/0/count: -1 is negative");
    }
}
