// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the live layout and room view tests: the main window at a laptop's
// size with its default docks, and what a user sees of its dock layout.
#pragma once

#include "cardsfixture.h"
#include "examplesession.h"

#include <QMainWindow>
#include <QToolBar>

#include <map>

namespace nwk::test {

inline QString exampleFile()
{
    return testdata::exampleSessionFile();
}

/// A shown main window of `size` (default docks: the test settings are empty).
struct SizedWindow {
    MainWindow window;

    SizedWindow(const QString &fileName, QSize size) { showOpened(window, fileName, size, settle); }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    /// A key as the user presses it, to the widget with the focus (shortcuts included).
    void key(Qt::Key k, Qt::KeyboardModifiers m = {})
    {
        QWidget *target = QApplication::focusWidget();
        if (!target || target->window() != &window)
            target = &window;
        QTest::keyClick(target, k, m);
        settle();
    }
    template <typename T> T *find(const char *name) const
    {
        T *w = window.findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(w);
        return w;
    }
    QDockWidget *dock(const char *name) const { return find<QDockWidget>(name); }
    SessionDocument &doc() const { return *window.document(); }
    UndoSteps stack() const { return UndoSteps(*window.document()); }
    QWidget *viewport() const { return window.view()->viewport(); }
    QPoint pixelOfPartner(const QString &id) const
    {
        return window.view()->mapFromScene(window.scene()->partnerPosition(id));
    }
};

/// What the user sees of one dock or tool bar.
struct DockLook {
    bool visible = false;
    bool floating = false;
    int area = 0;
    QRect geometry; ///< in the window, or on the screen when floating
    QStringList tabbedWith;
    bool operator==(const DockLook &) const = default;
};

inline std::map<QString, DockLook> dockLayout(const QMainWindow &window)
{
    std::map<QString, DockLook> out;
    for (QDockWidget *d : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        DockLook look;
        look.visible = d->isVisible();
        look.floating = d->isFloating();
        look.area = window.dockWidgetArea(d);
        if (look.visible) // a hidden dock's geometry is not seen (Qt sizes it when shown)
            look.geometry = d->geometry();
        for (QDockWidget *t : window.tabifiedDockWidgets(d))
            look.tabbedWith.append(t->objectName());
        look.tabbedWith.sort();
        out[d->objectName()] = look;
    }
    for (QToolBar *t : window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        DockLook look;
        look.visible = t->isVisible();
        look.area = window.toolBarArea(t);
        if (look.visible)
            look.geometry = t->geometry();
        out[t->objectName()] = look;
    }
    return out;
}

} // namespace nwk::test

namespace Catch {
template <> struct StringMaker<nwk::test::DockLook> {
    static std::string convert(const nwk::test::DockLook &l)
    {
        const QRect &g = l.geometry;
        return (l.visible ? "shown" : "hidden") + std::string(l.floating ? " floating" : "") +
               " area " + std::to_string(l.area) + " " + std::to_string(g.x()) + "," +
               std::to_string(g.y()) + " " + std::to_string(g.width()) + "x" +
               std::to_string(g.height()) + " tabs [" +
               l.tabbedWith.join(QLatin1Char(',')).toStdString() + "]";
    }
};
} // namespace Catch
