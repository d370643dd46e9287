// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the legend (legend*.cpp): what the drawn map uses, and the legend's rows.
#pragma once

#include "render_p.h"

#include <functional>
#include <vector>

namespace nwk::detail {

/// What the drawn map contains, for the legend: each entry only when the map uses it.
struct LegendUse {
    /// Participants with a mark on a placed partner (marks shown), in participant order.
    std::vector<const Participant *> markers;
    /// Marks by ids that are no participant (drawn as a "?" badge).
    bool unknownMarkers = false;
    bool missing = false;  ///< ghosts of missing partners
    bool disputed = false; ///< a placed partner is disputed
    bool count = false;    ///< a placed partner has a count above 1
    bool person = false;   ///< a placed partner is a person
    bool band = false;     ///< a placed partner has a band of another (existing) category
    bool groups = false;   ///< a group outline (a group with a placed member)
    bool notes = false;    ///< a note glyph
    /// Schema 3 (legend_schema3.cpp): the band of distances not discussed, participants'
    /// own and former placements, inferred priorities, unnamed votes, quantifiers, partners
    /// added after the session, the neutral zone, relative placements, contact persons,
    /// initiators of links.
    bool notDiscussed = false, alternatives = false, former = false, inferred = false,
         votes = false, quantifier = false, addedAfter = false, neutral = false, relative = false,
         contact = false, initiated = false;
    bool anyLink = false;
    std::vector<bool> kinds;    ///< link kinds of drawn links
    std::vector<bool> valences; ///< valences of drawn links

    bool marks() const { return !markers.empty() || unknownMarkers; }
};
LegendUse legendUse(const Session &s, const RenderOptions &o);
/// Sets the schema 3 members of `use` (legend_schema3.cpp).
void gatherSchema3(const Session &s, const RenderOptions &o, LegendUse &use);

using LegendIcon = std::function<void(QPainter &, QPointF)>;
/// One entry of the "Symbols" section.
struct LegendSymbol {
    const char *key;
    QString text;
    LegendIcon icon;
};
/// The symbols the map uses (u: the legend's unit), in the legend's order.
std::vector<LegendSymbol> legendSymbols(const LegendUse &use, const RenderOptions &o,
                                        const MapStyle &st, double u);
/// The schema 3 entries of the "Symbols" section (legend_schema3.cpp).
void addSchema3Symbols(std::vector<LegendSymbol> &symbols, const LegendUse &use,
                       const RenderOptions &o, const MapStyle &st, double u);

} // namespace nwk::detail
