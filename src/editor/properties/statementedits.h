// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of what a group said about a partner's distance and priority (schema 3),
// shared by the Properties dock's sections and the map's context menu. Each is one
// undo step through the document (refused in annotation mode like every group edit),
// or nothing when it would change nothing.
#pragma once

#include "nwk/core/session.h"

#include <optional>

class QWidget;

namespace nwk {

class SessionDocument;

namespace edits {

/// Replaces the partner with `changed` (same id) as one undo step named `text`.
void setPartner(SessionDocument *doc, const Partner &changed, const QString &text);

/// Where a new alternative placement starts: the partner's placement, else its
/// sector's middle (it can then be moved in the Properties dock).
Placement alternativeStart(const Session &s, const QString &partnerId);

/// Adds participant `participantId`'s own placement (at alternativeStart()).
void addAlternative(SessionDocument *doc, const QString &partnerId, const QString &participantId,
                    const QString &note);

/// Records the partner's current placement as a former one (appended: oldest first),
/// so that the partner can be moved to where it is now. Nothing for an unplaced partner.
void keepAsFormer(SessionDocument *doc, const QString &partnerId, const QString &when,
                  const QString &why);

/// "Add a participant's placement…": asks whose placement (and a note), then adds it.
/// False when cancelled or there is no such partner.
bool askAndAddAlternative(SessionDocument *doc, const QString &partnerId, QWidget *parent);

/// "Keep current position as former…": asks when and why, then keeps it.
bool askAndKeepAsFormer(SessionDocument *doc, const QString &partnerId, QWidget *parent);

/// "P2 – zorgcoördinator" (code and role) for lists and combo boxes.
QString participantTitle(const Participant &p);

} // namespace edits
} // namespace nwk
