// SPDX-License-Identifier: GPL-3.0-or-later
// How many elements a session's arrays may have (docs/file-format.md, "Limits").
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <cstddef>
#include <vector>

namespace nwk {

/// A limit on one of a session's arrays. A focus group's map has 20 to 80 partners; the
/// limits leave room for the benchmark's 10,000 and keep every operation within seconds.
/// The reader refuses a file over a limit while parsing, before it builds anything of
/// the array's excess (a file of a million partners is refused in about a second), and
/// validate() reports a session over one.
struct SessionLimit {
    const char *key;      ///< the array's member: "partners", "links", ...
    std::size_t max;      ///< elements in the map, and in each snapshot's map
    std::size_t maxTotal; ///< in the map and all its snapshots together
};

/// Every limit, in the order of the file format. Those of the map's arrays (categories
/// to missingPartners) hold for each snapshot too.
const std::vector<SessionLimit> &sessionLimits();

/// The member of the session whose objects have the map's arrays again.
inline constexpr const char *kSnapshotsKey = "snapshots";

/// "1000000 partners, more than the maximum of 20000" (at the array's JSON pointer).
QString overLimitMessage(const SessionLimit &limit, std::size_t count);
/// The same for the map and its snapshots together (at "/snapshots").
QString overTotalMessage(const SessionLimit &limit, std::size_t count);

/// The problems of a session over a limit (part of validate()).
Diagnostics checkLimits(const Session &session);

} // namespace nwk
