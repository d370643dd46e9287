// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round under load (issue #25): 15 simulated phones, each sending 40
// partners and 20 ticks within 10 s (the ticks once the facilitator has opened the
// priority round after the last post-it), to a ParticipationServer on this thread whose
// proposals are accepted at once and whose view grows with every partner (as the
// feature's "accept automatically" does). The phones run on a thread of their own, so
// that the figure is the editor's: the longest gap between the ticks of a 1 ms timer on
// the server's thread ("participation-stall"). Nothing may be lost or reported twice.
#include "bench.h"

#include "participation/participationserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <memory>

namespace nwk::bench {

namespace {

constexpr int kDevices = 15;
constexpr int kPartners = 40;
constexpr int kTicks = 20;
constexpr int kSpreadMs = 9000; ///< every phone's messages are spread over this

/// The phones, living on their own thread.
class Phones : public QObject {
public:
    explicit Phones(const QUrl &url)
        : m_url(url)
    {
    }
    void start()
    {
        for (int i = 0; i < kDevices; ++i) {
            auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            const QString device = QStringLiteral("bench_phone_%1").arg(i, 2, 10, QLatin1Char('0'));
            connect(socket, &QWebSocket::connected, this, [this, socket, device, i] {
                send(socket, QStringLiteral(R"({"t":"hello","device":"%1"})").arg(device));
                send(socket, QStringLiteral(R"({"t":"iam","participant":"pp%1"})").arg(i));
                auto *timer = new QTimer(this);
                timer->setInterval(kSpreadMs / (kPartners + kTicks));
                connect(timer, &QTimer::timeout, this, [this, socket, timer, i] {
                    if (m_sent[i] >= kPartners && !m_marksRound[i])
                        return; // the ticks wait for the facilitator's priority round
                    if (!next(socket, i, m_sent[i]++))
                        timer->stop();
                });
                QTimer::singleShot(i * 37, timer, qOverload<>(&QTimer::start)); // staggered
            });
            connect(socket, &QWebSocket::textMessageReceived, this, [this, i](const QString &t) {
                const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
                if (o.value(QStringLiteral("t")).toString() == u"state" &&
                    o.value(QStringLiteral("state")).toString() == u"accepted")
                    m_accepted[i].insert(o.value(QStringLiteral("cid")).toString());
                else if (o.value(QStringLiteral("t")).toString() == u"welcome" &&
                         o.value(QStringLiteral("round")).toString() == u"marks")
                    m_marksRound[i] = true;
                else if (o.value(QStringLiteral("t")).toString() == u"error")
                    ++m_errors;
            });
            socket->open(m_url);
        }
    }
    /// Accepted answers the phones got, each cid once.
    int accepted() const
    {
        int n = 0;
        for (const auto &s : m_accepted)
            n += int(s.size());
        return n;
    }
    int errors() const { return m_errors; }

private:
    static void send(QWebSocket *socket, const QString &json) { socket->sendTextMessage(json); }
    bool next(QWebSocket *socket, int device, int k)
    {
        if (k < kPartners)
            send(socket, QStringLiteral(R"({"t":"partner","cid":"p%1","label":"Partner %2 of %3",)"
                                        R"("category":""})")
                             .arg(k)
                             .arg(k)
                             .arg(device));
        else if (k < kPartners + kTicks)
            send(socket, QStringLiteral(R"({"t":"tick","cid":"t%1","partner":"pa%1","on":true})")
                             .arg(k - kPartners));
        return k + 1 < kPartners + kTicks;
    }
    QUrl m_url;
    int m_sent[kDevices] = {};
    bool m_marksRound[kDevices] = {};
    QSet<QString> m_accepted[kDevices];
    int m_errors = 0;
};

PhoneView initialView()
{
    PhoneView v;
    for (int i = 0; i < kDevices; ++i)
        v.participants.push_back({QStringLiteral("pp%1").arg(i), QStringLiteral("P%1").arg(i + 1),
                                  QStringLiteral("leerkracht")});
    v.categories = {{QStringLiteral("zorg"), QStringLiteral("Zorg"), QStringLiteral("#aa0000")}};
    v.rings = 3;
    for (int i = 0; i < kTicks; ++i)
        v.partners.push_back(
            {QStringLiteral("pa%1").arg(i), QStringLiteral("Partner %1").arg(i), QString()});
    return v;
}

} // namespace

bool runParticipation(std::vector<Figure> &figures)
{
    ParticipationServer server;
    PhoneView view = initialView();
    QString error;
    if (!server.open(view, 0, &error)) {
        std::fprintf(stderr, "nwk-bench: participation: cannot listen: %s\n", qPrintable(error));
        return false;
    }
    QSet<QString> reported;
    int duplicates = 0, refused = 0, partnersIn = 0;
    QObject::connect(&server, &ParticipationServer::refused, [&](const QString &why) {
        ++refused;
        std::fprintf(stderr, "refused: %s\n", qPrintable(why));
    });
    QObject::connect(&server, &ParticipationServer::proposalReceived, [&](const PhoneProposal &p) {
        const QString key = p.device + QLatin1Char('/') + p.cid;
        duplicates += reported.contains(key) ? 1 : 0;
        reported.insert(key);
        QString partner = p.partner;
        if (p.kind == PhoneProposal::Kind::Partner) {
            partner = QStringLiteral("new%1").arg(view.partners.size());
            view.partners.push_back({partner, p.label, p.category});
            // The map grows: every phone sees it. Once every post-it is in, the
            // facilitator opens the priority round (ticks are refused before it).
            if (++partnersIn == kDevices * kPartners)
                view.round = QStringLiteral("marks");
            server.setView(view);
        }
        server.decide(p.device, p.cid, QStringLiteral("accepted"), partner);
    });

    QUrl ws(
        QStringLiteral("ws://127.0.0.1:%1%2ws").arg(server.port()).arg(server.joinUrl().path()));
    QThread thread;
    auto *phones = new Phones(ws);
    phones->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, phones, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(phones, [phones] { phones->start(); });

    const int expected = kDevices * (kPartners + kTicks);
    QElapsedTimer clock, sinceTick;
    clock.start();
    sinceTick.start();
    double stall = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double gap = sinceTick.nsecsElapsed() / 1e6;
        if (gap > 20 && qEnvironmentVariableIsSet("NWK_BENCH_TRACE"))
            std::fprintf(stderr, "gap %.1f ms at %.2f s, %d reported\n", gap,
                         clock.elapsed() / 1000.0, int(reported.size()));
        stall = std::max(stall, gap);
        sinceTick.restart();
    });
    tick.start(1);
    while (clock.elapsed() < 20000 &&
           (int(reported.size()) < expected || phones->accepted() < expected))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    tick.stop();
    const int accepted = phones->accepted(), errors = phones->errors();
    thread.quit();
    thread.wait();

    const int lost = expected - int(reported.size());
    std::printf("participation: %d devices, %d proposals in %.1f s: %d reported, %d lost, "
                "%d duplicated, %d accepted on the phones, %d errors, %d refused\n",
                kDevices, expected, clock.elapsed() / 1000.0, int(reported.size()), lost,
                duplicates, accepted, errors, refused);
    std::printf("figure participation-stall %d %.2f\n", kDevices, stall);
    std::fflush(stdout);
    figures.push_back({QStringLiteral("participation-stall"), kDevices, stall});
    return lost == 0 && duplicates == 0 && accepted == expected && errors == 0;
}

} // namespace nwk::bench
