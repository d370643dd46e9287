// SPDX-License-Identifier: GPL-3.0-or-later
#include "rubberlinktool.h"

#include "nwk/editor/mapscene.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>
#include <QPen>

namespace nwk {

void RubberLinkTool::start(const QString &from, QPointF to)
{
    m_from = from;
    m_line = new QGraphicsLineItem;
    QPen pen(QApplication::palette().color(QPalette::Highlight), 2.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
    m_line->setZValue(60);
    m_line->setAcceptedMouseButtons(Qt::NoButton);
    setEnd(to);
    scene()->addItem(m_line);
}

void RubberLinkTool::setEnd(QPointF to)
{
    m_line->setLine(QLineF(scene()->linkEndPoint(m_from), to));
}

void RubberLinkTool::cancel()
{
    delete m_line;
    m_line = nullptr;
    m_from.clear();
}

bool RubberLinkTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return false;
    setEnd(event->scenePos());
    return true;
}

bool RubberLinkTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return false;
    const QString from = m_from;
    const QString to = scene()->linkEndAt(event->scenePos());
    scene()->cancelLink();
    if (!to.isEmpty() && to != from)
        scene()->addLinkBetween(from, to);
    return true;
}

} // namespace nwk
