// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's default dock layout (before a saved one is restored): one column
// of docks on the left, so that the map takes the rest of the window (issue #17).
#pragma once

namespace nwk {

class EditorContext;

/// Top: Capture, Conversation Cards and Missing Partners (tabs). Below: Properties,
/// with History, Participants, Priorities, Groups and Categories as tabs beside it. The right side
/// stays free for the map (docks opened later, such as Measures, still open on the right).
/// Runs after every feature is installed.
void arrangeDefaultDocks(const EditorContext &context);

/// The default column's heights, once the window is first shown (no saved layout was
/// restored): most for Capture and Cards.
void sizeDefaultDocksWhenShown(const EditorContext &context);

} // namespace nwk
