// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutshelp.h"
#include "shared/enterkey.h"

#include "context/editorcontext.h"
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace nwk {

namespace {

QString keysText(const QList<QKeySequence> &keys, QKeySequence::SequenceFormat format)
{
    QStringList parts;
    for (const QKeySequence &k : keys)
        parts.append(k.toString(format));
    return parts.join(QStringLiteral(", "));
}

/// Title of the dock or window a menu-less action belongs to.
QString groupOf(const QAction *action)
{
    QList<QObject *> owners = action->associatedObjects();
    owners.append(action->parent());
    for (QObject *o : owners) {
        for (QObject *p = o; p; p = p->parent()) {
            if (auto *dock = qobject_cast<QDockWidget *>(p))
                return dock->windowTitle().remove(QLatin1Char('&'));
            if (qobject_cast<QMainWindow *>(p))
                break;
        }
    }
    return ShortcutsHelp::tr("Map and other");
}

} // namespace

QString ShortcutsHelp::plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    if (text.endsWith(QStringLiteral("\u2026")))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

std::vector<ShortcutEntry> ShortcutsHelp::collect(const QMainWindow *window)
{
    std::vector<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    auto add = [&](const QAction *a, const QString &group) {
        QList<QKeySequence> keys;
        for (const QKeySequence &k : a->shortcuts())
            if (!k.isEmpty() && !keys.contains(k))
                keys.append(k);
        if (seen.contains(a) || a->isSeparator() || keys.isEmpty())
            return;
        seen.insert(a);
        entries.push_back({group, plainText(a), keys});
    };
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu,
                                                                   const QString &path) {
        for (const QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu(), path + QStringLiteral(" > ") + plainText(a));
            else
                add(a, path);
        }
    };
    if (const QMenuBar *bar = window->menuBar())
        for (const QAction *a : bar->actions())
            if (a->menu())
                walk(a->menu(), plainText(a));
    for (const QAction *a : window->findChildren<QAction *>())
        add(a, groupOf(a));
    return entries;
}

QString ShortcutsHelp::toMarkdown(const std::vector<ShortcutEntry> &entries)
{
    QString md = QStringLiteral("| Menu | Action | Shortcut |\n|---|---|---|\n");
    for (const ShortcutEntry &e : entries) {
        QStringList keys;
        for (const QKeySequence &k : e.keys)
            keys.append(QLatin1Char('`') + k.toString(QKeySequence::PortableText) +
                        QLatin1Char('`'));
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(e.group, e.text, keys.join(QStringLiteral(", ")));
    }
    return md;
}

void ShortcutsHelp::addShortcutsToTooltips(const QMainWindow *window)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->isSeparator() || a->shortcut().isEmpty())
            continue;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        const QString tip = a->toolTip();
        if (!tip.contains(keys))
            //: Tooltip of an action: %1 what it does, %2 its shortcut
            a->setToolTip(tr("%1 (%2)").arg(tip, keys));
    }
}

void ShortcutsHelp::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    QMenu *help = context.menu(MenuId::Help);
    auto *action = new QAction(tr("&Keyboard Shortcuts"), window);
    action->setShortcut(QKeySequence(tr("Ctrl+/")));
    action->setToolTip(tr("List every keyboard shortcut, with a filter"));
    action->setIcon(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")));
    help->addAction(action);
    QObject::connect(action, &QAction::triggered, window,
                     [window, dialog = QPointer<ShortcutsHelp>()]() mutable {
                         if (!dialog)
                             dialog = new ShortcutsHelp(window);
                         dialog->show();
                         dialog->raise();
                         dialog->activateWindow();
                     });
}

ShortcutsHelp::ShortcutsHelp(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("shortcutsHelp"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsHelp::applyFilter);
    // Enter in the filter goes to the first match (it does not close the list).
    EnterKey::install(m_filter, [this] { focusFirstMatch(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 600);
}

void ShortcutsHelp::refresh()
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &e : collect(m_window)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {e.text, keysText(e.keys, QKeySequence::NativeText)});
    }
    m_tree->expandAll();
    applyFilter(m_filter->text());
}

void ShortcutsHelp::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive) ||
                               group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void ShortcutsHelp::focusFirstMatch()
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount() && !group->isHidden(); ++i) {
            if (!group->child(i)->isHidden()) {
                m_tree->setCurrentItem(group->child(i));
                m_tree->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
}

void ShortcutsHelp::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

} // namespace nwk
