// SPDX-License-Identifier: GPL-3.0-or-later
// A read transcript: on the session clock, searched, and anonymised.
#include "nwk/core/transcript.h"

#include "nwk/core/clocktext.h"

#include <QSet>

namespace nwk {

Transcript Transcript::shifted(qint64 offsetMs) const
{
    Transcript t = *this;
    for (TranscriptCue &cue : t.cues) {
        cue.startMs += offsetMs;
        cue.endMs += offsetMs;
    }
    return t;
}

std::vector<int> cuesBeforeStart(const Transcript &t)
{
    std::vector<int> indices;
    for (std::size_t i = 0; i < t.cues.size(); ++i) {
        if (t.cues[i].startMs < 0)
            indices.push_back(int(i));
    }
    return indices;
}

QString beforeStartWarning(const Transcript &t)
{
    const std::vector<int> before = cuesBeforeStart(t);
    if (before.empty())
        return {};
    const TranscriptCue &first = t.cues[std::size_t(before.front())];
    return QStringLiteral("%1 of %2 cues start before the session clock's start (the first, "
                          "cue %3, %4 before it): check the offset")
        .arg(before.size())
        .arg(t.cues.size())
        .arg(before.front() + 1)
        .arg(fullClockText(-first.startMs));
}

namespace {

/// Text for comparing: accents removed (compatibility decomposition without the marks),
/// case folded, every run of white space one space, trimmed.
QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !key.isEmpty();
            continue;
        }
        if (space)
            key.append(QLatin1Char(' '));
        space = false;
        key.append(c);
    }
    return key.toCaseFolded();
}

} // namespace

std::vector<int> findCues(const Transcript &t, const QString &query)
{
    std::vector<int> found;
    const QString key = searchKey(query);
    if (key.isEmpty())
        return found;
    for (std::size_t i = 0; i < t.cues.size(); ++i) {
        const TranscriptCue &cue = t.cues[i];
        if (searchKey(cue.text).contains(key) || searchKey(cue.speaker).contains(key))
            found.push_back(int(i));
    }
    return found;
}

QStringList transcriptSpeakers(const Transcript &t)
{
    QStringList speakers;
    QSet<QString> seen;
    for (const TranscriptCue &cue : t.cues) {
        if (!cue.speaker.isEmpty() && !seen.contains(cue.speaker)) {
            seen.insert(cue.speaker);
            speakers << cue.speaker;
        }
    }
    return speakers;
}

Transcript anonymisedTranscript(const Transcript &t, const QMap<QString, QString> &roles)
{
    QMap<QString, QString> replacement;
    const QStringList speakers = transcriptSpeakers(t);
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        const QString role = roles.value(speakers.at(i)).trimmed();
        replacement.insert(speakers.at(i),
                           role.isEmpty() ? QStringLiteral("Speaker %1").arg(i + 1) : role);
    }
    Transcript result = t;
    for (TranscriptCue &cue : result.cues) {
        if (!cue.speaker.isEmpty())
            cue.speaker = replacement.value(cue.speaker);
    }
    return result;
}

} // namespace nwk
