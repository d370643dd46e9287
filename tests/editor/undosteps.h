// SPDX-License-Identifier: GPL-3.0-or-later
// The document's undo history as a test drives it: read from the stack, stepped
// through the document (push, undo, redo, macros), the one path the editor uses.
#pragma once

#include "nwk/editor/sessiondocument.h"

#include <QUndoStack>

namespace nwk::test {

class UndoSteps {
public:
    explicit UndoSteps(SessionDocument &document)
        : m_document(document)
    {
    }
    void push(QUndoCommand *command) const { m_document.push(command); }
    void undo() const { m_document.undo(); }
    void redo() const { m_document.redo(); }
    void beginMacro(const QString &text) const { m_document.beginMacro(text); }
    void endMacro() const { m_document.endMacro(); }
    /// Forgets every step (the session stays as it is), as QUndoStack::clear().
    void clear() const { m_document.reset(m_document.session(), m_document.fileName()); }

    int count() const { return stack().count(); }
    int index() const { return stack().index(); }
    bool canUndo() const { return stack().canUndo(); }
    bool canRedo() const { return stack().canRedo(); }
    QString undoText() const { return stack().undoText(); }
    QString redoText() const { return stack().redoText(); }
    QString text(int index) const { return stack().text(index); }

private:
    const QUndoStack &stack() const { return *m_document.undoStack(); }
    SessionDocument &m_document;
};

} // namespace nwk::test
