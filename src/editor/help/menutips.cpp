// SPDX-License-Identifier: GPL-3.0-or-later
#include "menutips.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <functional>

namespace nwk::MenuTips {

void apply(QMainWindow *window)
{
    std::function<void(QMenu *)> walk = [&walk](QMenu *menu) {
        menu->setToolTipsVisible(true);
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            if (!a->isSeparator() && a->statusTip().isEmpty())
                a->setStatusTip(a->toolTip());
        }
    };
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            walk(a->menu());
}

} // namespace nwk::MenuTips
