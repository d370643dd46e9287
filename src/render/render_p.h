// SPDX-License-Identifier: GPL-3.0-or-later
// Internal helpers of the render layer, shared by its source files. Not installed.
#pragma once

#include "nwk/render/exporters.h"
#include "nwk/render/mappainter.h"

#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QSet>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace nwk::detail {

// ---- structure ------------------------------------------------------------------------------
/// Opens a group of the optional PaintGroups sink for the lifetime of the scope.
class GroupScope {
public:
    GroupScope(PaintGroups *groups, const QString &id, const QString &cssClass,
               const QString &title)
        : m_groups(groups)
    {
        if (m_groups)
            m_groups->begin(id, cssClass, title);
    }
    ~GroupScope()
    {
        if (m_groups)
            m_groups->end();
    }
    GroupScope(const GroupScope &) = delete;
    GroupScope &operator=(const GroupScope &) = delete;

private:
    PaintGroups *m_groups;
};

/// paintBackground() and paintLegend() with a group per sector, ring label and legend entry.
void paintBackgroundGrouped(QPainter &p, const Session &s, const RenderOptions &o,
                            const MapStyle &st, PaintGroups *groups);
void paintLegendGrouped(QPainter &p, const Session &s, const RenderOptions &o, const MapStyle &st,
                        PaintGroups *groups);

// ---- language -------------------------------------------------------------------------------
bool isEnglish(const RenderOptions &o);
/// The Dutch or English text (both UTF-8 literals) for the options' language.
QString nlEn(const RenderOptions &o, const char *nl, const char *en);

QString categoryLabel(const Category &c, const RenderOptions &o);
QString ringLabel(const Ring &r, int index, const RenderOptions &o);
QString roleGroupText(RoleGroup g, const RenderOptions &o);
/// Caption of the band of ghosts without a category ("niet ingedeeld").
QString noCategoryText(const RenderOptions &o);
QString linkKindText(LinkKind k, const RenderOptions &o);
QString valenceText(Valence v, const RenderOptions &o);
QString missingStatusText(MissingStatus st, const RenderOptions &o);

QString schoolDisplayName(const Session &s, const RenderOptions &o);
QString partnerDisplayLabel(const Partner &p, const RenderOptions &o);
QString missingDisplayLabel(const MissingPartner &m, const RenderOptions &o);

// ---- text -----------------------------------------------------------------------------------
struct FontEntry;
/// Metrics of a font in map units (measured on an enlarged copy, so that they do
/// not depend on hinting at small sizes and scale with the painter's transform).
class TextMetrics {
public:
    explicit TextMetrics(const QFont &font);
    double width(const QString &text) const;
    double ascent() const { return m_ascent; }
    double descent() const { return m_descent; }
    double lineHeight() const { return m_ascent + m_descent; }

private:
    std::shared_ptr<FontEntry> m_entry;
    double m_ascent = 0.0;
    double m_descent = 0.0;
};

/// Words wrapped into at most maxLines lines no wider than maxWidth (balanced, so a
/// label of two lines gets two lines of similar length); the last line is elided. A word
/// wider than a line is broken between graphemes. Near-linear in the text's length.
QStringList wrapText(const QString &text, const QFont &font, double maxWidth, int maxLines);
/// The text on one line, elided with "…" when it is wider than maxWidth.
QString elideLine(const QString &text, const QFont &font, double maxWidth);
/// Size of a block of lines (widest line x lines * line height).
QSizeF linesSize(const QStringList &lines, const QFont &font);
/// QPainter::drawText(baseline, text), through the SVG writer's direct path when
/// the painter draws on one (SvgPaintEngine::drawPlainText).
void drawTextLine(QPainter &p, const QPointF &baseline, const QString &text);
/// Draws lines centred horizontally in rect, from its top (after vertical centring).
void drawLines(QPainter &p, const QStringList &lines, const QFont &font, const QRectF &rect);

/// A wrapped label with its box size (padding included).
struct LabelText {
    QStringList lines;
    QSizeF size;
};
constexpr double kLabelPadX = 3.0;
constexpr double kLabelPadY = 1.5;
LabelText makeLabelText(const QString &text, const QFont &font, double maxWidth);
QFont labelFontFor(const MapStyle &st, bool italic);
/// Label box: white semi-opaque rounded background, then the text.
void paintLabelBox(QPainter &p, const LabelText &t, const QFont &font, const QRectF &rect,
                   const QColor &textColor, const QColor &frame = QColor());

