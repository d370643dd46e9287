// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round without sockets (docs/participation.md): identification,
// idempotent resends, the per-device limits, the join-code limiter, merge suggestions
// and the saved state.
#include "nwk/core/participationround.h"
#include "nwk/core/session.h"

#include <catch2/catch.hpp>

using namespace nwk::participation;

namespace {

RoundView view()
{
    RoundView v;
    v.participants = {{"pp1", "P1", "zorgcoördinator"}, {"pp2", "P2", "directeur"}};
    v.categories = {{"zorg", "Zorg", "#aa0000"}};
    v.rings = 3;
    v.partners = {{"pa1", "Vrij CLB", "zorg"}, {"pa2", "Sporthal", ""}};
    v.marks = {{"pp1", {"pa2"}}};
    return v;
}

ParticipationRound joined(const Limits &limits = {})
{
    ParticipationRound round(limits);
    round.start(ParticipationRound::newToken(), "123456", 0);
    round.setView(view());
    REQUIRE(round.receive({}, Hello{"phone_0001"}).device == "phone_0001");
    REQUIRE(round.receive("phone_0001", Iam{"pp1"}).refused.isEmpty());
    return round;
}

Reply name(ParticipationRound &round, const QString &cid, const QString &label)
{
    return round.receive("phone_0001", PartnerName{cid, label, {}});
}

template <typename T> const T &only(const Reply &r)
{
    REQUIRE(r.messages.size() == 1);
    REQUIRE(std::holds_alternative<T>(r.messages.front()));
    return std::get<T>(r.messages.front());
}

} // namespace

TEST_CASE("participation round: hello is answered by welcome with this phone's participant",
          "[participation]")
{
    ParticipationRound round = joined();
    const Reply again = round.receive({}, Hello{"phone_0001"}); // a reload
    const Welcome &w = only<Welcome>(again);
    CHECK(w.participant == "pp1");
    CHECK(w.ticks == QStringList{"pa2"});
    CHECK(w.view.marks.empty()); // other participants' marks stay in the editor
    CHECK(w.view.partners.size() == 2);
}

TEST_CASE("participation round: a resent proposal is reported once and answered with its state",
          "[participation]")
{
    ParticipationRound round = joined();
    const Reply first = name(round, "c1", "CLB");
    CHECK(only<ProposalState>(first) == ProposalState{"c1", "sent", ""});
    REQUIRE(first.report.has_value());
    CHECK(first.report->participant == "pp1");
    CHECK(first.report->label == "CLB");

    const Reply resend = name(round, "c1", "CLB");
    CHECK(only<ProposalState>(resend).state == "sent");
    CHECK_FALSE(resend.report.has_value());

    REQUIRE(round.decide("phone_0001", "c1", "merged", "pa1").has_value());
    CHECK(only<ProposalState>(name(round, "c1", "CLB")) == ProposalState{"c1", "merged", "pa1"});
    CHECK(round.device("phone_0001")->proposals == 1);
    CHECK_FALSE(round.decide("phone_0001", "nope", "accepted", "pa1").has_value());
    CHECK_FALSE(round.decide("phone_0001", "c1", "maybe", "pa1").has_value());
}

TEST_CASE("participation round: proposals before identification and with unknown ids are refused",
          "[participation]")
{
    ParticipationRound round;
    round.setView(view());
    CHECK(only<Refusal>(round.receive({}, Iam{"pp1"})).message ==
          "$.t: the first message must be \"hello\"");
    round.receive({}, Hello{"phone_0002"});
    const Refusal early = only<Refusal>(round.receive("phone_0002", PartnerName{"c1", "CLB", {}}));
    CHECK(early.code == "not-identified");
    CHECK(early.cid == "c1");
    CHECK(only<Refusal>(round.receive("phone_0002", Iam{"pp9"})).message ==
          "$.participant: no participant \"pp9\"");
    round.receive("phone_0002", Iam{"pp2"});
    CHECK(only<Refusal>(round.receive("phone_0002", PartnerName{"c2", "X", "nocat"})).message ==
          "$.category: no category \"nocat\"");
    RoundView marks = view();
    marks.round = "marks";
    round.setView(marks);
    CHECK(only<Refusal>(round.receive("phone_0002", Tick{"t1", "pa9", true})).code == "unknown-id");
    CHECK(only<Refusal>(round.receive("phone_0002", Place{"p1", "pa1", "zorg", 4})).message ==
          "$.ring: the map has 3 rings");
    CHECK(round.receive("phone_0002", Tick{"t2", "pa1", true}).report.has_value());
}

