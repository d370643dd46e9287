// SPDX-License-Identifier: GPL-3.0-or-later
// The map for screen readers. MapView's accessible interface has one child per
// placed partner (in keyboard order, MapScene::partnerOrder()), named like
// "CLB, zorg voor leerlingen, dichtbij, 3 markeringen": label, category, ring
// and number of importance marks in the session's language, as the map shows
// them. When the selection moves to one partner (Tab, find, a click), a Focus
// event on that child lets the screen reader announce it.
#pragma once

#include "nwk/core/session.h"

#include <QString>

namespace nwk {

class MapView;

/// "CLB, zorg voor leerlingen, dichtbij, 3 markeringen" (empty when the
/// partner is not on the map).
QString partnerAccessibleName(const Session &s, const QString &partnerId);
/// Longer text: full name, named by, important to, links, disputed, notes.
QString partnerAccessibleDescription(const Session &s, const QString &partnerId);

/// Installs the accessible-interface factory (once per application) and
/// announces selection changes of `view`'s scene. Called by MapView.
void installMapAccessibility(MapView *view);

} // namespace nwk
