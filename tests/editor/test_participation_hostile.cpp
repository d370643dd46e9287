// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile clients of the participation server (issue #25, "Hostile clients"): each is
// refused, logged (the `refused` signal), and the server keeps serving the others.
#include "participationclient.h"

#include <catch2/catch.hpp>

using namespace nwk;
using namespace nwk::test;

namespace {

/// A new phone still gets its welcome: the server works.
void stillWorks(OpenServer &s, const QString &device)
{
    Phone other(s.ws());
    REQUIRE(other.connected());
    other.send(QStringLiteral(R"({"t":"hello","device":"%1"})").arg(device).toUtf8());
    CHECK(!other.waitFor("welcome").isEmpty());
}

} // namespace

TEST_CASE("participation server: a WebSocket with a wrong token is closed", "[participation]")
{
    OpenServer s;
    const QString port = QString::number(s.server.port());
    Phone intruder(QUrl("ws://127.0.0.1:" + port + "/j/0123456789abcdef0123456789abcdef/ws"));
    CHECK(intruder.waitClosed());
    CHECK(intruder.received.empty());
    CHECK(s.refusedWith("WebSocket with a wrong token from 127.0.0.1 closed"));
    Phone root(QUrl("ws://127.0.0.1:" + port + "/"));
    CHECK(root.waitClosed());
    stillWorks(s, "phone_good1");
}

TEST_CASE("participation server: oversize and malformed messages are refused", "[participation]")
{
    OpenServer s;
    Phone phone(s.ws());
    phone.join("phone_0005");
    phone.send(R"({"t":"ping","pad":")" + QByteArray(5000, 'a') + R"("})");
    const QJsonObject large = phone.waitFor("error");
    CHECK(large.value("code") == "too-large");
    CHECK(large.value("message").toString().startsWith("$: 5021 bytes, more than the 4096"));
    phone.send(R"({"t":"partner","cid":"c1","label":"CLB",)");
    CHECK(phone.waitFor("error", {}, 2).value("message").toString().startsWith("$: not JSON"));
    phone.send(R"({"t":"partner","cid":"c2","label":")" + QByteArray(81, 'x') +
               R"(","category":""})");
    const QJsonObject label = phone.waitFor("error", "c2");
    CHECK(label.value("message") == "$.label: longer than 80 characters");
    CHECK(s.refusedWith("$.label: longer than 80 characters"));
    phone.send(R"({"t":"ping"})"); // the connection stays
    CHECK(!phone.waitFor("pong").isEmpty());
    CHECK(s.proposals.count() == 0);

    phone.send(R"({"t":"ping","pad":")" + QByteArray(20000, 'a') + R"("})");
    CHECK(phone.waitClosed()); // beyond the WebSocket's own limit: closed
    CHECK(QTest::qWaitFor([&] { return s.refusedWith("closed"); }, 5000));
    stillWorks(s, "phone_good2");
}

TEST_CASE("participation server: invalid UTF-8 and binary frames are refused", "[participation]")
{
    OpenServer s;
    {
        RawWebSocket raw(s.server.port(), s.tokenPath() + "ws");
        raw.frame(0x2, R"({"t":"ping"})"); // binary
        CHECK(QTest::qWaitFor([&] { return raw.in.contains("binary frame"); }, 5000));
        raw.frame(0x1, "{\"t\":\"hello\",\"device\":\"phone\xC0\xAF\"}");
        CHECK(raw.waitClosed());
    }
    CHECK(QTest::qWaitFor([&] { return s.refusedWith("UTF-8"); }, 5000));
    stillWorks(s, "phone_good3");
}

TEST_CASE("participation server: a flooding device is refused and then closed", "[participation]")
{
    OpenServer s;
    Phone phone(s.ws());
    phone.join("phone_0006");
    for (int i = 0; i < 400; ++i)
        phone.send(R"({"t":"ping"})");
    CHECK(phone.waitClosed());
    CHECK(phone.count("pong") >= 50);
    CHECK(phone.count("pong") < 400);
    CHECK(phone.waitFor("error").value("code") == "rate");
    CHECK(s.refusedWith("device phone_0006 sends more messages than allowed"));
    CHECK(s.refusedWith("refused messages in a row"));
    stillWorks(s, "phone_good4");
}

TEST_CASE("participation server: a slow-loris connection is dropped after the request timeout",
          "[participation]")
{
    ParticipationServerLimits limits;
    limits.requestTimeoutMs = 300;
    OpenServer s(limits);
    QTcpSocket slow, idle;
    bool dropped = false, idleDropped = false;
    QObject::connect(&slow, &QTcpSocket::disconnected, [&] { dropped = true; });
    QObject::connect(&idle, &QTcpSocket::disconnected, [&] { idleDropped = true; });
    slow.connectToHost(QStringLiteral("127.0.0.1"), s.server.port());
    idle.connectToHost(QStringLiteral("127.0.0.1"), s.server.port()); // a spare connection
    REQUIRE(slow.waitForConnected(5000));
    REQUIRE(idle.waitForConnected(5000));
    slow.write("GET " + s.tokenPath().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    CHECK(http(s.base() + s.tokenPath()).status == 200); // others are served meanwhile
    CHECK(QTest::qWaitFor([&] { return dropped && idleDropped; }, 5000));
    int slowRefusals = 0;
    for (const auto &args : s.refusals)
        slowRefusals += args.at(0).toString().contains("slow connection") ? 1 : 0;
    CHECK(slowRefusals == 1); // the idle one is closed without a word
    CHECK(s.refusedWith("slow connection from 127.0.0.1 dropped: no complete request within "
                        "300 ms"));
    CHECK(http(s.base() + s.tokenPath()).status == 200);
}

TEST_CASE("participation server: connections beyond the limit per address are refused",
          "[participation]")
{
    ParticipationServerLimits limits;
    limits.maxPerAddress = 3;
    OpenServer s(limits);
    std::vector<std::unique_ptr<Phone>> phones;
    for (int i = 0; i < 3; ++i) {
        phones.push_back(std::make_unique<Phone>(s.ws()));
        REQUIRE(phones.back()->connected());
    }
    Phone fourth(s.ws());
    CHECK(fourth.waitClosed());
    CHECK(s.refusedWith("127.0.0.1 has 3 connections open already"));
    phones.pop_back();
    QTest::qWait(300); // the server sees it go
    Phone again(s.ws());
    CHECK(QTest::qWaitFor([&] { return again.socket.state() == QAbstractSocket::ConnectedState; },
                          5000));
}
