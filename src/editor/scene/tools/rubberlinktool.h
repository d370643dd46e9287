// SPDX-License-Identifier: GPL-3.0-or-later
// What the two link tools share: the dashed line of a link being drawn from one end
// (a partner or kSchoolId), and its end by the mouse: while the line is there it
// follows the pointer, and a release on another partner or the school adds the link
// (one undo step); anywhere else cancels it.
#pragma once

#include "maptool.h"

#include <QPointF>
#include <QString>

class QGraphicsLineItem;

namespace nwk {

class RubberLinkTool : public MapTool {
public:
    using MapTool::MapTool;

    bool mouseMoved(QGraphicsSceneMouseEvent *event) override;
    bool mouseReleased(QGraphicsSceneMouseEvent *event) override;
    void reset() override { cancel(); }

    /// A line is being drawn.
    bool isActive() const { return m_line != nullptr; }
    /// Removes the line (if any).
    virtual void cancel();

protected:
    /// Draws the line from `from` to `to` (scene coordinates).
    void start(const QString &from, QPointF to);
    void setEnd(QPointF to);
    const QString &from() const { return m_from; }

private:
    QGraphicsLineItem *m_line = nullptr;
    QString m_from;
};

} // namespace nwk
