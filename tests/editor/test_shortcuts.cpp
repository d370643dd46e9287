// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Keyboard Shortcuts lists the main window's actions from the actions
// themselves; docs/shortcuts.md must name every action that has a shortcut;
// no two window-wide shortcuts may collide.
#include "editorfixture.h"

#include "../../src/editor/help/shortcutshelp.h"

#include <QHash>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Rows of the Markdown table: action text -> the keys in backticks.
QMultiHash<QString, QStringList> docRows()
{
    QFile f(QStringLiteral(NWK_SOURCE_DIR "/docs/shortcuts.md"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QMultiHash<QString, QStringList> rows;
    static const QRegularExpression key(QStringLiteral("`([^`]+)`"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 5 || !line.trimmed().startsWith(QLatin1Char('|')))
            continue;
        QStringList keys;
        for (auto it = key.globalMatch(cells[3]); it.hasNext();)
            keys.append(it.next().captured(1));
        rows.insert(cells[2].trimmed(), keys);
    }
    return rows;
}

} // namespace

TEST_CASE("Help > Keyboard Shortcuts lists the actions with their keys", "[shortcuts]")
{
    SessionFile file;
    Window w(file.path);
    QTest::keyClick(&w.window, Qt::Key_Slash, Qt::ControlModifier);
    auto *help = w.window.findChild<ShortcutsHelp *>(QStringLiteral("shortcutsHelp"));
    REQUIRE(help);
    CHECK(help->isVisible());
    auto *tree = help->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    REQUIRE(tree);
    QHash<QString, QString> shown;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            shown.insert(item->text(0), item->text(1));
        }
    CHECK(shown.value(QStringLiteral("Undo")).startsWith(QStringLiteral("Ctrl+Z")));
    CHECK(shown.value(QStringLiteral("Redo")).contains(QStringLiteral("Ctrl+Shift+Z")));
    CHECK(shown.contains(QStringLiteral("Keyboard Shortcuts")));
    CHECK(shown.contains(QStringLiteral("Categories and Rings")));
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("File"));

    // The filter narrows the list.
    auto *filter = help->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    QTest::keyClicks(filter, QStringLiteral("undo"));
    int visible = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            visible += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    CHECK(visible == 1);
}

TEST_CASE("docs/shortcuts.md lists every action of the main window that has a shortcut",
          "[shortcuts]")
{
    SessionFile file;
    Window w(file.path);
    const QMultiHash<QString, QStringList> rows = docRows();
    std::vector<ShortcutEntry> missing;
    auto hasAll = [](const QStringList &documented, const ShortcutEntry &e) {
        for (const QKeySequence &k : e.keys)
            if (!documented.contains(k.toString(QKeySequence::PortableText)))
                return false;
        return true;
    };
    for (const ShortcutEntry &e : ShortcutsHelp::collect(&w.window)) {
        // A row with the action's text and all its keys; for actions whose text
        // follows the session (e.g. importance marks named after participants),
        // any row with all its keys.
        bool found = false;
        for (const QStringList &keys : rows.values(e.text))
            found = found || hasAll(keys, e);
        for (auto it = rows.cbegin(); !found && it != rows.cend(); ++it)
            found = hasAll(it.value(), e);
        if (!found)
            missing.push_back(e);
    }
    INFO("Add these rows to docs/shortcuts.md:\n"
         << ShortcutsHelp::toMarkdown(missing).toStdString());
    CHECK(missing.empty());
}

TEST_CASE("No shortcut of the main window is ambiguous", "[shortcuts]")
{
    // A window-wide shortcut is ambiguous (neither fires) when any other action
    // of the window, window-wide or bound to a dock or widget, has the same key.
    SessionFile file;
    Window w(file.path);
    QHash<QString, QList<const QAction *>> byKey;
    for (const QAction *a : w.window.findChildren<QAction *>()) {
        for (const QKeySequence &k : a->shortcuts()) {
            QList<const QAction *> &bound = byKey[k.toString(QKeySequence::PortableText)];
            if (!k.isEmpty() && !bound.contains(a)) // an action may list a key twice
                bound.append(a);
        }
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        QStringList names;
        bool windowWide = false;
        for (const QAction *a : it.value()) {
            names.append(ShortcutsHelp::plainText(a));
            windowWide = windowWide || a->shortcutContext() == Qt::WindowShortcut ||
                         a->shortcutContext() == Qt::ApplicationShortcut;
        }
        INFO(it.key().toStdString()
             << " is bound to: " << names.join(QStringLiteral(", ")).toStdString());
        CHECK((it.value().size() == 1 || !windowWide));
    }
}
