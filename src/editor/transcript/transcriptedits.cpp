// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptedits.h"

#include <algorithm>
#include <optional>

namespace nwk {

bool pushTranscriptRef(SessionDocument *document, const TranscriptRef &ref, const QString &text)
{
    auto *command = new ChangeValue<TranscriptField>(document, QString(), ref, text);
    command->setMergeable(false);
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    return document->push(command);
}

QString speakerParticipant(const TranscriptRef &ref, const QString &speaker)
{
    if (speaker.isEmpty())
        return {};
    for (const TranscriptSpeaker &s : ref.speakers)
        if (s.speaker == speaker)
            return s.participantId;
    return {};
}

TranscriptRef withSpeaker(const TranscriptRef &ref, const QString &speaker,
                          const QString &participantId)
{
    TranscriptRef result = ref;
    auto &speakers = result.speakers;
    for (auto it = speakers.begin(); it != speakers.end(); ++it) {
        if (it->speaker != speaker)
            continue;
        if (participantId.isEmpty()) {
            speakers.erase(it);
        } else {
            TranscriptSpeaker changed = *it;
            changed.participantId = participantId;
            *it = changed;
        }
        return result;
    }
    if (!participantId.isEmpty()) {
        TranscriptSpeaker added;
        added.speaker = speaker;
        added.participantId = participantId;
        speakers.push_back(added);
    }
    return result;
}

TranscriptQuote quoteFromCues(const Transcript &clockCues, const TranscriptRef &ref,
                              const std::vector<int> &rows)
{
    TranscriptQuote result;
    QStringList texts;
    std::optional<QString> participant; // of the first cue with a speaker
    for (int row : rows) {
        if (row < 0 || row >= static_cast<int>(clockCues.cues.size()))
            continue;
        const TranscriptCue &cue = clockCues.cues[static_cast<std::size_t>(row)];
        if (texts.isEmpty())
            result.quote.atMs = std::max<qint64>(0, cue.startMs);
        texts.append(cue.text.simplified());
        // A cue without a speaker continues the one before it; a labelled cue counts.
        if (cue.speaker.isEmpty())
            continue;
        const QString id = speakerParticipant(ref, cue.speaker);
        if (!participant)
            participant = id;
        else if (*participant != id)
            result.severalSpeakers = true;
    }
    result.quote.text = texts.join(QLatin1Char(' '));
    if (participant && !result.severalSpeakers)
        result.quote.participantId = *participant;
    return result;
}

} // namespace nwk
