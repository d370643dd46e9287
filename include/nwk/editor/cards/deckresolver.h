// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the deck a session names, worded for the editor. The lookup itself (and
// kBuiltinDeckId, deckRefOf) is in core: nwk/core/deckresolver.h.
#pragma once

#include "nwk/core/deckresolver.h"
#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QString>
#include <QStringList>

namespace nwk {

/// findDeck() with a user-visible reason for a fallback.
struct ResolvedDeck {
    Deck deck;
    QString path;    ///< the deck file used; empty for a built-in deck
    QString problem; ///< user-visible reason for a fallback; empty when all is well
};

ResolvedDeck resolveDeck(const DeckRef &ref, const QString &sessionFileName,
                         const QStringList &knownDeckFiles);

/// "“<path>” cannot be used as a deck:" and one "<path>: <diagnostic>" line each.
QString deckErrorText(const QString &path, const Diagnostics &diagnostics);

} // namespace nwk