TEST_CASE("participation round: proposals of another round than the current one are refused",
          "[participation]")
{
    ParticipationRound round = joined(); // the round is "names"
    const Reply tick = round.receive("phone_0001", Tick{"t1", "pa1", true});
    const Refusal early = only<Refusal>(tick);
    CHECK(early.code == "closed");
    CHECK(early.cid == "t1");
    CHECK(early.message == "$.t: the round is \"names\", not \"marks\"");
    CHECK(tick.refused == early.message);
    CHECK_FALSE(tick.report.has_value());
    CHECK(only<Refusal>(round.receive("phone_0001", Place{"p1", "pa1", "zorg", 1})).code ==
          "closed");

    RoundView marks = view();
    marks.round = "marks";
    round.setView(marks);
    const Refusal late = only<Refusal>(name(round, "c1", "CLB"));
    CHECK(late.code == "closed");
    CHECK(late.cid == "c1");
    CHECK(round.receive("phone_0001", Tick{"t1", "pa1", true}).report.has_value());

    RoundView closed = view();
    closed.round = "closed";
    round.setView(closed);
    CHECK(only<Refusal>(name(round, "c2", "CLB")).code == "closed");
    CHECK(only<Refusal>(round.receive("phone_0001", Tick{"t2", "pa1", true})).code == "closed");
    // a resend of a proposal the round took is still answered with its state
    CHECK(only<ProposalState>(round.receive("phone_0001", Tick{"t1", "pa1", true})).cid == "t1");
    CHECK(round.device("phone_0001")->proposals == 1);
}

TEST_CASE("participation round: a new participant is reported once and confirmed",
          "[participation]")
{
    ParticipationRound round;
    round.setView(view());
    round.receive({}, Hello{"phone_0003"});
    const Reply asked = round.receive("phone_0003", IamNew{"leerkracht"});
    REQUIRE(asked.report.has_value());
    CHECK(asked.report->kind == Proposal::Kind::NewParticipant);
    CHECK(asked.report->label == "leerkracht");
    CHECK(only<Welcome>(asked).pending);
    CHECK_FALSE(round.receive("phone_0003", IamNew{"leerkracht"}).report.has_value());
    REQUIRE(round.confirmParticipant("phone_0003", "pp3"));
    CHECK(round.welcome("phone_0003").participant == "pp3");
    CHECK_FALSE(round.welcome("phone_0003").pending);
}

TEST_CASE("participation round: the rate and count limits of a device", "[participation]")
{
    Limits limits;
    limits.burst = 5;
    limits.perSecond = 2;
    limits.maxProposalsPerDevice = 3;
    ParticipationRound round = joined(limits);
    int admitted = 0;
    for (int i = 0; i < 20; ++i)
        admitted += round.admit("phone_0001", 1000) ? 1 : 0;
    CHECK(admitted == 5);
    CHECK_FALSE(round.admit("phone_0001", 1400));
    CHECK(round.admit("phone_0001", 2000)); // a second later: 2 more
    CHECK(round.admit("phone_0001", 2000));
    CHECK_FALSE(round.admit("phone_0001", 2000));
    CHECK(round.admit("phone_0002", 2000)); // another device has its own

    for (int i = 0; i < 3; ++i)
        CHECK(name(round, QString::number(i), "P").report.has_value());
    const Refusal over = only<Refusal>(name(round, "3", "P"));
    CHECK(over.code == "rate");
    CHECK(over.message == "$.cid: this device has sent 3 proposals, the most a device may send");
    CHECK(only<ProposalState>(name(round, "1", "P")).state == "sent"); // resends still answered
}

TEST_CASE("participation round: a removed device cannot come back with the same id",
          "[participation]")
{
    ParticipationRound round = joined();
    REQUIRE(round.removeDevice("phone_0001"));
    const Reply back = round.receive({}, Hello{"phone_0001"});
    CHECK(back.close);
    CHECK(std::holds_alternative<Removed>(back.messages.at(0)));
    CHECK(round.device("phone_0001") == nullptr);
}

TEST_CASE("participation round: wrong join codes lock the address with a growing wait",
          "[participation]")
{
    ParticipationRound round;
    round.start(ParticipationRound::newToken(), "123456", 0);
    for (int i = 0; i < 5; ++i)
        CHECK(round.tryJoinCode("10.0.0.9", "000000", 0) == JoinVerdict::Wrong);
    qint64 wait = 0;
    CHECK(round.tryJoinCode("10.0.0.9", "000001", 0, &wait) == JoinVerdict::Wrong);
    CHECK(wait == 1000);
    CHECK(round.tryJoinCode("10.0.0.9", "123456", 500, &wait) == JoinVerdict::Locked);
    CHECK(wait == 500);
    CHECK(round.tryJoinCode("10.0.0.9", "000002", 1000, &wait) == JoinVerdict::Wrong);
    CHECK(wait == 2000);
    CHECK(round.tryJoinCode("10.0.0.7", "123456", 1000) == JoinVerdict::Accepted); // another
    CHECK(round.tryJoinCode("10.0.0.9", "123456", 3000) == JoinVerdict::Accepted);
    CHECK(round.tryJoinCode("10.0.0.9", "000003", 3000) == JoinVerdict::Wrong); // reset

    Limits few;
    few.joinMaxWrong = 3;
    ParticipationRound small(few);
    small.start(ParticipationRound::newToken(), "654321", 0);
    for (int i = 0; i < 3; ++i)
        small.tryJoinCode(QStringLiteral("10.0.1.%1").arg(i), "000000", 0);
    CHECK(small.tryJoinCode("10.0.1.99", "654321", 0) == JoinVerdict::Disabled);
}

