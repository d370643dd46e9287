// SPDX-License-Identifier: GPL-3.0-or-later
// Which partners of several schools are the same partner (docs/measures.md, "Comparing
// schools"): labels, bracketed qualifiers and abbreviations, synonyms, internal apart.
#pragma once

#include "nwk/core/comparison.h"

#include <vector>

namespace nwk::analysis {

/// Every partner of every school grouped by the partner it names: one RecurringPartner
/// per group (also those of one school only; `schools` left 0), in order of first
/// appearance.
std::vector<RecurringPartner> matchPartners(const std::vector<NamedSession> &sessions,
                                            const SynonymList &synonyms);

} // namespace nwk::analysis
