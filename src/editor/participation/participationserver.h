// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round's server (docs/participation.md): serves the phone page and
// talks the message protocol with phones over WebSockets while the session is open to
// participants. It never changes the document: it reports proposals, and the
// participation feature decides and pushes undo commands, then tells the server.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace nwk {

/// What phones may see of the session (docs/participation.md, "welcome").
struct PhoneView {
    struct Person {
        QString id, code, role;
        bool operator==(const Person &) const = default;
    };
    struct Category {
        QString id, label, color; ///< color "#rrggbb"
        bool operator==(const Category &) const = default;
    };
    struct Partner {
        QString id, label, category;
        bool operator==(const Partner &) const = default;
    };
    QString language = QStringLiteral("en"); ///< "nl" or "en"
    QString round = QStringLiteral("names"); ///< "names", "marks" or "closed"
    std::vector<Person> participants;
    std::vector<Category> categories;
    int rings = 0;
    std::vector<Partner> partners;
    /// participant id -> partner ids marked for them (the "ticks" each phone gets)
    std::vector<std::pair<QString, QStringList>> marks;
    bool operator==(const PhoneView &) const = default;
};

/// One proposal from a phone, as the feature sees it.
struct PhoneProposal {
    enum class Kind { Partner, Tick, Place, NewParticipant };
    Kind kind = Kind::Partner;
    QString device;      ///< the phone's id
    QString cid;         ///< the phone's id of this proposal
    QString participant; ///< who sent it (participant id; empty for NewParticipant)
    QString label;       ///< Partner: the label; NewParticipant: the role
    QString category;    ///< Partner, Place: category id or empty
    QString partner;     ///< Tick, Place: the partner id
    bool on = true;      ///< Tick
    int ring = 0;        ///< Place: 1-based ring
};

struct PhoneDevice {
    QString id;
    QString participant; ///< empty while not identified
    bool pendingNew = false;
    bool connected = false;
    int proposals = 0; ///< how many it has sent
};

/// The server's bounds (docs/participation.md, "Safety"); tests make the times short.
struct ParticipationServerLimits {
    int requestTimeoutMs = 10000; ///< a request (headers and body) must arrive within this;
                                  ///< also how long an idle keep-alive connection stays
    int idleTimeoutMs = 90000;    ///< a WebSocket silent this long (not even a pong) is closed
    int pingMs = 30000;           ///< the server pings every WebSocket this often
    int maxConnections = 64;      ///< HTTP and WebSocket connections at once
    int maxPerAddress = 16;       ///< of them from one address
    int maxStrikes = 50;          ///< refused messages in a row before the connection is closed
};

class ParticipationServer : public QObject {
    Q_OBJECT
public:
    explicit ParticipationServer(QObject *parent = nullptr);
    ~ParticipationServer() override;

    /// Starts listening on every IPv4 address (port 0 = any free port) with a new token
    /// and join code. False with `*error` set when it cannot listen.
    bool open(const PhoneView &view, quint16 port = 0, QString *error = nullptr);
    /// Reopens after a crash with the saved token, join code and proposal states
    /// (`state` is what saveState() returned).
    bool reopen(const PhoneView &view, const QByteArray &state, QString *error = nullptr);
    /// Stops listening, closes every connection; the link no longer works.
    void close();
    bool isOpen() const;

    QUrl joinUrl() const;     ///< http://<LAN address>:<port>/j/<token>/
    QString joinCode() const; ///< 6 digits
    quint16 port() const;

    /// New view for every phone (the map's partners, the round, the language changed).
    void setView(const PhoneView &view);
    /// The feature's decision on a proposal; the phone gets its new state.
    /// state: "accepted", "merged" or "rejected"; partner: the partner it became or
    /// was merged into.
    void decide(const QString &device, const QString &cid, const QString &state,
                const QString &partner);
    /// The facilitator confirmed a new participant for a device.
    void confirmParticipant(const QString &device, const QString &participant);
    /// Forgets a device; its phone gets "removed" and is disconnected.
    void removeDevice(const QString &device);

    std::vector<PhoneDevice> devices() const;

    /// Added for tests and the benchmark: the server's bounds (before open()).
    void setLimits(const ParticipationServerLimits &limits);
    /// Added: where the page's files come from, ":/phone/" (the default) or a folder.
    void setResourceRoot(const QString &root);
    /// Everything needed to reopen after a crash (docs/participation.md).
    QByteArray saveState() const;

Q_SIGNALS:
    /// A new proposal (never a resend of one already reported).
    void proposalReceived(const nwk::PhoneProposal &proposal);
    void devicesChanged();
    /// A refused message or connection, for the log (English).
    void refused(const QString &reason);

private:
    struct Private; // participationserver_p.h
    std::unique_ptr<Private> d;
};

} // namespace nwk
