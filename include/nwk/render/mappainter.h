// SPDX-License-Identifier: GPL-3.0-or-later
// The one map painter: the editor's items and every export draw through it.
// It draws a Session in map coordinates (school at (0,0), see MapGeometry);
// it never changes the session and keeps no state between calls.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/core/session.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>

#include <memory>

#include <vector>

class QPainter;

namespace nwk {

struct RenderOptions {
    QString language = QStringLiteral("nl"); ///< labels of categories, rings and legend
    bool showLegend = true;
    bool showTitle = true;     ///< title block: school (or pseudonym) and date
    bool showMarks = true;     ///< importance marks (a numbered badge per participant)
    bool showNotes = false;    ///< a note glyph on partners that have notes
    bool showMissing = true;   ///< missing partners as dashed ghosts
    bool showGroups = true;    ///< group outlines
    bool anonymise = false;    ///< pseudonyms for persons, roles for participants
    bool highContrast = false; ///< projection mode: larger type, thicker lines
    bool transparentBackground = false;
    bool showAnnotations = false; ///< the researcher's layer: numbered note badges
    /// Partner label size in map units (the font's pixel size); 0 = the style's own. The
    /// wrap width of labels grows with it. Exports set it so that labels print at a given
    /// point size; the editor so that labels keep a readable size on screen at any zoom.
    double labelSize = 0.0;
    /// Partner labels longer than this many characters are shortened with "…" (the
    /// editor, zoomed out); 0 = always the whole label (exports).
    int labelMaxChars = 0;
    bool showLinkLabels = true; ///< link labels (the editor drops them when zoomed out)
    bool showCounts = true;     ///< the count of marks and a partner's "×n" count
    /// A partner or ghost label that finds no spot free of every other label and marker
    /// near its marker is replaced by a number, and listed in full in a numbered key
    /// beside the map (docs/exports.md): the print exports' guarantee of no overlaps.
    bool labelKey = false;
    /// Ligatures (fi, fl, ffi) in the text. The PDF exports turn them off: a PDF's text layer
    /// reads a ligature as one character (U+FB01), so "financiën" would not be found.
    bool ligatures = true;
    /// Relative placements ("verder dan" the reference) as dashed arrows; off unless asked
    /// (View ▸ Relative placements, `export --relative`).
    bool showRelativePlacements = false;
    bool operator==(const RenderOptions &) const = default;
};

/// Where the annotation layer draws the badge of one annotated object.
struct AnnotationBadge {
    AnnotationTarget kind = AnnotationTarget::Partner; ///< Partner, Link or MissingPartner
    QString targetId;
    int count = 0; ///< annotations on the object
    QRectF rect;   ///< map units
};

/// Colours, pens and fonts; one default, one high-contrast variant.
struct MapStyle {
    QFont labelFont;
    QFont sectorFont;
    QFont legendFont;
    QFont titleFont;
    double lineWidth = 1.5;
    double partnerRadius = 15.0; ///< marker radius in map units
    QColor background = Qt::white;
    QColor text = QColor(0x20, 0x20, 0x20);
    QColor ringLine = QColor(0x90, 0x90, 0x90);
    QColor schoolFill = QColor(0x30, 0x30, 0x30);
    // Added with the render implementation (not part of the original contract).
    QFont linkFont;               ///< link labels and ring labels
    int sectorTintAlpha = 26;     ///< alpha (0..255) of the category tint of a sector
    double labelMaxWidth = 132.0; ///< wrap width of partner labels, map units
    QColor linkColor = QColor(0x4a, 0x4a, 0x4a);
    QColor positive = QColor(0x1e, 0x8a, 0x3a);
    QColor negative = QColor(0xd0, 0x21, 0x21);
    QColor groupColor = QColor(0x46, 0x6a, 0xa0);
    QColor selection = QColor(0x1e, 0x88, 0xe5);
    QColor noCategory = QColor(0x9a, 0x9a, 0x9a);

