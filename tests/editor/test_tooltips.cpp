// SPDX-License-Identifier: GPL-3.0-or-later
// Tooltips everywhere: every command in the main window's menus says what it does in
// its tooltip (shown on hover, also in the menus) and in its status tip.
#include "editorfixture.h"

#include "../../src/editor/help/shortcutshelp.h"

#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include <functional>

using namespace nwk;
using namespace nwk::test;

namespace {

struct MenuAction {
    QString path; ///< "Session > Presenter > Show Card"
    QAction *action;
    QMenu *menu; ///< the menu it is in
};

/// The commands in the menus (submenus walked, their own entries not: a submenu only opens).
std::vector<MenuAction> menuActions(QMainWindow &window)
{
    std::vector<MenuAction> found;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            const QString here = path + QStringLiteral(" > ") + ShortcutsHelp::plainText(a);
            if (a->menu())
                walk(a->menu(), here);
            else
                found.push_back({here, a, menu});
        }
    };
    for (QAction *a : window.menuBar()->actions())
        if (a->menu())
            walk(a->menu(), ShortcutsHelp::plainText(a));
    return found;
}

/// The tooltip without the shortcut that ShortcutsHelp appends: "Undo (Ctrl+Z)" -> "Undo".
QString tipWithoutKeys(const QAction *a)
{
    QString tip = a->toolTip().trimmed();
    const QString keys =
        QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
    if (!a->shortcut().isEmpty() && tip.endsWith(keys))
        tip.chop(keys.size());
    if (tip.endsWith(QStringLiteral("\u2026")))
        tip.chop(1);
    return tip.trimmed();
}

} // namespace

TEST_CASE("Every command in the menus has a tooltip that says more than its name", "[tooltips]")
{
    SessionFile file;
    Window w(file.path);
    const std::vector<MenuAction> actions = menuActions(w.window);
    REQUIRE(actions.size() > 40);

    // Entries added by work still in progress elsewhere (export, preferences, measures and
    // comparison, annotation and versions). Listed so that everything else is held to the rule
    // now; an entry that has its tooltip is reported, to be taken off this list.
    const QStringList pending = {
        QStringLiteral("File > Compare Schools"),   QStringLiteral("Edit > Preferences"),
        QStringLiteral("View > Show Annotations"),  QStringLiteral("View > Measures"),
        QStringLiteral("Session > Take Snapshot"),  QStringLiteral("Research > Annotate Session"),
        QStringLiteral("Research > Codebook"),      QStringLiteral("Research > Annotations Panel"),
        QStringLiteral("Research > Versions Panel")};
    QStringList bare; // tooltip empty or only the menu text again
    for (const MenuAction &m : actions) {
        const QString tip = tipWithoutKeys(m.action);
        const bool ok = !tip.isEmpty() &&
                        tip.compare(ShortcutsHelp::plainText(m.action), Qt::CaseInsensitive) != 0;
        if (!ok && !pending.contains(m.path))
            bare.append(m.path);
        if (ok && pending.contains(m.path))
            WARN("has a tooltip now, take it off the pending list: " << m.path.toStdString());
    }
    INFO("menu entries whose tooltip is only their name:\n  " +
         bare.join(QStringLiteral("\n  ")).toStdString());
    CHECK(bare.isEmpty());
}

TEST_CASE("Menus show tooltips, and the status bar says the same on hover", "[tooltips]")
{
    SessionFile file;
    Window w(file.path);
    for (const MenuAction &m : menuActions(w.window)) {
        INFO(m.path.toStdString());
        CHECK_FALSE(m.action->statusTip().isEmpty());
    }
    for (const MenuAction &m : menuActions(w.window)) {
        INFO(m.path.toStdString());
        CHECK(m.menu->toolTipsVisible());
    }

    // Hovering a menu entry shows its tip in the status bar.
    auto *file_ = w.window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    REQUIRE(file_);
    file_->popup(w.window.mapToGlobal(QPoint(10, 10)));
    REQUIRE(QTest::qWaitForWindowExposed(file_));
    QAction *save = nullptr;
    for (QAction *a : file_->actions())
        if (ShortcutsHelp::plainText(a) == QStringLiteral("Save"))
            save = a;
    REQUIRE(save);
    file_->setActiveAction(save); // what the pointer entering the entry does
    CHECK(w.window.statusBar()->currentMessage() == save->statusTip());
    CHECK(save->statusTip().startsWith(QStringLiteral("Save the session to its file")));
    file_->close();
}
