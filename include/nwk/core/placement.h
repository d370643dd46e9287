// SPDX-License-Identifier: GPL-3.0-or-later
// The placement rule: where a partner lands and which category it then has.
//
// One rule for every way a partner moves (dragging or nudging on the map, placing from
// the tray, the properties editor, the map's context menu):
//  - a partner moved into another sector takes that sector's category, unless the
//    policy keeps the category (free placement is on, or the user holds Alt);
//  - moving within the sector it started in keeps its category;
//  - choosing a category moves a placed partner into that category's sector (same
//    distance, the sector's middle), unless the policy keeps categories apart from
//    sectors; an unplaced partner only changes category;
//  - a new primary category that was one of the partner's extra categories swaps
//    places with the old primary among the extras.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/core/session.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nwk {

/// A partner's position and primary category, as set together by a move.
struct PartnerPlacement {
    QString partnerId;
    std::optional<Placement> placement; ///< nullopt = back to the unplaced tray
    QString category;
    /// Set by MovePartners when the new category was one of the partner's extra
    /// categories (they swap, see extraCategoriesAfter()); nullopt = leave the extras alone.
    std::optional<QStringList> extraCategories = std::nullopt;
    /// Partner::neutralZone after the move (MovePartners: false once placed, as before when
    /// not); nullopt = leave it alone.
    std::optional<bool> neutralZone = std::nullopt;
    bool operator==(const PartnerPlacement &) const = default;
};

/// How a move treats the partner's category.
struct PlacementPolicy {
    /// The category stays when the sector changes (free placement, or Alt held).
    bool keepCategory = false;
    /// Even when keepCategory: a partner without a category takes the sector's
    /// (placing from the tray does this).
    bool categoriseUncategorised = false;

    /// The session's policy (its free-placement switch); `keepHeld`: the user holds
    /// the key that keeps the category (Alt).
    static PlacementPolicy forSession(const Session &session, bool keepHeld = false);
};

/// Where a move starts from: the sector the partner was in (-1 = unplaced) and its
/// category then. A drag keeps the origin of its press, so that moving back into the
/// first sector gives back the first category.
struct PlacementOrigin {
    int sector = -1;
    QString category;

    /// The partner's current state.
    static PlacementOrigin of(const MapGeometry &geometry, const Partner &partner);
};

/// The placement and category of partner `id` moved from `origin` to `target`.
/// The category is the origin's, or the target sector's when the partner enters
/// another sector and the policy lets it. extraCategories stays nullopt (see
/// extraCategoriesAfter()). An unknown id gives the origin's category.
PartnerPlacement placementFor(const Session &session, const MapGeometry &geometry,
                              const QString &id, const PlacementOrigin &origin,
                              const Placement &target, PlacementPolicy policy);
/// The same from the partner's current state.
PartnerPlacement placementFor(const Session &session, const MapGeometry &geometry,
                              const QString &id, const Placement &target, PlacementPolicy policy);

/// What choosing category `categoryId` for partner `id` does.
struct CategoryChoice {
    PartnerPlacement placement;
    bool movesToSector = false; ///< the partner moves into the category's sector
};
/// nullopt when nothing changes (unknown partner, or the same category in its own sector).
std::optional<CategoryChoice> placementForCategory(const Session &session,
                                                   const MapGeometry &geometry, const QString &id,
                                                   const QString &categoryId,
                                                   PlacementPolicy policy);

/// The extra categories after the primary category changed from `oldPrimary` to
/// `newPrimary`: when the new primary was an extra, the old primary takes its place
/// (or the entry goes when there was no old primary, or the old primary is an extra
/// already). Otherwise the extras are unchanged.
QStringList extraCategoriesAfter(const QString &oldPrimary, const QStringList &oldExtras,
                                 const QString &newPrimary);

} // namespace nwk
