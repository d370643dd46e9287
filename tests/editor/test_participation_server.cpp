// SPDX-License-Identifier: GPL-3.0-or-later
// The participation server with real sockets in this process (docs/participation.md):
// the conversation with a phone, the page behind the token, the join code, closing and
// reopening after a crash, removing a device.
#include "participationclient.h"

#include <catch2/catch.hpp>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("participation server: hello gets welcome and a proposal is reported once and decided",
          "[participation]")
{
    OpenServer s;
    Phone phone(s.ws());
    REQUIRE(phone.connected());
    phone.send(R"({"t":"hello","device":"phone_0001"})");
    const QJsonObject welcome = phone.waitFor("welcome");
    CHECK(welcome.value("participants").toArray().size() == 2);
    CHECK(welcome.value("partners").toArray().at(0).toObject().value("label") == "CLB");
    CHECK(welcome.value("you").toObject().value("participant") == "");
    phone.send(R"({"t":"iam","participant":"pp1"})");
    REQUIRE(phone.waitFor("welcome", {}, 2).value("you").toObject().value("participant") == "pp1");

    phone.propose("c1", "CLB (Leuven)");
    CHECK(phone.waitFor("state", "c1").value("state") == "sent");
    REQUIRE(s.proposals.count() == 1);
    const auto p = s.proposals.at(0).at(0).value<PhoneProposal>();
    CHECK(p.kind == PhoneProposal::Kind::Partner);
    CHECK(p.device == "phone_0001");
    CHECK(p.participant == "pp1");
    CHECK(p.label == "CLB (Leuven)");

    phone.propose("c1", "CLB (Leuven)"); // a resend after a lost answer
    phone.waitFor("state", "c1", 2);
    CHECK(phone.count("state", "c1") == 2);
    CHECK(s.proposals.count() == 1);

    s.server.decide("phone_0001", "c1", "merged", "pa1");
    const QJsonObject merged = phone.waitFor("state", "c1", 3);
    CHECK(merged.value("state") == "merged");
    CHECK(merged.value("partner") == "pa1");
    const auto devices = s.server.devices();
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].participant == "pp1");
    CHECK(devices[0].connected);
    CHECK(devices[0].proposals == 1);

    phone.send(R"({"t":"ping"})");
    CHECK(!phone.waitFor("pong").isEmpty());
}

TEST_CASE("participation server: ticks and a new participant and a new view reach the phone",
          "[participation]")
{
    OpenServer s;
    Phone phone(s.ws());
    REQUIRE(phone.connected());
    phone.send(R"({"t":"hello","device":"phone_0002"})");
    phone.waitFor("welcome");
    phone.send(R"({"t":"iamNew","role":"leerkracht"})");
    CHECK(phone.waitFor("welcome", {}, 2).value("you").toObject().value("pending") == true);
    REQUIRE(s.proposals.count() == 1);
    CHECK(s.proposals.at(0).at(0).value<PhoneProposal>().kind ==
          PhoneProposal::Kind::NewParticipant);
    phone.send(R"({"t":"tick","cid":"t1","partner":"pa2","on":true})");
    CHECK(phone.waitFor("error", "t1").value("code") == "not-identified");

    PhoneView view = participationView();
    view.round = QStringLiteral("marks");
    view.participants.push_back({"pp3", "P3", "leerkracht"});
    s.server.setView(view);
    s.server.confirmParticipant("phone_0002", "pp3");
    CHECK(QTest::qWaitFor([&] { return phone.count("welcome") >= 4; }, 5000));
    CHECK(phone.received.back().value("you").toObject().value("participant") == "pp3");
    phone.send(R"({"t":"tick","cid":"t1","partner":"pa2","on":true})");
    CHECK(phone.waitFor("state", "t1").value("state") == "sent");
    REQUIRE(s.proposals.count() == 2);
    const auto tick = s.proposals.at(1).at(0).value<PhoneProposal>();
    CHECK(tick.kind == PhoneProposal::Kind::Tick);
    CHECK(tick.participant == "pp3");
    CHECK(tick.partner == "pa2");
}

TEST_CASE("participation server: a proposal of another round is refused with closed",
          "[participation]")
{
    OpenServer s;
    Phone phone(s.ws());
    phone.join("phone_0001");
    phone.send(R"({"t":"tick","cid":"t1","partner":"pa2","on":true})");
    const QJsonObject early = phone.waitFor("error", "t1");
    CHECK(early.value("code") == "closed");
    CHECK(s.proposals.count() == 0);
    REQUIRE(s.refusals.count() == 1);
    CHECK(s.refusals.at(0).at(0).toString().contains("the round is \"names\", not \"marks\""));

    PhoneView view = participationView();
    view.round = QStringLiteral("closed");
    s.server.setView(view);
    phone.propose("c1", "CLB");
    CHECK(phone.waitFor("error", "c1").value("code") == "closed");
    CHECK(s.proposals.count() == 0);
    CHECK(s.refusals.count() == 2);
}

