// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round's message protocol as values (docs/participation.md,
// "Messages"): what phones send, what the editor answers, parsing with validation and
// writing (JSON in src/core/io/participationio.cpp). Qt Core only.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace nwk::participation {

inline constexpr qsizetype kMaxMessageBytes = 4096; ///< one message, UTF-8 bytes
inline constexpr qsizetype kMaxLabel = 80;          ///< label, role (characters, trimmed)
inline constexpr qsizetype kMaxClientId = 64;       ///< cid, device
inline constexpr qsizetype kMinDeviceId = 8;
inline constexpr qsizetype kMaxSessionId = 64; ///< participant, partner, category ids
inline constexpr int kMaxRing = 20;

// Phone -> editor.
struct Hello {
    QString device;
};
struct Iam {
    QString participant;
};
struct IamNew {
    QString role;
};
struct PartnerName { ///< "partner": one partner named in the post-it round
    QString cid, label, category;
};
struct Tick {
    QString cid, partner;
    bool on = true;
};
struct Place {
    QString cid, partner, category;
    int ring = 0; ///< 1-based
};
struct Ping {};
using ClientMessage = std::variant<Hello, Iam, IamNew, PartnerName, Tick, Place, Ping>;

/// A refused message: `code` as in the "error" message ("invalid", "too-large"),
/// `message` located English ("$.label: longer than 80 characters"), `cid` when the
/// message carried a valid one.
struct Refusal {
    QString code, message, cid;
    bool operator==(const Refusal &) const = default;
};

struct Parsed {
    std::optional<ClientMessage> message; ///< nullopt: refused
    Refusal refusal;
};

/// Parses one message from a phone: at most kMaxMessageBytes, strict UTF-8, a JSON object
/// with a known "t" and its fields of the right types and lengths. Labels and roles are
/// trimmed (and simplified); fields not in the protocol are ignored.
Parsed parseClientMessage(const QByteArray &bytes);

// Editor -> phone.
/// What phones may see of the session (never notes, quotes, memos or names).
struct RoundView {
    struct Person {
        QString id, code, role;
        bool operator==(const Person &) const = default;
    };
    struct Category {
        QString id, label, color;
        bool operator==(const Category &) const = default;
    };
    struct Partner {
        QString id, label, category;
        bool operator==(const Partner &) const = default;
    };
    QString language = QStringLiteral("en");
    QString round = QStringLiteral("names");
    std::vector<Person> participants;
    std::vector<Category> categories;
    int rings = 0;
    std::vector<Partner> partners;
    std::vector<std::pair<QString, QStringList>> marks; ///< participant id -> partner ids
    bool operator==(const RoundView &) const = default;
};

struct ProposalState { ///< the "state" message
    QString cid, state, partner;
    bool operator==(const ProposalState &) const = default;
};
struct Welcome {
    RoundView view;
    QString participant; ///< "you.participant"
    bool pending = false;
    std::vector<ProposalState> proposals;
    QStringList ticks;
};
struct Removed {};
struct Pong {};
using ServerMessage = std::variant<Welcome, ProposalState, Refusal, Removed, Pong>;

/// One JSON object (compact, UTF-8) as the phone reads it.
QByteArray writeServerMessage(const ServerMessage &message);
/// A "welcome" for many phones: the view's members written once (writeWelcomeView()), then
/// for each phone writeWelcome() adds its own (`you`, `proposals`, `ticks`; `own.view` is
/// not read). The same object as writeServerMessage(Welcome).
QByteArray writeWelcomeView(const RoundView &view);
QByteArray writeWelcome(const QByteArray &viewMembers, const Welcome &own);

} // namespace nwk::participation
