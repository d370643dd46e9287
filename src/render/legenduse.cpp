// SPDX-License-Identifier: GPL-3.0-or-later
// What the drawn map uses, so that the legend lists only that.
#include "legend_p.h"

#include <algorithm>

namespace nwk::detail {

namespace {

/// The participants (in their order) and unknown ids that marked a placed partner.
void gatherMarks(const Session &s, LegendUse &use)
{
    QSet<QString> marked;
    for (const Partner &pa : s.partners)
        if (pa.placement)
            for (const QString &id : pa.marks)
                marked.insert(id);
    QSet<QString> known;
    for (const Participant &pt : s.participants) {
        known.insert(pt.id);
        if (marked.contains(pt.id) &&
            std::none_of(use.markers.begin(), use.markers.end(),
                         [&](const Participant *x) { return x->id == pt.id; }))
            use.markers.push_back(&pt);
    }
    use.unknownMarkers = std::any_of(marked.begin(), marked.end(),
                                     [&](const QString &id) { return !known.contains(id); });
}

void gatherLinks(const Session &s, LegendUse &use)
{
    use.kinds.assign(enumCount<LinkKind>(), false);
    use.valences.assign(enumCount<Valence>(), false);
    QSet<QString> seen; // the first partner of a repeated id counts, as Session::partner()
    QSet<QString> placed;
    for (const Partner &pa : s.partners) {
        if (!seen.contains(pa.id) && pa.placement)
            placed.insert(pa.id);
        seen.insert(pa.id);
    }
    for (const Link &l : s.links) {
        if (!linkDrawn(l, placed))
            continue;
        use.anyLink = true;
        use.kinds[static_cast<std::size_t>(l.kind)] = true;
        use.valences[static_cast<std::size_t>(l.valence)] = true;
    }
}

} // namespace

LegendUse legendUse(const Session &s, const RenderOptions &o)
{
    LegendUse use;
    if (o.showMarks)
        gatherMarks(s, use);
    use.missing = o.showMissing && !s.missingPartners.empty();
    QSet<QString> placed;
    for (const Partner &pa : s.partners) {
        if (!pa.placement)
            continue;
        placed.insert(pa.id);
        use.disputed = use.disputed || pa.disputed;
        use.count = use.count || pa.count > 1;
        use.person = use.person || pa.kind == PartnerKind::Person;
        use.band = use.band || std::any_of(pa.extraCategories.begin(), pa.extraCategories.end(),
                                           [&](const QString &id) { return s.category(id); });
        use.notes = use.notes || (o.showNotes && !pa.notes.trimmed().isEmpty());
    }
    if (o.showGroups)
        use.groups = std::any_of(s.groups.begin(), s.groups.end(), [&](const Group &gr) {
            return std::any_of(gr.members.begin(), gr.members.end(),
                               [&](const QString &id) { return placed.contains(id); });
        });
    gatherLinks(s, use);
    gatherSchema3(s, o, use);
    return use;
}

} // namespace nwk::detail
