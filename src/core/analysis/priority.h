// SPDX-License-Identifier: GPL-3.0-or-later
// The priority figures of one partner (docs/measures.md, "Priority").
#pragma once

#include "nwk/core/measures.h"

namespace nwk::analysis {

/// Votes without names of `p`: voteCount when stated plus its role votes.
int statedVotes(const Partner &p);

/// Counts `p`'s marks and votes into `pm` and `m` (m.marks, m.votes, m.votesByRoleGroup,
/// m.voted), or, when the researchers inferred its priority, into m.inferred only.
void countPriority(Measures &m, const Partner &p, PartnerMeasures &pm);

} // namespace nwk::analysis
