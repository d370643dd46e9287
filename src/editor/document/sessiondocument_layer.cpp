// SPDX-License-Identifier: GPL-3.0-or-later
// SessionDocument: undo steps and annotation mode (the lock on the group's data).
//
// Where the lock lives: in front of the undo stack. Only commands change the
// session, and every step goes through push(), undo(), redo() or setUndoIndex()
// (the Undo and Redo actions and the History view are routed here, see
// window/undoguard.cpp). Each asks commandLayer() of the steps it would run before any
// of them runs; in annotation mode a step of the group's data is refused as a
// whole: nothing runs, the stack stays as it was, groupEditRefused() reports it.
// The UI disables group edits in annotation mode as well; this is the rule under it.
#include "nwk/editor/sessiondocument.h"

#include "nwk/editor/cardcommands.h"
#include "nwk/editor/editlayer.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <memory>

namespace nwk {

namespace {
/// Whether the command or one of its children starts the session clock.
bool startsClock(const QUndoCommand *command)
{
    if (const auto *clock = dynamic_cast<const ChangeValue<RecordingStartedField> *>(command);
        clock && clock->oldValue().isEmpty() && !clock->newValue().isEmpty())
        return true;
    for (int i = 0; i < command->childCount(); ++i)
        if (startsClock(command->child(i)))
            return true;
    return false;
}
} // namespace

void SessionDocument::setAnnotationMode(bool on)
{
    if (m_annotationMode == on)
        return;
    m_annotationMode = on;
    Q_EMIT annotationModeChanged(on);
}

bool SessionDocument::locks(EditLayer layer) const
{
    return m_replaying || (m_annotationMode && layer == EditLayer::Group);
}

bool SessionDocument::refuseSteps(int from, int to)
{
    if (m_replaying && from < to) {
        Q_EMIT groupEditRefused();
        return true;
    }
    if (!m_annotationMode)
        return false;
    for (int i = std::max(from, 0); i < std::min(to, m_undoStack->count()); ++i)
        if (commandLayer(m_undoStack->command(i)) == EditLayer::Group) {
            Q_EMIT groupEditRefused();
            return true;
        }
    return false;
}

bool SessionDocument::refuseClockUndo(int from, int to)
{
    const int parts = static_cast<int>(m_session.recording.parts.size());
    if (parts == 0)
        return false;
    for (int i = std::max(from, 0); i < std::min(to, m_undoStack->count()); ++i)
        if (startsClock(m_undoStack->command(i))) {
            Q_EMIT undoRefused(
                tr("The session clock's start cannot be undone: %n audio part(s) were recorded "
                   "on this clock, and undo never takes back what was recorded.",
                   nullptr, parts));
            return true;
        }
    return false;
}

bool SessionDocument::push(QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    if (locks(commandLayer(command))) {
        Q_EMIT groupEditRefused();
        return false; // deleted unrun
    }
    m_undoStack->push(owned.release());
    recordHistory();
    return true;
}

void SessionDocument::undo()
{
    const int index = m_undoStack->index();
    if (index > 0 && !refuseSteps(index - 1, index) && !refuseClockUndo(index - 1, index)) {
        m_undoStack->undo();
        recordHistory(); // an undo is itself a timed change of the map
    }
}

void SessionDocument::redo()
{
    const int index = m_undoStack->index();
    if (index < m_undoStack->count() && !refuseSteps(index, index + 1)) {
        m_undoStack->redo();
        recordHistory();
    }
}

void SessionDocument::setUndoIndex(int index)
{
    const int current = m_undoStack->index();
    if (index != current && !refuseSteps(std::min(index, current), std::max(index, current)) &&
        (index > current || !refuseClockUndo(index, current))) {
        m_undoStack->setIndex(index);
        recordHistory();
    }
}

void SessionDocument::beginMacro(const QString &text)
{
    m_undoStack->beginMacro(text);
}

void SessionDocument::endMacro()
{
    m_undoStack->endMacro();
}

void SessionDocument::showHistoryIn(QUndoView *view) const
{
    view->setStack(m_undoStack);
}

} // namespace nwk
