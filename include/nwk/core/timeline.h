// SPDX-License-Identifier: GPL-3.0-or-later
// The session as a timeline on its clock: the cards as spans, the audio parts, and every
// timed record (quotes, notes, memos, metaphors, closing answers, protocol steps,
// participants joining and leaving) and the map's changes (the history, session.h MapEvent)
// as events. The timeline dock draws it and the data exports write it as a table.
#pragma once

#include "nwk/core/session.h"
#include "nwk/core/transcript.h"

#include <vector>

namespace nwk {

enum class TimelineKind {
    Card,
    AudioPart,
    Quote,
    Note,
    Memo,
    Metaphor,
    ClosingAnswer,
    ProtocolStep,
    ParticipantJoined,
    ParticipantLeft,
    PartnerAdded,  ///< Partner::addedMs of a partner the history does not hold
    MapChange,     ///< an event of the history
    TranscriptCue, ///< a cue of the imported transcript (transcriptTimelineEvents() only)
};

/// What a map change did, seen against the object's previous value in the history.
enum class MapChangeKind { Added, Placed, Moved, Marked, Unmarked, Linked, Changed, Removed };

struct TimelineEvent {
    qint64 atMs = 0;
    qint64 endMs = -1; ///< the end of a span (card, audio part); -1 = an instant or still running
    TimelineKind kind = TimelineKind::Card;
    MapChangeKind change = MapChangeKind::Changed;     ///< MapChange only
    MapObjectKind objectKind = MapObjectKind::Partner; ///< MapChange, PartnerAdded
    /// The record: card id, part file, quote/memo/metaphor/partner/link id, "cardId/questionId"
    /// for a note, the question id of a closing answer, the step id, the participant id.
    QString objectId;
    QString cardId;        ///< the card it belongs to, else the card current at atMs; may be empty
    QString participantId; ///< who said it, joined, left or was marked; may be empty
    QString text;          ///< the record's text; a partner's label; a link's ends' labels
    bool operator==(const TimelineEvent &) const = default;
};

/// Every timed thing of the session, sorted by atMs (spans before instants at the same time,
/// else in the order above). Records without a time (atMs -1) are left out.
std::vector<TimelineEvent> timelineEvents(const Session &s);

/// The cues of a transcript already on the session clock (shifted()) as timeline events:
/// objectId the cue's index, participantId from the session's speaker assignments
/// (TranscriptRef::speakers), text the cue's text. Never part of timelineEvents() (nor of
/// the data exports: a transcript's speakers may be names).
std::vector<TimelineEvent> transcriptTimelineEvents(const Session &s, const Transcript &onClock);

/// The card whose span holds `atMs` (the latest started); empty when none.
QString cardAt(const Session &s, qint64 atMs);

template <> struct EnumNames<TimelineKind> {
    static constexpr std::array<std::string_view, 13> names{
        "card",          "audio-part",     "quote",         "note",   "memo",
        "metaphor",      "closing-answer", "protocol-step", "joined", "left",
        "partner-added", "map-change",     "transcript-cue"};
};
template <> struct EnumNames<MapChangeKind> {
    static constexpr std::array<std::string_view, 8> names{
        "added", "placed", "moved", "marked", "unmarked", "linked", "changed", "removed"};
};

} // namespace nwk
