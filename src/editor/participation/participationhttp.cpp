// SPDX-License-Identifier: GPL-3.0-or-later
// The participation server's HTTP side (docs/participation.md, "URLs" and "Safety"):
// listening within the connection limits, the phone page behind the token, the
// join-code form, 404 for everything else, and the deadline that drops slow clients.
#include "participation/participationserver_p.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace nwk {

using Status = QHttpServerResponder::StatusCode;

void ParticipationListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle) || !m_admit(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    addPendingConnection(socket);
}

namespace {

struct Answer {
    Status status = Status::Ok;
    QByteArray type = "text/plain; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

void write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &a)
{
    QHttpServerResponder responder = ParticipationHttp::responder(request, socket);
    responder.writeStatusLine(a.status);
    responder.writeHeader("Content-Type", a.type);
    responder.writeHeader("Content-Length", QByteArray::number(a.body.size()));
    // The token is in the URL: no referrer, no cache, no sniffing, no framing.
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("X-Frame-Options", "DENY");
    for (const auto &[key, value] : a.headers)
        responder.writeHeader(key, value);
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray()
                                                                             : a.body);
}

Answer notFound()
{
    return Answer{Status::NotFound, "text/plain; charset=utf-8", "Not found\n", {}};
}

QByteArray contentType(const QString &name)
{
    if (name.endsWith(u".html"))
        return "text/html; charset=utf-8";
    if (name.endsWith(u".js"))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(u".css"))
        return "text/css; charset=utf-8";
    if (name.endsWith(u".svg"))
        return "image/svg+xml";
    if (name.endsWith(u".png"))
        return "image/png";
    if (name.endsWith(u".json"))
        return "application/json";
    return "application/octet-stream";
}

/// Compares in time independent of where the strings differ.
bool sameSecret(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

QByteArray joinForm(bool dutch, const QString &notice)
{
    const QString title = dutch ? QStringLiteral("Deelnemen") : QStringLiteral("Join");
    const QString label = dutch ? QStringLiteral("Code van de sessie (6 cijfers)")
                                : QStringLiteral("The session's code (6 digits)");
    const QString local = dutch ? QStringLiteral("Deze verbinding blijft op het lokale netwerk.")
                                : QStringLiteral("This connection stays on the local network.");
    QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%2</title><style>body{font:18px sans-serif;margin:1.5em}"
                       "input,button{font-size:1.4em;padding:.4em;margin:.3em 0;width:100%}"
                       "</style></head><body><h1>%2</h1>")
            .arg(dutch ? QStringLiteral("nl") : QStringLiteral("en"), title);
    if (!notice.isEmpty())
        html += QStringLiteral("<p role=\"alert\"><strong>%1</strong></p>").arg(notice);
    html += QStringLiteral("<form method=\"post\" action=\"/\"><label for=\"code\">%1</label>"
                           "<input id=\"code\" name=\"code\" inputmode=\"numeric\" "
                           "autocomplete=\"off\" maxlength=\"6\" pattern=\"[0-9]{6}\" required>"
                           "<button type=\"submit\">%2</button></form><p>%3</p></body></html>")
                .arg(label, title, local);
    return html.toUtf8();
}

} // namespace

bool ParticipationServer::Private::listen(quint16 wanted, QString *error)
{
    auto *listener = new ParticipationListener([this](QTcpSocket *s) { return admitSocket(s); });
    listener->setMaxPendingConnections(limits.maxConnections);
    if (!listener->listen(QHostAddress::AnyIPv4, wanted)) {
        if (error)
            *error = listener->errorString();
        delete listener;
        return false;
    }
    port = listener->serverPort();
    http = std::make_unique<ParticipationHttp>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) {
            respond(request, socket);
            requestHandled(socket);
        });
    QObject::connect(http.get(), &QAbstractHttpServer::newWebSocketConnection, q,
                     [this] { takeWebSockets(); });
    http->bind(listener);
    round.setPort(port);
    const int shortest = std::min(limits.requestTimeoutMs, limits.idleTimeoutMs);
    housekeeping.start(std::clamp(shortest / 4, 20, 1000));
    return true;
}

int ParticipationServer::Private::connectionsFrom(const QHostAddress &address) const
{
    int n = 0;
    for (const auto &r : raws)
        n += r.socket && r.address == address ? 1 : 0;
    for (const auto &p : phones)
        n += p.address == address ? 1 : 0;
    return n;
}

bool ParticipationServer::Private::admitSocket(QTcpSocket *socket)
{
    raws.remove_if([](const Raw &r) { return !r.socket; });
    const QHostAddress address = socket->peerAddress();
    const char *why = nullptr;
    if (int(raws.size() + phones.size()) >= limits.maxConnections)
        why = "the server's %1 connections are in use";
    else if (connectionsFrom(address) >= limits.maxPerAddress)
        why = "%2 has %1 connections open already";
    if (why) {
        const int limit = *why == 't' ? limits.maxConnections : limits.maxPerAddress;
        Q_EMIT q->refused(QStringLiteral("connection refused: ") +
                          QString::fromLatin1(why).arg(limit).arg(address.toString()));
        return false;
    }
    socket->setReadBufferSize(64 * 1024);
    raws.push_back(
        Raw{socket, address, socket->peerPort(), now() + limits.requestTimeoutMs, false});
    // Connected before the HTTP server's own slot: a complete request clears it again.
    QObject::connect(socket, &QTcpSocket::readyRead, q, [this, socket] {
        for (auto &r : raws)
            if (r.socket == socket)
                r.partial = true;
    });
    return true;
}

