// SPDX-License-Identifier: GPL-3.0-or-later
// Playback's place in the window: the service for the other features, the transport in
// the status bar, and Session > Play from Here (Ctrl+Shift+Space: what has the focus)
// and Stop Playback.
#include "playback.h"
#include "playbacktransport.h"
#include "playmenus.h"
#include "playtargets.h"

#include "context/editorcontext.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace nwk {

void Playback::install(EditorContext &context)
{
    context.provide(new Playback(context.document, context.window));
}

void Playback::installControls(EditorContext &context)
{
    QMainWindow *window = context.window;
    Playback *playback = context.feature<Playback>();
    window->statusBar()->addPermanentWidget(new PlaybackTransport(playback, window));
    new PlayMenus(playback, context.document, window); // the cards' overview, protocol steps

    QMenu *session = context.menu(MenuId::Session);
    session->addSeparator();
    auto *playFocus = new QAction(tr("Play from &Here"), window);
    playFocus->setObjectName(QStringLiteral("playFromFocusAction"));
    playFocus->setShortcut(QKeySequence(tr("Ctrl+Shift+Space")));
    playFocus->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    playFocus->setToolTip(tr("Play the recording from a few seconds before the chosen quote, "
                             "note, memo, card, protocol step or partner"));
    playFocus->setStatusTip(playFocus->toolTip());
    session->addAction(playFocus);
    auto *stopAction = new QAction(tr("Stop Play&back"), window);
    stopAction->setObjectName(QStringLiteral("stopPlaybackAction"));
    stopAction->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-stop")));
    stopAction->setToolTip(tr("Stop playing the recording"));
    stopAction->setStatusTip(stopAction->toolTip());
    stopAction->setEnabled(false);
    session->addAction(stopAction);

    SessionDocument *document = context.document;
    MapScene *scene = context.scene;
    QObject::connect(playFocus, &QAction::triggered, playback, [playback, document, scene, window] {
        bool found = false;
        const qint64 at =
            clockTimeOfFocus(QApplication::focusWidget(), document->session(), scene, &found);
        if (!found) {
            window->statusBar()->showMessage(
                tr("Choose a quote, note, memo, card, protocol step or partner to play from."),
                5000);
            return;
        }
        playback->playFrom(at);
    });
    QObject::connect(stopAction, &QAction::triggered, playback, &Playback::stop);
    QObject::connect(playback, &Playback::stateChanged, stopAction,
                     [stopAction, playback] { stopAction->setEnabled(playback->isActive()); });
}

} // namespace nwk
