// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript's reference in the session (Session::transcript: file, offset, speakers)
// changed as undo steps, and the quote made from a span of cues (issue #26, item 4;
// docs/recording.md, "In the editor").
#pragma once

#include "nwk/core/session.h"
#include "nwk/core/transcript.h"
#include "nwk/editor/changevalue.h"

#include <QString>

#include <vector>

namespace nwk {

/// The change announced for Session::transcript. A kind of its own outside the model's
/// enumerators for now (change.h: kinds from ChangeKind::User are free); to become
/// ChangeKind::Transcript when the recording's kinds are added there.
inline constexpr ChangeKind kTranscriptChange =
    static_cast<ChangeKind>(static_cast<int>(ChangeKind::User) + 26);

/// Session::transcript as one value; the object id is ignored.
using TranscriptField = SessionValueField<&Session::transcript, kTranscriptChange>;

/// The transcript is the researcher's material, imported and aligned after the session:
/// its reference, offset and speakers stay editable in annotation mode. Quotes made from
/// it are card progress, the group's data, as typed quotes are.
template <> inline constexpr EditLayer fieldLayerOf<TranscriptField> = EditLayer::Research;

/// Pushes `ref` as the session's transcript (one undo step named `text`, never merged).
bool pushTranscriptRef(SessionDocument *document, const TranscriptRef &ref, const QString &text);

/// The participant a speaker label is assigned to; empty when not assigned.
QString speakerParticipant(const TranscriptRef &ref, const QString &speaker);

/// `ref` with `speaker` assigned to `participantId` (empty: the assignment removed, so an
/// unassigned label is not kept in the session file).
TranscriptRef withSpeaker(const TranscriptRef &ref, const QString &speaker,
                          const QString &participantId);

/// A quote made from the cues `rows` (consecutive indices) of `clockCues` (the transcript on
/// the session clock): their texts joined by spaces, at the first cue's time, by the
/// participant their speakers are assigned to when they all agree (else none). Speaker
/// labels are never copied into the quote: an unassigned label gives no participant.
struct TranscriptQuote {
    Quote quote;                  ///< id and card not set
    bool severalSpeakers = false; ///< the cues' assigned participants differ
};
TranscriptQuote quoteFromCues(const Transcript &clockCues, const TranscriptRef &ref,
                              const std::vector<int> &rows);

} // namespace nwk
