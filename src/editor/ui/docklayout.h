// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's default dock layout (before a saved one is restored): one column
// of docks on the left, so that the map takes the rest of the window (issue #17).
#pragma once

class QMainWindow;

namespace nwk {

/// Top: Capture and Conversation Cards (tabs). Below: Properties, with History,
/// Participants, Priorities, Groups, Missing Partners and Categories as tabs beside
/// it. The right side stays free for the map (docks opened later, such as Measures,
/// still open on the right).
void arrangeDefaultDocks(QMainWindow *window);

} // namespace nwk