void ParticipationServer::Private::requestHandled(QTcpSocket *socket)
{
    for (auto &r : raws)
        if (r.socket == socket) {
            r.deadlineMs = now() + limits.requestTimeoutMs; // the next request, or idle
            r.partial = false;
        }
}

void ParticipationServer::Private::answerJoinCode(const QHttpServerRequest &request,
                                                  QTcpSocket *socket, const QString &code)
{
    const QString prefix = QStringLiteral("/j/") + round.state().token + QLatin1Char('/');
    const bool dutch = view.language == u"nl";
    qint64 waitMs = 0;
    const QString address = socket->peerAddress().toString();
    switch (round.tryJoinCode(address, code, now(), &waitMs)) {
    case participation::JoinVerdict::Accepted:
        return write(request, socket,
                     Answer{Status::SeeOther,
                            "text/plain; charset=utf-8",
                            {},
                            {{"Location", prefix.toUtf8()}}});
    case participation::JoinVerdict::Wrong:
        Q_EMIT q->refused(QStringLiteral("wrong join code from %1").arg(address));
        return write(request, socket,
                     Answer{Status::Forbidden,
                            "text/html; charset=utf-8",
                            joinForm(dutch, dutch ? QStringLiteral("Verkeerde code.")
                                                  : QStringLiteral("Wrong code.")),
                            {}});
    case participation::JoinVerdict::Locked: {
        const QByteArray seconds = QByteArray::number((waitMs + 999) / 1000);
        Q_EMIT q->refused(QStringLiteral("join code from %1 refused: too many wrong codes, "
                                         "%2 s to wait")
                              .arg(address, QString::fromLatin1(seconds)));
        return write(request, socket,
                     Answer{Status::TooManyRequests,
                            "text/plain; charset=utf-8",
                            "Too many wrong codes: wait " + seconds + " s.\n",
                            {{"Retry-After", seconds}}});
    }
    case participation::JoinVerdict::Disabled:
        Q_EMIT q->refused(QStringLiteral("join code from %1 refused: the code is disabled "
                                         "after too many wrong codes")
                              .arg(address));
        return write(request, socket,
                     Answer{Status::Gone,
                            "text/plain; charset=utf-8",
                            "The code no longer works: scan the QR code.\n",
                            {}});
    }
}

void ParticipationServer::Private::respond(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const auto method = request.method();
    const bool read =
        method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
    // Qt 6.4 shows a WebSocket upgrade here first and then hands the socket to WebSockets
    // whatever is answered: the right path gets no answer (the 101 follows), any other a
    // 404 that fails the handshake (takeWebSockets() then closes what Qt made of it).
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        const QString ws = QStringLiteral("/j/") + round.state().token + QStringLiteral("/ws");
        if (!(read && sameSecret(path, ws)))
            write(request, socket, notFound());
        return;
    }
    const QString prefix = QStringLiteral("/j/") + round.state().token + QLatin1Char('/');
    if (path == u"/" && (read || method == QHttpServerRequest::Method::Post)) {
        const QByteArray form = method == QHttpServerRequest::Method::Post
                                    ? request.body()
                                    : request.url().query(QUrl::FullyEncoded).toUtf8();
        const QString code =
            QUrlQuery(QString::fromUtf8(form.left(200))).queryItemValue(QStringLiteral("code"));
        const bool dutch = view.language == u"nl";
        if (code.isEmpty())
            return write(request, socket,
                         Answer{Status::Ok, "text/html; charset=utf-8", joinForm(dutch, {}), {}});
        return answerJoinCode(request, socket, code.trimmed());
    }
    if (read && path.size() >= prefix.size() && sameSecret(path.left(prefix.size()), prefix)) {
        QString name = path.mid(prefix.size());
        if (name.isEmpty())
            name = QStringLiteral("index.html");
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)?$"));
        QFile file(resourceRoot + name);
        if (safe.match(name).hasMatch() && file.size() < 4 * 1024 * 1024 &&
            file.open(QIODevice::ReadOnly))
            return write(request, socket,
                         Answer{Status::Ok, contentType(name), file.readAll(), {}});
    } else if (path.startsWith(u"/j/")) {
        Q_EMIT q->refused(QStringLiteral("request with a wrong token from %1")
                              .arg(socket->peerAddress().toString()));
    }
    write(request, socket, notFound());
}

void ParticipationServer::Private::tick()
{
    const qint64 t = now();
    for (auto it = raws.begin(); it != raws.end();) {
        if (!it->socket) {
            it = raws.erase(it);
            continue;
        }
        if (t >= it->deadlineMs && !it->partial) { // idle (a browser's spare connection)
            QPointer<QTcpSocket> s = it->socket;
            it = raws.erase(it);
            s->disconnectFromHost();
            continue;
        }
        if (t >= it->deadlineMs) {
            Q_EMIT q->refused(QStringLiteral("slow connection from %1 dropped: no complete request "
                                             "within %2 ms")
                                  .arg(it->address.toString())
                                  .arg(limits.requestTimeoutMs));
            QPointer<QTcpSocket> s = it->socket;
            it = raws.erase(it);
            s->abort();
            continue;
        }
        ++it;
    }
    std::vector<QWebSocket *> silent;
    for (auto &p : phones) {
        if (t - p.lastMs >= limits.idleTimeoutMs)
            silent.push_back(p.socket.get());
        else if (t - p.pingedMs >= limits.pingMs) {
            p.pingedMs = t;
            p.socket->ping();
        }
    }
    for (QWebSocket *s : silent)
        drop(s, QWebSocketProtocol::CloseCodeGoingAway,
             QStringLiteral("silent for %1 ms").arg(limits.idleTimeoutMs));
}

} // namespace nwk
