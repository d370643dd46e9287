// SPDX-License-Identifier: GPL-3.0-or-later
// What kind of Netwerkkaart file some bytes hold, from the top-level "format"
// marker only: lets tools pick parseSession() or parseDeck() without seeing JSON.
#pragma once

#include <QByteArray>
#include <QString>

namespace nwk {

enum class FileKind {
    Unknown, ///< not JSON, not an object, no "format" string, or an unknown format
    Session, ///< "format": "netwerkkaart-session" (kFormatName)
    Deck,    ///< "format": "netwerkkaart-deck" (kDeckFormatName)
};

/// Looks only at the top-level "format" string; does not validate anything else.
/// Never throws. For Unknown, parseSession() gives the located reason.
FileKind detectFileKind(const QByteArray &bytes);

/// The kind of an existing regular file, by its content (at most the read limit is read);
/// Unknown for anything else. Writers use it never to write over a session by mistake.
FileKind fileKindOf(const QString &fileName);

} // namespace nwk
