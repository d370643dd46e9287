// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mapcontextmenu.h"

#include "context/editorcontext.h"
#include "nwk/core/geometry.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "playback/playback.h"
#include "properties/partneredits.h"
#include "properties/relativeplacementdialog.h"
#include "properties/statementedits.h"
#include "scene/mapitems.h"
#include "shared/propertytexts.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>

namespace nwk {

namespace {

/// A submenu of one enum field of a link: one checkable entry per value.
template <typename Field>
void addEnumMenu(QMenu *parent, const QString &title, const QString &objectName,
                 const QStringList &names, int current, SessionDocument *doc, const QString &id,
                 const QString &undoText)
{
    QMenu *menu = parent->addMenu(title);
    menu->setObjectName(objectName);
    auto *group = new QActionGroup(menu);
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = menu->addAction(names[i]);
        a->setCheckable(true);
        a->setChecked(i == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [doc, id, i, undoText] {
            using E = typename Field::Value;
            auto *command = new ChangeValue<Field>(doc, id, static_cast<E>(i), undoText);
            command->setMergeable(false);
            doc->push(command);
        });
    }
}

/// "Add a participant's placement…" and "Keep current position as former…" (schema 3).
void addStatementActions(QMenu *menu, SessionDocument *doc, const QString &id, QWidget *window)
{
    QAction *alternative =
        menu->addAction(MapContextMenu::tr("Add a participant's &placement\u2026"));
    alternative->setObjectName(QStringLiteral("addAlternativeAction"));
    QObject::connect(alternative, &QAction::triggered, menu,
                     [doc, id, window] { edits::askAndAddAlternative(doc, id, window); });
    QAction *former = menu->addAction(MapContextMenu::tr("Keep current position as &former\u2026"));
    former->setObjectName(QStringLiteral("keepFormerAction"));
    const Partner *p = doc->session().partner(id);
    former->setEnabled(p && p->placement);
    QObject::connect(former, &QAction::triggered, menu,
                     [doc, id, window] { edits::askAndKeepAsFormer(doc, id, window); });
}

} // namespace

void MapContextMenu::install(EditorContext &context)
{
    auto *menu = new MapContextMenu(context.document, context.scene, context.view, context.window);
    menu->setPlayback(context.feature<Playback>());
    context.provide(menu);
}

MapContextMenu::MapContextMenu(SessionDocument *document, MapScene *scene, MapView *view,
                               QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
{
    setObjectName(QStringLiteral("mapContextMenu"));
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

QMenu *MapContextMenu::buildPartnerMenu(const QString &partnerId, QWidget *parent) const
{
    const Session &s = m_document->session();
    const Partner *p = s.partner(partnerId);
    if (!p)
        return nullptr;
    SessionDocument *doc = m_document;
    const QString id = partnerId;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("partnerContextMenu"));
    menu->setTitle(p->label);

    QMenu *categories = menu->addMenu(tr("&Category"));
    categories->setObjectName(QStringLiteral("categoryMenu"));
    auto *categoryGroup = new QActionGroup(categories);
    for (const Category &c : s.categories) {
        QAction *a = categories->addAction(texts::categoryName(s, c));
        a->setCheckable(true);
        a->setChecked(c.id == p->category);
        a->setData(c.id);
        categoryGroup->addAction(a);
        const QString categoryId = c.id;
        connect(a, &QAction::triggered, categories,
                [doc, id, categoryId] { edits::setCategory(doc, id, categoryId); });
    }

    QMenu *rings = menu->addMenu(tr("&Ring"));
    rings->setObjectName(QStringLiteral("ringMenu"));
    auto *ringGroup = new QActionGroup(rings);
    const MapGeometry g = MapGeometry::forSession(s);
    const int currentRing = p->placement ? g.ringAt(p->placement->distance) : -1;
    for (int i = 0; i < static_cast<int>(s.rings.size()); ++i) {
        QAction *a = rings->addAction(texts::ringName(s, i));
        a->setCheckable(true);
        a->setChecked(i == currentRing);
        ringGroup->addAction(a);
        connect(a, &QAction::triggered, rings, [doc, id, i] { edits::setRing(doc, id, i); });
    }

    QMenu *marks = menu->addMenu(tr("&Matters to"));
    marks->setObjectName(QStringLiteral("marksMenu"));
    for (const Participant &pt : s.participants) {
        QAction *a = marks->addAction(
            pt.role.isEmpty() ? pt.code : pt.code + QStringLiteral(" \u2013 ") + pt.role);
        a->setCheckable(true);
        a->setChecked(p->marks.contains(pt.id));
        a->setData(pt.id);
        const QString participantId = pt.id;
        connect(a, &QAction::triggered, marks,
                [doc, id, participantId] { edits::toggleMark(doc, id, participantId); });
    }
    if (s.participants.empty())
        marks->addAction(tr("No participants yet"))->setEnabled(false);

    QAction *disputed = menu->addAction(tr("&Disputed"));
    disputed->setObjectName(QStringLiteral("disputedAction"));
    disputed->setCheckable(true);
    disputed->setChecked(p->disputed);
    connect(disputed, &QAction::triggered, menu,
            [doc, id](bool on) { edits::setDisputed(doc, id, on); });
    QAction *relative = menu->addAction(tr("Placed R&elative To\u2026"));
    relative->setObjectName(QStringLiteral("relativePlacementAction"));
    QWidget *window = m_view->window();
    connect(relative, &QAction::triggered, m_view,
            [doc, id, window] { addRelativePlacement(doc, id, window); });
    addStatementActions(menu, doc, id, m_view->window());
    if (m_playback) {
        menu->addSeparator();
        menu->setToolTipsVisible(true); // a disabled entry says why
        QAction *play = m_playback->playAction(p->addedMs, menu);
        if (p->addedMs >= 0)
            play->setText(
                tr("Play from When It Was &Added (%1)").arg(Playback::clockText(p->addedMs)));
        menu->addAction(play);
    }

    menu->addSeparator();
    QAction *remove = menu->addAction(tr("De&lete"));
    remove->setObjectName(QStringLiteral("deleteAction"));
    connect(remove, &QAction::triggered, menu, [doc, id] {
        if (QUndoCommand *command = makeDeleteCommand(doc, {id}, {}))
            doc->push(command);
    });
    return menu;
}

QMenu *MapContextMenu::buildLinkMenu(const QString &linkId, QWidget *parent) const
{
    const Link *l = m_document->session().link(linkId);
    if (!l)
        return nullptr;
    SessionDocument *doc = m_document;
    const QString id = linkId;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("linkContextMenu"));
    addEnumMenu<LinkField<&Link::kind>>(menu, tr("&Kind"), QStringLiteral("linkKindMenu"),
                                        texts::linkKinds(), static_cast<int>(l->kind), doc, id,
                                        tr("Change link kind"));
    addEnumMenu<LinkField<&Link::direction>>(
        menu, tr("&Direction"), QStringLiteral("linkDirectionMenu"), texts::linkDirections(),
        static_cast<int>(l->direction), doc, id, tr("Change direction"));
    addEnumMenu<LinkField<&Link::valence>>(menu, tr("&Valence"), QStringLiteral("linkValenceMenu"),
                                           texts::valences(), static_cast<int>(l->valence), doc, id,
                                           tr("Change valence"));
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("De&lete"));
    remove->setObjectName(QStringLiteral("deleteAction"));
    connect(remove, &QAction::triggered, menu, [doc, id] {
        if (QUndoCommand *command = makeDeleteCommand(doc, {}, {id}))
            doc->push(command);
    });
    return menu;
}

