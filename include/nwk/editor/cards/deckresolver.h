// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the deck a session names (Session::deck).
//
// Decision: a session stores only the deck's own id, version and language, never
// a path (paths break when a session file is mailed or moved). The built-in
// study deck ("sono-collectief-leren") comes from the program's resources. Any
// other deck is looked for (1) next to the session file as "<id>.<language>.json"
// or "<id>.json", then (2) among the deck files opened before on this computer
// (remembered in the settings). The first readable file whose id (and language)
// match is used. When none is found or the file is broken, the built-in deck is
// used and `problem` says why, with the file's located diagnostics.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QString>
#include <QStringList>

namespace nwk {

inline const QString kBuiltinDeckId = QStringLiteral("sono-collectief-leren");

struct ResolvedDeck {
    Deck deck;
    QString path;    ///< the deck file used; empty for a built-in deck
    QString problem; ///< user-visible reason for a fallback; empty when all is well
};

ResolvedDeck resolveDeck(const DeckRef &ref, const QString &sessionFileName,
                         const QStringList &knownDeckFiles);

/// "“<path>” cannot be used as a deck:" and one "<path>: <diagnostic>" line each.
QString deckErrorText(const QString &path, const Diagnostics &diagnostics);

/// The reference a session stores for a deck.
DeckRef deckRefOf(const Deck &deck);

} // namespace nwk
