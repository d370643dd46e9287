// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include "context/editorcontext.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QTabBar>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace nwk {

namespace {
/// A dock tab shows its whole title: never "Prio…"; when the tabs need more than the
/// column's width, the tab bar scrolls (arrows) instead of cutting every title.
void keepTabTitlesWhole(QTabBar *bar)
{
    bar->setElideMode(Qt::ElideNone);
    bar->setUsesScrollButtons(true);
    bar->setExpanding(false);
}

/// Qt makes the dock tab bars when docks are tabbed (then, and when the user tabs them
/// later) and sets their elide mode itself: ours is set just after.
class WholeTabTitles : public QObject {
public:
    explicit WholeTabTitles(QMainWindow *window)
        : QObject(window)
    {
        for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            keepTabTitlesWhole(bar);
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            if (auto *bar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
                QTimer::singleShot(0, bar, [bar] { keepTabTitlesWhole(bar); });
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void keepSideColumnsWhole(QMainWindow *window)
{
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void arrangeDefaultDocks(const EditorContext &context)
{
    QMainWindow *window = context.window;
    keepSideColumnsWhole(window);
    QDockWidget *properties = context.dock(DockId::Properties);
    QDockWidget *top = context.dock(DockId::Cards);
    // Under the Capture and Cards tabs, in the same column.
    window->addDockWidget(window->dockWidgetArea(top), properties, Qt::Vertical);
    // Three tabs, whose titles fit the column at 1280 px in Dutch too (issue #21).
    for (DockId id : {DockId::Participants, DockId::History, DockId::Categories})
        window->tabifyDockWidget(properties, context.dock(id));
    // Missing partners are captured during the conversation, like partners.
    window->tabifyDockWidget(top, context.dock(DockId::Missing));
    // Read after the conversation: on the right, closed until View opens them.
    QDockWidget *priorities = context.dock(DockId::Priorities);
    QDockWidget *groups = context.dock(DockId::Groups);
    window->addDockWidget(Qt::RightDockWidgetArea, priorities);
    window->tabifyDockWidget(priorities, groups);
    // The measures with them: the whole right column when opened, not its bottom corner.
    QDockWidget *measures = context.dock(DockId::Measures);
    if (measures)
        window->tabifyDockWidget(priorities, measures);
    // The phones' round: opened by Session > Open to Participants.
    QDockWidget *participation = context.dock(DockId::Participation);
    window->tabifyDockWidget(priorities, participation);
    for (QDockWidget *dock : {priorities, groups, measures, participation})
        if (dock)
            dock->hide();
    top->raise();
    properties->raise();
    new WholeTabTitles(window);
    // Wide enough for the participants' roles and the tab titles on a 1280 px laptop; the
    // map keeps the rest (issue #21). Set before the first layout, so that the map is fitted
    // to the width it keeps.
    const QScreen *screen = window->screen();
    const int screenWidth = screen ? screen->availableGeometry().width() : 1280;
    window->resizeDocks({top}, {std::clamp(screenWidth * 36 / 100, 380, 600)}, Qt::Horizontal);
}

void addDockTogglesToViewMenu(const EditorContext &context)
{
    QMenu *view = context.menu(MenuId::View);
    bool separated = false;
    for (QDockWidget *dock : context.window->findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        if (view->actions().contains(toggle))
            continue;
        if (!separated)
            view->addSeparator();
        separated = true;
        view->addAction(toggle);
        if (toggle->toolTip() == QString(toggle->text()).remove(QLatin1Char('&')))
            toggle->setToolTip(
                QCoreApplication::translate("nwk::DockLayout", "Show or hide the “%1” panel")
                    .arg(dock->windowTitle()));
    }
}

QRect fittedToScreen(QRect window, QRect available)
{
    if (!available.isValid())
        return window;
    window.setWidth(std::min(window.width(), available.width()));
    window.setHeight(std::min(window.height(), available.height()));
    window.moveLeft(
        std::clamp(window.left(), available.left(), available.right() - window.width() + 1));
    window.moveTop(
        std::clamp(window.top(), available.top(), available.bottom() - window.height() + 1));
    return window;
}

void fitWindowToScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect frame = window->frameGeometry();
    const QRect fitted = fittedToScreen(frame, screen->availableGeometry());
    if (fitted == frame)
        return;
    // The frame's borders and title bar stay around the fitted contents.
    const QMargins borders(
        window->geometry().left() - frame.left(), window->geometry().top() - frame.top(),
        frame.right() - window->geometry().right(), frame.bottom() - window->geometry().bottom());
    window->setGeometry(fitted.marginsRemoved(borders));
}

namespace {
/// The default column's heights: most for Capture and Cards.
void sizeDefaultDocks(QMainWindow *window, QDockWidget *top, QDockWidget *properties)
{
    if (window->dockWidgetArea(top) != window->dockWidgetArea(properties))
        return;
    // The conversation (capture, cards) gets most of the height; properties scroll.
    const int height = top->height() + properties->height();
    window->resizeDocks({top, properties}, {height * 62 / 100, height * 38 / 100}, Qt::Vertical);
}

/// Runs `run` once, just after the window is first shown (its frame and docks are sized).
class FirstShow : public QObject {
public:
    FirstShow(QWidget *window, std::function<void()> run)
        : QObject(window)
        , m_run(std::move(run))
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            QTimer::singleShot(0, watched, m_run);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_run;
};
} // namespace

void sizeDefaultDocksWhenShown(const EditorContext &context)
{
    QMainWindow *window = context.window;
    new FirstShow(window, [window, top = context.dock(DockId::Cards),
                           properties = context.dock(DockId::Properties)] {
        sizeDefaultDocks(window, top, properties);
    });
}

void fitWindowToScreenWhenShown(QWidget *window)
{
    fitWindowToScreen(window); // now, and again once the window's frame is known, unless
    const QRect restored = window->geometry(); // the program sized the window itself
    new FirstShow(window, [window, restored] {
        if (window->geometry().size() == restored.size())
            fitWindowToScreen(window);
    });
}

} // namespace nwk
