// SPDX-License-Identifier: GPL-3.0-or-later
// The participation server (docs/participation.md): its public side and the WebSocket
// conversation with phones; the round's logic is in core (ParticipationRound), the HTTP
// side in participationhttp.cpp. Everything runs on the event loop: nothing waits.
#include "participation/participationserver_p.h"

#include <QNetworkInterface>

namespace nwk {

namespace {

participation::RoundView roundView(const PhoneView &v)
{
    participation::RoundView r;
    r.language = v.language;
    r.round = v.round;
    for (const auto &p : v.participants)
        r.participants.push_back({p.id, p.code, p.role});
    for (const auto &c : v.categories)
        r.categories.push_back({c.id, c.label, c.color});
    r.rings = v.rings;
    for (const auto &p : v.partners)
        r.partners.push_back({p.id, p.label, p.category});
    r.marks = v.marks;
    return r;
}

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

/// The first IPv4 address of an interface that is up and not the loopback.
QString lanAddress()
{
    for (const auto &i : QNetworkInterface::allInterfaces()) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const auto &e : i.addressEntries())
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.ip().isLoopback())
                return e.ip().toString();
    }
    return QStringLiteral("127.0.0.1");
}

} // namespace

ParticipationServer::ParticipationServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->clock.start();
    connect(&d->housekeeping, &QTimer::timeout, this, [this] { d->tick(); });
    d->broadcast.setSingleShot(true);
    d->broadcast.setInterval(200);
    connect(&d->broadcast, &QTimer::timeout, this, [this] {
        std::vector<QPointer<QWebSocket>> to;
        for (auto &p : d->phones)
            if (!p.device.isEmpty())
                to.emplace_back(p.socket.get());
        d->welcomeEach(std::move(to));
    });
}

ParticipationServer::~ParticipationServer()
{
    d->stop();
}

void ParticipationServer::setLimits(const ParticipationServerLimits &limits)
{
    d->limits = limits;
}

void ParticipationServer::setResourceRoot(const QString &root)
{
    d->resourceRoot = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
}

bool ParticipationServer::open(const PhoneView &view, quint16 port, QString *error)
{
    close();
    d->round.start(participation::ParticipationRound::newToken(),
                   participation::ParticipationRound::newJoinCode(), port);
    d->view = view;
    d->round.setView(roundView(view));
    if (!d->listen(port, error)) {
        d->round.start({}, {}, 0);
        return false;
    }
    Q_EMIT devicesChanged();
    return true;
}

bool ParticipationServer::reopen(const PhoneView &view, const QByteArray &state, QString *error)
{
    close();
    if (!d->round.restore(state, error))
        return false;
    d->view = view;
    d->round.setView(roundView(view));
    // The same port keeps the phones' URL; when another program took it, any free port.
    if (!d->listen(quint16(d->round.state().port), nullptr) && !d->listen(0, error)) {
        d->round.start({}, {}, 0);
        return false;
    }
    Q_EMIT devicesChanged();
    return true;
}

void ParticipationServer::close()
{
    const bool was = isOpen();
    d->stop();
    if (was)
        Q_EMIT devicesChanged();
}

void ParticipationServer::Private::stop()
{
    // Later deletion: close() may come from a slot of a signal one of these emits.
    housekeeping.stop();
    broadcast.stop();
    for (auto &p : phones) {
        p.socket->disconnect(q);
        p.socket->abort();
        p.socket.release()->deleteLater();
    }
    phones.clear();
    for (auto &r : raws)
        if (r.socket)
            r.socket->abort();
    raws.clear();
    if (http) {
        for (QTcpServer *server : http->servers())
            server->close(); // the port is free at once
        http->disconnect(q);
        http.release()->deleteLater(); // the listener and its sockets with it
    }
    port = 0;
}

bool ParticipationServer::isOpen() const
{
    return d->http != nullptr;
}

QUrl ParticipationServer::joinUrl() const
{
    if (!isOpen())
        return {};
    return QUrl(QStringLiteral("http://%1:%2/j/%3/")
                    .arg(lanAddress())
                    .arg(d->port)
                    .arg(d->round.state().token));
}

QString ParticipationServer::joinCode() const
{
    return isOpen() ? d->round.state().joinCode : QString();
}

quint16 ParticipationServer::port() const
{
    return d->port;
}

void ParticipationServer::setView(const PhoneView &view)
{
    if (view == d->view)
        return;
    d->view = view;
    d->round.setView(roundView(view));
    if (isOpen() && !d->broadcast.isActive())
        d->broadcast.start();
}

void ParticipationServer::decide(const QString &device, const QString &cid, const QString &state,
                                 const QString &partner)
{
    if (const auto s = d->round.decide(device, cid, state, partner))
        d->sendToDevice(device, *s);
}

void ParticipationServer::confirmParticipant(const QString &device, const QString &participant)
{
    if (!d->round.confirmParticipant(device, participant))
        return;
    d->sendToDevice(device, d->round.welcome(device));
    Q_EMIT devicesChanged();
}

void ParticipationServer::removeDevice(const QString &device)
{
    if (!d->round.removeDevice(device))
        return;
    std::vector<QWebSocket *> gone;
    for (auto &p : d->phones)
        if (p.device == device) {
            d->send(p, participation::Removed{});
            gone.push_back(p.socket.get());
        }
    for (QWebSocket *s : gone)
        d->drop(s, QWebSocketProtocol::CloseCodeNormal, {});
    Q_EMIT devicesChanged();
}

std::vector<PhoneDevice> ParticipationServer::devices() const
{
    std::vector<PhoneDevice> out;
    for (const auto &dev : d->round.state().devices) {
        const bool connected = std::any_of(d->phones.begin(), d->phones.end(),
                                           [&](const auto &p) { return p.device == dev.id; });
        out.push_back(
            PhoneDevice{dev.id, dev.participant, dev.pendingNew, connected, dev.proposals});
    }
    return out;
}

QByteArray ParticipationServer::saveState() const
{
    return d->round.state().token.isEmpty() ? QByteArray() : d->round.saveState();
}

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
