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
    lanAddress.clear(); // the next open may be on another network
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
    if (d->lanAddress.isEmpty())
        d->lanAddress = lanAddress();
    return QUrl(QStringLiteral("http://%1:%2/j/%3/")
                    .arg(d->lanAddress)
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

} // namespace nwk
