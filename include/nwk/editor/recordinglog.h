// SPDX-License-Identifier: GPL-3.0-or-later
// The recording in the session (docs/recording.md): what the recorder did is a log, not an
// edit, and the consent is an edit.
//
// The log: the audio parts, when the recording was stopped for good and whether it started
// without complete consent. Undo must not take back what was recorded, so these are not undo
// steps: each changes Session::recording at once, marks the document modified (the autosave
// keeps it; only a save makes it clean again) and is announced as a change of kind
// ChangeKind::RecordingStarted (SessionDocument::recordingStartedChanged(): "the recording
// changed"). Nothing happens when the value is already so.
//
// The consent (Recording::consentedBy) is an undo step: ChangeValue<RecordingConsentField>.
// It changes only consentedBy, so undoing it never touches the log.
#pragma once

#include "nwk/editor/changevalue.h"

namespace nwk {

void setRecordingParts(SessionDocument *document, const SharedVector<AudioPart> &parts);
void setRecordingStopped(SessionDocument *document, qint64 stoppedMs);
void setRecordingStartedWithoutConsent(SessionDocument *document, bool withoutConsent);

/// Recording::consentedBy (participant ids); the object id is ignored.
struct RecordingConsentField {
    using Value = QStringList;
    static std::optional<QStringList> get(const Session &s, const QString &)
    {
        return s.recording.consentedBy;
    }
    static void set(DocumentEditor &e, const QString &, const QStringList &consentedBy)
    {
        Recording r = e.session().recording;
        r.consentedBy = consentedBy;
        e.assign(&Session::recording, ChangeKind::RecordingStarted, r);
    }
};

} // namespace nwk