TEST_CASE("participation round: merge suggestions use the comparison's label matching",
          "[participation]")
{
    CHECK(likelySamePartner("CLB", "clb"));
    CHECK(likelySamePartner("CLB", "CLB (Leuven)"));
    CHECK(likelySamePartner("centrum voor leerlingenbegeleiding", "VCLB"));
    CHECK(likelySamePartner("Pedagogische begeleiding", "PBD"));
    CHECK(likelySamePartner("ondersteuningsnetwerk (ONW)", "ONW"));
    CHECK(likelySamePartner(QStringLiteral("Oudercomité"), "ouderkomitee"));
    CHECK_FALSE(likelySamePartner("CLB", "CAW"));
    CHECK_FALSE(likelySamePartner("ouders", "ouderraad"));

    nwk::Session session;
    nwk::Partner a, b, c;
    a.id = "pa1", a.label = "Vrij CLB";
    b.id = "pa2", b.label = "Sporthal";
    c.id = "pa3", c.label = "CLB [onthaal]"; // in the tray
    session.partners = {a, b, c};
    CHECK(likelyDuplicates("clb", session) == QStringList{"pa1", "pa3"});
    CHECK(likelyDuplicates("", session).isEmpty());

    ParticipationRound round = joined();
    round.receive({}, Hello{"phone_0009"});
    round.receive("phone_0009", Iam{"pp2"});
    round.receive("phone_0009", PartnerName{"x1", "CLB (Leuven)", {}});
    name(round, "c1", "clb");
    const auto s = round.suggestions("clb", "phone_0001", "c1");
    CHECK(s.partners == QStringList{"pa1"});
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0] == std::make_pair(QString("phone_0009"), QString("x1")));
}

TEST_CASE("participation round: the saved state reopens with credentials and proposal states",
          "[participation]")
{
    ParticipationRound round = joined();
    name(round, "c1", "CLB");
    name(round, "c2", "Sporthal");
    round.decide("phone_0001", "c1", "accepted", "pa7");
    round.removeDevice("phone_0666");
    const QByteArray saved = round.saveState();

    ParticipationRound again;
    QString error;
    REQUIRE(again.restore(saved, &error));
    again.setView(view());
    CHECK(again.state().token == round.state().token);
    CHECK(again.state().joinCode == "123456");
    const Reply accepted = again.receive("phone_0001", PartnerName{"c1", "CLB", {}});
    CHECK(only<ProposalState>(accepted) == ProposalState{"c1", "accepted", "pa7"});
    CHECK_FALSE(accepted.report.has_value());
    // Still "sent" at the crash: reported again (once) when the phone resends it.
    const Reply pending = again.receive("phone_0001", PartnerName{"c2", "Sporthal", {}});
    REQUIRE(pending.report.has_value());
    CHECK(pending.report->label == "Sporthal");
    CHECK_FALSE(again.receive("phone_0001", PartnerName{"c2", "Sporthal", {}}).report);
    CHECK(again.welcome("phone_0001").participant == "pp1");
}

TEST_CASE("participation round: a damaged saved state is refused with its place", "[participation]")
{
    ParticipationRound round = joined();
    name(round, "c1", "CLB");
    QByteArray saved = round.saveState();
    QString error;
    ParticipationRound again;
    CHECK_FALSE(again.restore(saved.left(saved.size() / 2), &error));
    CHECK(error.startsWith("$: not JSON"));
    CHECK_FALSE(again.restore(QByteArray(saved).replace("\"sent\"", "\"lost\""), &error));
    CHECK(error == "$.proposals[0].state: unknown state");
    CHECK_FALSE(
        again.restore(QByteArray(saved).replace(round.state().token.toUtf8(), "abc"), &error));
    CHECK(error == "$.token: expected 32 lowercase hex digits");
}

TEST_CASE("participation round: tokens are 128 random bits and join codes 6 digits",
          "[participation]")
{
    const QString a = ParticipationRound::newToken(), b = ParticipationRound::newToken();
    CHECK(a.size() == 32);
    CHECK(a != b);
    CHECK(QRegularExpression("^[0-9a-f]{32}$").match(a).hasMatch());
    CHECK(QRegularExpression("^[0-9]{6}$").match(ParticipationRound::newJoinCode()).hasMatch());
}

TEST_CASE("participation round: the welcome written for many phones is the same message",
          "[participation]")
{
    ParticipationRound round = joined();
    name(round, "c1", "CLB");
    CHECK(round.welcomeText("phone_0001") == writeServerMessage(round.welcome("phone_0001")));
    RoundView v = view();
    v.partners.push_back({"pa3", "Nieuw", "zorg"});
    round.setView(v); // the view written once is written again
    CHECK(round.welcomeText("phone_0001").contains("\"Nieuw\""));
    CHECK(round.welcomeText("phone_0001") == writeServerMessage(round.welcome("phone_0001")));
}
