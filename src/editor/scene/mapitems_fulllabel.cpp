// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's whole label over its shortened one (semantic zoom) while the pointer
// is on it or it is selected.
#include "mapitems.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

namespace nwk {

namespace {
/// Where a span of `length` starts along one axis, on the same side of the centre as
/// the label's span [from, to], grown away from the centre.
double anchoredStart(double from, double to, double length)
{
    if (from >= 0)
        return from;
    if (to <= 0)
        return to - length;
    return (from + to) / 2 - length / 2;
}

/// A box of `size` on the same side of the centre as `label`, grown away from it.
QRectF anchoredLike(const QRectF &label, QSizeF size)
{
    return {QPointF(anchoredStart(label.left(), label.right(), size.width()),
                    anchoredStart(label.top(), label.bottom(), size.height())),
            size};
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
