// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Keyboard Shortcuts: a non-modal window listing every action of the main
// window that has a shortcut, generated from the actions at runtime (so it
// stays true as actions are added), grouped by menu. docs/shortcuts.md holds
// the same list; a test checks that it names every such action.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

#include <vector>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace nwk {

class EditorContext;

struct ShortcutEntry {
    QString group; ///< menu path ("Edit", "File > Open Recent") or the dock/panel's title
    QString text;  ///< the action's text without '&' and trailing ellipsis
    QList<QKeySequence> keys;
};

class ShortcutsHelp : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsHelp(QMainWindow *window);

    /// Every action of `window` with a shortcut: first those in the menu bar, in
    /// menu order, then the others (docks, panels, the map view).
    static std::vector<ShortcutEntry> collect(const QMainWindow *window);
    /// The action's text as listed: '&' mnemonics and a trailing ellipsis removed.
    static QString plainText(const QAction *action);
    /// A Markdown table "| Menu | Action | Shortcut |", keys in PortableText in backticks.
    static QString toMarkdown(const std::vector<ShortcutEntry> &entries);

    /// Adds Help > Keyboard Shortcuts (Ctrl+/) to the Help menu.
    static void install(EditorContext &context);
    /// Appends each action's shortcut to its tooltip ("Zoom In (Ctrl+=)"): after every
    /// feature is installed.
    static void addShortcutsToTooltips(const QMainWindow *window);

    /// Rebuilds the list from the window's actions (done on every show).
    void refresh();
    /// Selects the first action the filter shows and moves the focus to the list.
    void focusFirstMatch();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const QString &text);

    QMainWindow *m_window;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace nwk
