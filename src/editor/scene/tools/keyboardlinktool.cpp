// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardlinktool.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QKeyEvent>

namespace nwk {

void KeyboardLinkTool::startFrom(const QString &from)
{
    if (from != kSchoolId && !scene()->partnerItem(from))
        return;
    scene()->cancelLink();
    start(from, scene()->linkEndPoint(from));
    const Partner *p = document()->session().partner(from);
    Q_EMIT scene()->message(
        MapScene::tr("Link from \u201c%1\u201d: Tab to the other partner, Enter links, Esc "
                     "cancels.")
            .arg(p ? p->label : MapScene::tr("the school")));
}

void KeyboardLinkTool::selectionChanged()
{
    if (!isActive())
        return;
    const QStringList selected = scene()->selectedPartnerIds();
    setEnd(scene()->linkEndPoint(
        selected.size() == 1 && selected.front() != from() ? selected.front() : from()));
}

bool KeyboardLinkTool::finish()
{
    if (!isActive())
        return false;
    const QString start = from();
    const QStringList selected = scene()->selectedPartnerIds();
    if (selected.size() != 1 || selected.front() == start) {
        Q_EMIT scene()->message(
            MapScene::tr("Select the other partner with Tab first (Esc cancels)."));
        return true;
    }
    cancel();
    scene()->addLinkBetween(start, selected.front());
    return true;
}

bool KeyboardLinkTool::keyPressed(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (!isActive())
            return false;
        cancel();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return finish();
    default:
        return false;
    }
}

} // namespace nwk
