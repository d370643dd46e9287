// SPDX-License-Identifier: GPL-3.0-or-later
// The map data that a session and its snapshots share, copied as one piece.
#pragma once

namespace nwk {

/// Copies the map data (categories, rings, participants, partners, links, groups and
/// missing partners, relative placements) of a session or snapshot `from` into `to`.
template <typename To, typename From> void copyMapData(To &to, const From &from)
{
    to.categories = from.categories;
    to.rings = from.rings;
    to.participants = from.participants;
    to.partners = from.partners;
    to.links = from.links;
    to.groups = from.groups;
    to.missingPartners = from.missingPartners;
    to.relativePlacements = from.relativePlacements;
}

} // namespace nwk
