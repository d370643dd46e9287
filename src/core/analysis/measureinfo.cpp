// SPDX-License-Identifier: GPL-3.0-or-later
// One-line definitions of the measures; keep in step with docs/measures.md.
#include "nwk/core/measures.h"

namespace nwk {

const std::vector<MeasureInfo> &measureInfos()
{
    static const std::vector<MeasureInfo> infos{
        // Per category and per ring.
        {QStringLiteral("partners"), QStringLiteral("Partners"),
         QStringLiteral("Partners on the map, placed or not (per category: primary category).")},
        {QStringLiteral("links"), QStringLiteral("Links"),
         QStringLiteral("Drawn links (per category or ring: links with an end at one of its "
                        "partners).")},
        {QStringLiteral("formal"), QStringLiteral("Formal"),
         QStringLiteral("Partners marked formal.")},
        {QStringLiteral("informal"), QStringLiteral("Informal"),
         QStringLiteral("Partners marked informal.")},
        {QStringLiteral("internal"), QStringLiteral("Internal"),
         QStringLiteral("Partners inside the school (scope internal).")},
        {QStringLiteral("external"), QStringLiteral("External"),
         QStringLiteral("Partners outside the school (scope external).")},
        {QStringLiteral("formality-unknown"), QStringLiteral("Formality not recorded"),
         QStringLiteral("Partners whose formality (formal or informal) was not recorded.")},
        {QStringLiteral("both-scopes"), QStringLiteral("Internal and external"),
         QStringLiteral("Partners both inside and outside the school (scope both).")},
        {QStringLiteral("not-placed"), QStringLiteral("Not placed"),
         QStringLiteral("Partners named but not placed on the map (in the tray): in no ring and "
                        "in no distance figure; counted in the shares.")},
        {QStringLiteral("distance-stated"), QStringLiteral("Distance stated"),
         QStringLiteral("Placed partners whose distance the group discussed: the denominator "
                        "of the mean distance.")},
        {QStringLiteral("marks"), QStringLiteral("Marks"),
         QStringLiteral("Importance marks given by participants (not on researcher-inferred "
                        "priorities).")},
        {QStringLiteral("distance-not-discussed"), QStringLiteral("Distance not discussed"),
         QStringLiteral("Placed partners whose distance the group did not discuss: in no ring "
                        "and in no distance figure.")},
        {QStringLiteral("neutral-zone"), QStringLiteral("No category yet"),
         QStringLiteral("Partners in the neutral zone: mentioned, never put in a sector.")},
        {QStringLiteral("recurring"), QStringLiteral("Recurring partners"),
         QStringLiteral("Partners whose label (or a synonym) is also on another school's map.")},
        // Global.
        {QStringLiteral("on-or-in-school"), QStringLiteral("On or in the school"),
         QStringLiteral("Partners placed on or in the school: distance 0, innermost ring.")},
        {QStringLiteral("mean-distance"), QStringLiteral("Mean distance"),
         QStringLiteral("Mean stated distance (0 = school, 1 = edge) of the placed partners "
                        "whose distance was discussed; on or in the school counts 0.")},
        {QStringLiteral("disputed"), QStringLiteral("Disputed"),
         QStringLiteral("Partners the group disagreed about (stated, or participants placed "
                        "them elsewhere).")},
        {QStringLiteral("votes"), QStringLiteral("Votes"),
         QStringLiteral("Priority votes of voters not named: counts plus votes per role "
                        "group (not on researcher-inferred priorities).")},
        {QStringLiteral("researcher-inferred"), QStringLiteral("Researcher-inferred priorities"),
         QStringLiteral("Partners whose priority the researchers inferred; their marks and "
                        "votes are counted only here.")},
        {QStringLiteral("formal-share"), QStringLiteral("Formal share"),
         QStringLiteral("Formal partners / all partners (those whose formality is not "
                        "recorded included: see Formality not recorded share).")},
        {QStringLiteral("informal-share"), QStringLiteral("Informal share"),
         QStringLiteral("Informal partners / all partners (those whose formality is not "
                        "recorded included: see Formality not recorded share).")},
        {QStringLiteral("formality-unknown-share"), QStringLiteral("Formality not recorded share"),
         QStringLiteral("Partners whose formality was not recorded / all partners: the "
                        "formal and informal shares leave these out of their count.")},
        {QStringLiteral("internal-share"), QStringLiteral("Internal share"),
         QStringLiteral("Internal partners / all partners.")},
        {QStringLiteral("external-share"), QStringLiteral("External share"),
         QStringLiteral("External partners / all partners.")},
        {QStringLiteral("both-scopes-share"), QStringLiteral("Internal and external share"),
         QStringLiteral("Partners both inside and outside the school / all partners.")},
        {QStringLiteral("density-with-school"), QStringLiteral("Density (with school)"),
         QStringLiteral("Ties / possible ties among partners and school; the school is tied "
                        "to every partner.")},
        {QStringLiteral("density-without-school"), QStringLiteral("Density (without school)"),
         QStringLiteral("Partner-partner ties / possible ties among the partners.")},
        {QStringLiteral("isolates"), QStringLiteral("Isolates"),
         QStringLiteral("Partners without any drawn link (the school is not counted).")},
        {QStringLiteral("components-with-school"), QStringLiteral("Components (with school)"),
         QStringLiteral("Connected parts of the drawn links, the school being one node.")},
        {QStringLiteral("components-without-school"), QStringLiteral("Components (without school)"),
         QStringLiteral("Connected parts of the partners and their links to each other.")},
        {QStringLiteral("school-effective-size"), QStringLiteral("School effective size"),
         QStringLiteral("Burt's effective size of the school: n - 2t/n (n partners, t ties "
                        "among them).")},
        {QStringLiteral("school-constraint"), QStringLiteral("School constraint"),
         QStringLiteral("Burt's constraint of the school: how much its partners are tied to "
                        "each other.")},
        // Per partner.
        {QStringLiteral("degree"), QStringLiteral("Degree"),
         QStringLiteral("Distinct partners (and the school) a partner has a drawn link with.")},
        {QStringLiteral("effective-size"), QStringLiteral("Effective size"),
         QStringLiteral("Burt's effective size: n - 2t/n over the partner's drawn links.")},
        {QStringLiteral("constraint"), QStringLiteral("Constraint"),
         QStringLiteral("Burt's constraint: sum over contacts j of (p_ij + sum_q p_iq p_qj)^2.")},
        {QStringLiteral("priority"), QStringLiteral("Priority"),
         QStringLiteral("Rank by number of importance marks; equal marks share a rank.")},
    };
    return infos;
}

const MeasureInfo *measureInfo(const QString &key)
{
    for (const auto &info : measureInfos())
        if (info.key == key)
            return &info;
    return nullptr;
}

} // namespace nwk
