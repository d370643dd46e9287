// SPDX-License-Identifier: GPL-3.0-or-later
// The session's recording and transcript as the session file records them: the audio
// parts beside the session file with their session-clock offsets, who consented, and the
// imported transcript's file and offset. The audio and the transcript are never inside
// the .nwk (docs/recording.md, docs/file-format.md).
#pragma once

#include "nwk/core/sharedvector.h"

#include <QString>
#include <QStringList>

#include <string>

namespace nwk {

/// Keys that this version does not know, kept verbatim (see session.h).
struct UnknownFields {
    std::string json; // empty, or a JSON object's text
    bool operator==(const UnknownFields &) const = default;
};

/// One stretch of audio recorded without a pause: a file beside the session file.
struct AudioPart {
    QString file;          ///< relative to the session file's folder, '/'-separated
    qint64 startMs = 0;    ///< session-clock time of its first sample
    qint64 durationMs = 0; ///< its length as last written (a crash keeps what was flushed)
    QString device;        ///< the input device's description, may be empty
    UnknownFields unknown;
    bool operator==(const AudioPart &) const = default;
};

/// The session's recording: its parts in recording order (their spans do not overlap).
struct Recording {
    SharedVector<AudioPart> parts;
    QStringList consentedBy; ///< participant ids who agreed to the recording (protocol step 2)
    bool startedWithoutConsent = false; ///< the facilitator confirmed starting before consent
    qint64 stoppedMs = -1; ///< session-clock time the recording was stopped for good, -1 = not
    UnknownFields unknown;
    bool operator==(const Recording &) const = default;
};

/// A speaker label of the transcript ("Spreker 2", "Ann") and the participant it is.
struct TranscriptSpeaker {
    QString speaker;
    QString participantId; ///< may be empty: not assigned
    UnknownFields unknown;
    bool operator==(const TranscriptSpeaker &) const = default;
};

/// The imported transcript (transcript.h reads it): a file beside the session file.
struct TranscriptRef {
    QString file;        ///< relative to the session file's folder, empty = none
    qint64 offsetMs = 0; ///< added to the transcript's times to put them on the session clock
    SharedVector<TranscriptSpeaker> speakers;
    UnknownFields unknown;
    bool operator==(const TranscriptRef &) const = default;
};

} // namespace nwk
