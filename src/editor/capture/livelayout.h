// SPDX-License-Identifier: GPL-3.0-or-later
// View > Live Layout (F10): for the session itself. Folds every dock and tool bar
// away, so that the map takes the window, and shows one slim row over the map
// (LiveBar: the current card, the session clock, the quick-add field, who named
// it, the importance marks). The same key brings the docks and tool bars back
// exactly as they were (QMainWindow::saveState/restoreState: floating docks, tabs
// and sizes included). Only the view changes: never the document or the undo stack.
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QMainWindow;

namespace nwk {

class EditorContext;
class LiveBar;
class MapView;

class LiveLayout : public QObject {
    Q_OBJECT

public:
    /// Adds the action to the View menu and the bar (hidden) over the map; the bar uses
    /// the capture panel, the marks and the focus group (installed before). Provides
    /// itself (MainWindow asks it for editingState()).
    static void install(EditorContext &context);
    /// The window's layout to remember when it closes: as it was before the live
    /// layout when that is on, so that the next start has its docks.
    QByteArray editingState() const;

    QAction *action() const { return m_action; }
    LiveBar *bar() const { return m_bar; }
    bool isOn() const { return m_on; }
    void setOn(bool on);

private:
    LiveLayout(QMainWindow *window, MapView *view);
    void enter();
    void leave();

    QMainWindow *m_window;
    MapView *m_view;
    QAction *m_action = nullptr;
    LiveBar *m_bar = nullptr;
    QByteArray m_state; ///< saveState() before the live layout
    bool m_on = false;
};

} // namespace nwk
