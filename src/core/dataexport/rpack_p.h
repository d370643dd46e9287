// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of the R pack shared by its tables (rpack.cpp) and script (rpackscript.cpp).
#pragma once

#include "nwk/core/rpack.h"

#include <QStringList>

namespace nwk::dataexport {

/// The alters table's TRUE/FALSE column of each category, in category order:
/// "cat_<id>" with characters other than ASCII letters, digits and '_' as '_' (made
/// unique with a number when two ids would give the same name).
QStringList rCategoryColumns(const Session &s);
/// The ring factor's levels, innermost first: each ring's label in `language`, or
/// "ring <n>" when it has none or another ring has the same one; one level ("ring 1") for
/// a session without rings, whose map draws one.
QStringList rRingLevels(const Session &s, const QString &language);

} // namespace nwk::dataexport
