// SPDX-License-Identifier: GPL-3.0-or-later
// The live focus group: the cards dock, the "Session" menu (navigation, clock,
// memos, quotes, deck, presenter) and the presenter window. Installed with the
// editor context (after the Capture panel, whose tab it joins); everything else
// happens here.
#pragma once

#include "nwk/core/deck.h"

#include <QObject>
#include <QStringList>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QScreen;

namespace nwk {

class CardsPanel;
class EditorContext;
class MapScene;
class PresenterWindow;
class SessionDocument;

class FocusGroup : public QObject {
    Q_OBJECT

public:
    /// The cards dock goes in front of `beside` (or left of the map when null); the
    /// actions fill `sessionMenu`.
    FocusGroup(QMainWindow *window, SessionDocument *document, MapScene *scene, QDockWidget *beside,
               QMenu *sessionMenu);
    /// Registers the cards dock (DockId::Cards) and provides itself to later features.
    static void install(EditorContext &context);

    QDockWidget *dock() const { return m_dock; }
    CardsPanel *panel() const { return m_panel; }
    PresenterWindow *presenter() const { return m_presenter; }
    const Deck &deck() const;
    int currentCardIndex() const;

    QAction *nextCard = nullptr;
    QAction *previousCard = nullptr;
    QAction *nextQuestion = nullptr;
    /// Starts the session clock only (one undo step): for audio recorded elsewhere. The
    /// recorder's Start Recording (RecordingFeature) starts the clock through it.
    QAction *startRecording = nullptr;
    QAction *newMemo = nullptr;
    QAction *addQuote = nullptr;
    QAction *togglePresenter = nullptr;
    QAction *dutchDeck = nullptr;
    QAction *englishDeck = nullptr;
    QAction *openDeck = nullptr;

public Q_SLOTS:
    /// Reads a deck file and makes it the session's deck (one undo step). On an
    /// error the session keeps its deck and the panel shows the located problems.
    bool openDeckFile(const QString &fileName);
    /// The built-in study deck in "nl" or "en" (one undo step).
    void useBuiltinDeck(const QString &language);
    /// Shows the presenter (full screen on `screen`, or a window when nullptr).
    void showPresenter(QScreen *screen);
    /// The cards panel's Start button triggers `action` (RecordingFeature's Start Recording).
    void setStartAction(QAction *action);

private:
    void createActions(QMainWindow *window, QMenu *menu);
    void reloadDeck();
    void updatePresenter();
    void fillPresenterMenu();
    void chooseDeckFile();
    QStringList knownDeckFiles() const;
    void rememberDeckFile(const QString &fileName);

    QMainWindow *m_window;
    SessionDocument *m_document;
    QDockWidget *m_dock = nullptr;
    CardsPanel *m_panel = nullptr;
    PresenterWindow *m_presenter = nullptr;
    QMenu *m_presenterMenu = nullptr;
    QScreen *m_screen = nullptr; ///< reset when the screen goes away
};

} // namespace nwk
