// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's decisions on phones' places and new participants (docs/participation.md):
// an own placement per participant, never for a participant who is gone.
#include "nwk/editor/markcommands.h"
#include "participationfixture.h"

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::round;

namespace {

void startMarks(RoundWindow &w)
{
    w.feature->setRound(QStringLiteral("marks"));
    REQUIRE(w.dock->roundCombo()->currentData().toString() == QStringLiteral("marks"));
}

} // namespace

TEST_CASE("participation: a second place by the same participant moves the own placement",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    startMarks(w);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p2"));
    const QString category = w.doc().session().categories.front().id;
    const int steps = w.stack().count();

    sendPlace(phone, QStringLiteral("q1"), QStringLiteral("pa2"), category, 1);
    w.waitForProposals(1);
    w.decide(QStringLiteral("own place: Hogeschool, ring 1"), w.dock->acceptButton());
    CHECK(phone.stateOf(QStringLiteral("q1"))[QStringLiteral("state")] ==
          QStringLiteral("accepted"));
    REQUIRE(w.partner(QStringLiteral("pa2")).alternatives.size() == 1);
    const double first = w.partner(QStringLiteral("pa2")).alternatives[0].placement.distance;

    sendPlace(phone, QStringLiteral("q2"), QStringLiteral("pa2"), category, 2);
    w.waitForProposals(1);
    w.decide(QStringLiteral("own place: Hogeschool, ring 2"), w.dock->acceptButton());
    CHECK(phone.stateOf(QStringLiteral("q2"))[QStringLiteral("state")] ==
          QStringLiteral("accepted"));
    const auto &alternatives = w.partner(QStringLiteral("pa2")).alternatives;
    REQUIRE(alternatives.size() == 1);
    CHECK(alternatives[0].participantId == QStringLiteral("p2"));
    CHECK(alternatives[0].placement.distance > first);
    CHECK(w.stack().count() == steps + 2);
}

TEST_CASE("participation: a place by a participant removed meanwhile is rejected",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    startMarks(w);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p3"));
    const QString category = w.doc().session().categories.front().id;

    sendPlace(phone, QStringLiteral("q1"), QStringLiteral("pa2"), category, 1);
    w.waitForProposals(1);
    REQUIRE(w.doc().push(makeRemoveParticipantCommand(&w.doc(), QStringLiteral("p3"))));
    REQUIRE_FALSE(w.doc().session().participant(QStringLiteral("p3")));
    const int steps = w.stack().count();
    w.decide(QStringLiteral("own place: Hogeschool, ring 1"), w.dock->acceptButton());
    CHECK(phone.stateOf(QStringLiteral("q1"))[QStringLiteral("state")] ==
          QStringLiteral("rejected"));
    CHECK(w.partner(QStringLiteral("pa2")).alternatives.empty());
    CHECK(w.stack().count() == steps);
}
