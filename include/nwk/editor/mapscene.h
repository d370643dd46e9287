// SPDX-License-Identifier: GPL-3.0-or-later
// The map as a QGraphicsScene: a mirror of one SessionDocument.
//
// The scene is the single router between model and items: it creates, updates
// and removes items from the document's signals only; items hold ids and draw
// through MapPainter with geometry the scene computed (positions, label
// rectangles, link ends). User gestures (drag, nudge) become undo commands; the
// scene never changes the model or an item's position directly.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/render/mappainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QStringList>

namespace nwk {

class SessionDocument;
class BackgroundItem;
class GroupItem;
class LegendItem;
class PartnerItem;
class SchoolItem;
class LinkItem;
class MissingItem;

class MapScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit MapScene(SessionDocument *document, QObject *parent = nullptr);
    ~MapScene() override;

    SessionDocument *document() const { return m_document; }
    const MapPainter &mapPainter() const { return m_painter; }
    const RenderOptions &renderOptions() const { return m_options; }
    void setRenderOptions(const RenderOptions &options);
    /// Geometry of the current session (map units; school at (0,0)).
    const MapGeometry &geometry() const { return m_geometry; }
    /// The rectangle of the whole map (disc, sector labels, legend): what "fit" shows.
    QRectF mapRect() const { return m_mapRect; }

    QStringList selectedPartnerIds() const;
    QStringList selectedLinkIds() const;
    void selectPartners(const QStringList &ids);

    /// The item that shows a placed partner (nullptr when unplaced or absent).
    QGraphicsItem *partnerItem(const QString &partnerId) const;
    QGraphicsItem *linkItem(const QString &linkId) const;
    /// Scene position of a placed partner's centre.
    QPointF partnerPosition(const QString &partnerId) const;

    /// Map units a partner moves per arrow-key press (Shift: a fifth of it).
    static constexpr double kNudgeStep = 10.0;

Q_SIGNALS:
    /// The map's extent changed (new session, categories, a partner or label
    /// beyond the old edge).
    void mapRectChanged(const QRectF &rect);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void onPartnersAdded(const QStringList &ids);
    void onPartnersChanged(const QStringList &ids);
    void onPartnersRemoved(const QStringList &ids);
    void onLinksAdded(const QStringList &ids);
    void onLinksChanged(const QStringList &ids);
    void onLinksRemoved(const QStringList &ids);

    void syncPartner(const QString &id);
    void removePartnerItem(const QString &id);
    void syncLink(const QString &id);
    void syncLinksOf(const QStringList &partnerIds);
    /// Label rectangles and item extents of partners and missing partners, and
    /// group outlines: all of these depend on where every partner is.
    void relayout();
    void updateMapRect();
    /// After any change of partners or links: the legend's content, and the map's
    /// extent (deferred to the end of a drag, so the view does not jump).
    void contentChanged();
    QPointF endPoint(const QString &end) const;
    PartnerItem *partnerItemAt(const QPointF &scenePos) const;

    /// Where a moved partner started: its centre, sector and category.
    struct MoveStart {
        QPointF point;
        int sector = -1;
        QString category;
    };
    QHash<QString, MoveStart> moveStarts(const QStringList &ids) const;
    /// Pushes a MovePartners for the partners in `starts` moved by `delta` (map
    /// units). A partner that lands in another sector takes that sector's
    /// category, unless the session is in free-placement mode or Alt is held.
    void pushMove(const QHash<QString, MoveStart> &starts, QPointF delta,
                  Qt::KeyboardModifiers modifiers, bool mergeable);

    SessionDocument *m_document;
    MapPainter m_painter;
    RenderOptions m_options;
    MapGeometry m_geometry;
    QRectF m_mapRect;

    BackgroundItem *m_background = nullptr;
    SchoolItem *m_school = nullptr;
    LegendItem *m_legend = nullptr;
    bool m_mapRectDirty = false; ///< the map's extent changed during a drag
    QHash<QString, GroupItem *> m_groups;
    QHash<QString, PartnerItem *> m_partners;
    QHash<QString, LinkItem *> m_links;
    QList<MissingItem *> m_missing;

    struct Drag {
        bool pressed = false; ///< left button went down on a partner
        bool moving = false;  ///< past the drag threshold
        bool merge = false;   ///< next MovePartners of this drag may merge
        QPointF pressScenePos;
        QPoint pressScreenPos;
        QHash<QString, MoveStart> starts; ///< partner id -> state at press time
    } m_drag;
};

} // namespace nwk
