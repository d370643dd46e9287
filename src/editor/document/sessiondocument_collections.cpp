// SPDX-License-Identifier: GPL-3.0-or-later
// SessionDocument mutators for the smaller collections. Only undo commands call them;
// each emits one past-tense signal after the change.
#include "nwk/editor/sessiondocument.h"

#include "idvector.h"

#include <algorithm>

namespace nwk {

void SessionDocument::insertParticipant(int index, const Participant &participant)
{
    Q_ASSERT(indexOfId(m_session.participants, participant.id) < 0);
    insertAt(m_session.participants, index, participant);
    Q_EMIT participantsChanged();
}

void SessionDocument::removeParticipant(const QString &participantId)
{
    if (removeId(m_session.participants, participantId))
        Q_EMIT participantsChanged();
}

void SessionDocument::setParticipant(const Participant &participant)
{
    if (replaceId(m_session.participants, participant))
        Q_EMIT participantsChanged();
}

void SessionDocument::insertMissingPartner(int index, const MissingPartner &missing)
{
    Q_ASSERT(indexOfId(m_session.missingPartners, missing.id) < 0);
    insertAt(m_session.missingPartners, index, missing);
    Q_EMIT missingPartnersAdded({missing.id});
}

void SessionDocument::removeMissingPartner(const QString &missingId)
{
    if (removeId(m_session.missingPartners, missingId))
        Q_EMIT missingPartnersRemoved({missingId});
}

void SessionDocument::setMissingPartner(const MissingPartner &missing)
{
    if (replaceId(m_session.missingPartners, missing))
        Q_EMIT missingPartnersChanged({missing.id});
}

void SessionDocument::insertGroup(int index, const Group &group)
{
    Q_ASSERT(indexOfId(m_session.groups, group.id) < 0);
    insertAt(m_session.groups, index, group);
    m_groupsOfValid = false;
    Q_EMIT groupsAdded({group.id});
}

void SessionDocument::removeGroup(const QString &groupId)
{
    if (removeId(m_session.groups, groupId)) {
        m_groupsOfValid = false;
        Q_EMIT groupsRemoved({groupId});
    }
}

void SessionDocument::setGroup(const Group &group)
{
    if (replaceId(m_session.groups, group)) {
        m_groupsOfValid = false;
        Q_EMIT groupsChanged({group.id});
    }
}

void SessionDocument::insertCategory(int index, const Category &category)
{
    Q_ASSERT(indexOfId(m_session.categories, category.id) < 0);
    insertAt(m_session.categories, index, category);
    Q_EMIT categoriesChanged();
}

void SessionDocument::removeCategory(const QString &categoryId)
{
    if (removeId(m_session.categories, categoryId))
        Q_EMIT categoriesChanged();
}

void SessionDocument::moveCategory(const QString &categoryId, int to)
{
    auto &cats = m_session.categories;
    const int from = indexOfId(cats, categoryId);
    if (from < 0)
        return;
    to = std::clamp(to, 0, static_cast<int>(cats.size()) - 1);
    if (from == to)
        return;
    const Category moved = cats[static_cast<std::size_t>(from)];
    cats.erase(cats.begin() + from);
    cats.insert(cats.begin() + to, moved);
    Q_EMIT categoriesChanged();
}

void SessionDocument::setRings(const std::vector<Ring> &rings)
{
    if (m_session.rings == rings)
        return;
    m_session.rings = rings;
    Q_EMIT ringsChanged();
}

void SessionDocument::insertCard(int index, const CardProgress &card)
{
    auto &cards = m_session.cards;
    if (std::any_of(cards.begin(), cards.end(),
                    [&](const CardProgress &c) { return c.cardId == card.cardId; }))
        return;
    const auto at = std::clamp<std::ptrdiff_t>(index, 0, std::ssize(cards));
    cards.insert(cards.begin() + at, card);
    Q_EMIT cardsChanged({card.cardId});
}

void SessionDocument::removeCard(const QString &cardId)
{
    auto &cards = m_session.cards;
    auto it = std::find_if(cards.begin(), cards.end(),
                           [&](const CardProgress &c) { return c.cardId == cardId; });
    if (it == cards.end())
        return;
    cards.erase(it);
    Q_EMIT cardsChanged({cardId});
}

void SessionDocument::setRecordingStarted(const QString &isoDateTime)
{
    if (m_session.recordingStarted == isoDateTime)
        return;
    m_session.recordingStarted = isoDateTime;
    Q_EMIT recordingStartedChanged();
}

void SessionDocument::setDeck(const DeckRef &deck)
{
    if (m_session.deck == deck)
        return;
    m_session.deck = deck;
    Q_EMIT deckChanged();
}

void SessionDocument::setProtocolStep(const ProtocolStepState &state)
{
    auto &steps = m_session.protocol;
    auto it = std::find_if(steps.begin(), steps.end(),
                           [&](const ProtocolStepState &x) { return x.stepId == state.stepId; });
    if (it == steps.end())
        steps.push_back(state);
    else if (*it == state)
        return;
    else
        *it = state;
    Q_EMIT protocolChanged();
}

void SessionDocument::setClosingAnswer(const ClosingAnswer &answer)
{
    auto &answers = m_session.closingAnswers;
    auto it = std::find_if(answers.begin(), answers.end(), [&](const ClosingAnswer &x) {
        return x.questionId == answer.questionId;
    });
    if (it == answers.end())
        answers.push_back(answer);
    else if (*it == answer)
        return;
    else
        *it = answer;
    Q_EMIT protocolChanged();
}

void SessionDocument::insertMetaphor(int index, const Metaphor &metaphor)
{
    Q_ASSERT(indexOfId(m_session.metaphors, metaphor.id) < 0);
    insertAt(m_session.metaphors, index, metaphor);
    Q_EMIT metaphorsChanged();
}

void SessionDocument::removeMetaphor(const QString &metaphorId)
{
    if (removeId(m_session.metaphors, metaphorId))
        Q_EMIT metaphorsChanged();
}

void SessionDocument::setMetaphor(const Metaphor &metaphor)
{
    if (replaceId(m_session.metaphors, metaphor))
        Q_EMIT metaphorsChanged();
}

void SessionDocument::insertMemo(int index, const Memo &memo)
{
    Q_ASSERT(indexOfId(m_session.memos, memo.id) < 0);
    insertAt(m_session.memos, index, memo);
    Q_EMIT memosChanged();
}

void SessionDocument::removeMemo(const QString &memoId)
{
    if (removeId(m_session.memos, memoId))
        Q_EMIT memosChanged();
}

void SessionDocument::setMemo(const Memo &memo)
{
    if (replaceId(m_session.memos, memo))
        Q_EMIT memosChanged();
}

} // namespace nwk