// ---- markers --------------------------------------------------------------------------------
QColor colorOf(const QString &hex, const QColor &fallback = QColor(0x80, 0x80, 0x80));
/// Black or white, whichever reads better on fill.
QColor contrastText(const QColor &fill);
/// Outline of a marker shape of nominal radius r centred at (0,0).
QPainterPath markerPath(MarkerShape shape, double r);
/// Radius of the circle around the shape, as a factor of the nominal radius.
double shapeOuterFactor(MarkerShape shape);
/// Draws a category marker (fill, outline, frame, letter) of radius r at (0,0).
void paintCategoryMarker(QPainter &p, const Category *c, double r, double lineWidth,
                         const MapStyle &st, bool hollow = false, bool dashed = false);
/// Marker plus decorations of a partner, relative to its centre.
QRectF partnerExtent(const Session &s, const Partner &pa, const MapStyle &st,
                     const RenderOptions &o);
/// Ghost marker of a missing partner, relative to its centre.
QRectF ghostExtent(const Session &s, const MissingPartner &m, const MapStyle &st);
/// What a partner's item covers: the marker with decorations (partnerExtent()) and
/// the selection halo, relative to the centre.
struct PartnerBoxes {
    QRectF marker;
    QRectF halo;
};
PartnerBoxes partnerBoxes(const Session &s, const Partner &pa, const MapStyle &st,
                          const RenderOptions &o);
/// MapPainter::partnerBounds(): the boxes and the label, antialiased edges included.
QRectF partnerItemBounds(const PartnerBoxes &b, const QRectF &labelRect, bool selected);
LabelText partnerLabelText(const Partner &pa, const MapStyle &st, const RenderOptions &o);
LabelText missingLabelText(const MissingPartner &m, const MapStyle &st, const RenderOptions &o);
/// The note glyph (a small page with lines) of half-height h centred at c.
void paintNoteGlyph(QPainter &p, QPointF c, double h, double lineWidth, const MapStyle &st);
/// Thin line from the marker's edge to a label placed away from it.
void paintLeader(QPainter &p, double markerRadius, const QRectF &labelRect, const MapStyle &st);

// ---- positions and layout -------------------------------------------------------------------
/// Placed partners and ghosts of missing partners in map units.
struct MapPositions {
    MapGeometry geometry;
    QHash<QString, QPointF> partners; ///< placed partners only: where they are drawn
    /// Their exact spots (MapGeometry::toPoint of the placement) when spreadMarkers()
    /// moved them apart in the drawing; empty when it did not run.
    QHash<QString, QPointF> exact;
    QHash<QString, QPointF> missing; ///< every missing partner
    /// Missing partners without a category of the map, in file order: their ghosts
    /// are drawn in a band of their own below the disc (ghostBandSpot()).
    std::vector<QString> banded;
    /// Partners of the neutral zone (no placement, Partner::neutralZone), in file order:
    /// drawn in rows of their own below the disc (neutralzone.cpp), listed in `partners`.
    std::vector<QString> neutral;
};
MapPositions computePositions(const Session &s);
/// Partners whose markers (with decorations) would overlap another marker or a ghost are
/// moved apart in `pos.partners` (within their sector); `pos.exact` keeps the exact spots.
/// Deterministic; skipped on maps too crowded for their markers to lie apart (spread.cpp).
void spreadMarkers(MapPositions &pos, const Session &s, const RenderOptions &o, const MapStyle &st);
/// Whether a partner is drawn away from its exact spot (`spot`: relative to the drawn centre).
bool drawnAway(QPointF spot);
/// A dot at the exact spot and a short leader to the marker's edge, when drawn away.
void paintSpotLeader(QPainter &p, QPointF spot, double markerRadius, const MapStyle &st);
struct PaintContext;
/// paintSpotLeader() for a partner of a whole drawing, the painter at its drawn centre;
/// with `groups`, in a group "spot-<id>" of class "exact-spot".
void paintExactSpot(QPainter &p, const PaintContext &ctx, const Partner &pa, const MapStyle &st,
                    PaintGroups *groups);
