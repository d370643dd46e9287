// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline dock's filters (card, participant) and its list of events.
#include "timelinedock.h"

#include "nwk/core/clocktext.h"
#include "nwk/core/deck.h"
#include "nwk/editor/sessiondocument.h"
#include "timelinestrip.h"

#include <QComboBox>
#include <QSlider>
#include <QTreeWidget>

#include <algorithm>

namespace nwk {

namespace {

QString changeText(MapChangeKind change)
{
    switch (change) {
    case MapChangeKind::Added:
        return TimelineDock::tr("Added");
    case MapChangeKind::Placed:
        return TimelineDock::tr("Placed");
    case MapChangeKind::Moved:
        return TimelineDock::tr("Moved");
    case MapChangeKind::Marked:
        return TimelineDock::tr("Marked");
    case MapChangeKind::Unmarked:
        return TimelineDock::tr("Mark taken off");
    case MapChangeKind::Linked:
        return TimelineDock::tr("Linked");
    case MapChangeKind::Changed:
        return TimelineDock::tr("Changed");
    case MapChangeKind::Removed:
        return TimelineDock::tr("Removed");
    }
    return {};
}

QString kindText(const TimelineEvent &e)
{
    switch (e.kind) {
    case TimelineKind::Card:
        return TimelineDock::tr("Card");
    case TimelineKind::AudioPart:
        return TimelineDock::tr("Audio");
    case TimelineKind::Quote:
        return TimelineDock::tr("Quote");
    case TimelineKind::Note:
        return TimelineDock::tr("Note");
    case TimelineKind::Memo:
        return TimelineDock::tr("Memo");
    case TimelineKind::Metaphor:
        return TimelineDock::tr("Metaphor");
    case TimelineKind::ClosingAnswer:
        return TimelineDock::tr("Closing answer");
    case TimelineKind::ProtocolStep:
        return TimelineDock::tr("Protocol step");
    case TimelineKind::ParticipantJoined:
        return TimelineDock::tr("Joined");
    case TimelineKind::ParticipantLeft:
        return TimelineDock::tr("Left");
    case TimelineKind::PartnerAdded:
        return TimelineDock::tr("Partner added");
    case TimelineKind::MapChange:
        return TimelineDock::tr("Map: %1").arg(changeText(e.change));
    case TimelineKind::TranscriptCue:
        return TimelineDock::tr("Transcript");
    }
    return {};
}

/// Refills `combo` with "all" and `items` (id, text), keeping the chosen id when still there.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[id, text] : items)
        combo->addItem(text, id);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

QString TimelineDock::textOf(const TimelineEvent &e) const
{
    const Deck *deck = m_deck ? m_deck() : nullptr;
    if (deck && e.kind == TimelineKind::Card)
        if (const DeckCard *card = deck->card(e.objectId); card && !card->theme.isEmpty())
            return card->theme;
    if (deck && e.kind == TimelineKind::ProtocolStep)
        for (const DeckProtocolStep &step : deck->protocolSteps)
            if (step.id == e.objectId && !step.text.isEmpty())
                //: A protocol step in the timeline: %1 the step, %2 the facilitator's note on it
                return e.text.isEmpty() ? step.text : tr("%1 — %2").arg(step.text, e.text);
    return e.text.isEmpty() ? e.objectId : e.text;
}

void TimelineDock::fillFilters()
{
    QList<std::pair<QString, QString>> cards;
    for (const TimelineEvent &e : m_all)
        if (e.kind == TimelineKind::Card)
            cards.append({e.objectId, textOf(e)});
    refill(m_cards, tr("All cards"), cards);
    QList<std::pair<QString, QString>> people;
    for (const Participant &p : m_document->session().participants)
        people.append({p.id, p.role.isEmpty() ? p.code : p.code + QStringLiteral(" – ") + p.role});
    refill(m_participants, tr("Everyone"), people);
}

void TimelineDock::setCardFilter(const QString &cardId)
{
    m_cards->setCurrentIndex(std::max(0, m_cards->findData(cardId)));
    applyFilters();
}

void TimelineDock::setParticipantFilter(const QString &participantId)
{
    m_participants->setCurrentIndex(std::max(0, m_participants->findData(participantId)));
    applyFilters();
}

void TimelineDock::applyFilters()
{
    const QString card = m_cards->currentData().toString();
    const QString participant = m_participants->currentData().toString();
    m_shown.clear();
    for (const TimelineEvent &e : m_all) {
        if (!card.isEmpty() && e.cardId != card &&
            !(e.kind == TimelineKind::Card && e.objectId == card))
            continue;
        if (!participant.isEmpty() && e.participantId != participant)
            continue;
        m_shown.push_back(e);
    }
    m_strip->setEvents(m_shown, m_slider->maximum());
    fillList();
}

void TimelineDock::fillList()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(static_cast<qsizetype>(m_shown.size()));
    for (const TimelineEvent &e : m_shown) {
        QString time = fullClockText(e.atMs);
        if (e.endMs > e.atMs)
            time += QStringLiteral("–") + fullClockText(e.endMs);
        const QString text = textOf(e);
        auto *item = new QTreeWidgetItem({time, kindText(e), text.simplified()});
        item->setData(0, Qt::UserRole, e.atMs);
        item->setToolTip(2, text);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
}

} // namespace nwk