void MapContextMenu::popup(QMenu *menu, const QPoint &globalPos)
{
    if (m_menu)
        m_menu->deleteLater();
    m_menu = menu;
    // Deleted after it closed; an action's triggered() comes before that.
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->popup(globalPos);
}

bool MapContextMenu::popupAt(const QPoint &pos, const QPoint &globalPos)
{
    for (QGraphicsItem *item : m_view->items(pos)) {
        if (item->type() == PartnerItem::Type) {
            const QString id = static_cast<PartnerItem *>(item)->partnerId();
            if (!item->isSelected())
                m_scene->selectPartners({id});
            popup(buildPartnerMenu(id, m_view), globalPos);
            return true;
        }
        if (item->type() == LinkItem::Type && item->isVisible()) {
            const QString id = static_cast<LinkItem *>(item)->linkId();
            if (!item->isSelected()) {
                m_scene->clearSelection();
                item->setSelected(true);
            }
            popup(buildLinkMenu(id, m_view), globalPos);
            return true;
        }
    }
    return false;
}

bool MapContextMenu::popupForSelection()
{
    const QStringList partners = m_scene->selectedPartnerIds();
    const QStringList links = m_scene->selectedLinkIds();
    QPointF scenePos;
    QMenu *menu = nullptr;
    if (!partners.isEmpty()) {
        scenePos = m_scene->partnerPosition(partners.front());
        menu = buildPartnerMenu(partners.front(), m_view);
    } else if (!links.isEmpty()) {
        if (const auto *item = static_cast<const LinkItem *>(m_scene->linkItem(links.front())))
            scenePos = item->line().center();
        menu = buildLinkMenu(links.front(), m_view);
    }
    if (!menu)
        return false;
    const QPoint local = m_view->mapFromScene(scenePos);
    popup(menu, m_view->viewport()->mapToGlobal(local));
    return true;
}

bool MapContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        if (e->reason() == QContextMenuEvent::Keyboard) {
            if ((m_menu && m_menu->isVisible()) || popupForSelection()) {
                e->accept();
                return true;
            }
            return false;
        }
        if (watched == m_view->viewport() && popupAt(e->pos(), e->globalPos())) {
            e->accept();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::KeyPress && watched == m_view) {
        auto *k = static_cast<QKeyEvent *>(event);
        const bool menuKey = k->key() == Qt::Key_Menu && k->modifiers() == Qt::NoModifier;
        const bool shiftF10 = k->key() == Qt::Key_F10 && k->modifiers() == Qt::ShiftModifier;
        if ((menuKey || shiftF10) && popupForSelection()) {
            k->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nwk
