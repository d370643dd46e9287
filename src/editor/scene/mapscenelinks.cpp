// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene: drawing links. With the link tool on (or Shift held), a press on a
// partner or the school starts a rubber line; releasing on another partner or
// the school adds the link (one undo step); anywhere else, or Esc, cancels.
// By keyboard (startKeyboardLink): the line follows the selection, Enter links.
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/editor/linkcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>
#include <QPen>
#include <QUndoStack>

namespace nwk {

void MapScene::setLinkTool(bool on)
{
    if (on == m_linkTool)
        return;
    m_linkTool = on;
    if (!on)
        cancelLink();
    Q_EMIT linkToolChanged(on);
}

QString MapScene::linkEndAt(const QPointF &scenePos) const
{
    if (const PartnerItem *item = partnerItemAt(scenePos))
        return item->partnerId();
    if (QLineF(QPointF(0, 0), scenePos).length() <= m_geometry.schoolRadius)
        return kSchoolId;
    return {};
}

bool MapScene::linkPress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton ||
        !(m_linkTool || (event->modifiers() & Qt::ShiftModifier)))
        return false;
    if (m_document->annotationMode()) { // the group's links are locked
        Q_EMIT message(tr("Annotation mode: the group's map is locked."));
        return false;
    }
    const QString from = linkEndAt(event->scenePos());
    if (from.isEmpty())
        return false;
    cancelLink();
    event->accept();
    m_linkFrom = from;
    m_rubber = new QGraphicsLineItem;
    QPen pen(QApplication::palette().color(QPalette::Highlight), 2.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_rubber->setPen(pen);
    m_rubber->setZValue(60);
    m_rubber->setAcceptedMouseButtons(Qt::NoButton);
    m_rubber->setLine(QLineF(endPoint(from), event->scenePos()));
    addItem(m_rubber);
    return true;
}

bool MapScene::linkMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_rubber)
        return false;
    event->accept();
    m_rubber->setLine(QLineF(endPoint(m_linkFrom), event->scenePos()));
    return true;
}

bool MapScene::linkRelease(QGraphicsSceneMouseEvent *event)
{
    if (!m_rubber)
        return false;
    event->accept();
    const QString from = m_linkFrom;
    const QString to = linkEndAt(event->scenePos());
    cancelLink();
    if (!to.isEmpty() && to != from)
        addLinkBetween(from, to);
    return true;
}

bool MapScene::addLinkBetween(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to) {
        Q_EMIT message(tr("Choose another partner to link to."));
        return false;
    }
    const Session &s = m_document->session();
    for (const Link &l : s.links) {
        if (l.kind == m_linkKind &&
            ((l.from == from && l.to == to) || (l.from == to && l.to == from))) {
            Q_EMIT message(tr("These two are already linked like that."));
            return false;
        }
    }
    Link link;
    link.id = uniqueId(s, QStringLiteral("l"));
    link.from = from;
    link.to = to;
    link.kind = m_linkKind;
    m_document->push(new AddLink(m_document, link));
    return true;
}

void MapScene::startKeyboardLink(const QString &from)
{
    if (from != kSchoolId && !partnerItem(from))
        return;
    cancelLink();
    m_linkFrom = from;
    m_keyLink = true;
    m_rubber = new QGraphicsLineItem;
    QPen pen(QApplication::palette().color(QPalette::Highlight), 2.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_rubber->setPen(pen);
    m_rubber->setZValue(60);
    m_rubber->setAcceptedMouseButtons(Qt::NoButton);
    m_rubber->setLine(QLineF(endPoint(from), endPoint(from)));
    addItem(m_rubber);
    const Partner *p = m_document->session().partner(from);
    Q_EMIT message(tr("Link from \u201c%1\u201d: Tab to the other partner, Enter links, Esc "
                      "cancels.")
                       .arg(p ? p->label : tr("the school")));
}

void MapScene::followKeyboardLink()
{
    if (!isLinkingByKeyboard())
        return;
    const QStringList selected = selectedPartnerIds();
    const QPointF start = endPoint(m_linkFrom);
    m_rubber->setLine(QLineF(start, selected.size() == 1 && selected.front() != m_linkFrom
                                        ? endPoint(selected.front())
                                        : start));
}

bool MapScene::finishKeyboardLink()
{
    if (!isLinkingByKeyboard())
        return false;
    const QString from = m_linkFrom;
    const QStringList selected = selectedPartnerIds();
    if (selected.size() != 1 || selected.front() == from) {
        Q_EMIT message(tr("Select the other partner with Tab first (Esc cancels)."));
        return true;
    }
    cancelLink();
    addLinkBetween(from, selected.front());
    return true;
}

void MapScene::cancelLink()
{
    delete m_rubber;
    m_rubber = nullptr;
    m_linkFrom.clear();
    m_keyLink = false;
}

} // namespace nwk
