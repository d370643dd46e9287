// SPDX-License-Identifier: GPL-3.0-or-later
// The two subtitle formats: SRT (numbered cues) and WebVTT (voice tags, skipped blocks).
#include "transcript/transcriptparse.h"

#include <QRegularExpression>

namespace nwk::transcript {

namespace {

QString shortened(const QString &text)
{
    constexpr qsizetype kShown = 40;
    const QString t = text.trimmed();
    return t.size() > kShown ? t.left(kShown) + QStringLiteral("...") : t;
}

bool isCueNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*\\d+\\s*$"));
    return digits.match(text).hasMatch();
}

/// The cue's text lines with SRT's formatting (<i>, <font ...>, {\an8}) removed.
QString srtText(const std::vector<Line> &lines, std::size_t first, std::size_t last)
{
    static const QRegularExpression tags(
        QStringLiteral("</?(?:i|b|u|font)(?:\\s[^>]*)?>|\\{\\\\[^}]*\\}"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList text;
    for (std::size_t i = first; i < last; ++i) {
        const QString line = QString(lines[i].text).remove(tags).trimmed();
        if (!line.isEmpty())
            text << line;
    }
    return text.join(QLatin1Char('\n'));
}

/// Adds the cue of a block whose timing line is lines[timing]; false when reading stops.
bool addCue(Reader &r, std::size_t timing, std::optional<std::pair<qint64, qint64>> times,
            TranscriptCue cue)
{
    if (!times)
        return true;
    const Line &line = r.lines[timing];
    if (cue.text.isEmpty()) {
        r.warn(line.number, QStringLiteral("the cue has no text; it is skipped"));
        return true;
    }
    cue.startMs = times->first;
    cue.endMs = times->second;
    return r.add(std::move(cue), line.number);
}

bool isVttBlock(const QString &text, QLatin1String keyword)
{
    if (!text.startsWith(keyword))
        return false;
    return text.size() == keyword.size() || text.at(keyword.size()).isSpace();
}

/// The cue's text with the first voice tag's name as speaker, tags removed, entities decoded.
TranscriptCue vttCue(const std::vector<Line> &lines, std::size_t first, std::size_t last)
{
    static const QRegularExpression voice(QStringLiteral("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]+)>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    TranscriptCue cue;
    QStringList text;
    for (std::size_t i = first; i < last; ++i) {
        const QRegularExpressionMatch m = voice.match(lines[i].text);
        if (cue.speaker.isEmpty() && m.hasMatch())
            cue.speaker = m.captured(1).simplified();
        QString line = QString(lines[i].text).remove(tags);
        line.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lrm;"), QString())
            .replace(QLatin1String("&rlm;"), QString())
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        line = line.trimmed();
        if (!line.isEmpty())
            text << line;
    }
    cue.text = text.join(QLatin1Char('\n'));
    return cue;
}

} // namespace

void readSrt(Reader &r)
{
    const QString expected = QStringLiteral("hh:mm:ss,mmm");
    for (const auto &[first, last] : blocks(r.lines)) {
        std::size_t timing = first;
        if (isCueNumber(r.lines[first].text) && first + 1 < last)
            ++timing;
        if (!isTimingLine(r.lines[timing].text)) {
            r.warn(r.lines[timing].number,
                   QStringLiteral("expected a cue time \"%1 --> %1\", found \"%2\"; the cue is "
                                  "skipped")
                       .arg(expected, shortened(r.lines[timing].text)));
            continue;
        }
        const auto times = parseTiming(r, r.lines[timing], expected);
        TranscriptCue cue;
        cue.text = srtText(r.lines, timing + 1, last);
        if (!addCue(r, timing, times, std::move(cue)))
            return;
    }
}

void readVtt(Reader &r)
{
    const QString expected = QStringLiteral("hh:mm:ss.mmm");
    // The header block: "WEBVTT" and its metadata lines, up to the first blank line.
    std::size_t start = 0;
    while (start < r.lines.size() && !r.lines[start].isBlank())
        ++start;
    for (const auto &[first, last] : blocks(r.lines, start)) {
        const QString &head = r.lines[first].text;
        if (isVttBlock(head, QLatin1String("NOTE")) || isVttBlock(head, QLatin1String("STYLE")) ||
            isVttBlock(head, QLatin1String("REGION")))
            continue;
        // An optional cue identifier, then the timing line.
        std::size_t timing = first;
        if (!isTimingLine(head) && first + 1 < last)
            ++timing;
        if (!isTimingLine(r.lines[timing].text)) {
            r.warn(r.lines[timing].number,
                   QStringLiteral("expected a cue time \"%1 --> %1\", found \"%2\"; the cue is "
                                  "skipped")
                       .arg(expected, shortened(r.lines[timing].text)));
            continue;
        }
        const auto times = parseTiming(r, r.lines[timing], expected);
        if (!addCue(r, timing, times, vttCue(r.lines, timing + 1, last)))
            return;
    }
}

} // namespace nwk::transcript
