// SPDX-License-Identifier: GPL-3.0-or-later
// Tooltips everywhere: the menus of the main window show their actions' tooltips on
// hover, and each action's status tip (the status bar while the pointer is on it)
// says the same. Applied after every feature is installed, when every menu entry exists.
#pragma once

class QMainWindow;

namespace nwk::MenuTips {

/// For every menu of `window`'s menu bar (and their submenus): tooltips visible, and
/// status tips from the tooltips where an action has none of its own.
void apply(QMainWindow *window);

} // namespace nwk::MenuTips
