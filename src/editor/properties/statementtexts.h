// SPDX-License-Identifier: GPL-3.0-or-later
// Display texts (translated) of what schema 3 lets a group say about links and
// relative placements; lists are in enum order (combo index = enum value).
#pragma once

#include "nwk/core/session.h"

#include <QStringList>

namespace nwk::texts {

QStringList reciprocities();
QStringList schoolRoles();
/// "closer than", "further than", "as close as".
QStringList relativeRelations();
/// One relative placement as listed: "further than CLB: “a bit further” (P1)".
QString relativePlacementText(const Session &s, const RelativePlacement &r);

} // namespace nwk::texts
