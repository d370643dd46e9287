// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydock.h"

#include "context/editorcontext.h"
#include "nwk/editor/sessiondocument.h"
#include "undoguard.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QUndoView>

namespace nwk {

void HistoryDock::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *dock = new QDockWidget(tr("History"), window);
    dock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(dock);
    context.document->showHistoryIn(undoView);
    undoView->setEmptyLabel(tr("<opened>"));
    dock->setWidget(undoView);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setToolTip(tr("Show or hide the list of changes, to undo several at once"));
    context.menu(MenuId::View)->addAction(toggle);
    context.registerDock(DockId::History, dock);
    // Undo, Redo and History clicks go through the document, which refuses a step over
    // the group's data in annotation mode before it runs.
    routeUndoThroughDocument(context.document, context.action(ActionId::Undo),
                             context.action(ActionId::Redo), undoView);
}

} // namespace nwk
