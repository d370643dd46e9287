// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands for participants, importance marks, missing partners and groups
// that take along what refers to them, so that no step leaves a dangling
// reference (validate() rejects those): removing a participant clears their
// marks, "named by", "desired by" and "mentioned by" entries, quote and metaphor
// speakers, who said an own placement, a changed choice or a relative placement,
// and the hybrid partner that is them;
// removing a missing partner or a group removes the annotations on it.
// Each function returns one undo step (nullptr when there is nothing to do).
#pragma once

#include "nwk/core/session.h"

#include <QDateTime>
#include <QStringList>

class QUndoCommand;

namespace nwk {

class SessionDocument;

/// Whether every partner of a non-empty list carries the participant's mark.
bool allMarked(const Session &session, const QString &participantId, const QStringList &partnerIds);

/// Toggles "this partner matters to me" of one participant on partners: when all
/// of them carry the mark it is removed from all, otherwise it is added to those
/// without it. One undo step; nullptr when no partner or no such participant.
QUndoCommand *makeToggleMarkCommand(SessionDocument *document, const QString &participantId,
                                    const QStringList &partnerIds);

/// What refers to a participant.
struct ParticipantReferences {
    int marks = 0;     ///< partners marked by them
    int namedBy = 0;   ///< partners named by them
    int mentioned = 0; ///< missing partners mentioned by them
    int quotes = 0;    ///< quotes attributed to them
    int metaphors = 0; ///< metaphors attributed to them
    /// What the group said (schema 3) attributed to them: desired placements wished,
    /// own placements, changed choices, relative placements, hybrids.
    int statements = 0;
    int total() const { return marks + namedBy + mentioned + quotes + metaphors + statements; }
};
ParticipantReferences participantReferences(const Session &session, const QString &participantId);

/// Removes a participant with every reference to them (see ParticipantReferences):
/// the references are cleared, the objects stay. Undo restores all of it.
QUndoCommand *makeRemoveParticipantCommand(SessionDocument *document, const QString &participantId);
/// Removes a missing partner and the annotations on it.
QUndoCommand *makeRemoveMissingCommand(SessionDocument *document, const QString &missingId);
/// Removes a group and the annotations on it (its members stay on the map).
QUndoCommand *makeRemoveGroupCommand(SessionDocument *document, const QString &groupId);

/// "P<n>" with the smallest n >= 1 no participant uses as code.
QString nextParticipantCode(const Session &session);

/// The session clock at `now`: milliseconds since session.recordingStarted, or -1
/// when the clock is not running (no recording start, a start in the future, or
/// one more than a day ago: a session that was recorded earlier is being reviewed).
qint64 sessionClockMs(const Session &session, const QDateTime &now);

/// Adds to `parent` the children that remove every annotation on the target (so a
/// removal never leaves an annotation pointing at nothing, which the file refuses).
/// Put them before the child that removes the target: undo runs children in reverse.
void appendAnnotationRemovals(SessionDocument *document, AnnotationTarget kind, const QString &id,
                              QUndoCommand *parent);

} // namespace nwk
