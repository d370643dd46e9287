// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of timelineEvents() (timeline.cpp), one file each.
#pragma once

#include "nwk/core/timeline.h"

namespace nwk::timeline {

/// The history's events as map changes, each classified against the object's previous
/// value in the history (timeline_history.cpp).
void addMapChanges(const Session &s, std::vector<TimelineEvent> &out);

} // namespace nwk::timeline
