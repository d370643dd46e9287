// SPDX-License-Identifier: GPL-3.0-or-later
// The move tool (the default one, last in the scene's order): a press on a partner
// selects it (Ctrl: toggles it); dragging moves the selected partners, with the
// placement hint naming the target; the arrow keys nudge them. Each drag or key
// press is one undo step (MovePartners); a partner moved into another sector takes
// that sector's category unless the session is in free-placement mode or Alt is held.
#pragma once

#include "maptool.h"
#include "nwk/core/placement.h"

#include <QHash>
#include <QPoint>
#include <QPointF>
#include <QStringList>

#include <vector>

namespace nwk {

class MoveTool final : public MapTool {
public:
    using MapTool::MapTool;
    /// A drag is past its threshold: the scene's layout waits (MapScene::isLiveMove()).
    bool isMoving() const { return m_drag.moving; }

    bool mousePressed(QGraphicsSceneMouseEvent *event) override;
    bool mouseMoved(QGraphicsSceneMouseEvent *event) override;
    bool mouseReleased(QGraphicsSceneMouseEvent *event) override;
    bool keyPressed(QKeyEvent *event) override;
    void partnerRemoved(const QString &id) override;
    void reset() override { endDrag(); }

private:
    /// Where a moved partner started: its centre, sector and category.
    struct MoveStart {
        QPointF point;
        int sector = -1;
        QString category;
    };
    QHash<QString, MoveStart> moveStarts(const QStringList &ids) const;
    /// Pushes a MovePartners for the partners in `starts` moved by `delta` (map units).
    void pushMove(const QHash<QString, MoveStart> &starts, QPointF delta,
                  Qt::KeyboardModifiers modifiers, bool mergeable);
    /// Forgets the drag; the document announces what it changed to the docks
    /// (SessionDocument::setLive()).
    void endDrag();
    /// Arrow keys: the direction of one step; null for any other key.
    static QPointF nudgeDirection(int key);

    struct Drag {
        bool pressed = false; ///< left button went down on a partner
        bool moving = false;  ///< past the drag threshold
        int undoIndex = 0;    ///< undo index when the drag began: later steps are its own
        QPointF pressScenePos;
        QPoint pressScreenPos;
        QHash<QString, MoveStart> starts; ///< partner id -> state at press time
    } m_drag;
    int m_nudgeUndoIndex = 0; ///< undo index when the current nudge key went down
};

/// Pushes one MovePartners of `placements` (none: nothing) named `text`.
void pushPlacements(SessionDocument *document, std::vector<PartnerPlacement> placements,
                    const QString &text, bool mergeable);

} // namespace nwk
