// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace nwk {

void arrangeDefaultDocks(QMainWindow *window)
{
    auto dock = [window](const char *name) {
        return window->findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    QDockWidget *properties = dock("propertiesDock");
    QDockWidget *top = dock("cardsDock") ? dock("cardsDock") : dock("captureDock");
    if (!properties || !top)
        return;
    // Under the Capture and Cards tabs, in the same column.
    window->addDockWidget(window->dockWidgetArea(top), properties, Qt::Vertical);
    for (const char *name :
         {"undoDock", "participantsDock", "priorityDock", "groupsDock", "categoriesDock"}) {
        if (QDockWidget *d = dock(name))
            window->tabifyDockWidget(properties, d);
    }
    // Missing partners are captured during the conversation, like partners.
    if (QDockWidget *missing = dock("missingDock"))
        window->tabifyDockWidget(top, missing);
    top->raise();
    properties->raise();
}

namespace {
/// Once, when the window is first shown: its docks' heights can be set then.
class FirstShow : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *window = static_cast<QMainWindow *>(watched);
            QTimer::singleShot(0, window, [window] { sizeDefaultDocks(window); });
            deleteLater();
        }
        return false;
    }
};
} // namespace

void sizeDefaultDocks(QMainWindow *window)
{
    auto *properties = window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    auto *top = window->findChild<QDockWidget *>(QStringLiteral("cardsDock"));
    if (!properties || !top || window->dockWidgetArea(top) != window->dockWidgetArea(properties))
        return;
    // The conversation (capture, cards) gets most of the height; properties scroll.
    const int height = top->height() + properties->height();
    window->resizeDocks({top, properties}, {height * 7 / 10, height * 3 / 10}, Qt::Vertical);
}

void sizeDefaultDocksWhenShown(QMainWindow *window)
{
    window->installEventFilter(new FirstShow(window));
}

} // namespace nwk