    static MapStyle standard();
    static MapStyle highContrast();
    static MapStyle forOptions(const RenderOptions &o);
};

/// Label rectangle of each placed partner, relative to the partner's centre (map
/// units), chosen so that labels of nearby partners do not overlap.
using LabelPlacements = QHash<QString, QRectF>;

/// Where the editor's scene puts its items, from one label layout (MapPainter::layoutMap).
struct MapLayout {
    struct PartnerRects {
        QRectF label;  ///< as layoutLabels(), relative to the partner's centre
        QRectF marker; ///< as markerBounds()
        QRectF bounds; ///< as partnerBounds(s, id, o, label, true): the item's bounding rect
        /// Where the partner is drawn (map units): its exact spot, or near it when its
        /// marker would overlap another (markers are spread apart in the drawing only).
        QPointF position;
        /// The exact spot relative to `position`; (0,0) when drawn there. The item draws
        /// a dot there and a leader to the marker (paintExactSpot()).
        QPointF spot;
    };
    QHash<QString, PartnerRects> partners;    ///< placed partners
    QHash<QString, QPointF> missingPositions; ///< every missing partner, as missingPosition()
    LabelPlacements missingLabels;            ///< as layoutMissingLabels() when o.showMissing
    QRectF bounds;                            ///< as mapBounds()
    QRectF content; ///< what the disc, partners, ghosts, labels and groups cover
};

namespace detail {
struct LabelMemo;
}

/// What the last label layout of one map found (MapPainter::layoutMap()), so that the
/// next layout after a small change (a partner dragged) places afresh only the labels
/// that the change could move, and reuses the others: the result is the same as a
/// layout from scratch, exactly (src/render/labelmemo.cpp). One per scene.
class LabelLayoutMemo {
public:
    LabelLayoutMemo();
    ~LabelLayoutMemo();
    LabelLayoutMemo(const LabelLayoutMemo &) = delete;
    LabelLayoutMemo &operator=(const LabelLayoutMemo &) = delete;

    /// Labels the last layout placed afresh (the others were reused), and all it placed.
    int lastPlaced() const;
    int lastLabels() const;
    /// Forget: the next layout places every label.
    void clear();

    detail::LabelMemo &d() { return *m_d; }

private:
    std::unique_ptr<detail::LabelMemo> m_d;
};

/// Structure of a map drawing for outputs that keep it (the SVG export): paintMap()
/// opens a group around each object it draws (a category sector, link, partner,
/// missing partner, group, the legend and its entries, the title block) and closes it
/// after. `id` is unique in one drawing and safe as an XML id; `cssClass` is a
/// space-separated list; `title` is the object's name as shown (may be empty).
struct PaintGroups {
    virtual ~PaintGroups() = default;
    virtual void begin(const QString &id, const QString &cssClass, const QString &title) = 0;
    virtual void end() = 0;
};

/// Role colours of importance marks (nwk/render/marks.h): teacher yellow, management navy,
/// care teal green, other red.
QColor roleColor(RoleGroup group);

class MapPainter {
public:
    explicit MapPainter(MapStyle style = MapStyle::standard());

    /// The whole map (background, groups, links, partners, missing, legend, title)
    /// in map coordinates. The painter's transform decides the output scale.
    /// With `groups`, each object is drawn whole (marker and label together, as the
    /// editor's items do) inside its group; without, labels are drawn above all markers.
    void paintMap(QPainter &p, const Session &s, const RenderOptions &o,
                  PaintGroups *groups = nullptr) const;

    /// Pieces, for the editor's items (each item paints one piece).
    void paintBackground(QPainter &p, const Session &s, const RenderOptions &o) const;
    void paintSchool(QPainter &p, const Session &s, const RenderOptions &o) const;
    /// Deterministic label layout computed from the model only (no drawing).
    LabelPlacements layoutLabels(const Session &s, const RenderOptions &o) const;

