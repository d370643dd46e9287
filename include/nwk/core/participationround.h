// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round without sockets (docs/participation.md): devices and who they
// are, proposals by (device, cid) with their state, idempotent resends, per-device
// limits, the join-code limiter, merge suggestions, and the state saved for reopening
// after a crash. The editor's ParticipationServer feeds it parsed messages.
#pragma once

#include "nwk/core/participation.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nwk {
struct Session;
}

namespace nwk::participation {

struct Proposal {
    enum class Kind { Partner, Tick, Place, NewParticipant };
    Kind kind = Kind::Partner;
    QString device, cid;
    QString participant;                    ///< who sent it; empty for NewParticipant
    QString label;                          ///< Partner: the label; NewParticipant: the role
    QString category;                       ///< Partner, Place
    QString partner;                        ///< Tick, Place: the partner id
    bool on = true;                         ///< Tick
    int ring = 0;                           ///< Place
    QString state = QStringLiteral("sent"); ///< "sent", "accepted", "merged", "rejected"
    QString result;                         ///< the partner it became or was merged into
    bool reported = true; ///< false after a reopen while still "sent": reported again on resend
    bool operator==(const Proposal &) const = default;
};

struct Device {
    QString id;
    QString participant; ///< empty while not identified
    bool pendingNew = false;
    QString role; ///< the role asked for while pendingNew
    int proposals = 0;
    bool operator==(const Device &) const = default;
};

/// What saveState() writes and reopen() reads (JSON in src/core/io/participationstate.cpp).
struct RoundState {
    QString token;    ///< 32 lowercase hex digits
    QString joinCode; ///< 6 digits
    int port = 0;
    std::vector<Device> devices;
    QStringList removed; ///< device ids the facilitator removed
    std::vector<Proposal> proposals;
    bool operator==(const RoundState &) const = default;
};
QByteArray writeRoundState(const RoundState &state);
/// nullopt and `error` (located: "$.proposals[2].state: ...") when not a valid state.
std::optional<RoundState> readRoundState(const QByteArray &bytes, QString *error);

struct Limits {
    int maxDevices = 100;
    int maxProposalsPerDevice = 500;
    int burst = 100;                  ///< messages a device may send at once
    int perSecond = 20;               ///< messages per second after the burst
    int joinFreeTries = 5;            ///< wrong join codes per address before the lock
    qint64 joinMaxLockMs = 5 * 60000; ///< the longest lock (doubling from 1 s)
    int joinMaxWrong = 100;           ///< wrong codes in all: then the code stops working
};

/// What the server does with a message's outcome.
struct Reply {
    std::vector<ServerMessage> messages; ///< to the sending phone, in order
    std::optional<Proposal> report;      ///< a new proposal for the editor (never a resend)
    QString device;                      ///< after an accepted hello: the connection's device
    bool devicesChanged = false;
    bool close = false; ///< close the connection after sending
    QString refused;    ///< for the log when the message was refused
};

enum class JoinVerdict { Accepted, Wrong, Locked, Disabled };

class ParticipationRound {
public:
    explicit ParticipationRound(const Limits &limits = {});

    /// 128 random bits (QRandomGenerator::system()) as 32 lowercase hex digits.
    static QString newToken();
    /// 6 random digits.
    static QString newJoinCode();

    /// A fresh round: new credentials, no devices or proposals.
    void start(const QString &token, const QString &joinCode, int port);
    /// The saved round (`false` and `error` when `bytes` is not a saved state); proposals
    /// still "sent" are reported again when their phone resends them.
    bool restore(const QByteArray &bytes, QString *error);
    QByteArray saveState() const;
    const RoundState &state() const { return m_state; }
    void setPort(int port) { m_state.port = port; }

    void setView(const RoundView &view)
    {
        m_view = view;
        m_viewText.clear();
    }
    const RoundView &view() const { return m_view; }

    /// Counts one message of `device` against its rate; false when over it.
    bool admit(const QString &device, qint64 nowMs);
    /// The outcome of a valid message on a connection whose device is `device` (empty
    /// before its hello).
    Reply receive(const QString &device, const ClientMessage &message);
    Welcome welcome(const QString &device) const;
    /// writeServerMessage(welcome(device)), with the view written once until setView().
    QByteArray welcomeText(const QString &device) const;

    /// The facilitator's decision; the state message for the phone, nullopt when the
    /// proposal is unknown or `state` is not "accepted", "merged" or "rejected".
    std::optional<ProposalState> decide(const QString &device, const QString &cid,
                                        const QString &state, const QString &partner);
    bool confirmParticipant(const QString &device, const QString &participant);
    bool removeDevice(const QString &device);
    bool isRemoved(const QString &device) const { return m_state.removed.contains(device); }
    const Device *device(const QString &id) const;
    const Proposal *proposal(const QString &device, const QString &cid) const;

    /// The join-code form: a wrong code from an address beyond joinFreeTries locks that
    /// address for 1 s, 2 s, 4 s, ... (at most joinMaxLockMs); `retryAfterMs` says how long.
    /// After joinMaxWrong wrong codes in all the code is Disabled (the QR code still works).
    JoinVerdict tryJoinCode(const QString &address, const QString &code, qint64 nowMs,
                            qint64 *retryAfterMs = nullptr);

    /// Merge suggestions for a partner label: the view's partners that likely name the
    /// same partner (ids) and the other proposals still "sent" that do ((device, cid)).
    struct Suggestions {
        QStringList partners;
        std::vector<std::pair<QString, QString>> proposals;
    };
    Suggestions suggestions(const QString &label, const QString &device = {},
                            const QString &cid = {}) const;

private:
    Welcome own(const QString &device) const; ///< welcome() without the view
    Reply receiveHello(const QString &device);
    Reply receiveProposal(Device &device, Proposal proposal);
    Device *findDevice(const QString &id);
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    struct JoinTries {
        int wrong = 0;
        qint64 lockedUntilMs = 0;
    };
    Limits m_limits;
    RoundState m_state;
    RoundView m_view;
    mutable QByteArray m_viewText;     ///< writeWelcomeView(m_view), empty until needed
    QHash<QString, qsizetype> m_index; ///< device + '\n' + cid -> m_state.proposals
    QHash<QString, Bucket> m_buckets;
    QHash<QString, JoinTries> m_joinTries;
    int m_joinWrong = 0;
};

/// True when the two labels likely name the same partner: the comparison's label
/// matching (analysis/partnermatch: case, accents, bracketed qualifiers, abbreviations,
/// the built-in Flemish synonyms) finds a key they share. "CLB", "clb", "CLB (Leuven)",
/// "Vrij CLB" and "centrum voor leerlingenbegeleiding" all match.
bool likelySamePartner(const QString &a, const QString &b);
/// Ids of the session's partners (on the map and in the tray) that likely name the same
/// partner as `label`, in the session's order.
QStringList likelyDuplicates(const QString &label, const Session &session);
/// The matching keys of `label`, for comparing many labels: two labels likely name the
/// same partner when shareMatchKey() of their keys is true (likelySamePartner()).
QStringList matchKeys(const QString &label);
bool shareMatchKey(const QStringList &a, const QStringList &b);

} // namespace nwk::participation
