// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text with [hh:mm:ss] or [mm:ss] stamps at the lines' starts: a stamp starts a cue
// that runs to the next stamp; lines without a stamp continue the cue before them.
#include "transcript/transcriptparse.h"

#include <QRegularExpression>

namespace nwk::transcript {

namespace {

struct Pending {
    bool active = false;
    bool skipping = false; ///< after a stamp that was refused: its lines are skipped too
    qint64 startMs = 0;
    QString stamp; ///< as written, "[00:01:02]"
    int line = 0;
    QStringList text;
};

/// Adds the pending cue, ending at `endMs`; false when reading stops.
bool finish(Reader &r, Pending &p, qint64 endMs)
{
    if (!p.active)
        return true;
    p.active = false;
    if (p.text.isEmpty()) {
        r.warn(p.line, QStringLiteral("the time stamp %1 has no text; it is skipped").arg(p.stamp));
        return true;
    }
    TranscriptCue cue;
    cue.startMs = p.startMs;
    cue.endMs = endMs;
    cue.text = p.text.join(QLatin1Char('\n'));
    return r.add(std::move(cue), p.line);
}

} // namespace

void readStamped(Reader &r)
{
    Pending p;
    bool seenStamp = false;
    bool warnedPreamble = false;
    qint64 lastStart = -1;
    QString lastStamp;
    for (const Line &line : r.lines) {
        const QRegularExpressionMatch m = stampLinePattern().match(line.text);
        if (!m.hasMatch()) {
            const QString text = line.text.trimmed();
            if (text.isEmpty())
                continue;
            if (p.active && !p.skipping)
                p.text << text;
            else if (!seenStamp && !warnedPreamble) {
                r.warn(line.number, QStringLiteral("text before the first time stamp is skipped"));
                warnedPreamble = true;
            }
            continue;
        }
        seenStamp = true;
        const QString stamp = m.captured(1);
        const std::optional<qint64> start = parseClock(m.captured(2));
        if (!start || *start < lastStart) {
            r.warn(line.number,
                   !start ? QStringLiteral("invalid time stamp %1 (expected [hh:mm:ss] or "
                                           "[mm:ss]); the cue is skipped")
                                .arg(stamp)
                          : QStringLiteral("time stamp %1 is before the one before it, %2; the "
                                           "cue is skipped")
                                .arg(stamp, lastStamp));
            // The cue before keeps running to the next valid stamp; these lines are dropped.
            if (p.active)
                p.skipping = true;
            continue;
        }
        if (!finish(r, p, *start))
            return;
        p = Pending{true, false, *start, stamp, line.number, {}};
        lastStart = *start;
        lastStamp = stamp;
        if (!m.captured(3).trimmed().isEmpty())
            p.text << m.captured(3).trimmed();
    }
    // The last cue's end is unknown: it ends where it starts.
    finish(r, p, p.startMs);
}

} // namespace nwk::transcript
