// SPDX-License-Identifier: GPL-3.0-or-later
// The description of every type of the session file: its fields in file order, with
// their JSON keys and rules (fieldtable.h). Reading (sessionFromJson), writing
// (sessionToJson) and the codebook file use these tables; defaults are the model's
// (session.h). The format: docs/file-format.md.
#pragma once

#include "io/fieldtable.h"

namespace nwk::io {

template <> struct Description<Placement> {
    static constexpr std::tuple fields{
        field("distance", &Placement::distance, kAlways),
        field("angle", &Placement::angle, kAlways),
        field("distanceKind", &Placement::distanceKind),
    };
};

template <> struct Description<AlternativePlacement> {
    static constexpr std::tuple fields{
        field("participantId", &AlternativePlacement::participantId),
        field("placement", &AlternativePlacement::placement, kAlways),
        field("note", &AlternativePlacement::note, kLong),
    };
};

template <> struct Description<FormerPlacement> {
    static constexpr std::tuple fields{
        field("placement", &FormerPlacement::placement, kAlways),
        field("when", &FormerPlacement::when),
        field("why", &FormerPlacement::why, kLong),
    };
};

template <> struct Description<RoleVote> {
    static constexpr std::tuple fields{
        field("roleGroup", &RoleVote::roleGroup, kAlways),
        field("count", &RoleVote::count, kAlways),
    };
};

template <> struct Description<ChoiceChange> {
    static constexpr std::tuple fields{
        field("participantId", &ChoiceChange::participantId),
        field("change", &ChoiceChange::change, kAlways),
        field("otherPartnerId", &ChoiceChange::otherPartnerId),
        field("note", &ChoiceChange::note, kLong),
    };
};

template <> struct Description<RelativePlacement> {
    static constexpr std::tuple fields{
        field("id", &RelativePlacement::id, kAlways),
        field("partnerId", &RelativePlacement::partnerId, kAlways),
        field("relation", &RelativePlacement::relation, kAlways),
        field("referenceId", &RelativePlacement::referenceId, kAlways),
        field("text", &RelativePlacement::text, kLong),
        field("participantId", &RelativePlacement::participantId),
    };
};

template <> struct Description<Meta> {
    static constexpr std::tuple fields{
        field("schoolName", &Meta::schoolName),
        field("schoolPseudonym", &Meta::schoolPseudonym),
        field("level", &Meta::level),
        field("schoolType", &Meta::schoolType),
        field("umbrella", &Meta::umbrella),
        field("location", &Meta::location),
        field("date", &Meta::date),
        field("startTime", &Meta::startTime),
        field("facilitators", &Meta::facilitators),
        field("language", &Meta::language),
        field("notes", &Meta::notes, kLong),
        field("durationMinutes", &Meta::durationMinutes),
        field("participantCountSaid", &Meta::participantCountSaid),
        field("priorMaps", &Meta::priorMaps, kLong),
        field("mapWords", &Meta::mapWords, kLong),
        field("created", &Meta::created),
        field("modified", &Meta::modified),
        field("appVersion", &Meta::appVersion),
    };
};

template <> struct Description<Category> {
    static constexpr std::tuple fields{
        field("id", &Category::id, kAlways),  field("labelNl", &Category::labelNl),
        field("labelEn", &Category::labelEn), field("color", &Category::color),
        field("marker", &Category::marker),   field("letter", &Category::letter),
        field("framed", &Category::framed),   field("note", &Category::note, kLong),
    };
};

template <> struct Description<Ring> {
    static constexpr std::tuple fields{
        field("labelNl", &Ring::labelNl),
        field("labelEn", &Ring::labelEn),
    };
};

template <> struct Description<Participant> {
    static constexpr std::tuple fields{
        field("id", &Participant::id, kAlways),
        field("code", &Participant::code),
        field("role", &Participant::role),
        field("roleGroup", &Participant::roleGroup),
        field("joinedMs", &Participant::joinedMs),
        field("leftMs", &Participant::leftMs),
        field("joinedLate", &Participant::joinedLate),
        field("leftEarly", &Participant::leftEarly),
        field("note", &Participant::note, kLong),
    };
};

template <> struct Description<Partner> {
    static constexpr std::tuple fields{
        field("id", &Partner::id, kAlways),
        field("label", &Partner::label, kAlways),
        field("fullName", &Partner::fullName),
        field("pseudonym", &Partner::pseudonym),
        field("kind", &Partner::kind),
        field("formality", &Partner::formality),
        field("scope", &Partner::scope),
        field("category", &Partner::category),
        field("extraCategories", &Partner::extraCategories),
        field("count", &Partner::count),
        field("members", &Partner::members),
        field("placement", &Partner::placement),
        field("neutralZone", &Partner::neutralZone),
        field("desiredPlacement", &Partner::desiredPlacement),
        field("desiredBy", &Partner::desiredBy),
        field("alternatives", &Partner::alternatives),
        field("formerPlacements", &Partner::formerPlacements),
        field("placementNote", &Partner::placementNote, kLong),
        field("placementValence", &Partner::placementValence),
        field("geoDistance", &Partner::geoDistance),
        field("geoKm", &Partner::geoKm),
        field("namedBy", &Partner::namedBy),
        field("marks", &Partner::marks),
        field("voteCount", &Partner::voteCount),
        field("voteText", &Partner::voteText),
        field("roleVotes", &Partner::roleVotes),
        field("prioritySource", &Partner::prioritySource),
        field("choiceChanges", &Partner::choiceChanges),
        field("disputed", &Partner::disputed),
        field("sameAsPartner", &Partner::sameAsPartner),
        field("sameAsParticipant", &Partner::sameAsParticipant),
        field("contactOf", &Partner::contactOf),
        field("notes", &Partner::notes, kLong),
        field("addedMs", &Partner::addedMs),
        field("addedAfterSession", &Partner::addedAfterSession),
        field("addedAfterAt", &Partner::addedAfterAt),
    };
};

template <> struct Description<Link> {
    static constexpr std::tuple fields{
        field("id", &Link::id, kAlways),
        field("from", &Link::from),
        field("to", &Link::to),
        field("kind", &Link::kind),
        field("direction", &Link::direction),
        field("label", &Link::label),
        field("valence", &Link::valence),
        field("initiatedBy", &Link::initiatedBy),
        field("reciprocity", &Link::reciprocity),
        field("schoolRole", &Link::schoolRole),
        field("via", &Link::via),
        field("note", &Link::note, kLong),
    };
};

template <> struct Description<Group> {
    static constexpr std::tuple fields{
        field("id", &Group::id, kAlways),
        field("label", &Group::label),
        field("members", &Group::members),
        field("note", &Group::note, kLong),
    };
};

template <> struct Description<MissingPartner> {
    static constexpr std::tuple fields{
        field("id", &MissingPartner::id, kAlways),
        field("label", &MissingPartner::label),
        field("category", &MissingPartner::category),
        field("status", &MissingPartner::status),
        field("mentionedBy", &MissingPartner::mentionedBy),
        field("placement", &MissingPartner::placement),
        field("partnerId", &MissingPartner::partnerId),
        field("decidedBy", &MissingPartner::decidedBy),
        field("reason", &MissingPartner::reason, kLong),
        field("note", &MissingPartner::note, kLong),
    };
};

template <> struct Description<Quote> {
    static constexpr std::tuple fields{
        field("id", &Quote::id, kAlways),        field("questionId", &Quote::questionId),
        field("text", &Quote::text, kLong),      field("participantId", &Quote::participantId),
        field("partnerIds", &Quote::partnerIds), field("atMs", &Quote::atMs),
    };
};

template <> struct Description<QuestionNote> {
    static constexpr std::tuple fields{
        field("questionId", &QuestionNote::questionId),
        field("text", &QuestionNote::text, kLong),
        field("partnerIds", &QuestionNote::partnerIds),
        field("atMs", &QuestionNote::atMs),
    };
};

template <> struct Description<SectionMark> {
    static constexpr std::tuple fields{
        field("questionId", &SectionMark::questionId),
        field("state", &SectionMark::state, kAlways),
    };
};

template <> struct Description<CardProgress> {
    static constexpr std::tuple fields{
        field("cardId", &CardProgress::cardId),
        field("status", &CardProgress::status),
        field("notes", &CardProgress::notes),
        field("quotes", &CardProgress::quotes),
        field("startedMs", &CardProgress::startedMs),
        field("endedMs", &CardProgress::endedMs),
        field("spentMs", &CardProgress::spentMs),
        field("sectionMarks", &CardProgress::sectionMarks),
    };
};

template <> struct Description<ProtocolStepState> {
    static constexpr std::tuple fields{
        field("stepId", &ProtocolStepState::stepId),
        field("done", &ProtocolStepState::done),
        field("atMs", &ProtocolStepState::atMs),
        field("note", &ProtocolStepState::note, kLong),
    };
};

template <> struct Description<ClosingAnswer> {
    static constexpr std::tuple fields{
        field("questionId", &ClosingAnswer::questionId),
        field("text", &ClosingAnswer::text, kLong),
        field("atMs", &ClosingAnswer::atMs),
    };
};

template <> struct Description<Metaphor> {
    static constexpr std::tuple fields{
        field("id", &Metaphor::id, kAlways),
        field("text", &Metaphor::text, kLong),
        field("participantId", &Metaphor::participantId),
        field("role", &Metaphor::role),
        field("byGroup", &Metaphor::byGroup),
        field("atMs", &Metaphor::atMs),
    };
};

template <> struct Description<Memo> {
    static constexpr std::tuple fields{
        field("id", &Memo::id, kAlways),
        field("kind", &Memo::kind),
        field("text", &Memo::text, kLong),
        field("atMs", &Memo::atMs),
    };
};

template <> struct Description<Code> {
    static constexpr std::tuple fields{
        field("id", &Code::id, kAlways),
        field("label", &Code::label),
        field("description", &Code::description, kLong),
    };
};

template <> struct Description<Annotation> {
    static constexpr std::tuple fields{
        field("id", &Annotation::id, kAlways),    field("targetKind", &Annotation::targetKind),
        field("targetId", &Annotation::targetId), field("memo", &Annotation::memo, kLong),
        field("codes", &Annotation::codes),       field("author", &Annotation::author),
        field("created", &Annotation::created),
    };
};

template <> struct Description<Snapshot> {
    static constexpr std::tuple fields{
        field("id", &Snapshot::id, kAlways),
        field("name", &Snapshot::name),
        field("created", &Snapshot::created),
        field("categories", &Snapshot::categories, kAlways),
        field("rings", &Snapshot::rings, kAlways),
        field("participants", &Snapshot::participants, kAlways),
        field("partners", &Snapshot::partners, kAlways),
        field("links", &Snapshot::links, kAlways),
        field("groups", &Snapshot::groups, kAlways),
        field("missingPartners", &Snapshot::missingPartners, kAlways),
        field("relativePlacements", &Snapshot::relativePlacements),
    };
};

template <> struct Description<AudioPart> {
    static constexpr std::tuple fields{
        field("file", &AudioPart::file, kAlways),
        field("startMs", &AudioPart::startMs, kAlways),
        field("durationMs", &AudioPart::durationMs, kAlways),
        field("device", &AudioPart::device),
    };
};

template <> struct Description<Recording> {
    static constexpr std::tuple fields{
        field("parts", &Recording::parts),
        field("consentedBy", &Recording::consentedBy),
        field("startedWithoutConsent", &Recording::startedWithoutConsent),
        field("stoppedMs", &Recording::stoppedMs),
    };
};

template <> struct Description<TranscriptSpeaker> {
    static constexpr std::tuple fields{
        field("speaker", &TranscriptSpeaker::speaker, kAlways),
        field("participantId", &TranscriptSpeaker::participantId),
    };
};

template <> struct Description<TranscriptRef> {
    static constexpr std::tuple fields{
        field("file", &TranscriptRef::file, kAlways),
        field("offsetMs", &TranscriptRef::offsetMs),
        field("speakers", &TranscriptRef::speakers),
    };
};

template <> struct Description<MapEvent> {
    static constexpr std::tuple fields{
        field("atMs", &MapEvent::atMs, kAlways),
        field("kind", &MapEvent::kind, kAlways),
        field("id", &MapEvent::id, kAlways),
        field("removed", &MapEvent::removed),
        field("partner", &MapEvent::partner),
        field("link", &MapEvent::link),
        field("group", &MapEvent::group),
        field("missingPartner", &MapEvent::missingPartner),
        field("relativePlacement", &MapEvent::relativePlacement),
    };
};

/// A deck id that cannot name a file next to the session is only a warning.
void checkDeckId(ObjectReader &r, const QString &id);

template <> struct Description<DeckRef> {
    static constexpr std::tuple fields{
        field("id", &DeckRef::id, kAlways, &checkDeckId),
        field("version", &DeckRef::version),
        field("language", &DeckRef::language),
    };
};

/// The top level after "format" and "schemaVersion" (see sessionFromJson()).
template <> struct Description<Session> {
    static constexpr std::tuple fields{
        field("meta", &Session::meta, kAlways),
        field("categories", &Session::categories, kAlways),
        field("rings", &Session::rings, kAlways),
        field("freePlacement", &Session::freePlacement, kAlways),
        field("participants", &Session::participants, kAlways),
        field("partners", &Session::partners, kAlways),
        field("links", &Session::links, kAlways),
        field("groups", &Session::groups, kAlways),
        field("missingPartners", &Session::missingPartners, kAlways),
        field("relativePlacements", &Session::relativePlacements, kAlways),
        field("deck", &Session::deck, kAlways),
        field("recordingStarted", &Session::recordingStarted, kAlways),
        field("cards", &Session::cards, kAlways),
        field("protocol", &Session::protocol, kAlways),
        field("closingAnswers", &Session::closingAnswers, kAlways),
        field("metaphors", &Session::metaphors, kAlways),
        field("memos", &Session::memos, kAlways),
        field("codebook", &Session::codebook, kAlways),
        field("annotations", &Session::annotations, kAlways),
        // Omitted when empty: files without snapshots keep their bytes.
        field("snapshots", &Session::snapshots),
        // Omitted when empty (recording.h, docs/recording.md).
        field("recording", &Session::recording),
        field("transcript", &Session::transcript),
        field("history", &Session::history),
    };
};

} // namespace nwk::io
