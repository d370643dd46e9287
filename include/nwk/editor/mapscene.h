// SPDX-License-Identifier: GPL-3.0-or-later
// The map as a QGraphicsScene: a mirror of one SessionDocument.
//
// The scene is the single router between model and items: it creates, updates
// and removes items from the document's signals only; items hold ids and draw
// through MapPainter with geometry the scene computed (positions, label
// rectangles, link ends). Editor-only overlays (placement hint, find marks,
// desired placements, annotation badges) live in its overlay layer, which it
// feeds the same way. User gestures are handled by tools (src/editor/scene/tools/:
// move, link drawing, keyboard linking) that the scene hands every mouse and key
// event to; they become undo commands. The scene never changes the model or an
// item's position directly.
#pragma once

#include "nwk/core/enums.h"
#include "nwk/core/geometry.h"
#include "nwk/editor/change.h"
#include "nwk/render/mappainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QTimer;

namespace nwk {

class SessionDocument;
class BackgroundItem;
class GroupItem;
class LegendItem;
class PartnerItem;
class SchoolItem;
class LinkItem;
class LinkLayerItem;
class MissingItem;
class OverlayLayer;
class MapTool;
class MoveTool;
class LinkDrawTool;
class KeyboardLinkTool;
class PlacementHint;

class MapScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit MapScene(SessionDocument *document, QObject *parent = nullptr);
    ~MapScene() override;

    SessionDocument *document() const { return m_document; }
    const MapPainter &mapPainter() const { return m_painter; }
    /// What the items draw with: the options set below with what the zoom decides
    /// (semantic zoom: label size, shortened labels, secondary text).
    const RenderOptions &renderOptions() const { return m_options; }
    /// The partners' and ghosts' labels of the last layout (scene coordinates), which link
    /// labels keep off as they do in exports.
    const std::vector<QRectF> &labelRects() const { return m_labelRects; }
    /// Partners drawn away from their exact spots (markers spread apart), where they are
    /// drawn: the group outlines go around these positions.
    const QHash<QString, QPointF> &drawnAway() const { return m_drawnAway; }
    /// The options as set (the editor's canvas shows no legend and no title block).
    const RenderOptions &baseRenderOptions() const { return m_base; }
    void setRenderOptions(const RenderOptions &options);
    /// The view's zoom (pixels per map unit): labels keep a readable size on screen
    /// (src/editor/scene/semanticzoom.h). Lays the map out again when what is shown
    /// changes, and returns whether it did (then mapRect() may have changed).
    bool setViewZoom(double zoom);
    double viewZoom() const { return m_viewZoom; }
    /// Geometry of the current session (map units; school at (0,0)).
    const MapGeometry &geometry() const { return m_geometry; }
    /// The rectangle of the map (disc, sector labels, partners and labels, ghosts): what
    /// "fit" shows. The legend is an overlay on the view, the title is for exports only.
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

    // ---- Placing (tray drops, keyboard) -------------------------------------
    /// Places partners (typically unplaced ones from the tray) at a scene point:
    /// one undo step (MovePartners). They take the category of the sector there
    /// unless the session is in free-placement mode or Alt is held (a partner
    /// without category always takes it). False when nothing was placed.
    bool placePartners(const QStringList &ids, QPointF scenePos, Qt::KeyboardModifiers modifiers);
    /// "<category> · <ring>" for a placement, as the highlight names it.
    QString placementName(const Placement &placement) const;
    /// Highlights the sector and ring at scenePos and names them beside the
    /// pointer and in placementHintChanged(); clearPlacementHint() hides it.
    void showPlacementHint(QPointF scenePos);
    void clearPlacementHint();
    QString placementHint() const;

    // ---- Keyboard --------------------------------------------------------------
    /// Placed partners in keyboard order: by sector, then distance, then angle.
    QStringList partnerOrder() const;
    /// Marks partners (find results) with a ring; empty clears.
    void setFoundPartners(const QStringList &ids);
    QStringList foundPartners() const { return m_found; }

