// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator of docs/focus-group.md as a test drives them: a real-size main window,
// keys to the widget with the focus (shortcuts included), clicks where a user clicks, and
// before every entry a check that the widget is on the screen (not behind a tab, not
// scrolled away, not cut to nothing). Every Qt warning is recorded: an ambiguous
// shortcut prints one and ends the rehearsal.
#pragma once

#include "editorfixture.h"
#include "modalrun.h"

#include "nwk/editor/cards/focusgroup.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>

namespace nwk::test {

/// Records the Qt warnings printed while it lives (and passes them on).
class WarningLog {
public:
    WarningLog() { s_log = this, s_previous = qInstallMessageHandler(&WarningLog::handle); }
    ~WarningLog() { qInstallMessageHandler(s_previous), s_log = nullptr; }
    QStringList warnings;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (s_log && type >= QtWarningMsg)
            s_log->warnings.append(text);
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline WarningLog *s_log = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};

struct Facilitator {
    MainWindow &window;
    WarningLog log;

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    /// Back to the map, the way a click on it does (the window active, the view focused).
    void focusMap()
    {
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        window.view()->setFocus();
        settle();
        REQUIRE(window.view()->hasFocus());
    }

    /// A key as the user presses it, to the widget with the focus.
    void key(Qt::Key k, Qt::KeyboardModifiers m = {})
    {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = &window;
        QTest::keyClick(target, k, m);
        settle();
        noWarnings();
    }
    void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        QTest::keyClicks(target, text);
    }
    void noWarnings() const
    {
        for (const QString &w : log.warnings)
            UNSCOPED_INFO(w.toStdString());
        REQUIRE_FALSE(log.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Ambiguous")));
    }

    template <typename T> T *find(const QString &name) const
    {
        T *w = window.findChild<T *>(name);
        INFO("no widget " << name.toStdString());
        REQUIRE(w);
        return w;
    }

    /// The one widget of that name the user sees (card pages repeat their names).
    template <typename T> T *seen(const QString &name) const
    {
        T *found = nullptr;
        for (T *w : window.findChildren<T *>(name))
            if (w->isVisible()) {
                INFO("two visible widgets named " << name.toStdString());
                REQUIRE_FALSE(found);
                found = w;
            }
        INFO("no visible widget " << name.toStdString());
        REQUIRE(found);
        return found;
    }

    /// The widget is on the screen: shown, inside its window, not cut to nothing. In a
    /// scrolling panel the user scrolls to it first.
    static void requireSeen(QWidget *w)
    {
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(p)) {
                area->ensureWidgetVisible(w);
                settle();
                break;
            }
        INFO(w->objectName().toStdString() << " is not where the user can see it");
        REQUIRE(w->isVisible());
        REQUIRE_FALSE(w->visibleRegion().isEmpty());
    }
    /// Clicks a widget where the user sees it.
    void click(QWidget *w, Qt::KeyboardModifiers m = {})
    {
        requireSeen(w);
        QTest::mouseClick(w, Qt::LeftButton, m, w->rect().center());
        settle();
    }
    /// Shows the tab holding `page` as a user does: a click on its tab.
    void openTab(QWidget *page)
    {
        QTabWidget *tabs = nullptr;
        for (QWidget *p = page->parentWidget(); p && !tabs; p = p->parentWidget())
            tabs = qobject_cast<QTabWidget *>(p);
        REQUIRE(tabs);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(page) || tabs->widget(i) == page)
                index = i;
        REQUIRE(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(index).center());
        settle();
        REQUIRE(tabs->currentIndex() == index);
    }
    /// Raises a dock tabbed behind another, as a click on its tab does.
    void openDock(const QString &name)
    {
        auto *dock = find<QDockWidget>(name);
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == dock->windowTitle()) {
                    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                    settle();
                }
        INFO(name.toStdString());
        REQUIRE(dock->isVisible());
    }

    /// Chooses the item of a combo box whose data is `data`, with the arrow keys.
    void choose(QComboBox *combo, const QVariant &data)
    {
        requireSeen(combo);
        combo->setFocus();
        const int wanted = combo->findData(data);
        INFO(combo->objectName().toStdString() << " has no item " << data.toString().toStdString());
        REQUIRE(wanted >= 0);
        chooseIndex(combo, wanted);
    }

    void chooseIndex(QComboBox *combo, int wanted)
    {
        requireSeen(combo);
        combo->setFocus();
        REQUIRE(wanted < combo->count());
        while (combo->currentIndex() < wanted)
            key(Qt::Key_Down);
        while (combo->currentIndex() > wanted)
            key(Qt::Key_Up);
    }

    /// Clicks partners on the map (Ctrl for every one after the first).
    void selectOnMap(const QStringList &ids)
    {
        QWidget *viewport = window.view()->viewport();
        for (int i = 0; i < ids.size(); ++i)
            QTest::mouseClick(viewport, Qt::LeftButton, i ? Qt::ControlModifier : Qt::NoModifier,
                              window.view()->mapFromScene(window.scene()->partnerPosition(ids[i])));
        settle();
        REQUIRE(window.scene()->selectedPartnerIds().size() == ids.size());
    }

    /// Shift-drag from one partner to another: a link.
    void drawLink(const QString &from, const QString &to)
    {
        QWidget *viewport = window.view()->viewport();
        const QPoint a = window.view()->mapFromScene(window.scene()->partnerPosition(from));
        const QPoint b = window.view()->mapFromScene(window.scene()->partnerPosition(to));
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, a);
        for (int i = 1; i <= 6; ++i) {
            const QPoint at = a + (b - a) * i / 6;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton,
                             Qt::LeftButton, Qt::ShiftModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, b);
        settle();
    }

    /// Answers the next file dialog with `path` (typed into its file name field, Enter);
    /// true once it did. Polls, as the dialog opens inside the trigger's own event loop.
    struct SaveDialogAnswer {
        QTimer timer;
        bool answered = false;
        explicit SaveDialogAnswer(const QString &path)
        {
            timer.setInterval(20);
            QObject::connect(&timer, &QTimer::timeout, [this, path] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                timer.stop();
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return dialog->reject();
                name->setText(path); // typed at once: no completer pops up over the field
                QTest::keyClick(name, Qt::Key_Return);
                answered = true;
            });
            timer.start();
        }
    };

    FocusGroup *cards() const
    {
        auto *group = window.findChild<FocusGroup *>();
        REQUIRE(group);
        return group;
    }
};

} // namespace nwk::test
