// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's default dock layout (before a saved one is restored): one column
// of docks on the left, so that the map takes the rest of the window (issue #17).
#pragma once

#include <QRect>

class QMainWindow;
class QWidget;

namespace nwk {

class EditorContext;

/// Top: Capture, Conversation Cards and Missing Partners (tabs). Below: Properties,
/// with Participants, History and Categories as tabs beside it (few enough that their
/// titles fit the column at 1280 px in Dutch; dock tabs never cut a title, they scroll).
/// The right side stays free for the map: Priorities and Groups (tabbed) and docks opened
/// later, such as Measures, open there, closed until View opens them.
/// Runs after every feature is installed.
void arrangeDefaultDocks(const EditorContext &context);

/// The side columns keep the window's full height: a dock at the bottom (the Timeline) sits
/// under the map only, so that its height never adds to a column's and the window still fits
/// a 1280×720 laptop's screen. Set again after a saved layout is restored (a layout saved by
/// an earlier version holds Qt's default corners).
void keepSideColumnsWhole(QMainWindow *window);

/// Every dock's show/hide action in the View menu: those a feature put elsewhere (Properties,
/// Categories in Map, Conversation Cards in Session, Annotations and Versions in Research)
/// are added after the others, so a dock closed with its × can always be found again.
void addDockTogglesToViewMenu(const EditorContext &context);

/// `window` moved and shrunk to fit in `available` (a screen's available geometry): a
/// geometry saved on a larger screen must not overflow a smaller one.
QRect fittedToScreen(QRect window, QRect available);

/// Fits the (restored) window's frame into the available geometry of its screen.
void fitWindowToScreen(QWidget *window);
/// fitWindowToScreen() now and again when the window is first shown (with its frame).
void fitWindowToScreenWhenShown(QWidget *window);

/// The default column's heights, once the window is first shown (no saved layout was
/// restored): most for Capture and Cards.
void sizeDefaultDocksWhenShown(const EditorContext &context);

} // namespace nwk