/// Centre of the index-th of `count` ghosts in the band of uncategorised ghosts: rows
/// below the disc, each centred under the school.
QPointF ghostBandSpot(const MapGeometry &g, int index, int count);
/// The band's caption ("niet ingedeeld" / "no category") left of its first row, map
/// units; empty when the band is empty or ghosts are not shown.
struct BandCaption {
    QString text;
    QRectF rect;
    QFont font;
};
BandCaption ghostBandCaption(const MapPositions &pos, const RenderOptions &o, const MapStyle &st);
void paintGhostBandCaption(QPainter &p, const BandCaption &c, const MapStyle &st);

struct FullLayout {
    LabelPlacements partners;
    LabelPlacements missing;
    /// With RenderOptions::labelKey: labels that found no free spot near their marker,
    /// by id, with their number in the key (the rect above is the number's).
    QHash<QString, int> keyedPartners;
    QHash<QString, int> keyedMissing;
    int keyCount = 0;
};
/// The label box of a key number ("12") in a label's font.
LabelText numberLabel(int number, const QFont &font);
/// The numbered key beside the map (labelkey.cpp): one entry per keyed label.
struct KeyEntry {
    int number = 0;
    QStringList lines;
    QRectF rect; ///< the entry's number and lines, map units
    QString id;
    bool missing = false;
    QString text; ///< the full label
};
struct LabelKey {
    std::vector<KeyEntry> entries;
    QRectF rect; ///< heading and entries; empty when nothing is keyed
    QRectF headingRect;
    QString heading;
    QFont font;
    double numberWidth = 0.0;
};
struct PaintContext;
/// The key of a layout's keyed labels, in columns right of `beside` (the map with its legend).
LabelKey labelKeyOf(const PaintContext &ctx, const FullLayout &layout, const RenderOptions &o,
                    const MapStyle &st, const QRectF &beside, double columnHeight = 0.0);
void paintLabelKey(QPainter &p, const LabelKey &key, const MapStyle &st, PaintGroups *groups);
struct PaintContext;
/// The greedy label layout of every placed partner and (when shown) missing partner;
/// with a `frame` (print-sized exports, fitMap()), no label is put outside it, so that
/// the map's bounds lie within it whatever the layout does.
FullLayout layoutAll(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                     const QRectF &frame = {}, LabelMemo *memo = nullptr);
FullLayout layoutAll(const Session &s, const RenderOptions &o, const MapStyle &st);

/// Orders ids naturally ("pa2" before "pa10").
bool naturalLess(const QString &a, const QString &b);

// ---- background -----------------------------------------------------------------------------
struct RingLabelBox {
    QString text;
    QRectF rect; ///< map units
};
std::vector<RingLabelBox> ringLabels(const Session &s, const RenderOptions &o, const MapStyle &st,
                                     const MapPositions &pos);

struct ArcGlyph {
    QString text;
    QPointF pos;     ///< baseline centre of the glyph
    double rotation; ///< degrees
    double advance;
    QRectF box; ///< axis-aligned bounds in map units
};
struct SectorLabel {
    std::vector<ArcGlyph> glyphs;
    QString text; ///< the name as drawn: its lines joined by a space
    QRectF bounds;
    QFont font;
    QColor color;
};
std::vector<SectorLabel> sectorLabels(const Session &s, const RenderOptions &o, const MapStyle &st,
                                      const MapGeometry &g);
/// Outer radius of the band the sector labels use.
double sectorLabelOuterRadius(const MapStyle &st, const MapGeometry &g);

/// One outline of a group: around a cluster of its placed members that lie near each
/// other (a ring around a member far from the others).
struct GroupPart {
    QPainterPath outline;
    int members = 0;
};
/// The group's parts, in the order of their first members (none when none is placed).
std::vector<GroupPart> groupParts(const Session &s, const Group &gr, const MapStyle &st,
                                  const MapPositions &pos);

QFont groupFont(const MapStyle &st);
/// Pen of a link: colour by valence, dash by kind (negative: dashed).
QPen linkPen(LinkKind kind, Valence valence, const MapStyle &st);
/// Paints a partner's ghost marker and label at (0,0).
void paintGhost(QPainter &p, const Session &s, const MissingPartner &m, const RenderOptions &o,
                const MapStyle &st, const QRectF &labelRect, const LabelText *label = nullptr);
