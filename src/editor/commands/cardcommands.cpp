// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/cardcommands.h"

#include <algorithm>

namespace nwk {

namespace {
/// Merge id of SetCardProgress (outside the CommandId range of commandids.h).
constexpr int kSetCardProgressId = 0x4341;
} // namespace

const CardProgress *findCardProgress(const Session &session, const QString &cardId)
{
    auto it = std::find_if(session.cards.begin(), session.cards.end(),
                           [&](const CardProgress &c) { return c.cardId == cardId; });
    return it == session.cards.end() ? nullptr : &*it;
}

CardProgress cardProgressOrDefault(const Session &session, const QString &cardId)
{
    if (const CardProgress *c = findCardProgress(session, cardId))
        return *c;
    CardProgress fresh;
    fresh.cardId = cardId;
    return fresh;
}

SetCardProgress::SetCardProgress(SessionDocument *document, CardProgress progress,
                                 const QString &text, const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_new(std::move(progress))
    , m_mergeKey(mergeKey)
{
    if (const CardProgress *old = findCardProgress(document->session(), m_new.cardId))
        m_old = *old;
    setObsolete(!changes());
}

int SetCardProgress::id() const
{
    return kSetCardProgressId;
}

bool SetCardProgress::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetCardProgress *>(other);
    if (!o || !o->m_mergeable || m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey ||
        o->m_document != m_document || o->m_new.cardId != m_new.cardId)
        return false;
    m_new = o->m_new;
    setObsolete(!changes());
    return true;
}

void SetCardProgress::redo()
{
    if (m_old)
        m_document->setCard(m_new);
    else
        m_document->insertCard(static_cast<int>(m_document->session().cards.size()), m_new);
}

void SetCardProgress::undo()
{
    if (m_old)
        m_document->setCard(*m_old);
    else
        m_document->removeCard(m_new.cardId);
}

} // namespace nwk
