// SPDX-License-Identifier: GPL-3.0-or-later
#include "movetool.h"

#include "../mapitems.h"
#include "nwk/editor/editlayer.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace nwk {

void pushPlacements(SessionDocument *document, std::vector<PartnerPlacement> placements,
                    const QString &text, bool mergeable)
{
    if (placements.empty())
        return;
    auto *command = new MovePartners(document, std::move(placements), text);
    command->setMergeable(mergeable);
    document->push(command);
}

QHash<QString, MoveTool::MoveStart> MoveTool::moveStarts(const QStringList &ids) const
{
    const MapGeometry &geometry = scene()->geometry();
    QHash<QString, MoveStart> starts;
    for (const QString &id : ids) {
        const Partner *p = document()->partner(id);
        if (!p || !p->placement)
            continue;
        starts.insert(id, {geometry.toPoint(*p->placement), geometry.sectorAt(p->placement->angle),
                           p->category});
    }
    return starts;
}

void MoveTool::pushMove(const QHash<QString, MoveStart> &starts, QPointF delta,
                        Qt::KeyboardModifiers modifiers, bool mergeable)
{
    const Session &s = document()->session();
    const MapGeometry &geometry = scene()->geometry();
    const PlacementPolicy policy =
        PlacementPolicy::forSession(s, modifiers.testFlag(Qt::AltModifier));
    // Document order, so that commands of one drag always list the same ids alike:
    // the moved partners' indexes, sorted (no walk over every partner of the map).
    std::vector<std::pair<int, decltype(starts.cbegin())>> order;
    order.reserve(static_cast<std::size_t>(starts.size()));
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        if (const int i = document()->partnerIndex(it.key()); i >= 0)
            order.emplace_back(i, it);
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<PartnerPlacement> placements;
    for (const auto &[index, it] : order) {
        const Partner &p = s.partners[static_cast<std::size_t>(index)];
        const Placement to = geometry.toPlacement(it->point + delta);
        placements.push_back(
            placementFor(s, geometry, p.id, {it->sector, it->category}, to, policy));
    }
    const int n = static_cast<int>(placements.size());
    const QString text =
        n == 1 ? MapScene::tr("Move \u201c%1\u201d")
                     .arg(s.partners[static_cast<std::size_t>(order.front().first)].label)
               : MapScene::tr("Move %n partners", nullptr, n);
    pushPlacements(document(), std::move(placements), text, mergeable);
}

bool MoveTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    PartnerItem *hit =
        event->button() == Qt::LeftButton ? scene()->partnerItemAt(event->scenePos()) : nullptr;
    if (!hit)
        return false;
    if (event->modifiers() & Qt::ControlModifier) {
        hit->setSelected(!hit->isSelected());
        if (!hit->isSelected())
            return true;
    } else if (!hit->isSelected()) {
        scene()->clearSelection();
        hit->setSelected(true);
    }
    // Select only where the document would refuse the move (annotation mode): no drag
    // begins, so no placement hint promises a move.
    if (document()->locks(EditLayer::Group))
        return true;
    m_drag = {};
    m_drag.pressed = true;
    m_drag.pressScenePos = event->scenePos();
    m_drag.pressScreenPos = event->screenPos();
    m_drag.starts = moveStarts(scene()->selectedPartnerIds());
    m_drag.undoIndex = document()->undoStack()->index();
    return true;
}

bool MoveTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.pressed || !(event->buttons() & Qt::LeftButton))
        return false;
    if (!m_drag.moving) {
        if ((event->screenPos() - m_drag.pressScreenPos).manhattanLength() <
            QApplication::startDragDistance())
            return true;
        m_drag.moving = true;
        // The docks update once, when the drag ends; the map follows every step.
        document()->setLive(true);
    }
    // The first command of a drag never merges (it is a new undo step); the
    // following ones merge into it.
    // Merge only into a step this drag made itself: a first move that changed nothing
    // (dragging outward at the rim) leaves no step, and must not join an older gesture.
    pushMove(m_drag.starts, event->scenePos() - m_drag.pressScenePos, event->modifiers(),
             document()->undoStack()->index() > m_drag.undoIndex);
    scene()->showPlacementHint(event->scenePos());
    return true;
}

bool MoveTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.pressed)
        return false;
    if (!m_drag.moving && !(event->modifiers() & Qt::ControlModifier)) {
        // A click (no drag) on one of several selected partners selects just it.
        if (PartnerItem *hit = scene()->partnerItemAt(event->scenePos())) {
            scene()->clearSelection();
            hit->setSelected(true);
        }
    }
    m_drag = {};
    scene()->clearPlacementHint();
    scene()->liveMoveEnded();
    document()->setLive(false);
    return true;
}

void MoveTool::endDrag()
{
    const bool moving = m_drag.moving;
    m_drag = {};
    if (moving)
        document()->setLive(false);
}

QPointF MoveTool::nudgeDirection(int key)
{
    switch (key) {
    case Qt::Key_Left:
        return {-1, 0};
    case Qt::Key_Right:
        return {1, 0};
    case Qt::Key_Up:
        return {0, -1};
    case Qt::Key_Down:
        return {0, 1};
    default:
        return {};
    }
}

bool MoveTool::keyPressed(QKeyEvent *event)
{
    const QPointF direction = nudgeDirection(event->key());
    if (direction.isNull())
        return false;
    const QStringList ids = scene()->selectedPartnerIds();
    if (ids.isEmpty() || m_drag.pressed)
        return false;
    const double step =
        (event->modifiers() & Qt::ShiftModifier) ? MapScene::kNudgeStep / 5 : MapScene::kNudgeStep;
    // One undo step per key press: auto-repeats of a held key merge into it.
    if (!event->isAutoRepeat())
        m_nudgeUndoIndex = document()->undoStack()->index();
    pushMove(moveStarts(ids), direction * step, event->modifiers(),
             event->isAutoRepeat() && document()->undoStack()->index() > m_nudgeUndoIndex);
    return true;
}

void MoveTool::partnerRemoved(const QString &id)
{
    if (m_drag.starts.contains(id))
        endDrag();
}

} // namespace nwk