    // ---- Links -------------------------------------------------------------------
    /// The link tool: dragging from a partner (or the school) draws a link.
    /// Shift-drag does the same without the tool.
    void setLinkTool(bool on);
    bool linkTool() const { return m_linkTool; }
    void setLinkKind(LinkKind kind) { m_linkKind = kind; }
    LinkKind linkKind() const { return m_linkKind; }
    bool isDrawingLink() const;
    /// Cancels a link being drawn (Esc).
    void cancelLink();
    /// Keyboard linking (Map > Link To): a rubber line from `from` (a partner or
    /// kSchoolId) follows the selection; Enter links to the selected partner,
    /// Esc cancels.
    void startKeyboardLink(const QString &from);
    bool isLinkingByKeyboard() const;
    /// Enter while linking by keyboard: links to the one selected partner.
    /// True when keyboard linking was on (the key is used).
    bool finishKeyboardLink();
    /// Adds a link of the current kind from `from` to `to` (one undo step); false,
    /// with a message(), when they are the same or already linked like that.
    bool addLinkBetween(const QString &from, const QString &to);

    // ---- Tools and overlays ------------------------------------------------------
    /// Puts a tool first in line for mouse and key events (the scene owns it).
    void installTool(std::unique_ptr<MapTool> tool);
    /// The overlay layer (highlight, hint label, find marks, desired placements, badges).
    const OverlayLayer &overlays() const { return *m_overlays; }
    /// View > Show Annotations: the annotation badges on the map.
    void setAnnotationBadgesVisible(bool on);
    /// The placed partner's item under scenePos (the topmost), or nullptr.
    PartnerItem *partnerItemAt(const QPointF &scenePos) const;
    /// Partner id, kSchoolId, or empty: what a link may end at under scenePos.
    QString linkEndAt(const QPointF &scenePos) const;
    /// What a link item hands MapPainter::paintLink(): the link, its ends' partners, its
    /// place among parallel links (from the index of links by end) and the geometry.
    MapPainter::KnownLink knownLink(const QString &linkId) const;
    /// The link layer's drawing: every link that does not draw itself and crosses
    /// `exposed` (scene coordinates; null: all), in the session's order.
    void paintLinkLayer(QPainter &painter, const QRectF &exposed) const;
    /// Where a link's end (a partner id or kSchoolId) is drawn.
    QPointF linkEndPoint(const QString &end) const;
    /// A tool is moving partners live (a drag): the label layout and the map's extent
    /// wait for liveMoveEnded(), so the view does not jump.
    bool isLiveMove() const;
    void liveMoveEnded();

Q_SIGNALS:
    /// The map's extent changed (new session, categories, a partner or label
    /// beyond the old edge).
    void mapRectChanged(const QRectF &rect);
    /// The named target of a drag changed; empty when the drag ended.
    void placementHintChanged(const QString &text);
    /// The link tool was switched (also by Esc on the map).
    void linkToolChanged(bool on);
    /// A short message for the status bar (e.g. why no link was made).
    void message(const QString &text);
    /// setRenderOptions() changed how the map draws (Projection Mode, a layer shown).
    void renderOptionsChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

public:
    /// Recreates every item from the document (new session, categories, rings).
    void rebuild();

private:
    /// Forgets every item (the scene's own clear() deletes them).
    void forgetItems();
    /// Keeps labelRects() to `layout`; repaints the links when they changed.
    void updateLabelRects(const MapLayout &layout);
    /// Follows one change of the document (also each step of a drag: liveChange()).
    void follow(const Change &change);
    void onMetaChanged();
    void onPartnersAddedOrRemoved(const QStringList &ids);
    void onPartnersChanged(const QStringList &ids);
    /// Items of these partners follow the document; the map is laid out again (only
    /// for these when `onlyThese`: moved or edited, not added or removed).
    void syncPartners(const QStringList &ids, bool onlyThese);
    /// Added, changed or removed links.
    void onLinksChanged(const QStringList &ids);

