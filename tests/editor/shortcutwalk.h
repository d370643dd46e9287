// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every key binding (QAction, QShortcut) of a window and finds the pairs
// that share a key where both can fire: Qt then fires neither ("Ambiguous
// shortcut overload") and the key silently does nothing, or the wrong thing.
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QShortcut>
#include <QString>
#include <QStringList>
#include <QToolBar>
#include <QWidget>

#include <vector>

namespace nwk::test {

struct Binding {
    const QObject *owner = nullptr; ///< the QAction or QShortcut
    QString name;                   ///< the action's text or the shortcut's owner, for the message
    QKeySequence key;
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QList<const QWidget *> widgets; ///< where a widget-bound binding lives
};

inline QString bindingName(const QAction *a)
{
    QString text = a->text().remove(QLatin1Char('&'));
    return text.isEmpty() ? a->objectName() : text;
}

inline QString bindingName(const QShortcut *s)
{
    const QObject *owner = s->parent();
    QString name = s->objectName();
    for (; owner && name.isEmpty(); owner = owner->parent())
        name = owner->objectName();
    return QStringLiteral("QShortcut in %1").arg(name.isEmpty() ? QStringLiteral("?") : name);
}

/// Every key of every QAction and QShortcut that lives under `root` (enabled or not:
/// an action disabled now is enabled when a partner is selected).
inline std::vector<Binding> bindingsUnder(const QWidget *root)
{
    std::vector<Binding> all;
    for (const QAction *a : root->findChildren<QAction *>()) {
        QList<const QWidget *> widgets;
        for (const QObject *o : a->associatedObjects())
            if (auto *w = qobject_cast<const QWidget *>(o))
                widgets.append(w);
        for (const QKeySequence &k : a->shortcuts())
            if (!k.isEmpty())
                all.push_back({a, bindingName(a), k, a->shortcutContext(), widgets});
    }
    for (const QShortcut *s : root->findChildren<QShortcut *>()) {
        const auto *owner = qobject_cast<const QWidget *>(s->parent());
        for (const QKeySequence &k : s->keys())
            if (!k.isEmpty())
                all.push_back({s, bindingName(s), k, s->context(), {owner}});
    }
    return all;
}

/// Whether a key pressed somewhere can reach both: window-wide bindings reach
/// every widget of the window; a widget-bound one its widget (and, for
/// Qt::WidgetWithChildrenShortcut, the widget's children).
inline bool contextsOverlap(const Binding &a, const Binding &b)
{
    auto windowWide = [](const Binding &x) {
        if (x.context == Qt::WindowShortcut || x.context == Qt::ApplicationShortcut)
            return true;
        // A widget-bound action that only sits in menus and tool bars is reached
        // through them (Qt treats it as the window's).
        for (const QWidget *w : x.widgets)
            if (!qobject_cast<const QMenu *>(w) && !qobject_cast<const QToolBar *>(w))
                return false;
        return true;
    };
    if (windowWide(a) || windowWide(b))
        return true;
    auto reaches = [](const Binding &x, const QWidget *from, const QWidget *to) {
        return from == to ||
               (x.context == Qt::WidgetWithChildrenShortcut && from->isAncestorOf(to));
    };
    for (const QWidget *wa : a.widgets)
        for (const QWidget *wb : b.widgets)
            if (reaches(a, wa, wb) || reaches(b, wb, wa))
                return true;
    return false;
}

/// Two keys clash when one equals or starts the other ("M" and "M, 1").
inline bool keysClash(const QKeySequence &a, const QKeySequence &b)
{
    return a.matches(b) != QKeySequence::NoMatch || b.matches(a) != QKeySequence::NoMatch;
}

/// "Alt+3: Mark for participant 3 (P3) / QShortcut in memoBar" for each clash.
inline QStringList ambiguities(const std::vector<Binding> &all)
{
    QStringList found;
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            const Binding &a = all[i];
            const Binding &b = all[j];
            if (a.owner == b.owner)
                continue; // one action listing a key twice
            if (keysClash(a.key, b.key) && contextsOverlap(a, b))
                found.append(QStringLiteral("%1: %2 / %3")
                                 .arg(a.key.toString(QKeySequence::PortableText), a.name, b.name));
        }
    return found;
}

} // namespace nwk::test
