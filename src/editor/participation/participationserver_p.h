// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipationServer's insides (participationserver.cpp: WebSockets and the round;
// participationhttp.cpp: listening, the page, the join-code form, slow clients).
#pragma once

#include "participation/participationserver.h"

#include "nwk/core/participationround.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <list>

namespace nwk {

/// Accepts TCP connections up to the limits and hands them to the HTTP server; every
/// socket gets a deadline for its (next) request.
class ParticipationListener : public QTcpServer {
    Q_OBJECT
public:
    explicit ParticipationListener(std::function<bool(QTcpSocket *)> admit)
        : m_admit(std::move(admit))
    {
    }

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::function<bool(QTcpSocket *)> m_admit;
};

/// Hands every complete request to `handler`.
class ParticipationHttp : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit ParticipationHttp(Handler handler)
        : m_handler(std::move(handler))
    {
    }
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
    }

private:
    Handler m_handler;
};

struct ParticipationServer::Private {
    /// A TCP connection still speaking HTTP (not yet a WebSocket).
    struct Raw {
        QPointer<QTcpSocket> socket;
        QHostAddress address;
        quint16 port = 0;
        qint64 deadlineMs = 0;
        bool partial = false; ///< bytes came since the last complete request
    };
    struct Phone {
        std::unique_ptr<QWebSocket> socket;
        QHostAddress address;
        QString device; ///< empty before its hello
        qint64 lastMs = 0;
        qint64 pingedMs = 0;
        int strikes = 0; ///< refused messages in a row
        bool floodNoted = false;
    };

    ParticipationServer *q = nullptr;
    ParticipationServerLimits limits;
    QString resourceRoot = QStringLiteral(":/phone/");
    participation::ParticipationRound round;
    PhoneView view;
    std::unique_ptr<ParticipationHttp> http;
    quint16 port = 0;
    QString lanAddress; ///< found once per open (the interfaces are not asked every time)
    std::list<Raw> raws;
    std::list<Phone> phones;
    QTimer housekeeping;
    QTimer broadcast; ///< setView() bursts become one welcome to every phone
    QElapsedTimer clock;

    qint64 now() const { return clock.elapsed(); }
    bool listen(quint16 wanted, QString *error);
    void stop();
    int connectionsFrom(const QHostAddress &address) const;
    bool admitSocket(QTcpSocket *socket);
    void requestHandled(QTcpSocket *socket);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket);
    void answerJoinCode(const QHttpServerRequest &request, QTcpSocket *socket, const QString &code);
    void tick();

    void takeWebSockets();
    void received(Phone &phone, const QByteArray &bytes);
    void send(Phone &phone, const participation::ServerMessage &message);
    void welcomeEach(std::vector<QPointer<QWebSocket>> sockets);
    void sendToDevice(const QString &device, const participation::ServerMessage &message);
    void refuse(Phone &phone, const participation::Refusal &refusal);
    void drop(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &why);
    void disconnected(QWebSocket *socket);
    Phone *phoneOf(QWebSocket *socket);
};

} // namespace nwk
