// SPDX-License-Identifier: GPL-3.0-or-later
// Versions of a map: what changed between two snapshots (or a snapshot and the
// session as it is now). Partners are matched by id; see docs/researcher.md.
#pragma once

#include "nwk/core/session.h"

#include <vector>

namespace nwk {

/// The group's map data of `session` now, as a snapshot with the given id, name and time.
Snapshot snapshotOf(const Session &session, const QString &id = {}, const QString &name = {},
                    const QString &created = {});

/// A partner placed in both maps whose distance to the school changed.
struct PartnerMove {
    QString partnerId;
    Placement before;
    Placement after;
    int ringBefore = 0; ///< ring index (0 = innermost) in the earlier map
    int ringAfter = 0;
};

/// One text field of a partner that differs: primary category id, or label.
struct PartnerChange {
    QString partnerId;
    QString before;
    QString after;
};

/// An importance mark of one participant on one partner.
struct MarkChange {
    QString partnerId;
    QString participantId;
};

/// A change of what the group stated (schema 3) on a partner (or link) in both maps.
enum class StatementChangeKind {
    DistanceKind,       ///< before/after: DistanceKind spellings ("ring", "not-discussed", ...)
    AlternativeAdded,   ///< detail: the participant id (may be empty)
    AlternativeRemoved, ///< detail: the participant id
    FormerAdded,        ///< detail: its "when"
    FormerRemoved,      ///< detail: its "when"
    Votes,              ///< before/after: votesText() of the partner
    PrioritySource,     ///< before/after: PrioritySource spellings
    NeutralZoneEntered,
    NeutralZoneLeft,
    RelativeAdded,   ///< id: the relative placement's id; partnerId its partner
    RelativeRemoved, ///< id: the relative placement's id; partnerId its partner
    LinkRoles,       ///< id: the link's id; before/after: linkRolesText()
};

struct StatementChange {
    StatementChangeKind kind = StatementChangeKind::DistanceKind;
    QString partnerId; ///< the partner (for LinkRoles: empty)
    QString id;        ///< relative placement or link id
    QString before;
    QString after;
    QString detail;
};

/// The votes of a partner as one text: "3 votes; teacher 2; care 1; \"de meeste\"", or
/// "" when none are stated.
QString votesText(const Partner &p);
/// A link's roles as one text: "initiated by pa1; reciprocal; school offering; via pa3",
/// leaving out what is not stated.
QString linkRolesText(const Link &l);

struct MapDiff {
    std::vector<Partner> partnersAdded;   ///< as in the later map
    std::vector<Partner> partnersRemoved; ///< as in the earlier map
    std::vector<PartnerMove> movedCloser;
    std::vector<PartnerMove> movedFurther;
    QStringList placed;   ///< from the tray onto the map
    QStringList unplaced; ///< from the map back to the tray
    std::vector<PartnerChange> recategorised;
    std::vector<PartnerChange> relabelled;
    std::vector<Link> linksAdded;         ///< by id; a link whose ends changed is removed and added
    std::vector<Link> linksRemoved;       ///< as in the earlier map
    std::vector<MarkChange> marksAdded;   ///< on partners in both maps
    std::vector<MarkChange> marksRemoved; ///< on partners in both maps
    std::vector<StatementChange> statements; ///< schema 3, in the later map's order
    bool isEmpty() const;
};

/// A distance change at most this large (0..1 scale, a few pixels) is not a move.
inline constexpr double kMoveEpsilon = 0.02;

/// What changed from `before` to `after`. Lists follow the order of the later map
/// (removals: of the earlier map).
MapDiff diffMaps(const Snapshot &before, const Snapshot &after, double epsilon = kMoveEpsilon);

} // namespace nwk
