// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions using the schema-3 statements, for the measures, comparison, diff and export
// tests: tests/data/golden/full.nwk (every schema-3 member) and small ones built here.
#pragma once

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

namespace nwk::testdata {

/// tests/data/golden/full.nwk, loaded (it must load without errors).
inline Session fullGolden()
{
    SessionReadResult r = readSessionFile(QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"));
    REQUIRE(r.session.has_value());
    return *r.session;
}

/// Three rings, one participant of each role group; partners:
///  near (ring 1, participants' priority: 1 mark, 3 votes, teacher 2, care 1, "de meeste"),
///  open (distance not discussed), on (on the school), inferred (ring 3, researchers'
///  priority with 2 marks), zone (neutral zone, category zorg).
inline Session votesSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Votes school");
    for (const char *id : {"t", "m", "c"}) {
        Participant p;
        p.id = QString::fromLatin1(id);
        p.code = QStringLiteral("P") + p.id;
        p.roleGroup = id[0] == 't'   ? RoleGroup::Teacher
                      : id[0] == 'm' ? RoleGroup::Management
                                     : RoleGroup::Care;
        s.participants.push_back(p);
    }
    auto add = [&](const char *id, std::optional<Placement> at) -> Partner & {
        Partner p;
        p.id = QString::fromLatin1(id);
        p.label = p.id;
        p.category = QStringLiteral("zorg");
        p.placement = at;
        s.partners.push_back(p);
        return s.partners.back();
    };
    Partner &near = add("near", Placement{0.1, 120.0});
    near.marks = {QStringLiteral("t")};
    near.voteCount = 3;
    near.roleVotes = {{RoleGroup::Teacher, 2, {}}, {RoleGroup::Care, 1, {}}};
    near.voteText = QStringLiteral("de meeste");
    add("open", Placement{0.9, 125.0, DistanceKind::NotDiscussed});
    add("on", Placement{0.7, 130.0, DistanceKind::OnSchool});
    Partner &inferred = add("inferred", Placement{0.9, 135.0});
    inferred.marks = {QStringLiteral("m"), QStringLiteral("c")};
    inferred.prioritySource = PrioritySource::Researchers;
    Partner &zone = add("zone", std::nullopt);
    zone.neutralZone = true;
    return s;
}

} // namespace nwk::testdata
