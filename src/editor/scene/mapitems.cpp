// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapitems.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace nwk {

MapScene *MapItem::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

// ---- BackgroundItem ----------------------------------------------------------

BackgroundItem::BackgroundItem()
{
    showOnly(*this, -100);
    // Sectors, rings and their curved labels are the costliest drawing and
    // change rarely: keep them as a pixmap of the visible part at the current
    // zoom, so a drag repaints partners, not the background.
    setCacheMode(DeviceCoordinateCache);
}

void BackgroundItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    const Session &session = s->document()->session();
    const RenderOptions &o = s->renderOptions();
    if (!o.transparentBackground)
        painter->fillRect(m_bounds, s->mapPainter().style().background);
    s->mapPainter().paintBackground(*painter, session, o);
    if (o.showTitle)
        s->mapPainter().paintTitle(*painter, session, o);
}

// ---- LegendItem --------------------------------------------------------------

LegendItem::LegendItem()
{
    showOnly(*this, -90);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    if (s->renderOptions().showLegend)
        s->mapPainter().paintLegend(*painter, s->document()->session(), s->renderOptions());
}

// ---- SchoolItem --------------------------------------------------------------

SchoolItem::SchoolItem()
{
    showOnly(*this, 15);
}

void SchoolItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    s->mapPainter().paintSchool(*painter, s->document()->session(), s->renderOptions());
}

// ---- GroupItem ---------------------------------------------------------------

GroupItem::GroupItem(const QString &groupId)
    : m_groupId(groupId)
{
    showOnly(*this, -50);
    // The outline and its label (placed clear of every marker: a walk over the map) as a
    // pixmap at the current zoom; the scene calls update() when members move or the map
    // is laid out again.
    setCacheMode(DeviceCoordinateCache);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    if (s->renderOptions().showGroups)
        s->mapPainter().paintGroup(*painter, s->document()->session(), m_groupId,
                                   s->renderOptions(), s->drawnAway());
}

// ---- PartnerItem -------------------------------------------------------------

PartnerItem::PartnerItem(const QString &partnerId)
    : m_partnerId(partnerId)
{
    setFlag(ItemIsSelectable);
    setZValue(30);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    // A partner's marker and shaped label as a pixmap at the current zoom: a drag
    // repaints the others by copying them, without shaping their labels again. Every
    // change of what it draws calls update() (the scene's sync, setGeometry(), setSpot(),
    // the full label, selection; the zoom repaints every item), which drops the pixmap.
    setCacheMode(DeviceCoordinateCache);
}

bool PartnerItem::setGeometry(const QRectF &bounds, const QRectF &markerBounds,
                              const QRectF &labelRect)
{
    // The dot at the exact spot, when the marker is drawn away from it (setSpot()).
    const QRectF all =
        m_spot.isNull() ? bounds : bounds.united(QRectF(m_spot, QSizeF()).adjusted(-4, -4, 4, 4));
    if (all == m_bounds && markerBounds == m_markerBounds && labelRect == m_labelRect)
        return false;
    prepareGeometryChange();
    m_bounds = all;
    m_markerBounds = markerBounds;
    m_labelRect = labelRect;
    updateFullLabel();
    update(); // the cached pixmap (the label may move within the same bounds)
    return true;
}

bool PartnerItem::setSpot(QPointF spot)
{
    if (spot == m_spot)
        return false;
    prepareGeometryChange();
    m_spot = spot;
    if (!spot.isNull())
        m_bounds |= QRectF(spot, QSizeF()).adjusted(-4, -4, 4, 4);
    update();
    return true;
}

QPainterPath PartnerItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // the label may overlap the marker
    path.addEllipse(m_markerBounds);
    if (!m_labelRect.isEmpty())
        path.addRect(m_labelRect);
    if (!m_fullLabel.isNull())
        path.addRect(m_fullLabel); // the pointer stays on the partner over its whole label
    return path;
}

void PartnerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    if (!m_spot.isNull())
        s->mapPainter().paintExactSpot(*painter, s->document()->session(), m_partnerId, m_spot);
    if (m_fullLabel.isNull()) {
        s->mapPainter().paintPartner(*painter, s->document()->session(), m_partnerId,
                                     s->renderOptions(), m_labelRect, isSelected());
        return;
    }
    RenderOptions whole = s->renderOptions();
    whole.labelMaxChars = 0;
    s->mapPainter().paintPartner(*painter, s->document()->session(), m_partnerId, whole,
                                 m_fullLabel, isSelected());
}

// ---- MissingItem -------------------------------------------------------------

MissingItem::MissingItem(const QString &missingId)
    : m_missingId(missingId)
{
    showOnly(*this, 20);
    setCacheMode(DeviceCoordinateCache); // the ghost's shaped label, as PartnerItem's
}

void MissingItem::setGeometry(const QRectF &bounds, const QRectF &labelRect)
{
    if (labelRect != m_label) {
        m_label = labelRect;
        update();
    }
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
    update();
}

void MissingItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    if (s->renderOptions().showMissing)
        s->mapPainter().paintMissing(*painter, s->document()->session(), m_missingId,
                                     s->renderOptions(), m_label);
}

} // namespace nwk
