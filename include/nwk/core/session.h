// SPDX-License-Identifier: GPL-3.0-or-later
// The session model: plain value types addressed by stable string ids.
//
// Invariants (checked by validate(), see validation.h):
//  - every id is unique within its collection and non-empty;
//  - references (link ends, categories, participants, cards) name existing ids;
//    the reserved id kSchoolId stands for the school at the centre;
//  - placements are polar: distance 0..1 from the school's rim to the map's
//    outer edge, angle in degrees clockwise from 12 o'clock, [0, 360).
//    Sector and ring are derived from it (geometry.h), never stored.
// No Qt GUI types here: colours are "#rrggbb" strings.
#pragma once

#include "nwk/core/enums.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace nwk {

/// Reserved id of the school at the centre; valid as a link end.
inline const QString kSchoolId = QStringLiteral("school");

/// Keys that this version does not know, kept verbatim (as compact JSON text of an
/// object) so that they survive a load and save. Opaque outside core/io.
struct UnknownFields {
    std::string json; // empty, or a JSON object's text
    bool operator==(const UnknownFields &) const = default;
};

/// A polar position on the map.
struct Placement {
    double distance = 0.5; ///< 0 = at the school, 1 = outer edge of the map
    double angle = 0.0;    ///< degrees, clockwise from 12 o'clock, [0, 360)
    bool operator==(const Placement &) const = default;
};

struct Meta {
    QString schoolName;
    QString schoolPseudonym; ///< shown instead of the name in anonymised exports
    QString level;           ///< e.g. "basisonderwijs"
    QString schoolType;      ///< e.g. "regulier onderwijs"
    QString umbrella;        ///< umbrella / network, e.g. "Katholiek Onderwijs Vlaanderen"
    QString location;        ///< e.g. "stedelijk (meer dan 100 000 inwoners)"
    QString date;            ///< ISO date "2019-03-14" or empty
    QString startTime;       ///< "HH:MM" or empty
    QStringList facilitators;
    QString language = QStringLiteral("nl"); ///< language of the session's content
    QString notes;
    QString created;    ///< ISO 8601 date-time (UTC) the session was created
    QString modified;   ///< ISO 8601 date-time (UTC) of the last save
    QString appVersion; ///< version of Netwerkkaart that last wrote the file
    UnknownFields unknown;
    bool operator==(const Meta &) const = default;
};

struct Category {
    QString id;
    QString labelNl;
    QString labelEn;
    QString color = QStringLiteral("#808080"); ///< "#rrggbb"
    MarkerShape marker = MarkerShape::Circle;
    QString letter;      ///< one or two letters drawn in the marker, may be empty
    bool framed = false; ///< drawn with a black frame (the study's "interne actoren")
    QString note;        ///< e.g. "niet aan bod gekomen"
    UnknownFields unknown;
    bool operator==(const Category &) const = default;
};

struct Ring {
    QString labelNl;
    QString labelEn;
    UnknownFields unknown;
    bool operator==(const Ring &) const = default;
};

struct Participant {
    QString id;
    QString code; ///< "P1", "P2", ...
    QString role; ///< role as said, e.g. "zorgcoördinator"
    RoleGroup roleGroup = RoleGroup::Other;
    qint64 joinedMs = -1; ///< session-clock time joined, -1 = from the start
    qint64 leftMs = -1;   ///< session-clock time left, -1 = stayed
    QString note;
    UnknownFields unknown;
    bool operator==(const Participant &) const = default;
};

struct Partner {
    QString id;
    QString label; ///< short label, as on the post-it
    QString fullName;
    QString pseudonym; ///< used by anonymised exports (required there for persons)
    PartnerKind kind = PartnerKind::Organisation;
    Formality formality = Formality::Unknown;
    Scope scope = Scope::External;
    QString category;                          ///< primary category id, empty = none
    QStringList extraCategories;               ///< at most three more category ids
    int count = 0;                             ///< aggregate count ("stageplaatsen x3"), 0 = single
    std::optional<Placement> placement;        ///< nullopt = in the unplaced tray
    std::optional<Placement> desiredPlacement; ///< where the group says it should be
    QStringList namedBy;                       ///< participant ids who named it
    QStringList marks;                         ///< participant ids for whom it matters (importance)
    bool disputed = false;
    QString notes;
    qint64 addedMs = -1; ///< session-clock time it was added, -1 = unknown
    UnknownFields unknown;
    bool operator==(const Partner &) const = default;
};

struct Link {
    QString id;
    QString from; ///< partner id or kSchoolId
    QString to;   ///< partner id or kSchoolId
    LinkKind kind = LinkKind::Collaborates;
    LinkDirection direction = LinkDirection::None;
    QString label;
    Valence valence = Valence::Neutral;
    QString note;
    UnknownFields unknown;
    bool operator==(const Link &) const = default;
};

struct Group {
    QString id;
    QString label;
    QStringList members; ///< partner ids
    QString note;
    UnknownFields unknown;
    bool operator==(const Group &) const = default;
};

struct MissingPartner {
    QString id;
    QString label;
    QString category; ///< category id, may be empty
    MissingStatus status = MissingStatus::Missing;
    QString mentionedBy;                ///< participant id, may be empty
    std::optional<Placement> placement; ///< where its ghost is drawn; nullopt = auto
    QString note;
    UnknownFields unknown;
    bool operator==(const MissingPartner &) const = default;
};

