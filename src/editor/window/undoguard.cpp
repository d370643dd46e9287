// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoguard.h"

#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QUndoStack>
#include <QUndoView>

namespace nwk {

void routeUndoThroughDocument(SessionDocument *document, QAction *undo, QAction *redo,
                              QUndoView *history)
{
    const QUndoStack *stack = document->undoStack();
    // The actions of createUndoAction()/createRedoAction() call the stack directly.
    QObject::disconnect(undo, &QAction::triggered, stack, nullptr);
    QObject::disconnect(redo, &QAction::triggered, stack, nullptr);
    QObject::connect(undo, &QAction::triggered, document, &SessionDocument::undo);
    QObject::connect(redo, &QAction::triggered, document, &SessionDocument::redo);

    // QUndoView's model sets the stack's index when its current row changes; that
    // goes through the document instead. Row r is undo index r ("<opened>" is 0).
    QItemSelectionModel *selection = history->selectionModel();
    QObject::disconnect(selection, nullptr, history->model(), nullptr);
    QObject::connect(selection, &QItemSelectionModel::currentChanged, document,
                     [document, history, selection](const QModelIndex &current) {
                         if (!current.isValid())
                             return;
                         document->setUndoIndex(current.row());
                         const int index = document->undoStack()->index();
                         if (index != current.row()) // refused: show where the stack is
                             selection->setCurrentIndex(history->model()->index(index, 0),
                                                        QItemSelectionModel::ClearAndSelect);
                     });
}

} // namespace nwk