enum PartnerPart { PartLeader = 1, PartMarker = 2, PartLabel = 4, PartAll = 7 };
/// `label`: the partner's label text when the caller has it (else it is computed).
/// `groups`: a group per mark badge (the SVG export).
void paintPartnerParts(QPainter &p, const Session &s, const Partner &pa, const RenderOptions &o,
                       const MapStyle &st, const QRectF &labelRect, bool selected, int parts,
                       const LabelText *label = nullptr, PaintGroups *groups = nullptr);

// ---- one drawing ----------------------------------------------------------------------------
/// What paintMap() computes once per drawing and hands to the per-object painters, so
/// that drawing n objects costs O(n) lookups instead of a scan of the session each.
/// The public per-object methods build one for the single object they draw.
/// A context serves one drawing: one session state, one RenderOptions and one
/// MapStyle (its caches keep what the first call computed).
struct PaintContext {
    /// `whole`: for a drawing of the whole map (indexes built on first use); else for
    /// one object, where a scan of the session is cheaper than an index.
    PaintContext(const Session &session, bool whole);
    /// A context of a drawing of the whole map with these options: positions() spreads
    /// overlapping markers apart (spreadMarkers()), as every whole drawing shows them.
    PaintContext(const Session &session, const RenderOptions &o, const MapStyle &st);

    const Session &s;

    const MapPositions &positions() const;
    /// Where a placed partner is drawn: positions() in a whole drawing (markers spread
    /// apart), its exact spot when drawing one object (no scan of the session).
    QPointF drawnAt(const Partner &pa, const MapGeometry &g) const;
    /// Where a partner is drawn in this drawing, given by the caller (the scene's items).
    void setDrawnAt(const QString &partnerId, QPointF at);
    /// Session::partner(): the first partner with the id, or nullptr.
    const Partner *partner(const QString &id) const;
    /// A partner the caller has found already (a drawing of one object): partner() gives it
    /// without a scan. nullptr: nothing.
    void know(const Partner *pa);
    /// The parallel() of link `linkId`, given by the caller (the scene's index of links).
    void setParallel(const QString &linkId, int index, int count);
    /// Index of the link among the links between the same two ends, and their count
    /// (parallel links fan out as curves), as a scan of the session's links finds them.
    std::pair<int, int> parallel(const Link &l) const;
    /// Markers (with decorations) of placed partners and, when shown, ghosts of
    /// missing partners: absolute rects, in session order.
    const std::vector<QRectF> &obstacles(const RenderOptions &o, const MapStyle &st) const;
    /// Total area `r` shares with the obstacles, added up until it reaches `enough`
    /// (then the sum so far, >= enough, is returned): a caller that only needs to
    /// know "at least this bad" stops early, which keeps crowded maps linear.
    double obstacleOverlap(const QRectF &r, const RenderOptions &o, const MapStyle &st,
                           double enough = 1e300) const;
    /// partnerExtent(), partnerLabelText(), groupParts(), all of a group's outlines
    /// in one path and the labels of its parts, each computed once per object.
    QRectF partnerExtent(const Partner &pa, const RenderOptions &o, const MapStyle &st) const;
    const LabelText &partnerLabel(const Partner &pa, const RenderOptions &o,
                                  const MapStyle &st) const;
    const std::vector<GroupPart> &groupParts(const Group &gr, const MapStyle &st) const;
    const QPainterPath &groupOutline(const Group &gr, const MapStyle &st) const;
    /// Where the label of each of the group's parts goes: on its outline, clear of
    /// markers when possible (empty rects when the group has no label).
    const std::vector<QRectF> &groupLabelRects(const Group &gr, const RenderOptions &o,
                                               const MapStyle &st) const;

private:
    struct Lazy;
    bool m_whole;
    std::shared_ptr<Lazy> m_lazy;
};

