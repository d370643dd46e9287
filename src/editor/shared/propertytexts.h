// SPDX-License-Identifier: GPL-3.0-or-later
// Display texts (translated) of the model's enums and objects, for the property
// editors and the map's context menu. Lists are in enum order.
#pragma once

#include "nwk/core/session.h"

#include <QStringList>

namespace nwk::texts {

QStringList partnerKinds();
QStringList formalities();
QStringList scopes();
QStringList linkKinds();
QStringList linkDirections();
QStringList valences();
QStringList missingStatuses();

/// A category's label in the session's language (falls back to the other, then the id).
QString categoryName(const Session &s, const Category &c);
/// A ring's label in the session's language ("Ring n" when it has none).
QString ringName(const Session &s, int ring);
/// A partner's label, or its id when the label is empty; "school" for kSchoolId.
QString endName(const Session &s, const QString &id);
/// A participant's code, or its id when unknown.
QString participantName(const Session &s, const QString &id);
/// A session-clock time as h:mm:ss, or "unknown" for -1.
QString clockTime(qint64 ms);

} // namespace nwk::texts
