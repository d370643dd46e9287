// SPDX-License-Identifier: GPL-3.0-or-later
// SessionDocument: undo steps, annotation mode (the lock on the group's data) and
// the researcher's layer (annotations, codebook, snapshots).
//
// Where the lock lives: in front of the undo stack. Only commands change the
// session, and every step goes through push(), undo(), redo() or setUndoIndex()
// (the Undo and Redo actions and the History view are routed here, see
// window/undoguard.cpp). Each asks commandLayer() of the steps it would run before any
// of them runs; in annotation mode a step of the group's data is refused as a
// whole: nothing runs, the stack stays as it was, groupEditRefused() reports it.
// The UI disables group edits in annotation mode as well; this is the rule under it.
#include "nwk/editor/sessiondocument.h"

#include "idvector.h"

#include "nwk/editor/editlayer.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace nwk {

void SessionDocument::setAnnotationMode(bool on)
{
    if (m_annotationMode == on)
        return;
    m_annotationMode = on;
    Q_EMIT annotationModeChanged(on);
}

bool SessionDocument::locks(EditLayer layer) const
{
    return m_annotationMode && layer == EditLayer::Group;
}

bool SessionDocument::refuseSteps(int from, int to)
{
    if (!m_annotationMode)
        return false;
    for (int i = std::max(from, 0); i < std::min(to, m_undoStack->count()); ++i)
        if (commandLayer(m_undoStack->command(i)) == EditLayer::Group) {
            Q_EMIT groupEditRefused();
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
    return true;
}

void SessionDocument::undo()
{
    const int index = m_undoStack->index();
    if (index > 0 && !refuseSteps(index - 1, index))
        m_undoStack->undo();
}

void SessionDocument::redo()
{
    const int index = m_undoStack->index();
    if (index < m_undoStack->count() && !refuseSteps(index, index + 1))
        m_undoStack->redo();
}

void SessionDocument::setUndoIndex(int index)
{
    const int current = m_undoStack->index();
    if (index != current && !refuseSteps(std::min(index, current), std::max(index, current)))
        m_undoStack->setIndex(index);
}

// ---- Annotations, codebook, snapshots: never locked ---------------------------

void SessionDocument::setAnnotation(const Annotation &annotation)
{
    if (replaceId(m_session.annotations, annotation))
        Q_EMIT annotationsChanged({annotation.id});
}

void SessionDocument::insertCode(int index, const Code &code)
{
    Q_ASSERT(indexOfId(m_session.codebook, code.id) < 0);
    insertAt(m_session.codebook, index, code);
    Q_EMIT codebookChanged();
}

void SessionDocument::removeCode(const QString &codeId)
{
    if (removeId(m_session.codebook, codeId))
        Q_EMIT codebookChanged();
}

void SessionDocument::setCode(const Code &code)
{
    if (replaceId(m_session.codebook, code))
        Q_EMIT codebookChanged();
}

void SessionDocument::insertSnapshot(int index, const Snapshot &snapshot)
{
    Q_ASSERT(indexOfId(m_session.snapshots, snapshot.id) < 0);
    insertAt(m_session.snapshots, index, snapshot);
    Q_EMIT snapshotsChanged();
}

void SessionDocument::removeSnapshot(const QString &snapshotId)
{
    if (removeId(m_session.snapshots, snapshotId))
        Q_EMIT snapshotsChanged();
}

void SessionDocument::setSnapshot(const Snapshot &snapshot)
{
    if (replaceId(m_session.snapshots, snapshot))
        Q_EMIT snapshotsChanged();
}

} // namespace nwk
