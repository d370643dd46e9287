// SPDX-License-Identifier: GPL-3.0-or-later
// View > Room View (F5): the presenter's map for the room, inside the main window.
// On one screen (a laptop mirrored to a projector) F5 covers the whole window with
// the live map in projection-mode style, partner labels at least 16 px tall; F5 or
// Esc returns to editing with everything as it was (nothing is moved or hidden
// underneath; floating docks come back). With a second screen, F5 shows and hides
// the presenter window there instead (Session > Presenter).
//
// While the room view is up, keys do not reach the hidden editor: only the card
// keys (Page Down / Page Up, arrows, Space, and the Session menu's keys), F5, Esc,
// save and quit work.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QImage;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTimer;

namespace nwk {

class FocusGroup;
class EditorContext;
class MapView;
class PresenterMap;

class RoomView : public QWidget {
    Q_OBJECT

public:
    /// Adds View > Room View (F5) to `window`; F5 is taken from Show Presenter,
    /// which F5 now reaches when there is a second screen.
    static void install(EditorContext &context);

    QAction *action() const { return m_action; }
    PresenterMap *map() const { return m_map; }
    bool isOpen() const { return isVisible(); }
    /// Covers the window with the map (focus comes here).
    void enter();
    /// Back to editing: the focus returns where it was.
    void leave();
    /// While the session is open to participants: how phones join (the QR code of
    /// `url`, the URL and the join code) in the room view's corner; empty `url` hides it.
    void setJoinInfo(const QImage &qr, const QString &url, const QString &code);
    QWidget *joinPanel() const { return m_join; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    RoomView(const EditorContext &context, FocusGroup *group);
    /// F5: the room view on one screen, the presenter window when there is a second.
    void toggle();
    bool hasSecondScreen() const;
    bool passesThrough(const QKeySequence &key) const;
    void placeOverlays();
    void createJoinPanel();

    QMainWindow *m_window;
    MapView *m_view;
    FocusGroup *m_group;
    QList<QAction *> m_recordingActions; ///< Start, Pause/Resume and Stop Recording pass through
    QAction *m_save;                     ///< File > Save and Quit work in the room view
    QAction *m_quit;
    PresenterMap *m_map = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_join = nullptr;
    QLabel *m_joinQr = nullptr;
    QLabel *m_joinText = nullptr;
    QLabel *m_joinCode = nullptr;
    QTimer *m_hintTimer = nullptr;
    QAction *m_action = nullptr;
    QPointer<QWidget> m_focusBefore;
    QList<QPointer<QDockWidget>> m_floatingHidden;
};

} // namespace nwk
