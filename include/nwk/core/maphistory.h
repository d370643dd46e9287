// SPDX-License-Identifier: GPL-3.0-or-later
// The map's timed history (Session::history, MapEvent in session.h): what changed between
// two states of the group's map, the events of the map as it stands, and the map at a
// clock time rebuilt from the events (the timeline's replay, docs/recording.md).
#pragma once

#include "nwk/core/session.h"

#include <vector>

namespace nwk {

/// The changes from `before` to `after` of the map's objects (partners, links, groups,
/// missing partners, relative placements), by id: an event with the whole value for each
/// added or changed object, a removal for each object gone; all at `atMs`. Collections
/// that share their elements (SharedVector::sharesWith) are skipped unread, so comparing a
/// state with its unchanged copy costs nothing. Order: per kind (partners, links, groups,
/// missing partners, relative placements), added and changed in `after`'s order, then removals.
std::vector<MapEvent> mapEvents(const Session &before, const Session &after, qint64 atMs);

/// The map as it stands, as events at `atMs`: one "added" per object, in session order.
/// The history's first events when recording of the history starts.
std::vector<MapEvent> baselineEvents(const Session &session, qint64 atMs);

/// The session with its map objects replaced by what the history's events at or before
/// `t` build, applied in order from an empty map: an event puts its object (replacing the
/// one with its id, else appended), a removal takes it out. Everything else (categories,
/// rings, participants, cards, the history itself ...) is the session's. An object keeps
/// the place of its first addition, so the order of a collection may differ from the
/// session's after a removal was undone; the values are the same.
Session mapAt(const Session &session, qint64 t);

/// Applies `events` in order to the map objects of `session` (as mapAt does).
void applyMapEvents(Session &session, const std::vector<MapEvent> &events);

/// The history the editor records at most: below the file's limit of 500,000 events
/// (limits.cpp), so that a session whose history is full still saves. Past it the map's
/// changes are no longer recorded (the Timeline dock says so).
inline constexpr std::size_t kMaxRecordedHistory = 400000;

/// The time of the history's last event; -1 when it is empty.
qint64 lastHistoryMs(const Session &session);

} // namespace nwk