TEST_CASE("participation server: the page is served only behind the token", "[participation]")
{
    OpenServer s;
    const HttpAnswer page = http(s.base() + s.tokenPath());
    CHECK(page.status == 200);
    CHECK(page.body.contains("test phone page"));
    CHECK(page.contentType.startsWith("text/html"));
    CHECK(http(s.base() + s.tokenPath() + "phone.js").contentType.startsWith("text/javascript"));
    CHECK(http(s.base() + s.tokenPath() + "missing.css").status == 404);
    CHECK(http(s.base() + s.tokenPath() + "%2E%2E%2Fsecret").status == 404);
    CHECK(http(s.base() + "/index.html").status == 404);
    CHECK(http(s.base() + "/favicon.ico").status == 404);
    CHECK_FALSE(s.refusedWith("wrong token"));
    const HttpAnswer wrong = http(s.base() + "/j/0123456789abcdef0123456789abcdef/");
    CHECK(wrong.status == 404);
    CHECK_FALSE(wrong.body.contains("test phone page"));
    CHECK(s.refusedWith("request with a wrong token from 127.0.0.1"));
}

TEST_CASE("participation server: the join code answers 303 to the page and wrong codes are limited",
          "[participation]")
{
    OpenServer s;
    const HttpAnswer form = http(s.base() + "/");
    CHECK(form.status == 200);
    CHECK(form.body.contains("name=\"code\""));
    CHECK(form.body.contains("local network"));
    const HttpAnswer right = http(s.base() + "/", "code=" + s.server.joinCode().toUtf8(), true);
    CHECK(right.status == 303);
    CHECK(right.location == s.tokenPath().toUtf8());

    const QByteArray wrongCode = s.server.joinCode() == "000000" ? "111111" : "000000";
    for (int i = 0; i < 5; ++i)
        CHECK(http(s.base() + "/", "code=" + wrongCode, true).status == 403);
    CHECK(s.refusedWith("wrong join code from 127.0.0.1"));
    CHECK(http(s.base() + "/", "code=" + wrongCode, true).status == 403); // now locked
    const HttpAnswer locked = http(s.base() + "/", "code=" + s.server.joinCode().toUtf8(), true);
    CHECK(locked.status == 429);
    CHECK(locked.location.isEmpty());
    CHECK(s.refusedWith("too many wrong codes"));
}

TEST_CASE("participation server: close stops the URL and reopen keeps the token and the states",
          "[participation]")
{
    QByteArray saved;
    QUrl url;
    quint16 port = 0;
    {
        OpenServer s;
        Phone phone(s.ws());
        phone.join("phone_0003");
        phone.propose("c1", "CLB");
        phone.propose("c2", "Sporthal");
        phone.waitFor("state", "c2");
        s.server.decide("phone_0003", "c1", "accepted", "pa9");
        phone.waitFor("state", "c1", 2);
        saved = s.server.saveState();
        url = s.server.joinUrl();
        port = s.server.port();
        const QString base = s.base() + s.tokenPath();
        s.server.close();
        CHECK_FALSE(s.server.isOpen());
        CHECK(s.server.joinUrl().isEmpty());
        CHECK(phone.waitClosed());
        CHECK(http(base).status == 0); // nobody listens
    }                                  // the editor "crashed"

    ParticipationServer again;
    QSignalSpy proposals(&again, &ParticipationServer::proposalReceived);
    QString error;
    REQUIRE(again.reopen(participationView(), saved, &error));
    CHECK(again.port() == port);
    CHECK(again.joinUrl() == url);
    Phone phone(QUrl(QStringLiteral("ws://127.0.0.1:%1%2ws").arg(port).arg(url.path())));
    REQUIRE(phone.connected());
    phone.send(R"({"t":"hello","device":"phone_0003"})");
    const QJsonObject welcome = phone.waitFor("welcome");
    CHECK(welcome.value("you").toObject().value("participant") == "pp1");
    CHECK(welcome.value("proposals").toArray().size() == 2);
    phone.propose("c1", "CLB");
    CHECK(phone.waitFor("state", "c1").value("state") == "accepted");
    CHECK(proposals.count() == 0);
    phone.propose("c2", "Sporthal"); // undecided at the crash: reported again, once
    phone.waitFor("state", "c2");
    REQUIRE(proposals.count() == 1);
    CHECK(proposals.at(0).at(0).value<PhoneProposal>().label == "Sporthal");
    phone.propose("c2", "Sporthal");
    phone.waitFor("state", "c2", 2);
    CHECK(proposals.count() == 1);
    CHECK_FALSE(again.reopen(participationView(), "{}", &error));
    CHECK(error == "$.version: missing");
}

TEST_CASE("participation server: every open has a new token and join code", "[participation]")
{
    OpenServer s;
    const QUrl first = s.server.joinUrl();
    CHECK(QRegularExpression("^/j/[0-9a-f]{32}/$").match(first.path()).hasMatch());
    CHECK(first.scheme() == "http");
    REQUIRE(s.server.open(participationView()));
    CHECK(s.server.joinUrl().path() != first.path());
    CHECK(s.server.joinCode().size() == 6);
}

TEST_CASE("participation server: a removed device is told so, closed and kept out",
          "[participation]")
{
    OpenServer s;
    Phone phone(s.ws());
    phone.join("phone_0004");
    QSignalSpy devices(&s.server, &ParticipationServer::devicesChanged);
    s.server.removeDevice("phone_0004");
    CHECK(!phone.waitFor("removed").isEmpty());
    CHECK(phone.waitClosed());
    CHECK(s.server.devices().empty());
    CHECK(devices.count() >= 1);
    Phone back(s.ws());
    REQUIRE(back.connected());
    back.send(R"({"t":"hello","device":"phone_0004"})");
    CHECK(!back.waitFor("removed").isEmpty());
    CHECK(back.waitClosed());
    CHECK(s.refusedWith("a removed device tried to join again"));
}
