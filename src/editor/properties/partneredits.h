// SPDX-License-Identifier: GPL-3.0-or-later
// Partner edits shared by the properties dock and the map's context menu. Each
// pushes one undo command (or nothing when it would change nothing).
#pragma once

#include "nwk/core/session.h"

#include <optional>

namespace nwk {

class SessionDocument;

namespace edits {

/// Sets the partner's primary category. A placed partner in sector mode moves to
/// the middle angle of that category's sector, keeping its distance (one
/// MovePartners); in free placement, or when unplaced, only the category changes.
void setCategory(SessionDocument *doc, const QString &partnerId, const QString &categoryId);

/// Moves the partner to the middle of ring `ring`, keeping its angle (an unplaced
/// partner is placed in the middle of its category's sector).
void setRing(SessionDocument *doc, const QString &partnerId, int ring);

/// Moves the partner to `placement`. In sector mode a partner that lands in
/// another sector takes that sector's category (as a drag does). `mergeable`:
/// may merge into the previous move of the same partner (one editing burst).
void moveTo(SessionDocument *doc, const QString &partnerId, const Placement &placement,
            bool mergeable);

/// Adds or removes participant `participantId` to the partner's marks.
void toggleMark(SessionDocument *doc, const QString &partnerId, const QString &participantId);

void setDisputed(SessionDocument *doc, const QString &partnerId, bool disputed);

/// The desired placement one ring closer (step -1) or further (+1) than the
/// partner's current desired placement, or its placement when it has none; the
/// distance is the middle of that ring.
std::optional<Placement> desiredStep(const Session &s, const QString &partnerId, int step);

/// Where a partner without placement goes when placed from the properties dock.
Placement defaultPlacement(const Session &s, const QString &partnerId);

} // namespace edits
} // namespace nwk
