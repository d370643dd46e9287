// SPDX-License-Identifier: GPL-3.0-or-later
// Semantic checks of a Session: ids, references, ranges.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

namespace nwk {

/// Every problem of the session, each located by the JSON path it has in the file
/// (e.g. "/links/3/to: unknown partner \"pa9\""). Empty when valid.
Diagnostics validate(const Session &session);

} // namespace nwk
