// SPDX-License-Identifier: GPL-3.0-or-later
// The session file format (see docs/file-format.md). The only door between
// sessions and JSON: nothing outside src/core/io sees JSON.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nwk {

inline constexpr const char *kFormatName = "netwerkkaart-session";
/// 1 = the pre-release format, 2 = the first release; both migrated on read.
inline constexpr int kSchemaVersion = 3;
inline constexpr const char *kDeckFormatName = "netwerkkaart-deck";

struct SessionReadResult {
    std::optional<Session> session; ///< set when no error was found
    Diagnostics diagnostics;        ///< errors (session unset) or warnings
    int fileSchemaVersion = 0;      ///< as found in the file (before migration)
};

/// Parses, migrates and validates session JSON text. Never throws, never crashes.
SessionReadResult parseSession(const QByteArray &bytes);

/// Reads a session file; I/O problems (missing file, directory, unreadable) are
/// reported as diagnostics with an empty path.
SessionReadResult readSessionFile(const QString &fileName);

/// The file text: UTF-8, pretty-printed, stable key order, trailing newline.
/// Serialising an unchanged session gives identical bytes.
QByteArray serializeSession(const Session &session);

/// Writes atomically (QSaveFile): on failure the old file is untouched and the
/// error text names the file and the reason. Returns an empty string on success.
QString writeSessionFile(const Session &session, const QString &fileName);

struct DeckReadResult {
    std::optional<Deck> deck;
    Diagnostics diagnostics;
};

DeckReadResult parseDeck(const QByteArray &bytes);
DeckReadResult readDeckFile(const QString &fileName);
QByteArray serializeDeck(const Deck &deck);

/// The decks shipped with the program (Qt resource ":/decks/<id>.<lang>.json").
/// language "nl" or "en"; falls back to nl.
Deck builtinDeck(const QString &language = QStringLiteral("nl"));

} // namespace nwk
