// SPDX-License-Identifier: GPL-3.0-or-later
#include "playmenus.h"

#include "nwk/editor/sessiondocument.h"
#include "playback.h"
#include "playtargets.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTreeWidget>

namespace nwk {

PlayMenus::PlayMenus(Playback *playback, SessionDocument *document, QWidget *window)
    : QObject(window)
    , m_playback(playback)
    , m_document(document)
    , m_window(window)
{
    setObjectName(QStringLiteral("playMenus"));
    qApp->installEventFilter(this);
}

bool PlayMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *e = static_cast<QContextMenuEvent *>(event);
    const bool keyboard = e->reason() == QContextMenuEvent::Keyboard;
    QWidget *target = nullptr; // the widget whose current item or state is played from
    QPoint at = e->globalPos();
    if (qobject_cast<QAbstractButton *>(widget) &&
        widget->objectName().startsWith(QLatin1String("step:"))) {
        target = widget;
    } else if (auto *tree = qobject_cast<QTreeWidget *>(keyboard ? widget : widget->parentWidget());
               tree && tree->objectName() == QLatin1String("cardsOverview") &&
               (keyboard || widget == tree->viewport())) {
        QTreeWidgetItem *item = keyboard ? tree->currentItem() : tree->itemAt(e->pos());
        if (!item || !item->data(0, Qt::UserRole).isValid())
            return false; // a phase or the total
        tree->setCurrentItem(item);
        target = tree;
        if (keyboard)
            at = tree->viewport()->mapToGlobal(tree->visualItemRect(item).center());
    }
    if (!target)
        return false;
    bool found = false;
    const qint64 time = clockTimeOfFocus(target, m_document->session(), nullptr, &found);
    if (!found)
        return false;
    if (m_menu)
        m_menu->deleteLater();
    auto *menu = new QMenu(widget);
    menu->setObjectName(target == widget && !qobject_cast<QTreeWidget *>(target)
                            ? QStringLiteral("stepContextMenu")
                            : QStringLiteral("cardContextMenu"));
    menu->setToolTipsVisible(true);
    menu->addAction(m_playback->playAction(time, menu));
    m_menu = menu;
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->popup(at);
    e->accept();
    return true;
}

} // namespace nwk
