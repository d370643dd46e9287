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
// No Qt GUI types here: colours are "#rrggbb" strings. The collections of a Session
// (and of a Snapshot) are implicitly shared (sharedvector.h): copying a Session is O(1).
#pragma once

#include "nwk/core/enums.h"
#include "nwk/core/recording.h"
#include "nwk/core/sharedvector.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace nwk {

/// Reserved id of the school at the centre; valid as a link end.
inline const QString kSchoolId = QStringLiteral("school");

// UnknownFields (recording.h): keys that this version does not know, kept verbatim (as
// compact JSON text of an object) so that they survive a load and save. Opaque outside core/io.

/// A polar position on the map.
struct Placement {
    double distance = 0.5; ///< 0 = at the school, 1 = outer edge of the map
    double angle = 0.0;    ///< degrees, clockwise from 12 o'clock, [0, 360)
    /// How the distance was stated. Ring: `distance` holds it. NotDiscussed: only the
    /// sector is known (`distance` is kept but means nothing; drawn in the sector's outer
    /// band, left out of distance figures). OnSchool / InSchool: "bijna erop", "ín de
    /// school" (drawn on the school's rim / inside it; counted as distance 0).
    DistanceKind distanceKind = DistanceKind::Ring;
    bool operator==(const Placement &) const = default;

    /// False when the group did not discuss the distance.
    bool distanceDiscussed() const { return distanceKind != DistanceKind::NotDiscussed; }
    /// The distance for figures (0 on or in the school); only meaningful when discussed.
    double statedDistance() const { return distanceKind == DistanceKind::Ring ? distance : 0.0; }
};

/// One participant's own placement of a partner ("voor mij heel dicht"), when the group
/// disagreed or someone placed it for themselves.
struct AlternativePlacement {
    QString participantId; ///< who said it; may be empty when unknown
    Placement placement;
    QString note;
    UnknownFields unknown;
    bool operator==(const AlternativePlacement &) const = default;
};

/// Where a partner used to be ("vroeger dichtbij, nu ver"), oldest first.
struct FormerPlacement {
    Placement placement;
    QString when; ///< as said, e.g. "tot 2018", "vorig schooljaar"
    QString why;
    UnknownFields unknown;
    bool operator==(const FormerPlacement &) const = default;
};

/// Votes of a role group whose voters are not named ("twee leraren").
struct RoleVote {
    RoleGroup roleGroup = RoleGroup::Other;
    int count = 0;
    UnknownFields unknown;
    bool operator==(const RoleVote &) const = default;
};

/// A participant's choice of this partner changed: replaced by, or supplemented with,
/// another partner; in the order said.
struct ChoiceChange {
    QString participantId;
    ChoiceChangeKind change = ChoiceChangeKind::Replaced;
    QString otherPartnerId; ///< the partner that replaced or supplemented this one
    QString note;
    UnknownFields unknown;
    bool operator==(const ChoiceChange &) const = default;
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
    int durationMinutes = -1;      ///< the session's length as recorded, -1 = unknown
    int participantCountSaid = -1; ///< participants as said (vs. as listed), -1 = not said
    QString priorMaps;             ///< maps the school made before
    QString mapWords;              ///< the group's own words for the map and its nodes
    QString created;               ///< ISO 8601 date-time (UTC) the session was created
    QString modified;              ///< ISO 8601 date-time (UTC) of the last save
    QString appVersion;            ///< version of Netwerkkaart that last wrote the file
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
    qint64 joinedMs = -1;    ///< session-clock time joined, -1 = from the start
    qint64 leftMs = -1;      ///< session-clock time left, -1 = stayed
    bool joinedLate = false; ///< joined late, time not known
    bool leftEarly = false;  ///< left early, time not known
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
    QStringList members;                       ///< names an aggregate stands for ("verzamelnaam")
    std::optional<Placement> placement;        ///< nullopt = in the unplaced tray
    bool neutralZone = false;                  ///< unplaced but on the map: "no category yet"
    std::optional<Placement> desiredPlacement; ///< where the group says it should be
    QStringList desiredBy;                     ///< participant ids who wish the desired placement
    std::vector<AlternativePlacement> alternatives; ///< participants' own placements
    std::vector<FormerPlacement> formerPlacements;  ///< where it used to be, oldest first
    QString placementNote;                          ///< why near or far
    Valence placementValence = Valence::Neutral;    ///< "te dicht" is negative
    QString geoDistance;                            ///< geographic distance as said
    double geoKm = -1;                              ///< geographic distance in km, -1 = unknown
    QStringList namedBy;                            ///< participant ids who named it
    QStringList marks;               ///< participant ids for whom it matters (importance)
    int voteCount = -1;              ///< votes of voters not named, -1 = none stated
    QString voteText;                ///< quantifier as said: "unaniem", "de meeste"
    std::vector<RoleVote> roleVotes; ///< votes per role group without names
    PrioritySource prioritySource = PrioritySource::Participants;
    std::vector<ChoiceChange> choiceChanges; ///< in the order said
    bool disputed = false;                   ///< stated disagreement; see isDisputed()
    QString sameAsPartner;                   ///< hybrid: the matching internal actor (partner id)
    QString sameAsParticipant;               ///< hybrid: the participant who is also this partner
    QString contactOf;                       ///< a contact person: the organisation (partner id)
    QString notes;
    qint64 addedMs = -1;            ///< session-clock time it was added, -1 = unknown
    bool addedAfterSession = false; ///< added after the session ended
    QString addedAfterAt;           ///< when (ISO date or date-time), may be empty
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
    QString initiatedBy; ///< the end (from or to) that started it, empty = not said
    Reciprocity reciprocity = Reciprocity::Unstated;
    SchoolRole schoolRole = SchoolRole::Unstated; ///< on links to the school only
    QString via; ///< kind Via: the partner the contact runs through
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
    QString partnerId; ///< on the map but absent: the partner it stands for, may be empty
    QString decidedBy; ///< left off: who decided (a role, "de groep")
    QString reason;    ///< left off: why
    QString note;
    UnknownFields unknown;
    bool operator==(const MissingPartner &) const = default;
};

