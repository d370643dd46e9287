// SPDX-License-Identifier: GPL-3.0-or-later
// The link items and the layer that draws them as one pixmap (issue #24: a drag step at
// 1,000 partners repainted every link whose extent the dragged partner's links crossed).
#include "mapitems.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace nwk {

// ---- LinkItem ----------------------------------------------------------------

LinkItem::LinkItem(const QString &linkId, LinkLayerItem *layer)
    : m_linkId(linkId)
    , m_layer(layer)
{
    setFlag(ItemIsSelectable);
    setZValue(10);
    // The layer draws it (its own paint() is skipped) until a drag moves it.
    setFlag(ItemHasNoContents, m_layer != nullptr);
}

void LinkItem::layerUpdate(const QRectF &area)
{
    if (m_layer && !m_drawsItself && !area.isNull())
        m_layer->update(area);
}

void LinkItem::setLine(const QLineF &line)
{
    if (line == m_line && !m_bounds.isNull())
        return;
    layerUpdate(m_bounds); // where it was drawn
    prepareGeometryChange();
    m_line = line;
    // Room for arrow heads, a curve's bulge and a label at the middle.
    constexpr double margin = 60.0;
    m_bounds =
        QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-margin, -margin, margin, margin);
    if (m_layer && !m_drawsItself)
        m_layer->include(m_bounds); // (not while a drag moves it: that would redraw it all)
    layerUpdate(m_bounds);
}

void LinkItem::changed()
{
    if (m_drawsItself || !m_layer)
        update();
    else
        layerUpdate(m_bounds);
}

void LinkItem::setDrawsItself(bool own)
{
    if (own == m_drawsItself || !m_layer)
        return;
    layerUpdate(m_bounds); // the layer draws it no more, or again
    m_drawsItself = own;
    if (!own)
        m_layer->include(m_bounds);
    layerUpdate(m_bounds);
    setFlag(ItemHasNoContents, !own);
    update();
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Selected links are drawn highlighted; a hidden one (an end not on the map) not at all.
    if (change == ItemSelectedHasChanged || change == ItemVisibleHasChanged)
        layerUpdate(m_bounds);
    return QGraphicsItem::itemChange(change, value);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10.0);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    draw(painter);
}

void LinkItem::draw(QPainter *painter) const
{
    const MapScene *s = mapScene();
    // Between the ends the scene set (where the partners' markers are drawn).
    // Its label keeps off the partners' labels near it, as in exports (the same reach as
    // detail::kLinkLabelReach in src/render/nearlabels.h).
    constexpr double kReach = 200.0;
    std::vector<QRectF> near;
    const QRectF area = mapRectToScene(QRectF(m_line.p1(), m_line.p2()).normalized())
                            .adjusted(-kReach, -kReach, kReach, kReach);
    for (const QRectF &label : s->labelRects())
        if (label.intersects(area))
            near.push_back(mapRectFromScene(label));
    s->mapPainter().paintLink(*painter, s->document()->session(), s->knownLink(m_linkId),
                              s->renderOptions(), isSelected(), m_line.p1(), m_line.p2(),
                              s->labelRects().empty() ? nullptr : &near);
}

// ---- LinkLayerItem -----------------------------------------------------------

LinkLayerItem::LinkLayerItem()
{
    showOnly(*this, 10); // with the links; added before them, so under those drawn apart
    setFlag(ItemUsesExtendedStyleOption); // the exposed part: only the links crossing it
    setCacheMode(DeviceCoordinateCache);
}

void LinkLayerItem::include(const QRectF &area)
{
    if (m_bounds.contains(area))
        return;
    prepareGeometryChange();
    m_bounds |= area;
}

void LinkLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    mapScene()->paintLinkLayer(*painter, option ? option->exposedRect : QRectF());
}

} // namespace nwk
