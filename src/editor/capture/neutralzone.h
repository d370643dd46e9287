// SPDX-License-Identifier: GPL-3.0-or-later
// The neutral zone (schema 3): a partner mentioned but never put in a sector is on the
// map there, "no category yet", not only in the unplaced tray. The tray's context menu
// puts unplaced partners in it and takes them back; placing one on the map takes it out
// in the same step (MovePartners).
#pragma once

#include <QStringList>

class QMenu;
class QWidget;

namespace nwk {

class SessionDocument;

namespace neutral {

/// Puts the unplaced partners among `ids` in the neutral zone (`on`) or back in the tray;
/// one undo step, nothing when nothing changes.
void setNeutralZone(SessionDocument *doc, const QStringList &ids, bool on);

/// A context menu for the tray entries `ids`: "Put in the neutral zone (no category
/// yet)" and "Back to the tray", each enabled when it would change one of them.
QMenu *trayMenu(SessionDocument *doc, const QStringList &ids, QWidget *parent);

} // namespace neutral
} // namespace nwk
