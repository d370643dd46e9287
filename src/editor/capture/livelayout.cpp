// SPDX-License-Identifier: GPL-3.0-or-later
#include "livelayout.h"

#include "capturepanel.h"
#include "context/editorcontext.h"
#include "livebar.h"
#include "participants/marksui.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/mapview.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace nwk {

LiveLayout::LiveLayout(QMainWindow *window, MapView *view)
    : QObject(window)
    , m_window(window)
    , m_view(view)
{
    setObjectName(QStringLiteral("liveLayout"));
}

void LiveLayout::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *capture = context.feature<CapturePanel>();
    auto *live = new LiveLayout(window, context.view);
    QAction *action = new QAction(tr("&Live Layout"), window);
    live->m_action = action;
    action->setObjectName(QStringLiteral("liveLayoutAction"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::Key_F10));
    action->setToolTip(tr("Fold the docks into one slim bar so that the map takes the window; "
                          "again to bring them back as they were"));
    connect(action, &QAction::toggled, live, &LiveLayout::setOn);
    window->addAction(action); // works while the menu bar is hidden behind the room view
    QMenu *view = context.menu(MenuId::View);
    view->addSeparator();
    view->addAction(action);

    live->m_bar = new LiveBar(context, capture, context.feature<MarksUi>(),
                              context.feature<FocusGroup>(), action, window->centralWidget());
    live->m_bar->hide();
    if (auto *layout = qobject_cast<QBoxLayout *>(window->centralWidget()->layout()))
        layout->insertWidget(0, live->m_bar);
    capture->setLiveField(live->m_bar->captureEdit()); // Ctrl+L and "/" go there while shown
    context.provide(live);
}

QByteArray LiveLayout::editingState() const
{
    return m_on ? m_state : m_window->saveState();
}

void LiveLayout::setOn(bool on)
{
    if (on == m_on)
        return;
    if (on)
        enter();
    else
        leave();
    m_action->setChecked(m_on);
}

void LiveLayout::enter()
{
    m_state = m_window->saveState();
    // A field being edited in a dock finishes as it would on a click on the map.
    QWidget *focus = QApplication::focusWidget();
    const auto docks = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    const auto toolBars = m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        if (focus && dock->isAncestorOf(focus))
            m_view->setFocus(Qt::OtherFocusReason);
    for (QDockWidget *dock : docks)
        dock->hide();
    for (QToolBar *bar : toolBars)
        bar->hide();
    m_on = true;
    m_bar->show();
}

void LiveLayout::leave()
{
    m_on = false;
    const bool barHadFocus = m_bar->isAncestorOf(QApplication::focusWidget());
    m_bar->hide();
    // The map area's size limits without the bar, before the docks come back beside it.
    m_window->centralWidget()->layout()->activate();
    m_window->restoreState(m_state);
    m_state.clear();
    if (barHadFocus)
        m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace nwk
