// SPDX-License-Identifier: GPL-3.0-or-later
// SessionDocument: the researcher's layer (annotations, codebook, snapshots) and
// annotation mode, the lock on the group's data.
//
// Where the lock lives: in the mutators. Every change of the session goes through
// one of them (only undo commands call them), so a check at the top of each
// mutator of the group's data covers every path: the map, the docks, the cards,
// keys, undo and redo. A refused mutator changes nothing. The undo stack must
// still match the session, so the step during which a mutator refused is taken
// back right away (takeBackRefusedStep): a pushed command is dropped, an undo of
// an earlier group edit is redone (without effect: its redo is refused too) and a
// redo is undone. The UI disables group edits in annotation mode as well; this is
// the net under it.
#include "nwk/editor/sessiondocument.h"

#include "idvector.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace nwk {

void SessionDocument::setAnnotationMode(bool on)
{
    if (m_annotationMode == on)
        return;
    m_annotationMode = on;
    m_refused = false;
    rememberUndoPosition();
    Q_EMIT annotationModeChanged(on);
}

bool SessionDocument::refuseGroupEdit()
{
    if (!m_annotationMode)
        return false;
    m_refused = true;
    if (!m_reverting)
        Q_EMIT groupEditRefused();
    return true;
}

void SessionDocument::rememberUndoPosition()
{
    m_lastIndex = m_undoStack->index();
    m_lastNext = m_lastIndex < m_undoStack->count() ? m_undoStack->command(m_lastIndex) : nullptr;
}

void SessionDocument::takeBackRefusedStep(int index)
{
    if (m_reverting)
        return;
    if (std::exchange(m_refused, false) && m_annotationMode) {
        m_reverting = true;
        // Undo, redo or a jump in History walked over earlier steps: walk back.
        // Refused steps change nothing either way; annotation steps are put back.
        const bool walked = index > m_lastIndex && m_lastIndex < m_undoStack->count() &&
                            m_undoStack->command(m_lastIndex) == m_lastNext;
        if (index < m_lastIndex) {
            while (m_undoStack->index() < m_lastIndex && m_undoStack->canRedo())
                m_undoStack->redo();
        } else if (walked) {
            while (m_undoStack->index() > m_lastIndex && m_undoStack->canUndo())
                m_undoStack->undo();
        } else if (index > 0) {
            // A new command (or one merged into the previous step): undo what it
            // may have done to the layer, then drop it from the stack unrun.
            m_undoStack->undo();
            const int next = m_undoStack->index();
            if (next < m_undoStack->count()) {
                const_cast<QUndoCommand *>(m_undoStack->command(next))->setObsolete(true);
                m_undoStack->redo(); // an obsolete command is deleted, not run
                Q_EMIT m_undoStack->indexChanged(m_undoStack->index()); // views recount
            }
        }
        m_refused = false;
        m_reverting = false;
    }
    rememberUndoPosition();
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
