// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands of the live focus group: card progress (notes, quotes, status,
// times), the session clock, protocol steps, closing answers and the deck.
//
// Card progress is replaced as a whole (SetCardProgress): a card without progress
// yet gets one appended, and undoing that removes it again, so an untouched card
// never leaves an empty entry in the file. Typing into one note is one undo step:
// consecutive commands with the same non-empty merge key (e.g. "note:<questionId>")
// for the same card merge unless the newer one was made unmergeable (focus-in).
#pragma once

#include "nwk/editor/changevalue.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoCommand>

#include <optional>

namespace nwk {

/// The progress of `cardId`, or nullptr when the session has none yet.
const CardProgress *findCardProgress(const Session &session, const QString &cardId);
/// The progress of `cardId`, or a fresh default one (status not started).
CardProgress cardProgressOrDefault(const Session &session, const QString &cardId);

class SetCardProgress : public EditCommand {
public:
    SetCardProgress(SessionDocument *document, CardProgress progress, const QString &text,
                    const QString &mergeKey = {}, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    /// False when the command would change nothing.
    bool changes() const { return !m_old || *m_old != m_new; }

private:
    SessionDocument *m_document;
    CardProgress m_new;
    std::optional<CardProgress> m_old; ///< nullopt: the card had no progress
    QString m_mergeKey;
    bool m_mergeable = true;
};

/// Session::recordingStarted (ISO 8601 UTC); the object id is ignored.
using RecordingStartedField =
    SessionValueField<&Session::recordingStarted, ChangeKind::RecordingStarted>;

/// Session::deck; the object id is ignored.
using DeckField = SessionValueField<&Session::deck, ChangeKind::Deck>;

/// A whole record of a session list addressed by its `Key` (a deck's step or question
/// id, not an id of its own); a fresh record with that key when the list has none.
template <typename T, QString T::*Key> struct KeyedRecordField {
    using Value = T;
    static std::optional<T> get(const Session &s, const QString &key)
    {
        if (const T *record = ObjectAccess<T>::find(s, key))
            return *record;
        T fresh;
        fresh.*Key = key;
        return fresh;
    }
    static void set(DocumentEditor &e, const QString &key, const T &v)
    {
        T copy = v;
        copy.*Key = key;
        e.put(copy);
    }
};

/// The state of one protocol step, addressed by step id (a default state when absent).
using ProtocolStepField = KeyedRecordField<ProtocolStepState, &ProtocolStepState::stepId>;

/// The answer to one closing question, addressed by question id.
using ClosingAnswerField = KeyedRecordField<ClosingAnswer, &ClosingAnswer::questionId>;

} // namespace nwk
