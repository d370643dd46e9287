// SPDX-License-Identifier: GPL-3.0-or-later
// Enumerations of the session model and their stable file spellings.
//
// The spelling tables are part of the file format: a value is written as the
// string at its index, and reading accepts exactly these strings. Append new
// values at the end; never rename or reorder (that needs a schema migration).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace nwk {

enum class PartnerKind {
    Organisation,
    Person,
    Group,
    Platform,
    Other,
    Project,
    Resource,
    Experience
};
enum class Formality { Unknown, Formal, Informal };
enum class Scope { External, Internal, Both };
enum class LinkKind {
    Collaborates,
    PartOf,
    Funds,
    RefersTo,
    MemberOf,
    InitiatedBy,
    Imposed,
    Other,
    Via,      ///< mediated access: contact runs via Link::via
    FollowsUp ///< one follows up the other
};
enum class LinkDirection { None, OneWay, BothWays };
enum class Valence { Neutral, Positive, Negative };
enum class RoleGroup { Teacher, Management, Care, Other };
enum class MissingStatus { Missing, HopedFor, Former, LeftOff, AddedAfter };
enum class CardStatus { NotStarted, InProgress, Done, Skipped };
enum class MemoKind { Atmosphere, Disturbance, Emotion, Other };
/// The kind of map object a MapEvent (session.h) changes.
enum class MapObjectKind { Partner, Link, Group, MissingPartner, RelativePlacement };
enum class MarkerShape { Circle, Square, Triangle, Diamond, Hexagon, Star, Pentagon, Cross };
/// What an annotation is about. Metaphor, ClosingAnswer and Memo were appended in schema 3
/// (a closing answer is addressed by its question id, having no id of its own).
enum class AnnotationTarget {
    Session,
    Partner,
    Link,
    MissingPartner,
    CardNote,
    Quote,
    Group,
    Metaphor,
    ClosingAnswer,
    Memo
};
/// How the group stated a partner's distance (schema 3).
enum class DistanceKind { Ring, NotDiscussed, OnSchool, InSchool };
enum class Reciprocity { Unstated, Reciprocal, OneSided };
/// The school's role on a link to the school: learning from, offering to, or both.
enum class SchoolRole { Unstated, Learning, Offering, Both };
/// Who set a partner's priority: the participants, or the researchers (inferred).
enum class PrioritySource { Participants, Researchers };
/// A relative placement: the partner is closer to / further from / as close as the reference.
enum class RelativeRelation { Closer, Further, Same };
/// A change of a participant's choice: replaced by, or supplemented with, another partner.
enum class ChoiceChangeKind { Replaced, Supplemented };
/// The researcher's word for a card's or question's section without a record (schema 3):
/// the group did not discuss it, it was discussed but not recorded, or it was left out.
enum class SectionState { NotDiscussed, NotRecorded, LeftOut };

template <typename E> struct EnumNames;

#define NWK_ENUM_NAMES(E, ...)                                                                     \
    template <> struct EnumNames<E> {                                                              \
        static constexpr std::array names{__VA_ARGS__};                                            \
    };

NWK_ENUM_NAMES(PartnerKind, "organisation", "person", "group", "platform", "other", "project",
               "resource", "experience")
NWK_ENUM_NAMES(Formality, "unknown", "formal", "informal")
NWK_ENUM_NAMES(Scope, "external", "internal", "both")
NWK_ENUM_NAMES(LinkKind, "collaborates", "part-of", "funds", "refers-to", "member-of",
               "initiated-by", "imposed", "other", "via", "follows-up")
NWK_ENUM_NAMES(LinkDirection, "none", "one-way", "both-ways")
NWK_ENUM_NAMES(Valence, "neutral", "positive", "negative")
NWK_ENUM_NAMES(RoleGroup, "teacher", "management", "care", "other")
NWK_ENUM_NAMES(MissingStatus, "missing", "hoped-for", "former", "left-off", "added-after")
NWK_ENUM_NAMES(CardStatus, "not-started", "in-progress", "done", "skipped")
NWK_ENUM_NAMES(MemoKind, "atmosphere", "disturbance", "emotion", "other")
NWK_ENUM_NAMES(MapObjectKind, "partner", "link", "group", "missing-partner",
               "relative-placement")
NWK_ENUM_NAMES(MarkerShape, "circle", "square", "triangle", "diamond", "hexagon", "star",
               "pentagon", "cross")
NWK_ENUM_NAMES(AnnotationTarget, "session", "partner", "link", "missing-partner", "card-note",
               "quote", "group", "metaphor", "closing-answer", "memo")
NWK_ENUM_NAMES(DistanceKind, "ring", "not-discussed", "on-school", "in-school")
NWK_ENUM_NAMES(Reciprocity, "unstated", "reciprocal", "one-sided")
NWK_ENUM_NAMES(SchoolRole, "unstated", "learning", "offering", "both")
NWK_ENUM_NAMES(PrioritySource, "participants", "researchers")
NWK_ENUM_NAMES(RelativeRelation, "closer", "further", "same")
NWK_ENUM_NAMES(ChoiceChangeKind, "replaced", "supplemented")
NWK_ENUM_NAMES(SectionState, "not-discussed", "not-recorded", "left-out")
#undef NWK_ENUM_NAMES

/// The file spelling of an enum value.
template <typename E> constexpr std::string_view toString(E value)
{
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

/// Parses a file spelling; nullopt for anything not in the table (exact, case-sensitive).
template <typename E> constexpr std::optional<E> enumFromString(std::string_view text)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/// All values of an enum, in file order (for combo boxes and validation messages).
template <typename E> constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

} // namespace nwk
