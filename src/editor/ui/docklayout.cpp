// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include <QDockWidget>
#include <QMainWindow>

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
    for (const char *name : {"undoDock", "participantsDock", "priorityDock", "groupsDock",
                             "missingDock", "categoriesDock"}) {
        if (QDockWidget *d = dock(name))
            window->tabifyDockWidget(properties, d);
    }
    properties->raise();
    // The conversation (capture, cards) gets the larger part.
    window->resizeDocks({top, properties}, {400, 260}, Qt::Vertical);
}

} // namespace nwk
