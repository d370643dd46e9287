// SPDX-License-Identifier: GPL-3.0-or-later
// Session <-> JSON document (current schema). Private to core/io.
#pragma once

#include "io/jsonutil.h"

#include "nwk/core/session.h"

#include <optional>

namespace nwk::io {

/// Strict conversion of a current-schema document (an object) to the model: wrong
/// types, unknown enum values and over-long strings are reported with their paths.
/// nullopt when any error was found. Does not run validate().
std::optional<Session> sessionFromJson(const Json &document, Problems &problems);

/// The canonical document of a session (see docs/file-format.md).
Json sessionToJson(const Session &session);

/// The history written compact: an event of an object the history held before becomes a
/// merge patch against that value ("patch"); historyjson.cpp. sessionToJson() does it.
void compactHistory(Json &document);
/// The reverse, in place, before sessionFromJson(): each "patch" becomes the whole value.
void expandHistory(Json &document, Problems &problems);

} // namespace nwk::io
