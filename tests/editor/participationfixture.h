// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the participation tests: the editor opened to participants through its
// action, and phones as in-process WebSocket clients talking the protocol
// (docs/participation.md).
#pragma once

#include "../../src/editor/participation/participationdock.h"
#include "../../src/editor/participation/participationfeature.h"
#include "marksfixture.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QWebSocket>

#include <functional>

namespace nwk::test::round {

/// sessionWithParticipants() and a third participant p3 "P3".
inline Session roundSession()
{
    Session s = sessionWithParticipants();
    s.participants.push_back(
        makeParticipant("p3", "P3", QStringLiteral("directeur"), RoleGroup::Management));
    return s;
}

/// The page's address with the loopback host (the server listens on every address).
inline QUrl loopback(QUrl url)
{
    url.setHost(QStringLiteral("127.0.0.1"));
    return url;
}

/// A phone: one WebSocket connection and what it received.
struct PhoneClient {
    QWebSocket socket;
    QList<QJsonObject> inbox;

    explicit PhoneClient(const QUrl &joinUrl)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            inbox.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QUrl ws = loopback(joinUrl);
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(ws.path() + QStringLiteral("ws"));
        socket.open(ws);
        REQUIRE(QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    }
    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    /// The first message received that `match` accepts, waiting up to 5 s for it.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match)
    {
        QJsonObject found;
        const bool seen = QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : inbox)
                    if (match(m)) {
                        found = m;
                        return true;
                    }
                return false;
            },
            5000);
        INFO("received: " << QJsonDocument(QJsonArray::fromVariantList([this] {
                                 QVariantList all;
                                 for (const QJsonObject &m : inbox)
                                     all.append(m.toVariantMap());
                                 return all;
                             }()))
                                 .toJson(QJsonDocument::Compact)
                                 .toStdString());
        REQUIRE(seen);
        return found;
    }
    QJsonObject stateOf(const QString &cid)
    {
        return waitFor([&](const QJsonObject &m) {
            return m[QStringLiteral("t")] == QStringLiteral("state") &&
                   m[QStringLiteral("cid")] == cid &&
                   m[QStringLiteral("state")] != QStringLiteral("sent");
        });
    }
    /// hello and iam: the phone of participant `who`.
    void join(const QString &device, const QString &who)
    {
        send({{QStringLiteral("t"), QStringLiteral("hello")}, {QStringLiteral("device"), device}});
        waitFor([](const QJsonObject &m) {
            return m[QStringLiteral("t")] == QStringLiteral("welcome");
        });
        send({{QStringLiteral("t"), QStringLiteral("iam")}, {QStringLiteral("participant"), who}});
        waitFor([&](const QJsonObject &m) {
            return m[QStringLiteral("t")] == QStringLiteral("welcome") &&
                   m[QStringLiteral("you")].toObject()[QStringLiteral("participant")] == who;
        });
    }
    void partner(const QString &cid, const QString &label, const QString &category = QString())
    {
        send({{QStringLiteral("t"), QStringLiteral("partner")},
              {QStringLiteral("cid"), cid},
              {QStringLiteral("label"), label},
              {QStringLiteral("category"), category}});
    }
    void tick(const QString &cid, const QString &partnerId, bool on)
    {
        send({{QStringLiteral("t"), QStringLiteral("tick")},
              {QStringLiteral("cid"), cid},
              {QStringLiteral("partner"), partnerId},
              {QStringLiteral("on"), on}});
    }
};

inline void sendPlace(PhoneClient &phone, const QString &cid, const QString &partnerId,
                      const QString &category, int ring)
{
    phone.send({{QStringLiteral("t"), QStringLiteral("place")},
                {QStringLiteral("cid"), cid},
                {QStringLiteral("partner"), partnerId},
                {QStringLiteral("category"), category},
                {QStringLiteral("ring"), ring}});
}

/// The editor with the session open, opened to participants by its action.
struct RoundWindow : DockWindow {
    ParticipationFeature *feature = nullptr;
    ParticipationDock *dock = nullptr;

    explicit RoundWindow(const QString &fileName)
        : DockWindow(fileName)
    {
        feature = window.findChild<ParticipationFeature *>();
        REQUIRE(feature);
        dock = window.findChild<ParticipationDock *>();
        REQUIRE(dock);
        auto *open = window.findChild<QAction *>(QStringLiteral("openParticipationAction"));
        REQUIRE(open);
        open->trigger();
        REQUIRE(feature->isOpen());
        REQUIRE(dock->isVisible());
    }
    QUrl joinUrl() const { return feature->server()->joinUrl(); }
    /// Waits until `count` proposals wait in the dock.
    void waitForProposals(int count) const
    {
        REQUIRE(QTest::qWaitFor([&] { return proposalLabels().size() == count; }, 5000));
    }
    /// The proposals the dock shows, "group: proposal" per line.
    QStringList proposalLabels() const
    {
        QStringList all;
        QTreeWidget *tree = dock->proposalTree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                all.append(tree->topLevelItem(g)->text(0) + QStringLiteral(": ") +
                           tree->topLevelItem(g)->child(c)->text(0));
        return all;
    }
    /// Selects the proposal the dock shows as `text` and clicks `button`.
    void decide(const QString &text, QPushButton *button) const
    {
        QTreeWidget *tree = dock->proposalTree();
        QTreeWidgetItem *found = nullptr;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                if (tree->topLevelItem(g)->child(c)->text(0) == text)
                    found = tree->topLevelItem(g)->child(c);
        INFO("shown: " << proposalLabels().join(QStringLiteral(" | ")).toStdString());
        REQUIRE(found);
        tree->setCurrentItem(found);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    const Partner *partnerLabelled(const QString &label) const
    {
        for (const Partner &p : doc().session().partners)
            if (p.label == label)
                return &p;
        return nullptr;
    }
};

} // namespace nwk::test::round