    /// Draws partner `partnerId` centred at (0,0) (items are positioned by the scene),
    /// its label in `labelRect` (relative to the centre, from layoutLabels()).
    void paintPartner(QPainter &p, const Session &s, const QString &partnerId,
                      const RenderOptions &o, const QRectF &labelRect, bool selected = false) const;
    void paintLink(QPainter &p, const Session &s, const QString &linkId, const RenderOptions &o,
                   bool selected = false) const;
    /// The same with its ends where the scene draws them (MapLayout::PartnerRects::position
    /// of each end; the school at (0,0)): no positions computed. `labels` (map units), when
    /// given, are the partners' and ghosts' labels the link's label keeps off, as in exports.
    void paintLink(QPainter &p, const Session &s, const QString &linkId, const RenderOptions &o,
                   bool selected, QPointF from, QPointF to,
                   const std::vector<QRectF> *labels = nullptr) const;
    /// What the editor's scene knows of a link it repaints: the link, the partners at its
    /// ends (nullptr for the school), its place among the links between the same two ends
    /// (as a scan of the session finds it) and the map's geometry.
    struct KnownLink {
        const Link *link = nullptr;
        const Partner *from = nullptr;
        const Partner *to = nullptr;
        int parallelIndex = 0;
        int parallelCount = 1;
        const MapGeometry *geometry = nullptr;
    };
    /// The same drawing as the paintLink() above, without searching the session: a
    /// repaint of a map of thousands of links costs what the links drawn cost.
    void paintLink(QPainter &p, const Session &s, const KnownLink &known, const RenderOptions &o,
                   bool selected, QPointF from, QPointF to,
                   const std::vector<QRectF> *labels = nullptr) const;
    void paintMissing(QPainter &p, const Session &s, const QString &missingId,
                      const RenderOptions &o) const;
    /// The dot at a partner's exact spot and the leader to its marker, for a partner drawn
    /// away from it (`spot`: MapLayout::PartnerRects::spot; nothing when (0,0)).
    void paintExactSpot(QPainter &p, const Session &s, const QString &partnerId,
                        QPointF spot) const;
    /// The same with the ghost's label rect at hand (from layoutMap()): no layout run.
    void paintMissing(QPainter &p, const Session &s, const QString &missingId,
                      const RenderOptions &o, const QRectF &labelRect) const;
    void paintLegend(QPainter &p, const Session &s, const RenderOptions &o) const;

    /// The rectangle paintMap() covers (map disc plus legend and title), map units.
    QRectF mapBounds(const Session &s, const RenderOptions &o) const;
    /// The whole map scaled to fit `target` (in the painter's current coordinates),
    /// centred horizontally, at the top (Qt::AlignTop) or centred vertically; one
    /// label layout for both the bounds and the drawing. Returns the map bounds
    /// (empty: nothing was drawn). The painter's state is restored afterwards.
    QRectF paintMapFitted(QPainter &p, const Session &s, const RenderOptions &o,
                          const QRectF &target, Qt::Alignment align = Qt::AlignCenter) const;
    /// The labels, item rects, ghost positions and map bounds from one layout of the
    /// whole map: what layoutLabels(), layoutMissingLabels(), markerBounds(),
    /// partnerBounds(), missingPosition() and mapBounds() give one by one, each of
    /// which lays out or scans the whole map again.
    MapLayout layoutMap(const Session &s, const RenderOptions &o,
                        LabelLayoutMemo *memo = nullptr) const;
    /// mapBounds() without a layout, for a session whose partners, missing partners and
    /// groups are as when layoutMap() gave `content` (MapLayout::content): only links,
    /// the legend or the title changed since.
    QRectF mapBounds(const Session &s, const RenderOptions &o, const QRectF &content) const;
    /// Bounding rect of a partner's drawing relative to its centre.
    QRectF partnerBounds(const Session &s, const QString &partnerId, const RenderOptions &o) const;
    /// The size of a partner's label box as paintPartner() draws it (o.labelMaxChars
    /// shortens it); empty for an unknown id (src/render/labelsize.cpp).
    QSizeF partnerLabelSize(const Session &s, const QString &partnerId,
                            const RenderOptions &o) const;

