// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's whole label over its shortened one (semantic zoom) while the pointer
// is on it or it is selected.
#include "mapitems.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

namespace nwk {

namespace {
/// A box of `size` on the same side of the centre as `label`, grown away from it.
QRectF anchoredLike(const QRectF &label, QSizeF size)
{
    QRectF r(QPointF(), size);
    if (label.left() >= 0)
        r.moveLeft(label.left());
    else if (label.right() <= 0)
        r.moveRight(label.right());
    else
        r.moveLeft(label.center().x() - size.width() / 2);
    if (label.top() >= 0)
        r.moveTop(label.top());
    else if (label.bottom() <= 0)
        r.moveBottom(label.bottom());
    else
        r.moveTop(label.center().y() - size.height() / 2);
    return r;
}
} // namespace

void PartnerItem::updateFullLabel()
{
    QRectF full;
    const MapScene *s = mapScene();
    if (s && (m_hovered || isSelected()) && s->renderOptions().labelMaxChars > 0 &&
        !m_labelRect.isEmpty()) {
        RenderOptions whole = s->renderOptions();
        whole.labelMaxChars = 0;
        const QSizeF size =
            s->mapPainter().partnerLabelSize(s->document()->session(), m_partnerId, whole);
        if (size != m_labelRect.size())
            full = anchoredLike(m_labelRect, size);
    }
    if (full == m_fullLabel)
        return;
    prepareGeometryChange();
    m_fullLabel = full;
    setZValue(full.isNull() ? 30 : 35); // above the other partners and their labels
    update();
}

QVariant PartnerItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateFullLabel();
    return MapItem::itemChange(change, value);
}

void PartnerItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateFullLabel();
    MapItem::hoverEnterEvent(event);
}

void PartnerItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateFullLabel();
    MapItem::hoverLeaveEvent(event);
}

} // namespace nwk