/// "A bit further than our own guidance service": one partner placed relative to another.
struct RelativePlacement {
    QString id;
    QString partnerId;
    RelativeRelation relation = RelativeRelation::Further;
    QString referenceId; ///< the other partner, or kSchoolId
    QString text;        ///< as said
    QString participantId;
    UnknownFields unknown;
    bool operator==(const RelativePlacement &) const = default;
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

/// The researcher's mark on a section of a card without a record: the card as a whole
/// (questionId empty) or one of its questions (schema 3). A section without a mark and
/// without notes is reported as "no notes were recorded", never as "not discussed".
struct SectionMark {
    QString questionId; ///< empty = the card as a whole
    SectionState state = SectionState::NotDiscussed;
    UnknownFields unknown;
    bool operator==(const SectionMark &) const = default;
};

struct CardProgress {
    QString cardId;
    CardStatus status = CardStatus::NotStarted;
    std::vector<QuestionNote> notes;
    std::vector<Quote> quotes;
    std::vector<SectionMark> sectionMarks; ///< at most one per question id (schema 3)
    qint64 startedMs = -1;
    qint64 endedMs = -1;
    qint64 spentMs = 0; ///< accumulated time the card was current
    UnknownFields unknown;
    bool operator==(const CardProgress &) const = default;

    /// The mark of a section (questionId empty = the card); nullptr when unmarked.
    const SectionMark *sectionMark(const QString &questionId) const;
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
    QString participantId; ///< a named participant, may be empty
    QString role;          ///< a role when the participant is not named
    bool byGroup = false;  ///< said by the whole group
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

/// Reserved code id of "inferred priority": a priority the researcher inferred rather than
/// the group voted (recorded as an annotation with this code). Reports name it in their
/// own language whatever its label in the codebook.
inline constexpr const char *kInferredPriorityCodeId = "inferred-priority";

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
    SharedVector<Category> categories;
    SharedVector<Ring> rings;
    SharedVector<Participant> participants;
    SharedVector<Partner> partners;
    SharedVector<Link> links;
    SharedVector<Group> groups;
    SharedVector<MissingPartner> missingPartners;
    SharedVector<RelativePlacement> relativePlacements;
    UnknownFields unknown;
    bool operator==(const Snapshot &) const = default;
};

/// One timed change to the group's map, recorded while the session clock ran: the map's
/// history, which the timeline replays (maphistory.h). Holds the object's whole value
/// after the change; only the member of `kind` is set, none when `removed`.
struct MapEvent {
    qint64 atMs = 0; ///< session-clock time
    MapObjectKind kind = MapObjectKind::Partner;
    QString id; ///< the object's id
    bool removed = false;
    std::optional<Partner> partner;
    std::optional<Link> link;
    std::optional<Group> group;
    std::optional<MissingPartner> missingPartner;
    std::optional<RelativePlacement> relativePlacement;
    UnknownFields unknown;
    bool operator==(const MapEvent &) const = default;
};

struct DeckRef {
    QString id;      ///< e.g. "sono-collectief-leren"
    QString version; ///< e.g. "1"
    QString language = QStringLiteral("nl");
    bool operator==(const DeckRef &) const = default;
};

struct Session {
    Meta meta;
    SharedVector<Category> categories; ///< sector order, clockwise from 12 o'clock
    SharedVector<Ring> rings;          ///< innermost first
    bool freePlacement = false;        ///< placing does not change category
    SharedVector<Participant> participants;
    SharedVector<Partner> partners;
    SharedVector<Link> links;
    SharedVector<Group> groups;
    SharedVector<MissingPartner> missingPartners;
    SharedVector<RelativePlacement> relativePlacements;
    DeckRef deck;
    QString recordingStarted; ///< ISO date-time the session clock started, empty = not yet
    SharedVector<CardProgress> cards;
    SharedVector<ProtocolStepState> protocol;
    SharedVector<ClosingAnswer> closingAnswers;
    SharedVector<Metaphor> metaphors;
    SharedVector<Memo> memos;
    SharedVector<Code> codebook;
    SharedVector<Annotation> annotations;
    SharedVector<Snapshot> snapshots; ///< oldest first
    Recording recording;              ///< audio parts beside the file, consent (recording.h)
    TranscriptRef transcript;         ///< the imported transcript, if any (recording.h)
    SharedVector<MapEvent> history;   ///< the map's timed changes, oldest first; empty = none
    UnknownFields unknown;            ///< unknown top-level keys
    bool operator==(const Session &) const = default;

    // Lookup by id; nullptr when absent. Linear: sessions hold hundreds, not millions.
    const Partner *partner(const QString &id) const;
    Partner *partner(const QString &id);
    const Category *category(const QString &id) const;
    const Participant *participant(const QString &id) const;
    const Link *link(const QString &id) const;
    int categoryIndex(const QString &id) const; ///< -1 when absent
};

/// Disputed: stated so, or some participant placed it elsewhere.
bool isDisputed(const Partner &p);

/// The study's defaults: six categories plus "interne actoren", three rings.
std::vector<Category> defaultCategories();
std::vector<Ring> defaultRings();

/// A new empty session with default categories and rings and the Dutch study deck.
Session newSession();

/// A fresh id with the given prefix that is not used by any object in the session,
/// e.g. uniqueId(s, "pa") -> "pa17".
QString uniqueId(const Session &session, const QString &prefix);

} // namespace nwk
