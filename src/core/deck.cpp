// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/deck.h"

#include <algorithm>

namespace nwk {

const DeckCard *Deck::card(const QString &cardId) const
{
    auto it =
        std::find_if(cards.begin(), cards.end(), [&](const DeckCard &c) { return c.id == cardId; });
    return it == cards.end() ? nullptr : &*it;
}

} // namespace nwk
