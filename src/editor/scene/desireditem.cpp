// SPDX-License-Identifier: GPL-3.0-or-later
#include "desireditem.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QPainter>
#include <QPainterPath>

namespace nwk {

DesiredItem::DesiredItem(SessionDocument *document)
    : m_document(document)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(12); // above links, under missing partners and partners
    connect(document, &SessionDocument::partnersAdded, this, &DesiredItem::sync);
    connect(document, &SessionDocument::partnersChanged, this, &DesiredItem::syncPartners);
    connect(document, &SessionDocument::partnersRemoved, this, &DesiredItem::sync);
    onChange(document, {ChangeKind::Ring}, this, [this] { sync(); });
    sync();
}

QPainterPath DesiredItem::shape() const
{
    return {};
}

void DesiredItem::sync()
{
    const Session &s = m_document->session();
    const auto *mapScene = qobject_cast<const MapScene *>(scene());
    const MapPainter fallback;
    const MapPainter &painter = mapScene ? mapScene->mapPainter() : fallback;
    QRectF bounds;
    m_withDesired.clear();
    for (const Partner &p : s.partners) {
        if (p.desiredPlacement) {
            m_withDesired.insert(p.id);
            bounds |= painter.desiredPlacementBounds(s, p.id).adjusted(-8, -8, 8, 8);
        }
    }
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void DesiredItem::syncPartners(const QStringList &ids)
{
    for (const QString &id : ids) {
        const Partner *p = m_document->partner(id);
        if (m_withDesired.contains(id) || (p && p->desiredPlacement)) {
            sync();
            return;
        }
    }
}

QVariant DesiredItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSceneHasChanged)
        sync();
    return QGraphicsObject::itemChange(change, value);
}

void DesiredItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *mapScene = static_cast<const MapScene *>(scene());
    if (!mapScene)
        return;
    const Session &s = m_document->session();
    for (const Partner &p : s.partners)
        if (p.desiredPlacement)
            mapScene->mapPainter().paintDesiredPlacement(*painter, s, p.id,
                                                         mapScene->renderOptions());
}

} // namespace nwk
