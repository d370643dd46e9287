// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/placement.h"

namespace nwk {

PlacementPolicy PlacementPolicy::forSession(const Session &session, bool keepHeld)
{
    PlacementPolicy policy;
    policy.keepCategory = session.freePlacement || keepHeld;
    return policy;
}

PlacementOrigin PlacementOrigin::of(const MapGeometry &geometry, const Partner &partner)
{
    return {partner.placement ? geometry.sectorAt(partner.placement->angle) : -1, partner.category};
}

PartnerPlacement placementFor(const Session &session, const MapGeometry &geometry,
                              const QString &id, const PlacementOrigin &origin,
                              const Placement &target, PlacementPolicy policy)
{
    QString category = origin.category;
    const int sector = geometry.sectorAt(target.angle);
    const bool inSector = sector >= 0 && sector < static_cast<int>(session.categories.size());
    const bool follows =
        !policy.keepCategory || (policy.categoriseUncategorised && category.isEmpty());
    if (inSector && sector != origin.sector && follows)
        category = session.categories[static_cast<std::size_t>(sector)].id;
    return {id, target, category};
}

PartnerPlacement placementFor(const Session &session, const MapGeometry &geometry,
                              const QString &id, const Placement &target, PlacementPolicy policy)
{
    const Partner *partner = session.partner(id);
    const PlacementOrigin origin =
        partner ? PlacementOrigin::of(geometry, *partner) : PlacementOrigin{};
    return placementFor(session, geometry, id, origin, target, policy);
}

std::optional<CategoryChoice> placementForCategory(const Session &session,
                                                   const MapGeometry &geometry, const QString &id,
                                                   const QString &categoryId,
                                                   PlacementPolicy policy)
{
    const Partner *p = session.partner(id);
    if (!p)
        return std::nullopt;
    const int sector = session.categoryIndex(categoryId);
    if (p->placement && !policy.keepCategory && sector >= 0) {
        if (p->category == categoryId && geometry.sectorAt(p->placement->angle) == sector)
            return std::nullopt;
        Placement target = *p->placement;
        target.angle = geometry.sectorMid(sector);
        return CategoryChoice{{id, target, categoryId}, true};
    }
    // Kept apart or unplaced: only the category changes.
    if (p->category == categoryId)
        return std::nullopt;
    return CategoryChoice{{id, p->placement, categoryId}, false};
}

QStringList extraCategoriesAfter(const QString &oldPrimary, const QStringList &oldExtras,
                                 const QString &newPrimary)
{
    QStringList extras = oldExtras;
    const qsizetype at = extras.indexOf(newPrimary);
    if (at >= 0 && newPrimary != oldPrimary) {
        if (oldPrimary.isEmpty() || extras.contains(oldPrimary))
            extras.removeAt(at);
        else
            extras[at] = oldPrimary;
    }
    return extras;
}

} // namespace nwk