struct Quote {
    QString id;
    QString questionId; ///< deck question id, may be empty (card-level quote)
    QString text;
    QString participantId;  ///< may be empty when unknown
    QStringList partnerIds; ///< partners on the map this quote is about
    qint64 atMs = -1;
    UnknownFields unknown;
    bool operator==(const Quote &) const = default;
};

struct QuestionNote {
    QString questionId;
    QString text;
    QStringList partnerIds;
    qint64 atMs = -1; ///< last edit, session clock
    UnknownFields unknown;
    bool operator==(const QuestionNote &) const = default;
};

struct CardProgress {
    QString cardId;
    CardStatus status = CardStatus::NotStarted;
    std::vector<QuestionNote> notes;
    std::vector<Quote> quotes;
    qint64 startedMs = -1;
    qint64 endedMs = -1;
    qint64 spentMs = 0; ///< accumulated time the card was current
    UnknownFields unknown;
    bool operator==(const CardProgress &) const = default;
};

struct ProtocolStepState {
    QString stepId;
    bool done = false;
    qint64 atMs = -1;
    QString note;
    UnknownFields unknown;
    bool operator==(const ProtocolStepState &) const = default;
};

struct ClosingAnswer {
    QString questionId;
    QString text;
    qint64 atMs = -1;
    UnknownFields unknown;
    bool operator==(const ClosingAnswer &) const = default;
};

struct Metaphor {
    QString id;
    QString text;
    QString participantId;
    qint64 atMs = -1;
    UnknownFields unknown;
    bool operator==(const Metaphor &) const = default;
};

struct Memo {
    QString id;
    MemoKind kind = MemoKind::Other;
    QString text;
    qint64 atMs = -1;
    UnknownFields unknown;
    bool operator==(const Memo &) const = default;
};

struct Code {
    QString id;
    QString label;
    QString description;
    UnknownFields unknown;
    bool operator==(const Code &) const = default;
};

/// A researcher's annotation: kept apart from what the group produced.
struct Annotation {
    QString id;
    AnnotationTarget targetKind = AnnotationTarget::Session;
    QString targetId; ///< id of the target; for card notes "cardId/questionId"; empty for session
    QString memo;
    QStringList codes; ///< code ids from the codebook
    QString author;
    QString created; ///< ISO 8601 date-time
    UnknownFields unknown;
    bool operator==(const Annotation &) const = default;
};

/// A named copy of the group's map data, taken at one moment ("after the focus group",
/// "after the member check"); compared with mapdiff.h. Annotations, the codebook and
/// the conversation are not part of it.
struct Snapshot {
    QString id;
    QString name;
    QString created; ///< ISO 8601 date-time (UTC)
    std::vector<Category> categories;
    std::vector<Ring> rings;
    std::vector<Participant> participants;
    std::vector<Partner> partners;
    std::vector<Link> links;
    std::vector<Group> groups;
    std::vector<MissingPartner> missingPartners;
    UnknownFields unknown;
    bool operator==(const Snapshot &) const = default;
};

struct DeckRef {
    QString id;      ///< e.g. "sono-collectief-leren"
    QString version; ///< e.g. "1"
    QString language = QStringLiteral("nl");
    bool operator==(const DeckRef &) const = default;
};

struct Session {
    Meta meta;
    std::vector<Category> categories; ///< sector order, clockwise from 12 o'clock
    std::vector<Ring> rings;          ///< innermost first
    bool freePlacement = false;       ///< placing does not change category
    std::vector<Participant> participants;
    std::vector<Partner> partners;
    std::vector<Link> links;
    std::vector<Group> groups;
    std::vector<MissingPartner> missingPartners;
    DeckRef deck;
    QString recordingStarted; ///< ISO date-time the session clock started, empty = not yet
    std::vector<CardProgress> cards;
    std::vector<ProtocolStepState> protocol;
    std::vector<ClosingAnswer> closingAnswers;
    std::vector<Metaphor> metaphors;
    std::vector<Memo> memos;
    std::vector<Code> codebook;
    std::vector<Annotation> annotations;
    std::vector<Snapshot> snapshots; ///< oldest first
    UnknownFields unknown;           ///< unknown top-level keys
    bool operator==(const Session &) const = default;

    // Lookup by id; nullptr when absent. Linear: sessions hold hundreds, not millions.
    const Partner *partner(const QString &id) const;
    Partner *partner(const QString &id);
    const Category *category(const QString &id) const;
    const Participant *participant(const QString &id) const;
    const Link *link(const QString &id) const;
    int categoryIndex(const QString &id) const; ///< -1 when absent
};

/// The study's defaults: six categories plus "interne actoren", three rings.
std::vector<Category> defaultCategories();
std::vector<Ring> defaultRings();

/// A new empty session with default categories and rings and the Dutch study deck.
Session newSession();

/// A fresh id with the given prefix that is not used by any object in the session,
/// e.g. uniqueId(s, "pa") -> "pa17".
QString uniqueId(const Session &session, const QString &prefix);

} // namespace nwk
