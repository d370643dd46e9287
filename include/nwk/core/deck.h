// SPDX-License-Identifier: GPL-3.0-or-later
// A conversation-card deck: data, loaded through core/io (deckio.h).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nwk {

struct DeckQuestion {
    QString id; ///< stable within the deck, e.g. "betekenis.h1", "betekenis.s2"
    QString text;
    bool operator==(const DeckQuestion &) const = default;
};

/// Subquestions under an optional sub-heading ("Tijd", "Ruimte", ...).
struct DeckQuestionGroup {
    QString heading; ///< empty when the card has no sub-headings
    std::vector<DeckQuestion> questions;
    bool operator==(const DeckQuestionGroup &) const = default;
};

struct DeckCard {
    QString id;    ///< e.g. "betekenisonderhandeling"
    int phase = 1; ///< 1..3
    QString theme;
    QStringList explanation; ///< paragraphs of the "Toelichting"
    std::vector<DeckQuestion> mainQuestions;
    std::vector<DeckQuestionGroup> subquestions;
    QString reportSection; ///< id of a DeckReportSection this card feeds
    bool operator==(const DeckCard &) const = default;
};

struct DeckProtocolStep {
    QString id;
    QString text;
    QStringList details;
    bool operator==(const DeckProtocolStep &) const = default;
};

struct DeckReportSection {
    QString id;    ///< e.g. "wat", "wie", "waarom", "hoe", "waartoe"
    QString title; ///< e.g. "Conceptualisering: wat?"
    bool operator==(const DeckReportSection &) const = default;
};

struct Deck {
    QString id;
    QString version;
    QString language; ///< "nl" or "en"
    QString title;
    QStringList phaseTitles; ///< index 0 = phase 1
    std::vector<DeckCard> cards;
    std::vector<DeckProtocolStep> protocolSteps;
    QStringList flap1Instructions;
    std::vector<DeckQuestion> closingQuestions;
    std::vector<DeckQuestion> memberCheckQuestions;
    std::vector<DeckReportSection> reportSections;
    bool operator==(const Deck &) const = default;

    const DeckCard *card(const QString &cardId) const;
    /// The text of a card's main or sub question, a closing or a member-check question;
    /// empty when no question has `questionId`.
    QString questionText(const QString &questionId) const;
};

} // namespace nwk
