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

QString Deck::questionText(const QString &questionId) const
{
    if (questionId.isEmpty())
        return {};
    for (const DeckCard &c : cards) {
        for (const DeckQuestion &q : c.mainQuestions)
            if (q.id == questionId)
                return q.text;
        for (const DeckQuestionGroup &g : c.subquestions)
            for (const DeckQuestion &q : g.questions)
                if (q.id == questionId)
                    return q.text;
    }
    for (const auto *list : {&closingQuestions, &memberCheckQuestions})
        for (const DeckQuestion &q : *list)
            if (q.id == questionId)
                return q.text;
    return {};
}

} // namespace nwk
