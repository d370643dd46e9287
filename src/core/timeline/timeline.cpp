// SPDX-License-Identifier: GPL-3.0-or-later
// timelineEvents(): the session's timed records and the map's history on one clock.
#include "nwk/core/timeline.h"

#include "timeline_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace nwk {

namespace {

TimelineEvent event(TimelineKind kind, qint64 atMs, const QString &objectId, const QString &text)
{
    TimelineEvent e;
    e.kind = kind;
    e.atMs = atMs;
    e.objectId = objectId;
    e.text = text;
    return e;
}

void addCards(const Session &s, std::vector<TimelineEvent> &out)
{
    for (const CardProgress &card : s.cards) {
        if (card.startedMs >= 0) {
            TimelineEvent e = event(TimelineKind::Card, card.startedMs, card.cardId, QString());
            e.endMs = card.endedMs;
            e.cardId = card.cardId;
            out.push_back(std::move(e));
        }
        for (const QuestionNote &note : card.notes) {
            if (note.atMs < 0)
                continue;
            TimelineEvent e = event(TimelineKind::Note, note.atMs,
                                    card.cardId + QLatin1Char('/') + note.questionId, note.text);
            e.cardId = card.cardId;
            out.push_back(std::move(e));
        }
        for (const Quote &quote : card.quotes) {
            if (quote.atMs < 0)
                continue;
            TimelineEvent e = event(TimelineKind::Quote, quote.atMs, quote.id, quote.text);
            e.cardId = card.cardId;
            e.participantId = quote.participantId;
            out.push_back(std::move(e));
        }
    }
}

void addRecords(const Session &s, std::vector<TimelineEvent> &out)
{
    for (const AudioPart &part : s.recording.parts) {
        TimelineEvent e = event(TimelineKind::AudioPart, part.startMs, part.file, QString());
        e.endMs = part.startMs + part.durationMs;
        out.push_back(std::move(e));
    }
    for (const Memo &memo : s.memos) {
        if (memo.atMs >= 0)
            out.push_back(event(TimelineKind::Memo, memo.atMs, memo.id, memo.text));
    }
    for (const Metaphor &m : s.metaphors) {
        if (m.atMs < 0)
            continue;
        TimelineEvent e = event(TimelineKind::Metaphor, m.atMs, m.id, m.text);
        e.participantId = m.participantId;
        out.push_back(std::move(e));
    }
    for (const ClosingAnswer &a : s.closingAnswers) {
        if (a.atMs >= 0)
            out.push_back(event(TimelineKind::ClosingAnswer, a.atMs, a.questionId, a.text));
    }
    for (const ProtocolStepState &step : s.protocol) {
        if (step.done && step.atMs >= 0)
            out.push_back(event(TimelineKind::ProtocolStep, step.atMs, step.stepId, step.note));
    }
    for (const Participant &p : s.participants) {
        for (const auto &[kind, ms] : {std::pair{TimelineKind::ParticipantJoined, p.joinedMs},
                                       std::pair{TimelineKind::ParticipantLeft, p.leftMs}}) {
            if (ms < 0)
                continue;
            TimelineEvent e = event(kind, ms, p.id, p.role);
            e.participantId = p.id;
            out.push_back(std::move(e));
        }
    }
}

void addPartnersWithoutHistory(const Session &s, std::vector<TimelineEvent> &out)
{
    QSet<QString> inHistory;
    for (const MapEvent &e : s.history) {
        if (e.kind == MapObjectKind::Partner)
            inHistory.insert(e.id);
    }
    for (const Partner &p : s.partners) {
        if (p.addedMs < 0 || inHistory.contains(p.id))
            continue;
        TimelineEvent e = event(TimelineKind::PartnerAdded, p.addedMs, p.id, p.label);
        e.objectKind = MapObjectKind::Partner;
        out.push_back(std::move(e));
    }
}

} // namespace

std::vector<TimelineEvent> transcriptTimelineEvents(const Session &s, const Transcript &onClock)
{
    QHash<QString, QString> participantOf;
    for (const TranscriptSpeaker &speaker : s.transcript.speakers)
        participantOf.insert(speaker.speaker, speaker.participantId);
    std::vector<TimelineEvent> out;
    out.reserve(onClock.cues.size());
    for (std::size_t i = 0; i < onClock.cues.size(); ++i) {
        const TranscriptCue &cue = onClock.cues[i];
        if (cue.startMs < 0)
            continue;
        TimelineEvent e =
            event(TimelineKind::TranscriptCue, cue.startMs, QString::number(i), cue.text);
        e.endMs = cue.endMs;
        e.participantId = participantOf.value(cue.speaker);
        e.cardId = cardAt(s, cue.startMs);
        out.push_back(std::move(e));
    }
    return out;
}

QString cardAt(const Session &s, qint64 atMs)
{
    const CardProgress *found = nullptr;
    for (const CardProgress &card : s.cards) {
        if (card.startedMs < 0 || card.startedMs > atMs)
            continue;
        if (card.endedMs >= 0 && atMs > card.endedMs)
            continue;
        if (!found || card.startedMs >= found->startedMs)
            found = &card;
    }
    return found ? found->cardId : QString();
}

std::vector<TimelineEvent> timelineEvents(const Session &s)
{
    std::vector<TimelineEvent> out;
    addCards(s, out);
    addRecords(s, out);
    addPartnersWithoutHistory(s, out);
    timeline::addMapChanges(s, out);
    for (TimelineEvent &e : out) {
        if (e.cardId.isEmpty() && e.kind != TimelineKind::AudioPart)
            e.cardId = cardAt(s, e.atMs);
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.atMs != b.atMs)
            return a.atMs < b.atMs;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return out;
}

} // namespace nwk
