// SPDX-License-Identifier: GPL-3.0-or-later
// Where the transcript lives: beside the session file, referred to relative to its folder
// (docs/recording.md, "In the editor"), and the session-clock times shown in the dock.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace nwk {

/// The transcript file `relative` (as in TranscriptRef::file) of the session `sessionFile`.
QString transcriptPath(const QString &sessionFile, const QString &relative);

/// The transcript `chosen` made a file of the session `sessionFile`: its path relative to
/// the session's folder when it is in that folder (or below it); else a copy beside the
/// session file, under the same name or, when a different file has that name, a free one
/// ("interview-2.srt"; an identical file there is used as it is). `error` says why the
/// copy failed (nothing was written then).
struct PlacedTranscript {
    QString relative; ///< '/'-separated; empty on an error
    QString error;
    bool copied = false;
};
PlacedTranscript placeBesideSession(const QString &chosen, const QString &sessionFile);

/// "1:02:03" (hours not padded), "-0:00:05" before 0; with `withMs` and a fraction of a
/// second: "0:01:05.250".
QString clockText(qint64 ms, bool withMs = false);
/// "1:02:03", "02:03", "123" (seconds), each with an optional ".mmm" and sign; nullopt
/// when it is none of these.
std::optional<qint64> parseClockText(const QString &text);

} // namespace nwk
