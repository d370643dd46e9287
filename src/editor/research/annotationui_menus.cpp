// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationUi's context menus: "Annotate…" on the map's partners, links and
// missing partners (added to the map's own menu, whose edits are disabled in
// annotation mode) and on the cards dock's notes, quotes, metaphors, closing answers
// and memos (right-click, or the Menu key / Shift+F10 on the focused list or field);
// a question's notes field also marks the question for the report.
#include "annotationui.h"

#include "../cards/cardpage.h"
#include "../cards/cardtexts.h"
#include "nwk/editor/mapcontextmenu.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/objectaccess.h"
#include "nwk/editor/sectionmarks.h"
#include "nwk/editor/sessiondocument.h"
#include "playback/playback.h"
#include "playback/playtargets.h"
#include "scene/mapitems.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>

#include <optional>

namespace nwk {

namespace {
QString shortText(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 40 ? line.left(38) + QChar(0x2026) : line;
}

/// The notes field of a card's question or of a closing answer that `widget` is (or is
/// the viewport of); nullptr for any other widget.
QPlainTextEdit *textField(QWidget *widget)
{
    for (QWidget *w : {widget, widget->parentWidget()})
        if (w && (w->objectName().startsWith(QLatin1String("note:")) ||
                  w->objectName().startsWith(QLatin1String("closing:"))))
            return qobject_cast<QPlainTextEdit *>(w);
    return nullptr;
}

/// What the items of a cards-dock list are: quotes, metaphors or memos.
std::optional<AnnotationTarget> listTarget(const QListWidget *list)
{
    const QString name = list->objectName();
    if (name == QLatin1String("cardQuotes"))
        return AnnotationTarget::Quote;
    if (name == QLatin1String("metaphorList"))
        return AnnotationTarget::Metaphor;
    if (name == QLatin1String("memoList"))
        return AnnotationTarget::Memo;
    return std::nullopt;
}

/// "Report Question As": the researcher's mark on a question without a record, one
/// undo step of the researcher's layer (also in annotation mode).
void addSectionMarkEntries(QMenu *menu, SessionDocument *document, const QString &cardId,
                           const QString &questionId)
{
    QMenu *sub = menu->addMenu(AnnotationUi::tr("Report Question As"));
    sub->setObjectName(QStringLiteral("sectionMarkMenu"));
    const std::optional<SectionState> current =
        sectionMarkOf(document->session(), cardId, questionId);
    const std::optional<SectionState> states[] = {std::nullopt, SectionState::NotDiscussed,
                                                  SectionState::NotRecorded, SectionState::LeftOut};
    for (const std::optional<SectionState> state : states) {
        QAction *a = sub->addAction(sectionStateText(state));
        a->setObjectName(QStringLiteral("sectionMark:") +
                         (state ? QString::fromLatin1(toString(*state)) : QStringLiteral("none")));
        a->setCheckable(true);
        a->setChecked(state == current);
        QObject::connect(a, &QAction::triggered, menu, [=] {
            document->push(new SetSectionMark(
                document, cardId, questionId, state,
                AnnotationUi::tr("Report question as: %1").arg(sectionStateText(state))));
        });
    }
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

void AnnotationUi::addPlayEntry(QMenu *menu, AnnotationTarget kind, const QString &id)
{
    menu->setToolTipsVisible(true); // a disabled entry says why
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(m_playback->playAction(clockTimeOf(m_document->session(), kind, id), menu));
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
            if (a->objectName() != QLatin1String("playFromHereAction")) // listening edits nothing
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
    const bool keyboard = e->reason() == QContextMenuEvent::Keyboard;
    // A question's notes field ("note:<questionId>") or a closing answer's field
    // ("closing:<questionId>"); mouse events arrive at its viewport, keyboard ones at it.
    QPlainTextEdit *text = textField(widget);
    if (text) {
        const QString name = text->objectName();
        QMenu *menu = text->createStandardContextMenu();
        const QPoint at =
            keyboard ? text->mapToGlobal(text->cursorRect().bottomLeft()) : e->globalPos();
        if (name.startsWith(QLatin1String("closing:"))) {
            menu->setObjectName(QStringLiteral("closingContextMenu"));
            const QString question = name.mid(QStringLiteral("closing:").size());
            addPlayEntry(menu, AnnotationTarget::ClosingAnswer, question);
            addAnnotateEntries(menu, AnnotationTarget::ClosingAnswer, question);
        } else {
            CardPage *page = nullptr;
            for (QObject *o = text->parent(); o && !page; o = o->parent())
                page = qobject_cast<CardPage *>(o);
            if (!page) {
                delete menu;
                return false;
            }
            const QString question = name.mid(QStringLiteral("note:").size());
            menu->setObjectName(QStringLiteral("noteContextMenu"));
            const QString noteId = page->cardId() + QLatin1Char('/') + question;
            addPlayEntry(menu, AnnotationTarget::CardNote, noteId);
            addAnnotateEntries(menu, AnnotationTarget::CardNote, noteId);
            addSectionMarkEntries(menu, m_document, page->cardId(), question);
        }
        showMenu(menu, at);
        e->accept();
        return true;
    }
    // A quote, a metaphor or a memo in its list.
    auto *list = qobject_cast<QListWidget *>(keyboard ? widget : widget->parentWidget());
    if (!list || (!keyboard && widget != list->viewport()))
        return false;
    const auto kind = listTarget(list);
    if (!kind)
        return false;
    QListWidgetItem *item = keyboard ? list->currentItem() : list->itemAt(e->pos());
    if (!item)
        return false;
    list->setCurrentItem(item);
    auto *menu = new QMenu(list);
    menu->setObjectName(QStringLiteral("%1ContextMenu")
                            .arg(QString::fromLatin1(toString(*kind)).remove(QLatin1Char('-'))));
    addPlayEntry(menu, *kind, item->data(Qt::UserRole).toString());
    addAnnotateEntries(menu, *kind, item->data(Qt::UserRole).toString());
    showMenu(menu, keyboard ? list->viewport()->mapToGlobal(list->visualItemRect(item).center())
                            : e->globalPos());
    e->accept();
    return true;
}

} // namespace nwk
