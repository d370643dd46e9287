// SPDX-License-Identifier: GPL-3.0-or-later
// A transcript of a focus group's recording (issue #26, item 4): SRT, WebVTT or text with
// [hh:mm:ss] stamps, read into cues on the transcript's own clock, aligned to the session
// clock with an offset, searched, and anonymised before any export.
// Accepted formats and rules: docs/recording.md, "Transcripts".
#pragma once

#include "nwk/core/diagnostics.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nwk {

/// One cue: what was said between two times.
struct TranscriptCue {
    qint64 startMs = 0; ///< on the transcript's own clock (or the session's, once shifted)
    qint64 endMs = 0;   ///< >= startMs; a stamped text's cue ends where the next begins
    QString speaker;    ///< as written in the file ("Anna", "Interviewer"); may be empty
    QString text;       ///< the cue's lines, tags removed, joined by '\n'; never empty

    bool operator==(const TranscriptCue &) const = default;
};

enum class TranscriptFormat { Srt, WebVtt, StampedText };

struct Transcript {
    TranscriptFormat format = TranscriptFormat::Srt;
    std::vector<TranscriptCue> cues; ///< in the file's order

    /// The same cues with `offsetMs` added to every time: the transcript on the session
    /// clock when the transcript's 0 is at `offsetMs` on the session clock. Negative
    /// offsets are allowed; cues may then start before 0 (cuesBeforeStart()).
    Transcript shifted(qint64 offsetMs) const;

    bool operator==(const Transcript &) const = default;
};

/// Limits of readTranscript(): larger files, more cues or longer lines are refused.
inline constexpr qsizetype kMaxTranscriptBytes = 16 * 1024 * 1024;
inline constexpr int kMaxTranscriptCues = 50000;
inline constexpr qsizetype kMaxTranscriptLineChars = 10000;

struct TranscriptReadResult {
    std::optional<Transcript> transcript; ///< unset when an error was found
    /// Errors (transcript unset) and warnings (a cue skipped), each with its 1-based line
    /// (0 for the whole file) and column 0.
    Diagnostics diagnostics;
    QString fileName; ///< as given to readTranscript(), for the messages

    /// Every diagnostic as transcriptMessage() writes it.
    QStringList messages() const;
};

/// Reads a transcript's bytes (UTF-8, with or without BOM; LF or CRLF), detecting the
/// format. `fileName` names the file in the messages ("interview.srt"). Never throws.
TranscriptReadResult readTranscript(const QByteArray &bytes, const QString &fileName);

/// Reads a transcript file (the file's name without its folder in the messages); a file
/// that cannot be read gives an error naming the file and the reason.
TranscriptReadResult readTranscriptFile(const QString &path);

/// "interview.srt:14: warning: end time 00:01:02,000 is before start time 00:01:05,000;
/// the cue is skipped", "interview.srt: error text" for the whole file.
QString transcriptMessage(const QString &fileName, const Diagnostic &d);

/// Indices of the cues that start before 0 (on a shifted transcript: before the session
/// clock started), and a warning naming them (empty when there are none).
std::vector<int> cuesBeforeStart(const Transcript &t);
QString beforeStartWarning(const Transcript &t);

/// Indices of the cues whose speaker or text contains `query`, ignoring case, accents and
/// the amount of white space ("Ecole" finds "école", "een  school" finds "een\nschool").
/// An empty (or blank) query finds nothing.
std::vector<int> findCues(const Transcript &t, const QString &query);

/// The distinct non-empty speakers in order of first appearance.
QStringList transcriptSpeakers(const Transcript &t);

/// The transcript with every speaker replaced by a role: `roles[speaker]` when set and
/// not blank, else "Speaker k" where k is the speaker's place in transcriptSpeakers()
/// (1-based, so the numbering does not change when other speakers get roles). Cues
/// without a speaker keep none. Names written in the cues' text are not touched.
Transcript anonymisedTranscript(const Transcript &t, const QMap<QString, QString> &roles = {});

} // namespace nwk