    // Added with the render implementation (not part of the original contract).
    /// Cheap variant for scene items that already hold their label rect (no layout run).
    QRectF partnerBounds(const Session &s, const QString &partnerId, const RenderOptions &o,
                         const QRectF &labelRect, bool selected = false) const;
    /// The marker with its decorations (bands, marks, badges) relative to the centre:
    /// the partner's hit area without the label.
    QRectF markerBounds(const Session &s, const QString &partnerId, const RenderOptions &o) const;
    /// Where a missing partner's ghost is drawn (map units): its placement, or when it
    /// has none, an automatic spot on the outer ring of its category's sector.
    /// paintMissing() draws the ghost centred at (0,0), like paintPartner(): the
    /// scene positions its item here; paintMap() translates to it.
    QPointF missingPosition(const Session &s, const QString &missingId) const;
    /// Label rectangles of the missing partners' ghosts, relative to their centres.
    LabelPlacements layoutMissingLabels(const Session &s, const RenderOptions &o) const;
    /// The rectangle of the legend (and of the title block), map units.
    QRectF legendBounds(const Session &s, const RenderOptions &o) const;
    QRectF titleBounds(const Session &s, const RenderOptions &o) const;
    /// Paints the title block (school or pseudonym and date); part of paintMap().
    void paintTitle(QPainter &p, const Session &s, const RenderOptions &o) const;
    /// Group outline with its label (map coordinates); part of paintMap().
    void paintGroup(QPainter &p, const Session &s, const QString &groupId,
                    const RenderOptions &o) const;
    /// The same around members drawn away from their exact spots (the editor's scene:
    /// MapLayout::PartnerRects::position of each partner whose spot is not (0,0)).
    void paintGroup(QPainter &p, const Session &s, const QString &groupId, const RenderOptions &o,
                    const QHash<QString, QPointF> &drawnAt) const;
    /// For each group, by id, a rectangle that holds everything that paintGroup() draws
    /// (its outlines and its label at any of the label's spots), without the walk over
    /// the markers that places the label; empty for a group that draws nothing. The
    /// map's positions are computed once for all of them (the scene asks for every group).
    QHash<QString, QRectF> groupsBounds(const Session &s, const QStringList &groupIds,
                                        const QHash<QString, QPointF> &drawnAt) const;

    /// A partner's desired placement (Partner::desiredPlacement): a faint target at
    /// the desired position and a dashed arrow from the partner to it, in map
    /// coordinates; nothing when the partner is unplaced or has none. Part of paintMap().
    void paintDesiredPlacement(QPainter &p, const Session &s, const QString &partnerId,
                               const RenderOptions &o) const;
    /// What paintDesiredPlacement() covers (map units); empty when it draws nothing.
    QRectF desiredPlacementBounds(const Session &s, const QString &partnerId) const;

    /// Schema 3 statements about a partner's place (src/render/statements.cpp): its
    /// participants' own placements (faint markers with their codes, a thin line to the
    /// agreed position) and former placements (a dotted trail); map coordinates, at the
    /// exact spots. Part of paintMap().
    void paintPartnerStatements(QPainter &p, const Session &s, const QString &partnerId,
                                const RenderOptions &o) const;
    /// The same for a partner of `s` the caller holds (no search of the session: the
    /// editor's overlay draws every partner's statements at each paint).
    void paintPartnerStatements(QPainter &p, const Session &s, const Partner &partner,
                                const RenderOptions &o) const;
    /// What paintPartnerStatements() covers (map units); empty when it draws nothing.
    QRectF partnerStatementsBounds(const Session &s, const QString &partnerId) const;
    /// The same for a partner of `s` the caller holds (the overlay asks for every partner).
    QRectF partnerStatementsBounds(const Session &s, const Partner &partner) const;
    /// Relative placements (when o.showRelativePlacements) and contact persons' connectors
    /// to their organisations, at the partners' exact spots (src/render/relations.cpp).
    void paintRelations(QPainter &p, const Session &s, const RenderOptions &o) const;
    QRectF relationsBounds(const Session &s, const RenderOptions &o) const;

    /// The annotation layer (src/render/annotations.cpp): a numbered note badge at the
    /// upper right of each annotated placed partner and missing partner, and at the
    /// middle of each annotated link. Part of paintMap() when o.showAnnotations.
    void paintAnnotations(QPainter &p, const Session &s, const RenderOptions &o) const;
    /// The badges paintAnnotations() draws, in session order (partners, links, missing).
    std::vector<AnnotationBadge> annotationBadges(const Session &s) const;
    /// One badge at its rect (the scene's overlay draws them one by one).
    void paintAnnotationBadge(QPainter &p, const AnnotationBadge &badge) const;

    const MapStyle &style() const { return m_style; }

private:
    MapStyle m_style;
};

} // namespace nwk
