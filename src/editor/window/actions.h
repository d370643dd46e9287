// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions and menus. Owns no behaviour: MainWindow connects
// each action's triggered() to what it does. Creates every menu of the menu bar
// up front, in menu-bar order, and registers menus and actions in the editor
// context (src/editor/context/editorcontext.h) for the features to fill.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace nwk {

class EditorContext;

class Actions : public QObject {
    Q_OBJECT

public:
    /// Creates the actions (children of the context's window) and fills its menu bar.
    explicit Actions(EditorContext &context);

    QAction *newFile = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *deleteSelection = nullptr;
    QAction *selectAll = nullptr;
    QAction *relativePlacements = nullptr; ///< View: draw the relative placements (schema 3)
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *fitToWindow = nullptr;
    QAction *freePlacement = nullptr;
    /// Filled by MainWindow when it is about to show.
    QMenu *recentMenu = nullptr;
    QMenu *fileMenu = nullptr;
    /// In the File menu before Quit: installers insert their entries before it.
    QAction *fileExportSeparator = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *mapMenu = nullptr;
    QMenu *viewMenu = nullptr;

private:
    void createActions(QMainWindow *window, const QUndoStack *undoStack);
    void registerIn(EditorContext &context, QMenu *session, QMenu *research, QMenu *help);
};

} // namespace nwk
