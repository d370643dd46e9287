// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace nwk {

namespace {
QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &keys,
              const char *iconName = nullptr)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    if (iconName)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(iconName)));
    return action;
}
} // namespace

Actions::Actions(QMainWindow *window, QUndoStack *undoStack, QAction *undoDockToggle)
    : QObject(window)
{
    newFile = make(window, tr("&New"), {QKeySequence::New}, "document-new");
    open = make(window, tr("&Open\u2026"), {QKeySequence::Open}, "document-open");
    save = make(window, tr("&Save"), {QKeySequence::Save}, "document-save");
    saveAs =
        make(window, tr("Save &As\u2026"), {QKeySequence(tr("Ctrl+Shift+S"))}, "document-save-as");
    quit = make(window, tr("&Quit"), {QKeySequence::Quit}, "application-exit");
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window, tr("&Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo = undoStack->createRedoAction(window, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    deleteSelection = make(window, tr("&Delete"), {QKeySequence::Delete}, "edit-delete");
    deleteSelection->setEnabled(false);
    selectAll = make(window, tr("Select &All"), {QKeySequence::SelectAll}, "edit-select-all");

    zoomIn =
        make(window, tr("Zoom &In"), {QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn}, "zoom-in");
    zoomOut = make(window, tr("Zoom &Out"), {QKeySequence(tr("Ctrl+-")), QKeySequence::ZoomOut},
                   "zoom-out");
    fitToWindow =
        make(window, tr("&Fit Map to Window"), {QKeySequence(tr("Home"))}, "zoom-fit-best");

    freePlacement = make(window, tr("&Free Placement"), {});
    freePlacement->setCheckable(true);
    freePlacement->setToolTip(tr("Moving a partner into another sector keeps its category"));

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newFile);
    file->addAction(open);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(save);
    file->addAction(saveAs);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(deleteSelection);
    edit->addAction(selectAll);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(fitToWindow);
    view->addSeparator();
    view->addAction(undoDockToggle);
    viewMenu = view;

    QMenu *map = bar->addMenu(tr("&Map"));
    map->setObjectName(QStringLiteral("mapMenu"));
    map->addAction(freePlacement);
    mapMenu = map;
}

} // namespace nwk
