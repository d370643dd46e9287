// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/cardcommands.h"

namespace nwk {

namespace {
/// Merge id of SetCardProgress (outside the CommandId range of commandids.h).
constexpr int kSetCardProgressId = 0x4341;
} // namespace

const CardProgress *findCardProgress(const Session &session, const QString &cardId)
{
    return ObjectAccess<CardProgress>::find(session, cardId);
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
    : EditCommand(text, parent)
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
    editor(m_document).put(m_new); // a card without progress gets it appended
}

void SetCardProgress::undo()
{
    if (m_old)
        editor(m_document).replace(*m_old);
    else
        editor(m_document).remove<CardProgress>(m_new.cardId);
}

} // namespace nwk
