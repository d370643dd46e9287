// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include "context/editorcontext.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace nwk {

void arrangeDefaultDocks(const EditorContext &context)
{
    QMainWindow *window = context.window;
    QDockWidget *properties = context.dock(DockId::Properties);
    QDockWidget *top = context.dock(DockId::Cards);
    // Under the Capture and Cards tabs, in the same column.
    window->addDockWidget(window->dockWidgetArea(top), properties, Qt::Vertical);
    for (DockId id : {DockId::History, DockId::Participants, DockId::Priorities, DockId::Groups,
                      DockId::Categories})
        window->tabifyDockWidget(properties, context.dock(id));
    // Missing partners are captured during the conversation, like partners.
    window->tabifyDockWidget(top, context.dock(DockId::Missing));
    top->raise();
    properties->raise();
}

namespace {
/// The default column's heights: most for Capture and Cards.
void sizeDefaultDocks(QMainWindow *window, QDockWidget *top, QDockWidget *properties)
{
    if (window->dockWidgetArea(top) != window->dockWidgetArea(properties))
        return;
    // The conversation (capture, cards) gets most of the height; properties scroll.
    const int height = top->height() + properties->height();
    window->resizeDocks({top, properties}, {height * 7 / 10, height * 3 / 10}, Qt::Vertical);
}

/// Once, when the window is first shown: its docks' heights can be set then.
class FirstShow : public QObject {
public:
    FirstShow(QMainWindow *window, QDockWidget *top, QDockWidget *properties)
        : QObject(window)
        , m_top(top)
        , m_properties(properties)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *window = static_cast<QMainWindow *>(watched);
            QTimer::singleShot(0, window, [window, top = m_top, properties = m_properties] {
                sizeDefaultDocks(window, top, properties);
            });
            deleteLater();
        }
        return false;
    }

private:
    QDockWidget *m_top;
    QDockWidget *m_properties;
};
} // namespace

void sizeDefaultDocksWhenShown(const EditorContext &context)
{
    context.window->installEventFilter(new FirstShow(context.window, context.dock(DockId::Cards),
                                                     context.dock(DockId::Properties)));
}

} // namespace nwk
