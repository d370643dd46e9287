// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkdrawtool.h"

#include "nwk/editor/editlayer.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace nwk {

bool LinkDrawTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton ||
        !(scene()->linkTool() || (event->modifiers() & Qt::ShiftModifier)))
        return false;
    // The document would refuse the link (annotation mode): say so now, not after the
    // drag; the press selects as a plain one does.
    if (document()->locks(EditLayer::Group)) {
        Q_EMIT scene()->message(MapScene::tr("Annotation mode: the group's map is locked."));
        return false;
    }
    const QString end = scene()->linkEndAt(event->scenePos());
    if (end.isEmpty())
        return false;
    scene()->cancelLink();
    start(end, event->scenePos());
    return true;
}

bool LinkDrawTool::keyPressed(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !(isActive() || scene()->linkTool()))
        return false;
    if (isActive())
        cancel();
    else
        scene()->setLinkTool(false);
    return true;
}

} // namespace nwk
