// SPDX-License-Identifier: GPL-3.0-or-later
// What the three transcript readers share (src/core/transcript/): the file's lines, the
// located problems, the cue limit, clock times and speaker prefixes.
#pragma once

#include "nwk/core/transcript.h"

#include <QRegularExpression>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace nwk::transcript {

struct Line {
    QString text; ///< without the line end ("\n" or "\r\n")
    int number = 0;
    bool isBlank() const { return text.trimmed().isEmpty(); }
};

/// The state of one read: the lines, the cues found so far and the problems.
struct Reader {
    std::vector<Line> lines;
    std::vector<TranscriptCue> cues;
    Diagnostics diagnostics;
    int warnings = 0;

    /// A recoverable problem (the 100th says that further ones are not listed).
    void warn(int line, const QString &message);
    void error(int line, const QString &message);
    bool failed() const { return hasErrors(diagnostics); }
    /// Adds a cue (speaker prefix split off unless it has a speaker); false, with an error
    /// at `line`, when that would be more than kMaxTranscriptCues.
    bool add(TranscriptCue cue, int line);
};

/// Ranges [first, last) of the lines between blank lines, from line index `from` on.
std::vector<std::pair<std::size_t, std::size_t>> blocks(const std::vector<Line> &lines,
                                                        std::size_t from = 0);

/// "hh:mm:ss,mmm", "hh:mm:ss.mmm", "h:mm:ss", "mm:ss.mmm", "mm:ss" in milliseconds (hours
/// 0 to 99, minutes and seconds 0 to 59, 1 to 3 digits of fraction); nullopt otherwise.
std::optional<qint64> parseClock(const QString &text);

/// The times of a cue timing line "<start> --> <end> [settings]", checked: a warning
/// at the line (cue skipped) when a time is invalid or the end is before the start.
/// `expected` names the format in the warning ("hh:mm:ss,mmm").
std::optional<std::pair<qint64, qint64>> parseTiming(Reader &r, const Line &line,
                                                     const QString &expected);
bool isTimingLine(const QString &text);

/// A line of stamped text that starts with a time stamp (after spaces): "[00:01:02] ...",
/// also an invalid one ("[00:61:00]"). Captures: 1 the stamp, 2 its time, 3 the rest.
/// "[12]" and "[lacht]" are text.
const QRegularExpression &stampLinePattern();

/// Splits a speaker prefix ("Anna: ...", docs/recording.md) off the cue's text.
void splitSpeakerPrefix(TranscriptCue &cue);

void readSrt(Reader &r);
void readVtt(Reader &r);
void readStamped(Reader &r);

} // namespace nwk::transcript
