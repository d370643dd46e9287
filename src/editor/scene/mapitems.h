// SPDX-License-Identifier: GPL-3.0-or-later
// The map's graphics items. Each holds an id (never a model pointer) and
// geometry that MapScene computed and handed in; paint() only draws, through
// MapPainter, from the scene's current session. No item changes the model.
#pragma once

#include "itemtypes.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QRectF>
#include <QString>

namespace nwk {

class MapScene;

/// Common base: access to the scene's document, painter and options.
class MapItem : public QGraphicsItem {
public:
    using QGraphicsItem::QGraphicsItem;

protected:
    MapScene *mapScene() const;
};

/// A map item drawn inside a rectangle the scene sets (the map's extent, the legend's
/// box, the school's disc).
template <MapItemType K> class BoundedItem : public TypedItem<K, MapItem> {
public:
    void setBounds(const QRectF &bounds)
    {
        if (bounds == m_bounds)
            return;
        this->prepareGeometryChange();
        m_bounds = bounds;
    }
    QRectF boundingRect() const override { return m_bounds; }

protected:
    QRectF m_bounds;
};

/// The paper (white map bounds), sectors, rings, sector labels and the title.
class BackgroundItem final : public BoundedItem<MapItemType::Background> {
public:
    BackgroundItem();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// The legend beside the map; its content follows the model (kinds in use).
class LegendItem final : public BoundedItem<MapItemType::Legend> {
public:
    LegendItem();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// The school disc at the centre; above the links that end at it (as in paintMap()).
class SchoolItem final : public BoundedItem<MapItemType::School> {
public:
    SchoolItem();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// A group's outline around its members (map coordinates, under the links).
class GroupItem final : public BoundedItem<MapItemType::Group> {
public:
    explicit GroupItem(const QString &groupId);
    const QString &groupId() const { return m_groupId; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_groupId;
};

/// One placed partner, positioned at its centre by the scene.
class PartnerItem final : public TypedItem<MapItemType::Partner, MapItem> {
public:
    explicit PartnerItem(const QString &partnerId);
    const QString &partnerId() const { return m_partnerId; }

    /// All relative to the centre: everything drawn (MapPainter::partnerBounds,
    /// selected), the hit area without label (markerBounds), and the label
    /// rectangle (from MapPainter::layoutLabels).
    /// Returns whether anything changed.
    bool setGeometry(const QRectF &bounds, const QRectF &markerBounds, const QRectF &labelRect);
    /// The exact spot relative to the item (MapLayout::PartnerRects::spot) when the marker
    /// is drawn away from it: a dot there and a leader. Returns whether it changed.
    bool setSpot(QPointF spot);
    const QRectF &labelRect() const { return m_labelRect; }
    /// The whole label while hovered or selected when the zoom shortens it (null
    /// otherwise), drawn above the other partners; relative to the centre.
    const QRectF &fullLabelRect() const { return m_fullLabel; }
    /// Recomputes fullLabelRect() (hover, selection, a new layout or zoom).
    void updateFullLabel();

    QRectF boundingRect() const override { return m_bounds | m_fullLabel; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_partnerId;
    QRectF m_markerBounds;
    QRectF m_labelRect;
    QRectF m_bounds;
    QRectF m_fullLabel;
    bool m_hovered = false;
    QPointF m_spot;
};

class LinkLayerItem;

/// One link; at the origin (MapPainter draws links in map coordinates), its
/// extent and hit area follow the ends the scene sets. The scene's link layer
/// (LinkLayerItem) draws it, except while a drag moves it: then it draws itself.
class LinkItem final : public TypedItem<MapItemType::Link, MapItem> {
public:
    LinkItem(const QString &linkId, LinkLayerItem *layer);
    const QString &linkId() const { return m_linkId; }

    void setLine(const QLineF &line);
    const QLineF &line() const { return m_line; }
    /// What it draws changed (the link, its ends, the labels it keeps off): its area is
    /// drawn again, by itself or by the layer.
    void changed();
    /// Drawn by itself (a drag moves it: the layer's pixmap stays as it is) or by the layer.
    bool drawsItself() const { return m_drawsItself; }
    void setDrawsItself(bool own);
    /// The link as paint() draws it (the layer calls this for every link it draws).
    void draw(QPainter *painter) const;

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// The layer draws `area` again (nothing while the link draws itself).
    void layerUpdate(const QRectF &area);

    QString m_linkId;
    LinkLayerItem *m_layer;
    QLineF m_line;
    QRectF m_bounds;
    bool m_drawsItself = false;
};

/// Every link that does not draw itself, in the session's order (as exports draw them),
/// kept as one pixmap at the current zoom: a repaint of the view copies the links instead
/// of drawing each one again. Under the links that draw themselves; never hit.
class LinkLayerItem final : public TypedItem<MapItemType::LinkLayer, MapItem> {
public:
    LinkLayerItem();
    /// Grows the layer's extent to hold `area` (a link's bounds).
    void include(const QRectF &area);
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_bounds;
};

/// A missing partner's ghost, positioned by the scene at MapPainter::missingPosition(),
/// its label where the scene's layout put it (MapPainter::layoutMap()).
class MissingItem final : public TypedItem<MapItemType::Missing, MapItem> {
public:
    explicit MissingItem(const QString &missingId);
    const QString &missingId() const { return m_missingId; }

    /// The item's extent and the ghost's label rect (relative to the item).
    void setGeometry(const QRectF &bounds, const QRectF &labelRect);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_missingId;
    QRectF m_bounds;
    QRectF m_label;
};

} // namespace nwk
