// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic sessions for the benchmark: n partners spread over every category
// sector and ring, 3n links, importance marks, groups, missing partners and some
// card notes. Deterministic: the same n gives the same session.
#pragma once

#include "nwk/core/session.h"

#include <QByteArray>

namespace nwk::bench {

/// A valid session with `partners` partners and 3 x `partners` links.
Session syntheticSession(int partners);

/// The same map as Graphviz DOT for `neato -n2`: one node per placed partner (and the
/// school) at its MapGeometry position in points, filled in its category's colour and
/// labelled like the map, one edge per link.
QByteArray toDot(const Session &session);

} // namespace nwk::bench
