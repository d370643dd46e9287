// SPDX-License-Identifier: GPL-3.0-or-later
// JSON text of plain Qt values, for machine-readable output (netwerkkaart-cli's --json).
// The session file has its own reader and writer (sessionio.h); this is only for reports.
#pragma once

#include <QByteArray>
#include <QVariant>

namespace nwk {

/// `value` as JSON text, indented by two spaces and ending in a newline:
/// QVariantMap as an object (keys sorted), QVariantList and QStringList as arrays, QString
/// as a string, bool, integers, doubles (NaN and infinities as null), an invalid or null
/// QVariant as null. Other types are written as their QString conversion.
QByteArray toJsonText(const QVariant &value);

} // namespace nwk
