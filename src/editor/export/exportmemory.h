// SPDX-License-Identifier: GPL-3.0-or-later
// What the export dialogs (Export Map, Export Data and Report) suggest and remember:
// the last folder per kind of export and per plain vs anonymised (QSettings,
// "export/<kind>/dirPlain" and ".../dirAnonymised"), so that plain and anonymised files
// do not end up mixed by accident, and a base name that says "anonymised" when it is.
#pragma once

#include <QString>

namespace nwk::exportmemory {

/// "-anonymised" in the interface language ("-anoniem" in Dutch).
QString anonymisedSuffix();

/// The folder to suggest for `kind` ("map" or "data"): the one last exported to for
/// plain or anonymised exports when it still exists, else the session's folder, else the
/// user's documents folder.
QString suggestedFolder(const char *kind, const QString &sessionFile, bool anonymised);

/// The session's base name (or "netwerkkaart") with anonymisedSuffix() when `anonymised`.
QString suggestedBaseName(const QString &sessionFile, bool anonymised);

/// Remembers `folder` as the last one for `kind`, plain or anonymised.
void rememberFolder(const char *kind, bool anonymised, const QString &folder);

} // namespace nwk::exportmemory