    void syncPartner(const QString &id);
    void removePartnerItem(const QString &id);
    void syncLink(const QString &id);
    void syncLink(const Link &link);
    /// The items of the links at these partners follow them (the link index).
    void syncLinksOf(const QStringList &partnerIds);
    void placeLink(LinkItem *item, const QString &fromId, const QString &toId);
    /// After a drag, the links it moved go back into the link layer.
    void dropLinksIntoLayer();
    void removeLinkItem(const QString &id);
    /// Label rectangles and item extents of partners and missing partners, and
    /// group outlines: all of these depend on where every partner is. With
    /// `changed` (the partners that moved), only groups whose members moved or
    /// got another label position repaint, so a drag step does not repaint the
    /// whole map; empty = everything.
    void relayout(const QStringList &changed = {});
    /// During a drag the label layout (costly: every label against every
    /// other) waits until the pointer rests or the drag ends; the dragged
    /// items, their links and groups follow at once.
    void deferRelayout(const QStringList &changed);
    /// A group's outline follows its members: new bounds, painted again.
    /// Sets the groups' bounds from their members' positions and repaints them.
    void repaintGroups(const QList<GroupItem *> &items);
    void flushRelayout();
    void updateMapRect();
    /// The map's extent (MapPainter::mapBounds) set on the background, legend, groups
    /// and the scene rect.
    void applyMapRect(const QRectF &mapBounds);
    /// After any change of partners or links: the legend's content, and the map's
    /// extent (deferred to the end of a drag, so the view does not jump).
    /// `laidOut`: relayout() has just set the extent (or deferred it in a drag).
    void contentChanged(bool laidOut = false);
    void updateFoundMarks();
    /// The first tool (in m_tools' order) for which `handle` returns true.
    template <typename Handle> bool dispatch(Handle handle);
    void createTools();

    SessionDocument *m_document;
    MapPainter m_painter;
    /// The last label layout: after a drag only the labels it can move are placed again.
    LabelLayoutMemo m_labelMemo;
    RenderOptions m_base;
    RenderOptions m_options;
    double m_viewZoom = 0.0; ///< 0: no view yet (the options as set)
    MapGeometry m_geometry;
    QRectF m_mapRect;

    BackgroundItem *m_background = nullptr;
    SchoolItem *m_school = nullptr;
    LegendItem *m_legend = nullptr;
    bool m_mapRectDirty = false; ///< the map's extent changed during a drag
    /// MapLayout::content of the last relayout(): current while no relayout is pending.
    std::optional<QRectF> m_layoutContent;
    std::vector<QRectF> m_labelRects;    ///< labelRects()
    QHash<QString, QPointF> m_drawnAway; ///< drawnAway()
    QHash<QString, GroupItem *> m_groups;
    QHash<QString, PartnerItem *> m_partners;
    QHash<QString, LinkItem *> m_links;
    /// Draws every link but those a drag moves (m_linksApart), as one cached pixmap.
    LinkLayerItem *m_linkLayer = nullptr;
    QSet<QString> m_linksApart; ///< the links that draw themselves (a drag moved them)
    /// The ends each link item was synced with, and the link items at each end (a
    /// partner id or kSchoolId): a moved partner's links, without a walk over all.
    QHash<QString, std::pair<QString, QString>> m_linkEnds;
    QHash<QString, QSet<QString>> m_linksAt;
    QList<MissingItem *> m_missing;

    std::unique_ptr<OverlayLayer> m_overlays;
    std::unique_ptr<PlacementHint> m_hint;
    QStringList m_found;

    /// Every tool, in the order events reach them; the scene's own three below.
    std::vector<std::unique_ptr<MapTool>> m_tools;
    MoveTool *m_move = nullptr;
    LinkDrawTool *m_linkDraw = nullptr;
    KeyboardLinkTool *m_keyboardLink = nullptr;
    bool m_linkTool = false;
    LinkKind m_linkKind = LinkKind::Collaborates;

    QTimer *m_relayoutTimer = nullptr;
    QStringList m_pendingRelayout;
};

} // namespace nwk
