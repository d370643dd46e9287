// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation layer on the screen: one overlay item above the map that draws
// MapPainter's annotation badges. It follows the document (annotations added,
// changed, removed; partners and links moved; new session) and survives the
// scene's rebuilds by re-adding itself.
#pragma once

#include "nwk/render/mappainter.h"

#include <QGraphicsObject>
#include <QObject>
#include <QPointer>

#include <vector>

namespace nwk {

class MapScene;
class SessionDocument;

class AnnotationBadgesItem final : public QGraphicsObject {
    Q_OBJECT

public:
    enum { Type = UserType + 50 }; // distinct from every scene item type (DesiredItem is +40)
    explicit AnnotationBadgesItem(const MapPainter &painter);
    int type() const override { return Type; }
    void setBadges(std::vector<AnnotationBadge> badges);
    const std::vector<AnnotationBadge> &badges() const { return m_badges; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const MapPainter &m_painter;
    std::vector<AnnotationBadge> m_badges;
    QRectF m_bounds;
};

class AnnotationLayer : public QObject {
    Q_OBJECT

public:
    AnnotationLayer(SessionDocument *document, MapScene *scene, QObject *parent = nullptr);
    /// View > Show Annotations.
    void setVisible(bool on);
    bool isVisible() const { return m_visible; }
    /// The overlay item (nullptr between a scene rebuild and the next update).
    AnnotationBadgesItem *item() const { return m_item; }
    /// Re-reads the badges from the document.
    void update();

private:
    SessionDocument *m_document;
    MapScene *m_scene;
    QPointer<AnnotationBadgesItem> m_item;
    bool m_visible = true;
};

} // namespace nwk
