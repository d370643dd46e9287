// SPDX-License-Identifier: GPL-3.0-or-later
// Installing the participation feature: Session > Open to Participants…, its button in
// the Capture dock's bar, the Participation dock and the room view's join panel.
#include "participationfeature.h"

#include "capture/capturepanel.h"
#include "context/editorcontext.h"
#include "participationdock.h"
#include "presentation/roomview.h"
#include "qrcode.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>

namespace nwk {

void ParticipationFeature::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *feature = new ParticipationFeature(context.document, window);
    context.provide(feature);

    auto *action = new QAction(tr("Open to &Participants\u2026"), window);
    action->setObjectName(QStringLiteral("openParticipationAction"));
    action->setCheckable(true);
    action->setToolTip(tr("Participants send partners and priorities from their phones over "
                          "this room's network; untick to close (the link stops working)"));
    feature->m_openAction = action;
    context.menu(MenuId::Session)->addSeparator();
    context.menu(MenuId::Session)->addAction(action);
    context.feature<CapturePanel>()->addBarAction(action);

    auto *dock = new QDockWidget(tr("Participation"), window);
    dock->setObjectName(QStringLiteral("participationDock"));
    feature->m_dock = new ParticipationDock(feature, context.document, action, dock);
    dock->setWidget(feature->m_dock);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    context.registerDock(DockId::Participation, dock);

    connect(action, &QAction::toggled, feature, [feature, window, dock](bool on) {
        if (!on) {
            feature->close();
            return;
        }
        QString error;
        if (!feature->open(0, &error)) {
            QSignalBlocker block(feature->m_openAction);
            feature->m_openAction->setChecked(false);
            QMessageBox::warning(window, tr("Open to Participants"),
                                 tr("The session cannot be opened to participants: %1").arg(error));
            return;
        }
        dock->show();
        dock->raise();
    });
    RoomView *room = context.feature<RoomView>();
    connect(feature, &ParticipationFeature::openChanged, feature, [feature, room](bool open) {
        QSignalBlocker block(feature->m_openAction);
        feature->m_openAction->setChecked(open);
        if (!open) {
            room->setJoinInfo({}, QString(), QString());
            return;
        }
        const QString url = feature->server()->joinUrl().toString();
        room->setJoinInfo(qrCodeImage(url, 6), url, feature->server()->joinCode());
    });
    connect(feature, &ParticipationFeature::message, window,
            [window](const QString &text, int timeoutMs) {
                window->statusBar()->showMessage(text, timeoutMs);
            });
}

} // namespace nwk
