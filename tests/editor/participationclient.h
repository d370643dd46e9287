// SPDX-License-Identifier: GPL-3.0-or-later
// Clients of the participation server for tests (and nothing else): a phone (QWebSocket),
// plain HTTP requests (QNetworkAccessManager, no redirects followed), a raw WebSocket
// that writes frames by hand (for what QWebSocket refuses to send), and a server with a
// tiny page of its own.
#pragma once

#include "participation/participationserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <catch2/catch.hpp>

#include <memory>

namespace nwk::test {

inline PhoneView participationView()
{
    PhoneView v;
    v.participants = {{"pp1", "P1", QStringLiteral("zorgcoördinator")}, {"pp2", "P2", "directeur"}};
    v.categories = {{"zorg", "Zorg", "#aa0000"}};
    v.rings = 3;
    v.partners = {{"pa1", "CLB", "zorg"}, {"pa2", "Sporthal", ""}};
    return v;
}

/// An open server serving a page from a folder of its own.
struct OpenServer {
    QTemporaryDir pages;
    ParticipationServer server;
    QSignalSpy proposals{&server, &ParticipationServer::proposalReceived};
    QSignalSpy refusals{&server, &ParticipationServer::refused};

    explicit OpenServer(const ParticipationServerLimits &limits = {})
    {
        QFile index(pages.filePath("index.html")), js(pages.filePath("phone.js"));
        index.open(QIODevice::WriteOnly);
        index.write("<!DOCTYPE html><title>test phone page</title>");
        js.open(QIODevice::WriteOnly);
        js.write("// test");
        server.setResourceRoot(pages.path());
        server.setLimits(limits);
        QString error;
        REQUIRE(server.open(participationView(), 0, &error));
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.port()); }
    QString tokenPath() const { return server.joinUrl().path(); } ///< "/j/<token>/"
    QUrl ws() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2ws").arg(server.port()).arg(tokenPath()));
    }
    bool refusedWith(const QString &part) const
    {
        for (const auto &args : refusals)
            if (args.at(0).toString().contains(part))
                return true;
        return false;
    }
};

struct Phone {
    QWebSocket socket;
    std::vector<QJsonObject> received;
    bool closed = false;

    explicit Phone(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &t) {
            received.push_back(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
        socket.open(url);
    }
    bool connected() const
    {
        return QTest::qWaitFor(
                   [this] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                   5000) &&
               !closed;
    }
    void send(const QByteArray &json) { socket.sendTextMessage(QString::fromUtf8(json)); }
    int count(const QString &type, const QString &cid = {}) const
    {
        int n = 0;
        for (const auto &m : received)
            n += m.value("t").toString() == type &&
                         (cid.isEmpty() || m.value("cid").toString() == cid)
                     ? 1
                     : 0;
        return n;
    }
    /// The last message of `type` (and `cid`) once there are `n` of them; empty on timeout.
    QJsonObject waitFor(const QString &type, const QString &cid = {}, int n = 1)
    {
        (void)QTest::qWaitFor([&] { return count(type, cid) >= n || closed; }, 5000);
        for (auto it = received.rbegin(); it != received.rend(); ++it)
            if (it->value("t").toString() == type &&
                (cid.isEmpty() || it->value("cid").toString() == cid))
                return *it;
        return {};
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return closed; }, 5000);
    }
    /// hello and iam: a phone ready to propose.
    void join(const QString &device, const QString &participant = "pp1")
    {
        REQUIRE(connected());
        send(QStringLiteral(R"({"t":"hello","device":"%1"})").arg(device).toUtf8());
        REQUIRE(!waitFor("welcome").isEmpty());
        send(QStringLiteral(R"({"t":"iam","participant":"%1"})").arg(participant).toUtf8());
        REQUIRE(waitFor("welcome", {}, 2).value("you").toObject().value("participant") ==
                participant);
    }
    void propose(const QString &cid, const QString &label)
    {
        send(QStringLiteral(R"({"t":"partner","cid":"%1","label":"%2","category":""})")
                 .arg(cid, label)
                 .toUtf8());
    }
};

struct HttpAnswer {
    int status = 0; ///< 0: no answer (connection refused, closed)
    QByteArray body;
    QByteArray location, contentType;
};

inline HttpAnswer http(const QString &url, const QByteArray &postBody = {}, bool post = false)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    std::unique_ptr<QNetworkReply> reply(post ? manager.post(request, postBody)
                                              : manager.get(request));
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 5000);
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.location = reply->rawHeader("Location");
    a.contentType = reply->rawHeader("Content-Type");
    return a;
}

/// A WebSocket written by hand: handshake, then frames exactly as given.
struct RawWebSocket {
    QTcpSocket socket;
    QByteArray in;
    bool closed = false;

    explicit RawWebSocket(quint16 port, const QString &path)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { in += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, [this] { closed = true; });
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        REQUIRE(socket.waitForConnected(5000));
        socket.write("GET " + path.toUtf8() +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        REQUIRE(QTest::qWaitFor([this] { return in.contains("\r\n\r\n"); }, 5000));
        INFO(in.toStdString());
        REQUIRE(in.startsWith("HTTP/1.1 101"));
    }
    /// One final, masked frame (mask 0: the payload goes as it is).
    void frame(quint8 opcode, const QByteArray &payload)
    {
        QByteArray f;
        f.append(char(0x80 | opcode));
        if (payload.size() < 126) {
            f.append(char(0x80 | payload.size()));
        } else {
            f.append(char(0x80 | 126));
            f.append(char((payload.size() >> 8) & 0xff));
            f.append(char(payload.size() & 0xff));
        }
        f.append(QByteArray(4, '\0'));
        f.append(payload);
        socket.write(f);
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return closed; }, 5000);
    }
};

} // namespace nwk::test
