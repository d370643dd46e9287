// SPDX-License-Identifier: GPL-3.0-or-later
// The schema-3 part of diffMaps(): what the group stated about a partner.
#pragma once

#include "nwk/core/mapdiff.h"

namespace nwk {

/// Changes of the statements of one partner present in both maps.
void diffStatements(const Partner &before, const Partner &after, std::vector<StatementChange> &out);
/// Relative placements added and removed (by id; one whose content changed is both).
void diffRelatives(const Snapshot &before, const Snapshot &after,
                   std::vector<StatementChange> &out);

} // namespace nwk
