// SPDX-License-Identifier: GPL-3.0-or-later
// Participants and importance marks, missing partners and groups in the main
// window: creates the four docks (Participants, Priorities, Missing Partners,
// Groups), the keyboard paths and the menu entries. Installed with the editor
// context; MainWindow holds no logic of it.
//
// Shortcuts: Alt+1..Alt+9, or M then 1..9, toggle participant N's mark on the
// selected partners (one undo step each); Ctrl+G groups the selection.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace nwk {

class EditorContext;
class GroupsDock;
class MapScene;
class MissingDock;
class ParticipantsDock;
class PriorityList;
class SessionDocument;

class MarksUi : public QObject {
    Q_OBJECT

public:
    /// Docks go to the right of the window (tabs with History); their toggles to the View
    /// menu, the mark and group actions to the Map menu. The properties dock follows the
    /// missing partner or group chosen in its dock. Provides itself to later features.
    static void install(EditorContext &context);
    /// `history` may be null; so may `viewMenu` and `mapMenu`.
    MarksUi(QMainWindow *window, SessionDocument *document, MapScene *scene, QDockWidget *history,
            QMenu *viewMenu, QMenu *mapMenu);

    ParticipantsDock *participants = nullptr;
    PriorityList *priorities = nullptr;
    MissingDock *missing = nullptr;
    GroupsDock *groups = nullptr;
    /// markActions[i] toggles participant i + 1's mark (Alt+i+1, "M, i+1").
    QList<QAction *> markActions;
    QAction *groupSelection = nullptr;

private:
    void updateActions();

    SessionDocument *m_document;
    MapScene *m_scene;
};

} // namespace nwk
