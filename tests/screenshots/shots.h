// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshots of docs/user-guide.md, one function each (shots.cpp).
#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QWidget;

namespace nwk {
class MainWindow;
}

namespace nwk::shots {

/// Main windows are grabbed at this size: a common laptop screen (the guide shows them
/// scaled down).
inline constexpr int kWidth = 1366;
inline constexpr int kHeight = 768;

/// Where the PNGs go, which were taken and which were skipped (with why).
struct Run {
    QDir out;
    QString sessions; ///< a scratch folder for the session files the shots open
    QStringList written;
    QStringList skipped;

    /// Saves `widget->grab()` as `<out>/<name>.png`.
    void save(QWidget *widget, const QString &name);
    /// Records a shot that cannot be taken yet, and says so on stderr.
    void skip(const QString &name, const QString &why);
};

struct Shot {
    QString name;
    std::function<void(Run &)> take;
};

/// All shots, in the order the guide shows them.
std::vector<Shot> allShots();

/// The example session, copied into the scratch folder: "<sessions>/basisschool-1.nwk".
QString exampleFile(const Run &run);

/// Lets pending events (layout, paint) run.
void settle();
/// A main window of the fixed size, shown, with `fileName` open.
MainWindow *openWindow(const QString &fileName);
/// An action of `window` by object name, else by its text without "&" (nullptr if none).
QAction *findAction(QWidget *window, const QString &objectName, const QString &text);

/// Types `text` into `widget` key by key (QTest::keyClicks knows only ASCII keys).
void typeText(QWidget *widget, const QString &text);

/// A main window that closes (without the unsaved-changes question) when it goes.
using Window = std::unique_ptr<MainWindow, void (*)(MainWindow *)>;
/// openWindow() on the example session.
Window exampleWindow(const Run &run);

/// Shows and raises the dock named `name` (nullptr when there is none).
QDockWidget *raiseDock(MainWindow *window, const char *name);
/// The researcher's layout: the live focus group's docks (left) closed, the map refitted.
void researcherLayout(MainWindow *window);
/// Selects the partner labelled `label` (the first one when there is none).
void selectPartner(MainWindow *window, const QString &label);
/// Runs `trigger`, which opens a modal dialog named `name` (exec()), grabs it and closes it.
void grabModal(Run &run, const QString &shot, const char *name,
               const std::function<void()> &trigger);

} // namespace nwk::shots
