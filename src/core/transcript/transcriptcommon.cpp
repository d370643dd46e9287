// SPDX-License-Identifier: GPL-3.0-or-later
// What the three transcript readers share: located problems, the cue limit, clock times,
// cue timing lines and speaker prefixes.
#include "transcript/transcriptparse.h"

#include <QRegularExpression>

namespace nwk::transcript {

void Reader::warn(int line, const QString &message)
{
    // A file of a million broken cues gives a hundred warnings, not a million.
    constexpr int kMaxWarnings = 100;
    if (++warnings > kMaxWarnings)
        return;
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.line = line;
    d.message = warnings == kMaxWarnings
                    ? message + QStringLiteral(" (further warnings are not listed)")
                    : message;
    diagnostics.push_back(d);
}

void Reader::error(int line, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.line = line;
    d.message = message;
    diagnostics.push_back(d);
}

bool Reader::add(TranscriptCue cue, int line)
{
    if (cues.size() >= std::size_t(kMaxTranscriptCues)) {
        error(line, QStringLiteral("more than %1 cues: the transcript is too long to read")
                        .arg(kMaxTranscriptCues));
        return false;
    }
    if (cue.speaker.isEmpty())
        splitSpeakerPrefix(cue);
    cues.push_back(std::move(cue));
    return true;
}

std::vector<std::pair<std::size_t, std::size_t>> blocks(const std::vector<Line> &lines,
                                                        std::size_t from)
{
    std::vector<std::pair<std::size_t, std::size_t>> result;
    std::size_t i = from;
    while (i < lines.size()) {
        while (i < lines.size() && lines[i].isBlank())
            ++i;
        const std::size_t first = i;
        while (i < lines.size() && !lines[i].isBlank())
            ++i;
        if (i > first)
            result.emplace_back(first, i);
    }
    return result;
}

std::optional<qint64> parseClock(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    QString fraction = m.captured(4);
    while (fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

bool isTimingLine(const QString &text)
{
    return text.contains(QLatin1String("-->"));
}

const QRegularExpression &stampLinePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\[(\\d{1,2}:[0-9:.,]*)\\])\\s*(.*)$"));
    return pattern;
}

std::optional<std::pair<qint64, qint64>> parseTiming(Reader &r, const Line &line,
                                                     const QString &expected)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\S+?)\\s*-->\\s*(\\S+)(?:\\s+.*)?$"));
    const QRegularExpressionMatch m = pattern.match(line.text);
    if (!m.hasMatch()) {
        r.warn(line.number, QStringLiteral("cannot read the cue time \"%1\" (expected \"%2 --> "
                                           "%2\"); the cue is skipped")
                                .arg(line.text.trimmed(), expected));
        return std::nullopt;
    }
    const QString startText = m.captured(1), endText = m.captured(2);
    const std::optional<qint64> start = parseClock(startText), end = parseClock(endText);
    for (const auto &[time, text] : {std::pair(start, startText), std::pair(end, endText)}) {
        if (!time) {
            r.warn(line.number,
                   QStringLiteral("invalid time \"%1\" (expected %2); the cue is skipped")
                       .arg(text, expected));
            return std::nullopt;
        }
    }
    if (*end < *start) {
        r.warn(line.number,
               QStringLiteral("end time %1 is before start time %2; the cue is skipped")
                   .arg(endText, startText));
        return std::nullopt;
    }
    return std::pair(*start, *end);
}

void splitSpeakerPrefix(TranscriptCue &cue)
{
    // A name or role of at most three words starting with a capital letter, then a colon
    // and white space (or the line's end), and text after it: "Anna:", "Leerkracht 2:",
    // "Mevr. Peeters:". "om 10:30" and "zie: ..." are not speakers.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\p{Lu}[\\p{L}\\p{N}.'\\x{2019}-]*(?: [\\p{L}\\p{N}.'\\x{2019}-]+){0,2}):"
                       "(?:[ \\t]+|\\n|$)"));
    constexpr qsizetype kMaxSpeakerChars = 32;
    const QRegularExpressionMatch m = pattern.match(cue.text);
    if (!m.hasMatch() || m.captured(1).size() > kMaxSpeakerChars)
        return;
    const QString rest = cue.text.mid(m.capturedEnd(0)).trimmed();
    if (rest.isEmpty())
        return;
    cue.speaker = m.captured(1);
    cue.text = rest;
}

} // namespace nwk::transcript
