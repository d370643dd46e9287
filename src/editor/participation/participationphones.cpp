// SPDX-License-Identifier: GPL-3.0-or-later
// The participation server's WebSockets (docs/participation.md, "Messages"): taking the
// connections Qt upgraded, checking their token, the per-connection limits, and each
// message through the core's parser and ParticipationRound. Nothing here waits.
#include "participation/participationserver_p.h"

namespace nwk {

namespace {

PhoneProposal phoneProposal(const participation::Proposal &p)
{
    using K = participation::Proposal::Kind;
    PhoneProposal out;
    out.kind = p.kind == K::Tick             ? PhoneProposal::Kind::Tick
               : p.kind == K::Place          ? PhoneProposal::Kind::Place
               : p.kind == K::NewParticipant ? PhoneProposal::Kind::NewParticipant
                                             : PhoneProposal::Kind::Partner;
    out.device = p.device;
    out.cid = p.cid;
    out.participant = p.participant;
    out.label = p.label;
    out.category = p.category;
    out.partner = p.partner;
    out.on = p.on;
    out.ring = p.ring;
    return out;
}

} // namespace

void ParticipationServer::Private::welcomeEach(std::vector<QPointer<QWebSocket>> sockets)
{
    // One phone per pass of the event loop: a long view never holds the editor for all.
    while (!sockets.empty()) {
        const QPointer<QWebSocket> s = sockets.back();
        sockets.pop_back();
        if (Phone *p = s ? phoneOf(s) : nullptr) {
            p->socket->sendTextMessage(QString::fromUtf8(round.welcomeText(p->device)));
            break;
        }
    }
    if (!sockets.empty())
        QTimer::singleShot(
            0, q, [this, rest = std::move(sockets)]() mutable { welcomeEach(std::move(rest)); });
}

ParticipationServer::Private::Phone *ParticipationServer::Private::phoneOf(QWebSocket *socket)
{
    for (auto &p : phones)
        if (p.socket.get() == socket)
            return &p;
    return nullptr;
}

void ParticipationServer::Private::takeWebSockets()
{
    while (http && http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = http->nextPendingWebSocketConnection();
        if (!socket)
            break;
        const QHostAddress address = socket->peerAddress();
        const quint16 peerPort = socket->peerPort();
        raws.remove_if([&](const Raw &r) { return r.address == address && r.port == peerPort; });
        const QString path = QStringLiteral("/j/") + round.state().token + QStringLiteral("/ws");
        if (socket->requestUrl().path() != path) {
            Q_EMIT q->refused(QStringLiteral("WebSocket with a wrong token from %1 closed")
                                  .arg(address.toString()));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket.release()->deleteLater();
            continue;
        }
        // Beyond these Qt closes the connection; up to them an "error" answers.
        socket->setMaxAllowedIncomingFrameSize(4 * participation::kMaxMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(4 * participation::kMaxMessageBytes);
        QWebSocket *s = socket.get();
        phones.push_back(Phone{std::move(socket), address, {}, now(), now(), 0, false});
        QObject::connect(s, &QWebSocket::textMessageReceived, q, [this, s](const QString &text) {
            if (Phone *p = phoneOf(s))
                received(*p, text.toUtf8());
        });
        QObject::connect(s, &QWebSocket::binaryMessageReceived, q, [this, s] {
            if (Phone *p = phoneOf(s))
                refuse(*p, {QStringLiteral("invalid"),
                            QStringLiteral("$: a binary frame; messages are text frames"),
                            {}});
        });
        QObject::connect(s, &QWebSocket::pong, q, [this, s] {
            if (Phone *p = phoneOf(s))
                p->lastMs = now();
        });
        QObject::connect(s, &QWebSocket::disconnected, q, [this, s] { disconnected(s); });
    }
}

void ParticipationServer::Private::received(Phone &phone, const QByteArray &bytes)
{
    phone.lastMs = now();
    if (!phone.device.isEmpty() && !round.admit(phone.device, now())) {
        if (!phone.floodNoted)
            Q_EMIT q->refused(
                QStringLiteral("device %1 sends more messages than allowed").arg(phone.device));
        phone.floodNoted = true;
        refuse(phone,
               {QStringLiteral("rate"), QStringLiteral("$: too many messages; slow down"), {}});
        return;
    }
    const participation::Parsed parsed = participation::parseClientMessage(bytes);
    if (!parsed.message) {
        Q_EMIT q->refused(QStringLiteral("message from %1 refused: %2")
                              .arg(phone.address.toString(), parsed.refusal.message));
        return refuse(phone, parsed.refusal);
    }
    const participation::Reply reply = round.receive(phone.device, *parsed.message);
    if (!reply.device.isEmpty())
        phone.device = reply.device;
    for (const auto &m : reply.messages)
        send(phone, m);
    if (!reply.refused.isEmpty()) {
        Q_EMIT q->refused(QStringLiteral("message from %1 refused: %2")
                              .arg(phone.address.toString(), reply.refused));
        ++phone.strikes;
    } else {
        phone.strikes = 0;
        phone.floodNoted = false;
    }
    if (reply.close)
        drop(phone.socket.get(), QWebSocketProtocol::CloseCodePolicyViolated, {});
    else if (phone.strikes >= limits.maxStrikes)
        drop(phone.socket.get(), QWebSocketProtocol::CloseCodePolicyViolated,
             QStringLiteral("%1 refused messages in a row").arg(limits.maxStrikes));
    if (reply.report)
        Q_EMIT q->proposalReceived(phoneProposal(*reply.report));
    if (reply.devicesChanged)
        Q_EMIT q->devicesChanged();
}

void ParticipationServer::Private::refuse(Phone &phone, const participation::Refusal &refusal)
{
    send(phone, refusal);
    if (++phone.strikes >= limits.maxStrikes)
        drop(phone.socket.get(), QWebSocketProtocol::CloseCodePolicyViolated,
             QStringLiteral("%1 refused messages in a row").arg(limits.maxStrikes));
}

void ParticipationServer::Private::send(Phone &phone, const participation::ServerMessage &message)
{
    phone.socket->sendTextMessage(QString::fromUtf8(participation::writeServerMessage(message)));
}

void ParticipationServer::Private::sendToDevice(const QString &device,
                                                const participation::ServerMessage &message)
{
    for (auto &p : phones)
        if (p.device == device)
            send(p, message);
}

void ParticipationServer::Private::drop(QWebSocket *socket, QWebSocketProtocol::CloseCode code,
                                        const QString &why)
{
    auto it = std::find_if(phones.begin(), phones.end(),
                           [&](const Phone &p) { return p.socket.get() == socket; });
    if (it == phones.end())
        return;
    if (!why.isEmpty())
        Q_EMIT q->refused(
            QStringLiteral("connection from %1 closed: %2").arg(it->address.toString(), why));
    const bool hadDevice = !it->device.isEmpty();
    std::unique_ptr<QWebSocket> s = std::move(it->socket);
    phones.erase(it);
    s->disconnect(q);
    s->close(code);
    s.release()->deleteLater();
    if (hadDevice)
        Q_EMIT q->devicesChanged();
}

void ParticipationServer::Private::disconnected(QWebSocket *socket)
{
    const auto code = socket->closeCode();
    if (code == QWebSocketProtocol::CloseCodeWrongDatatype ||
        code == QWebSocketProtocol::CloseCodeTooMuchData ||
        code == QWebSocketProtocol::CloseCodeProtocolError)
        drop(socket, code,
             socket->closeReason().isEmpty()
                 ? QStringLiteral("WebSocket protocol error %1").arg(int(code))
                 : socket->closeReason());
    else
        drop(socket, code, {});
}

} // namespace nwk
