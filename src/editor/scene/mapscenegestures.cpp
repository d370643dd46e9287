// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene's user gestures: select, drag and nudge partners. Each gesture
// becomes undo commands; the items then follow the document's signals.
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/core/placement.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace nwk {

// ---- Gestures --------------------------------------------------------------------

PartnerItem *MapScene::partnerItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits =
        items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits)
        if (item->type() == PartnerItem::Type)
            return static_cast<PartnerItem *>(item);
    return nullptr;
}

QHash<QString, MapScene::MoveStart> MapScene::moveStarts(const QStringList &ids) const
{
    QHash<QString, MoveStart> starts;
    for (const QString &id : ids) {
        const Partner *p = m_document->partner(id);
        if (!p || !p->placement)
            continue;
        starts.insert(id, {m_geometry.toPoint(*p->placement),
                           m_geometry.sectorAt(p->placement->angle), p->category});
    }
    return starts;
}

void MapScene::pushMove(const QHash<QString, MoveStart> &starts, QPointF delta,
                        Qt::KeyboardModifiers modifiers, bool mergeable)
{
    const Session &s = m_document->session();
    const PlacementPolicy policy =
        PlacementPolicy::forSession(s, modifiers.testFlag(Qt::AltModifier));
    // Document order, so that commands of one drag always list the same ids alike:
    // the moved partners' indexes, sorted (no walk over every partner of the map).
    std::vector<std::pair<int, decltype(starts.cbegin())>> order;
    order.reserve(static_cast<std::size_t>(starts.size()));
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        if (const int i = m_document->partnerIndex(it.key()); i >= 0)
            order.emplace_back(i, it);
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<PartnerPlacement> placements;
    for (const auto &[index, it] : order) {
        const Partner &p = s.partners[static_cast<std::size_t>(index)];
        const Placement to = m_geometry.toPlacement(it->point + delta);
        placements.push_back(
            placementFor(s, m_geometry, p.id, {it->sector, it->category}, to, policy));
    }
    if (placements.empty())
        return;
    const int n = static_cast<int>(placements.size());
    const QString text =
        n == 1 ? tr("Move \u201c%1\u201d")
                     .arg(s.partners[static_cast<std::size_t>(order.front().first)].label)
               : tr("Move %n partners", nullptr, n);
    auto *command = new MovePartners(m_document, std::move(placements), text);
    command->setMergeable(mergeable);
    m_document->push(command);
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (linkPress(event))
        return;
    PartnerItem *hit =
        event->button() == Qt::LeftButton ? partnerItemAt(event->scenePos()) : nullptr;
    if (!hit) {
        QGraphicsScene::mousePressEvent(event); // links, rubber band, clearing the selection
        return;
    }
    event->accept();
    if (event->modifiers() & Qt::ControlModifier) {
        hit->setSelected(!hit->isSelected());
        if (!hit->isSelected())
            return;
    } else if (!hit->isSelected()) {
        clearSelection();
        hit->setSelected(true);
    }
    if (m_document->annotationMode())
        return; // select only: the group's map is locked
    m_drag = {};
    m_drag.pressed = true;
    m_drag.pressScenePos = event->scenePos();
    m_drag.pressScreenPos = event->screenPos();
    m_drag.starts = moveStarts(selectedPartnerIds());
    m_drag.undoIndex = m_document->undoStack()->index();
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (linkMove(event))
        return;
    if (!m_drag.pressed || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    event->accept();
    if (!m_drag.moving) {
        if ((event->screenPos() - m_drag.pressScreenPos).manhattanLength() <
            QApplication::startDragDistance())
            return;
        m_drag.moving = true;
    }
    // The first command of a drag never merges (it is a new undo step); the
    // following ones merge into it.
    // Merge only into a step this drag made itself: a first move that changed nothing
    // (dragging outward at the rim) leaves no step, and must not join an older gesture.
    pushMove(m_drag.starts, event->scenePos() - m_drag.pressScenePos, event->modifiers(),
             m_document->undoStack()->index() > m_drag.undoIndex);
    showPlacementHint(event->scenePos());
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (linkRelease(event))
        return;
    if (!m_drag.pressed) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (!m_drag.moving && !(event->modifiers() & Qt::ControlModifier)) {
        // A click (no drag) on one of several selected partners selects just it.
        if (PartnerItem *hit = partnerItemAt(event->scenePos())) {
            clearSelection();
            hit->setSelected(true);
        }
    }
    m_drag = {};
    clearPlacementHint();
    flushRelayout();
    if (m_mapRectDirty)
        updateMapRect();
}

void MapScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_rubber || m_linkTool)) {
        event->accept();
        if (m_rubber)
            cancelLink();
        else
            setLinkTool(false);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && finishKeyboardLink()) {
        event->accept();
        return;
    }
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-1, 0};
        break;
    case Qt::Key_Right:
        delta = {1, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -1};
        break;
    case Qt::Key_Down:
        delta = {0, 1};
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const QStringList ids = selectedPartnerIds();
    if (ids.isEmpty() || m_drag.pressed) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    event->accept();
    const double step = (event->modifiers() & Qt::ShiftModifier) ? kNudgeStep / 5 : kNudgeStep;
    // One undo step per key press: auto-repeats of a held key merge into it.
    if (!event->isAutoRepeat())
        m_nudgeUndoIndex = m_document->undoStack()->index();
    pushMove(moveStarts(ids), delta * step, event->modifiers(),
             event->isAutoRepeat() && m_document->undoStack()->index() > m_nudgeUndoIndex);
}

} // namespace nwk