/// The label layout and the context of one drawing of the whole map: an export
/// prepares it once for both MapPainter::mapBounds() and MapPainter::paintMap().
struct PreparedMap {
    /// The session drawn when it is not the caller's: sessionForExport() (anonymise.h).
    std::shared_ptr<const Session> shown;
    PaintContext ctx; ///< draws *shown when set, else the caller's session
    FullLayout layout;
};
/// `forExport`: draw sessionForExport(s, o.anonymise) (no bidi controls; names replaced
/// when anonymising), as every export does. Without it the session is drawn as it is,
/// unless o.anonymise: an anonymised drawing always draws the anonymised copy, so no
/// caller of paintMap() or paintMapFitted() can show a real name.
PreparedMap prepareMap(const Session &s, const RenderOptions &o, const MapStyle &st,
                       bool forExport = false, LabelMemo *memo = nullptr);
/// What the disc, partners, ghosts and groups cover without their labels.
QRectF unlabelledContent(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st);
/// That `content` widened by a band that holds a label of the style beside or above a
/// marker at its edge: the frame of a print-sized export's labels (printlabels.cpp).
QRectF labelFrame(const QRectF &content, const MapStyle &st);
/// The map's bounds around `content` (the legend, the title, the margin).
QRectF boundsAround(const QRectF &content, const Session &s, const RenderOptions &o,
                    const MapStyle &st);
/// The labels fitted to a page (fitLabels()) and the map prepared with them, so that an
/// export draws the layout that was measured.
struct FittedMap {
    LabelFit fit;
    PreparedMap map;
};
FittedMap fitMap(const Session &s, const RenderOptions &o, double labelPt,
                 QPageSize::PageSizeId page, QPageLayout::Orientation orientation,
                 bool autoOrientation);
/// MapPainter::mapBounds() and MapPainter::paintMap() of a prepared map.
/// `withKey` false: without the numbered key of keyed labels (the PDF prints it on a page
/// of its own; print-grade sizing fits the map without it to the page).
QRectF preparedBounds(const PreparedMap &map, const RenderOptions &o, const MapStyle &st,
                      bool withKey = true);
void paintPreparedMap(const MapPainter &painter, QPainter &p, const PreparedMap &map,
                      const RenderOptions &o, PaintGroups *groups, bool withKey = true);
/// The key of a prepared map on its own, in columns of at most `columnHeight` map units
/// (the PDF's page of the key; the caller moves it where it wants it).
LabelKey preparedKey(const PreparedMap &map, const RenderOptions &o, const MapStyle &st,
                     double columnHeight);

/// Draws one link (MapPainter::paintLink) with the drawing's context. Its label keeps
/// off the markers and, when given, off `labels` (the partners' and ghosts' label boxes).
void paintLinkIn(QPainter &p, const PaintContext &ctx, const Link &l, const MapGeometry &g,
                 const RenderOptions &o, const MapStyle &st, bool selected,
                 const std::vector<QRectF> *labels = nullptr);
/// Draws a group's outlines, each with the group's label (MapPainter::paintGroup), with
/// the drawing's context; with `groups`, each part in a group "group-<id>-<n>".
void paintGroupIn(QPainter &p, const PaintContext &ctx, const Group &gr, const RenderOptions &o,
                  const MapStyle &st, PaintGroups *groups);
/// Where the label of a group's part goes (computed, not cached).
QRectF groupLabelRectIn(const PaintContext &ctx, const QString &label, const QPainterPath &outline,
                        const RenderOptions &o, const MapStyle &st);
/// A partner's desired placement (MapPainter::paintDesiredPlacement) and its bounds.
void paintDesiredIn(QPainter &p, const Partner &pa, const MapGeometry &g, const RenderOptions &o,
                    const MapStyle &st);
QRectF desiredBoundsOf(const Partner &pa, const MapGeometry &g, const MapStyle &st);

// ---- legend ---------------------------------------------------------------------------------
/// Whether a link is drawn: both ends are the school or placed partners, and differ.
bool linkDrawn(const Session &s, const Link &l);
/// The same, with the ids of the placed partners at hand.
bool linkDrawn(const Link &l, const QSet<QString> &placed);
double legendLeft(const MapStyle &st, const MapGeometry &g);
/// Legend and title rectangles (empty when not shown), map units.
QRectF legendRect(const Session &s, const RenderOptions &o, const MapStyle &st);
QRectF titleRect(const Session &s, const RenderOptions &o, const MapStyle &st);

} // namespace nwk::detail
