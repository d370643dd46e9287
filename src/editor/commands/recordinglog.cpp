// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/recordinglog.h"

namespace nwk {

namespace {
/// Changes Session::recording through the edit gateway without being an undo step: run once,
/// never pushed (so never undone), as the recording's log must be.
class RecordingLogEntry : public EditCommand {
public:
    static void apply(SessionDocument *document, const Recording &recording)
    {
        if (document->session().recording == recording)
            return;
        editor(document).assign(&Session::recording, ChangeKind::RecordingStarted, recording);
        document->markUnsaved(); // modified until saved, whatever undo does
    }
};
} // namespace

void setRecordingParts(SessionDocument *document, const SharedVector<AudioPart> &parts)
{
    Recording r = document->session().recording;
    r.parts = parts;
    RecordingLogEntry::apply(document, r);
}

void setRecordingStopped(SessionDocument *document, qint64 stoppedMs)
{
    Recording r = document->session().recording;
    const bool resumed = stoppedMs < 0 && r.stoppedMs >= 0;
    r.stoppedMs = stoppedMs;
    RecordingLogEntry::apply(document, r);
    if (resumed) // the map's changes since the stop, with their times
        document->recordingResumed();
}

void setRecordingStartedWithoutConsent(SessionDocument *document, bool withoutConsent)
{
    Recording r = document->session().recording;
    r.startedWithoutConsent = withoutConsent;
    RecordingLogEntry::apply(document, r);
}

} // namespace nwk
