// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationUi's context menus: "Annotate…" on the map's partners, links and
// missing partners (added to the map's own menu, whose edits are disabled in
// annotation mode) and on the cards dock's notes and quotes.
#include "annotationui.h"

#include "../cards/cardpage.h"
#include "nwk/editor/mapcontextmenu.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/objectaccess.h"
#include "nwk/editor/sessiondocument.h"
#include "scene/mapitems.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>

namespace nwk {

namespace {
QString shortText(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 40 ? line.left(38) + QChar(0x2026) : line;
}
} // namespace

void AnnotationUi::addAnnotateEntries(QMenu *menu, AnnotationTarget kind, const QString &id)
{
    menu->addSeparator();
    QAction *annotateAction = menu->addAction(tr("Annotate\u2026"));
    annotateAction->setObjectName(QStringLiteral("annotateAction"));
    connect(annotateAction, &QAction::triggered, this, [this, kind, id] { annotate(kind, id); });
    if (kind == AnnotationTarget::Partner) {
        QAction *inferred = menu->addAction(tr("Inferred Priority\u2026"));
        inferred->setObjectName(QStringLiteral("inferredPriorityAction"));
        inferred->setToolTip(tr("Record a priority you inferred (not voted by the group) as an "
                                "annotation"));
        connect(inferred, &QAction::triggered, this, [this, id] { annotateInferredPriority(id); });
    }
    for (const Annotation &a : m_document->session().annotations) {
        if (a.targetKind != kind || a.targetId != id)
            continue;
        const QString annotationId = a.id;
        QMenu *sub = menu->addMenu(tr("Annotation \u201c%1\u201d").arg(shortText(a.memo)));
        connect(sub->addAction(tr("Edit\u2026")), &QAction::triggered, this,
                [this, annotationId] { editAnnotation(annotationId); });
        connect(sub->addAction(tr("Remove")), &QAction::triggered, this,
                [this, annotationId] { removeAnnotation(annotationId); });
    }
}

void AnnotationUi::showMenu(QMenu *menu, const QPoint &globalPos)
{
    if (m_menu)
        m_menu->deleteLater();
    m_menu = menu;
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->popup(globalPos);
}

bool AnnotationUi::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu || event->type() == QEvent::KeyPress) {
        if (watched == m_view || watched == m_view->viewport())
            return mapContextMenu(watched, event);
        if (event->type() == QEvent::ContextMenu)
            return cardsContextMenu(watched, event);
    }
    return QObject::eventFilter(watched, event);
}

bool AnnotationUi::mapContextMenu(QObject *watched, QEvent *event)
{
    MapView *view = m_view;
    MapScene *scene = m_scene;
    MapContextMenu *maps = m_maps;
    bool keyboard = event->type() == QEvent::KeyPress;
    if (keyboard) {
        auto *k = static_cast<QKeyEvent *>(event);
        const bool menuKey = k->key() == Qt::Key_Menu && k->modifiers() == Qt::NoModifier;
        const bool shiftF10 = k->key() == Qt::Key_F10 && k->modifiers() == Qt::ShiftModifier;
        if (watched != view || !(menuKey || shiftF10))
            return false;
    } else {
        keyboard = static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard;
        if (!keyboard && watched != view->viewport())
            return false;
    }
    if (maps->currentMenu() && maps->currentMenu()->isVisible())
        return false; // the map's menu is open already

    AnnotationTarget kind = AnnotationTarget::Session;
    QString id;
    if (keyboard) { // the menu of the selection, which the map's menu opens
        if (const QStringList p = scene->selectedPartnerIds(); !p.isEmpty()) {
            kind = AnnotationTarget::Partner;
            id = p.front();
        } else if (const QStringList l = scene->selectedLinkIds(); !l.isEmpty()) {
            kind = AnnotationTarget::Link;
            id = l.front();
        }
        if (id.isEmpty() || !maps->popupForSelection())
            return false;
    } else {
        auto *e = static_cast<QContextMenuEvent *>(event);
        for (QGraphicsItem *item : view->items(e->pos())) {
            if (item->type() == PartnerItem::Type) {
                kind = AnnotationTarget::Partner;
                id = static_cast<PartnerItem *>(item)->partnerId();
            } else if (item->type() == LinkItem::Type && item->isVisible()) {
                kind = AnnotationTarget::Link;
                id = static_cast<LinkItem *>(item)->linkId();
            } else if (item->type() == MissingItem::Type) {
                kind = AnnotationTarget::MissingPartner;
                id = static_cast<MissingItem *>(item)->missingId();
            }
            if (!id.isEmpty())
                break;
        }
        if (id.isEmpty())
            return false;
        if (kind == AnnotationTarget::MissingPartner) { // the map has no menu of its own here
            auto *menu = new QMenu(view);
            menu->setObjectName(QStringLiteral("missingContextMenu"));
            addAnnotateEntries(menu, kind, id);
            showMenu(menu, e->globalPos());
            e->accept();
            return true;
        }
        if (!maps->popupAt(e->pos(), e->globalPos()))
            return false;
    }
    // The map's menu is open: its entries edit the group's data (greyed out in
    // annotation mode); the annotation entries go below them.
    QMenu *menu = maps->currentMenu();
    if (!menu)
        return true;
    if (m_document->annotationMode())
        for (QAction *a : menu->actions())
            a->setEnabled(false);
    addAnnotateEntries(menu, kind, id);
    event->accept();
    return true;
}

bool AnnotationUi::cardsContextMenu(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *e = static_cast<QContextMenuEvent *>(event);
    // A question's notes field ("note:<questionId>"; events arrive at its viewport).
    QWidget *edit =
        widget->objectName().startsWith(QLatin1String("note:")) ? widget : widget->parentWidget();
    if (edit && edit->objectName().startsWith(QLatin1String("note:"))) {
        auto *text = qobject_cast<QPlainTextEdit *>(edit);
        CardPage *page = nullptr;
        for (QObject *o = edit->parent(); o && !page; o = o->parent())
            page = qobject_cast<CardPage *>(o);
        if (!text || !page)
            return false;
        const QString id = page->cardId() + QLatin1Char('/') +
                           edit->objectName().mid(QStringLiteral("note:").size());
        QMenu *menu = text->createStandardContextMenu();
        menu->setObjectName(QStringLiteral("noteContextMenu"));
        addAnnotateEntries(menu, AnnotationTarget::CardNote, id);
        showMenu(menu, e->globalPos());
        e->accept();
        return true;
    }
    // A quote in a card's quote list (events arrive at the list's viewport).
    auto *list = qobject_cast<QListWidget *>(widget->parentWidget());
    if (list && list->objectName() == QLatin1String("cardQuotes") && widget == list->viewport()) {
        QListWidgetItem *item = list->itemAt(e->pos());
        if (!item)
            return false;
        list->setCurrentItem(item);
        auto *menu = new QMenu(list);
        menu->setObjectName(QStringLiteral("quoteContextMenu"));
        addAnnotateEntries(menu, AnnotationTarget::Quote, item->data(Qt::UserRole).toString());
        showMenu(menu, e->globalPos());
        e->accept();
        return true;
    }
    return false;
}

} // namespace nwk
