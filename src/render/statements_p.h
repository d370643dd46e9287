// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the render layer: how schema 3's statements are drawn (docs/exports.md,
// "Schema 3 on the map"). Each piece draws nothing for a map without such data, so that
// such maps draw exactly as before.
#pragma once

#include "render_p.h"

#include "nwk/render/marks.h"

namespace nwk::detail {

// ---- the band of distances not discussed (statements.cpp) -----------------------------------
/// "afstand niet besproken" / "distance not discussed".
QString notDiscussedText(const RenderOptions &o);
/// The band outside the rings (MapGeometry::bandWidth): lighter, hatched, its inner edge
/// drawn; nothing when the geometry has no band.
void paintDistanceBand(QPainter &p, const MapGeometry &g, const MapStyle &st);

// ---- a partner's statements (statements.cpp) ------------------------------------------------
/// The participant's code as drawn beside their alternative placement ("P2"); "?" when
/// the id names no participant or none is given.
QString participantTag(const Session &s, const QString &participantId);
/// Alternatives (faint markers with the participant's code, a thin line to the agreed
/// position) and former placements (a dotted trail of ghosts to the current position).
void paintPartnerStatements(QPainter &p, const Session &s, const Partner &pa, const MapGeometry &g,
                            const RenderOptions &o, const MapStyle &st);
/// What paintPartnerStatements() covers (map units); empty when it draws nothing.
QRectF partnerStatementsBounds(const Session &s, const Partner &pa, const MapGeometry &g,
                               const MapStyle &st);
/// Whether a partner has something paintPartnerStatements() draws.
bool hasStatements(const Partner &pa);

// ---- relative placements and contact persons (relations.cpp) --------------------------------
/// "verder dan" / "further than" and the others.
QString relationText(RelativeRelation r, const RenderOptions &o);
/// Each relative placement of two drawn ends as a dashed arrow from the partner to the
/// reference with its relation as text (only with RenderOptions::showRelativePlacements).
void paintRelativePlacements(QPainter &p, const PaintContext &ctx, const RenderOptions &o,
                             const MapStyle &st, PaintGroups *groups);
/// A thin dotted connector from each placed contact person to its placed organisation.
void paintContactConnectors(QPainter &p, const PaintContext &ctx, const MapStyle &st,
                            PaintGroups *groups);
/// What those two cover (map units); empty when they draw nothing.
QRectF relationsBounds(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st);

// ---- priority and additions on the marker (priority.cpp) ------------------------------------
/// What a partner's marker shows of schema 3's priority and history, relative to its centre.
struct PriorityDeco {
    bool hollowMarks = false; ///< researcher-inferred: mark badges in outline only
    bool hollowVotes = false; ///< researcher-inferred: the vote badge's outline dashed
    QString voteText;         ///< "×2": votes without names (count and per role group)
    QRectF voteRect;
    bool star = false; ///< a priority without badges (a quantifier, or inferred)
    bool hollowStar = false;
    QPointF starPos;
    bool addedAfter = false; ///< a dotted ring around the marker
    double addedR = 0.0;
    QRectF extent; ///< what the above covers; empty when nothing
};
/// `decoR`: the radius of the marker's decorations; `marksTop`: the top of its mark badges
/// (0 when none).
PriorityDeco priorityDeco(const Partner &pa, const MapStyle &st, const RenderOptions &o,
                          double decoR, double marksTop, bool hasMarks);
void paintPriorityDeco(QPainter &p, const PriorityDeco &d, const MapStyle &st);
/// A researcher-inferred priority's badge: white, outlined and lettered in its colour.
MarkBadge hollowBadge(MarkBadge b);

// ---- links (linkextras.cpp) -----------------------------------------------------------------
/// The link's label as drawn: its label, "via <go-between>" and the school's role.
QString linkLabelText(const PaintContext &ctx, const Link &l, const RenderOptions &o);
/// A small filled dot at the end that initiated the link (Link::initiatedBy).
void paintInitiator(QPainter &p, const Link &l, QPointF start, QPointF end, const QColor &color,
                    const MapStyle &st);

// ---- the neutral zone (neutralzone.cpp) -----------------------------------------------------
/// "nog geen categorie" / "no category yet".
QString neutralZoneText(const RenderOptions &o);
/// Centre of the index-th of `count` partners of the neutral zone: rows below the disc
/// and the band of uncategorised ghosts (`ghostRows` rows of them).
QPointF neutralZoneSpot(const MapGeometry &g, int index, int count, int ghostRows);
/// A band's caption in the italic label font, ending at x = `right`, centred on `y`.
BandCaption bandCaptionAt(const QString &text, double right, double y, const MapStyle &st);
/// The zone's caption left of its first row; empty when the zone is empty.
BandCaption neutralZoneCaption(const MapPositions &pos, const RenderOptions &o, const MapStyle &st);

} // namespace nwk::detail
