// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the deck a session names (Session::deck), without any user interface: used by
// the editor (include/nwk/editor/cards/deckresolver.h words the problems for the user)
// and by the command line (findings report, notes table).
//
// Decision: a session stores only the deck's own id, version and language, never
// a path (paths break when a session file is mailed or moved). The built-in study
// deck ("sono-collectief-leren") comes from the program's resources. Any other deck is
// looked for (1) next to the session file as "<id>.<language>.json" or "<id>.json", then
// (2) among `knownDeckFiles` (the editor: deck files opened before on this computer).
// The first readable file whose id and language match is used. When none is found, the
// built-in deck is used and `found` is false.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace nwk {

inline const QString kBuiltinDeckId = QStringLiteral("sono-collectief-leren");

struct DeckLookup {
    Deck deck;
    QString path;      ///< absolute path of the deck file used; empty for a built-in deck
    bool found = true; ///< false: the named deck was not found, `deck` is the built-in one
    struct BrokenFile {
        QString path;
        Diagnostics diagnostics;
    };
    /// Files named after the deck that could not be read (why a lookup may have failed).
    std::vector<BrokenFile> brokenFiles;
};

/// True when `id` can name a file next to a session: letters, digits, '.', '-' and '_', not
/// starting with '.' (so no folder separators and no ".."), at most 200 characters. Other
/// ids are still matched among `knownDeckFiles`, never joined into a path.
bool isSafeDeckId(const QString &id);

DeckLookup findDeck(const DeckRef &ref, const QString &sessionFileName,
                    const QStringList &knownDeckFiles);

/// The reference a session stores for a deck.
DeckRef deckRefOf(const Deck &deck);

} // namespace nwk
