// SPDX-License-Identifier: GPL-3.0-or-later
// Network measures of one session (definitions and references: docs/measures.md).
//
// Three graphs, all undirected and binary (link directions are ignored, several links
// between the same two nodes are one tie, links to unknown ids are ignored):
//  - the map graph: partners and the school as nodes, the drawn links as edges;
//  - the ego network: the map graph plus an implicit tie from the school (ego) to every
//    partner (alter), as in egocentric network analysis;
//  - the partner graph: the map graph without the school.
// Qt Core only.
#pragma once

#include "nwk/core/session.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nwk {

/// Burt's brokerage measures of one node. Unset when the node has no alters.
struct Brokerage {
    int alters = 0;                      ///< n: neighbours of the node
    int alterTies = 0;                   ///< t: ties among those neighbours
    std::optional<double> effectiveSize; ///< Borgatti 1997: n - 2t/n
    std::optional<double> constraint;    ///< Burt 1992: sum_j (p_ij + sum_q p_iq p_qj)^2
};

struct CategoryMeasures {
    QString categoryId; ///< empty: partners without a (known) category
    QString label;      ///< in the session's language
    int partners = 0;
    int links = 0; ///< links with at least one end at a partner of this category
    int formal = 0;
    int informal = 0;
    int unknownFormality = 0;
    int internal = 0;
    int external = 0;
    int bothScopes = 0;
    int marks = 0;                   ///< importance marks on partners of this category
    std::vector<int> partnersByRing; ///< placed partners per ring (innermost first)
    int unplaced = 0;
    int distanceNotDiscussed = 0; ///< placed, distance not discussed: in no ring
    int neutralZone = 0;          ///< "no category yet" (only in the no-category row)
};

struct RingMeasures {
    int ring = 0; ///< 0 = innermost
    QString label;
    int partners = 0;
    int links = 0; ///< links with at least one end at a partner in this ring
};

struct PartnerMeasures {
    QString partnerId;
    QString label;
    int degree = 0; ///< distinct neighbours in the map graph (the school counts when linked)
    int marks = 0;  ///< participants' marks; 0 when the researchers inferred the priority
    int votes = 0;  ///< votes without names: voteCount (when stated) + roleVotes; 0 likewise
    bool researcherInferred = false; ///< prioritySource Researchers
    bool isolate = false;            ///< no drawn link at all
    Brokerage brokerage;             ///< in the map graph
};

struct RankedPartner {
    QString partnerId;
    QString label;
    int marks = 0;
    int rank = 0; ///< 1 + number of partners with more marks (ties share a rank)
};

/// Priority votes of voters not named (schema 3), of a partner whose priority the
/// participants set.
struct VotedPartner {
    QString partnerId;
    QString label;
    int voteCount = -1;           ///< -1: no count stated
    std::vector<int> byRoleGroup; ///< roleVotes summed per RoleGroup (file order)
    int votes = 0;                ///< voteCount (when stated) + the role votes
    QString voteText;             ///< the quantifier as said ("unaniem")
};

/// A priority the researchers inferred (prioritySource Researchers): kept apart from
/// the participants' marks and votes.
struct InferredPriority {
    QString partnerId;
    QString label;
    int marks = 0; ///< marks recorded on it, not counted as participants' marks
    int votes = 0;
};

struct Measures {
    int partners = 0;
    int placedPartners = 0;
    int distanceNotDiscussed = 0;       ///< placed partners whose distance was not discussed
    int onOrInSchool = 0;               ///< placed on or in the school: distance 0, innermost ring
    int neutralZone = 0;                ///< partners in the neutral zone ("no category yet")
    int disputed = 0;                   ///< isDisputed() partners
    int withAlternatives = 0;           ///< partners with participants' own placements
    int withFormerPlacements = 0;       ///< partners with a former placement
    std::optional<double> meanDistance; ///< over stated distances; unset when none
    int links = 0;                      ///< drawn links
    int partnerTies = 0;                ///< distinct partner-partner ties
    int schoolLinks = 0;                ///< partners with a drawn link to the school
    int formal = 0, informal = 0, unknownFormality = 0;
    int internal = 0, external = 0, bothScopes = 0;
    std::optional<double> densityWithSchool;      ///< ego network; unset when no partner
    std::optional<double> densityWithoutSchool;   ///< partner graph; unset with < 2 partners
    int isolates = 0;                             ///< partners without any drawn link
    int componentsWithSchool = 0;                 ///< of the map graph (the school is one node)
    int componentsWithoutSchool = 0;              ///< of the partner graph
    Brokerage school;                             ///< the school in the ego network
    std::vector<CategoryMeasures> categories;     ///< sector order, then "no category" if any
    std::vector<RingMeasures> rings;              ///< innermost first
    std::vector<PartnerMeasures> partnerMeasures; ///< in the session's partner order
    std::vector<RankedPartner> priority;    ///< partners with marks, most first, ties by label
    int marks = 0;                          ///< participants' marks (researcher-inferred left out)
    int votes = 0;                          ///< participants' votes without names
    std::vector<int> votesByRoleGroup;      ///< roleVotes summed per RoleGroup (file order)
    std::vector<VotedPartner> voted;        ///< partners with stated votes, in session order
    std::vector<InferredPriority> inferred; ///< researcher-inferred priorities, session order

    const PartnerMeasures *partner(const QString &id) const;
};

Measures computeMeasures(const Session &session);

/// Share of `part` in `whole` (0..1); unset when whole is 0.
std::optional<double> share(int part, int whole);

/// A measure as text: integers as they are, fractions with three decimals, "–" when unset.
QString formatMeasure(std::optional<double> value);

/// One-line definitions of the global measures, keyed like the comparison's rows
/// (see comparison.h); the same text as docs/measures.md.
struct MeasureInfo {
    QString key;        ///< e.g. "density-with-school"
    QString name;       ///< e.g. "Density (with school)"
    QString definition; ///< one line
};
const std::vector<MeasureInfo> &measureInfos();
const MeasureInfo *measureInfo(const QString &key);

} // namespace nwk
