// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in card deck (resources/decks) checked against the verbatim study
// protocol (tests/data/protocol-nl.md, a copy of the Dutch source text).
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

using namespace nwk;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QByteArray readBytes(const QString &fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList protocolLines()
{
    const QString text =
        QString::fromUtf8(readBytes(QStringLiteral(NWK_TEST_DATA "/protocol-nl.md")));
    return text.split(QLatin1Char('\n'));
}

/// Every line of the protocol, trimmed, plus the same line without its list
/// marker ("- " or "1. "): a deck text is verbatim when it equals one of these.
QSet<QString> verbatimLines()
{
    static const QRegularExpression marker(QStringLiteral("^(- |\\d+\\. )"));
    QSet<QString> result;
    for (const QString &raw : protocolLines()) {
        const QString line = raw.trimmed();
        result.insert(line);
        QString stripped = line;
        stripped.remove(marker);
        result.insert(stripped);
    }
    return result;
}

std::vector<DeckQuestion> subquestionsOf(const DeckCard &card)
{
    std::vector<DeckQuestion> result;
    for (const auto &group : card.subquestions)
        result.insert(result.end(), group.questions.begin(), group.questions.end());
    return result;
}

/// One card as written in the protocol's "Gespreksleidraad" section.
struct ProtocolCard {
    QString theme;
    int phase = 0;
    QStringList explanation;
    QStringList mainQuestions;
    std::vector<std::pair<QString, QStringList>> groups; ///< heading, bullets
};

/// Parses the card section of protocol-nl.md independently of the deck.
std::vector<ProtocolCard> protocolCards()
{
    static const QRegularExpression theme(QStringLiteral("^### Thema: (.+)$"));
    static const QRegularExpression phase(QStringLiteral("^#### Toelichting in fase (\\d):$"));
    static const QRegularExpression mainLabel(QStringLiteral("^#### Hoofdvra(ag|gen):$"));
    static const QRegularExpression heading(QStringLiteral("^##### (.+):$"));
    enum class Mode { None, Explanation, Main, Sub } mode = Mode::None;
    std::vector<ProtocolCard> cards;
    bool inSection = false;
    for (const QString &line : protocolLines()) {
        if (line.startsWith(QLatin1String("## "))) {
            inSection = line.startsWith(QLatin1String("## Gespreksleidraad"));
            continue;
        }
        if (!inSection || line.trimmed().isEmpty())
            continue;
        QRegularExpressionMatch m;
        if ((m = theme.match(line)).hasMatch()) {
            cards.push_back({});
            cards.back().theme = m.captured(1);
            mode = Mode::None;
        } else if ((m = phase.match(line)).hasMatch()) {
            cards.back().phase = m.captured(1).toInt();
            mode = Mode::Explanation;
        } else if (mainLabel.match(line).hasMatch()) {
            mode = Mode::Main;
        } else if (line == QLatin1String("#### Subvragen:")) {
            mode = Mode::Sub;
        } else if ((m = heading.match(line)).hasMatch()) {
            cards.back().groups.push_back({m.captured(1), {}});
        } else {
            REQUIRE(!cards.empty());
            QString text = line;
            if (text.startsWith(QLatin1String("- ")))
                text = text.mid(2);
            if (mode == Mode::Explanation) {
                cards.back().explanation << text;
            } else if (mode == Mode::Main) {
                cards.back().mainQuestions << text;
            } else {
                REQUIRE(mode == Mode::Sub);
                REQUIRE(line.startsWith(QLatin1String("- ")));
                if (cards.back().groups.empty())
                    cards.back().groups.push_back({QString(), {}});
                cards.back().groups.back().second << text;
            }
        }
    }
    return cards;
}

} // namespace

TEST_CASE("the built-in Dutch deck has the study's cards, phases and questions")
{
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    CHECK(s(deck.id) == "sono-collectief-leren");
    CHECK(s(deck.language) == "nl");
    CHECK_FALSE(deck.title.isEmpty());
    CHECK(deck.phaseTitles == QStringList({QStringLiteral("Fase 1"), QStringLiteral("Fase 2"),
                                           QStringLiteral("Fase 3")}));

    REQUIRE(deck.cards.size() == 11);
    int perPhase[4] = {0, 0, 0, 0};
    int mainCount = 0;
    int subCount = 0;
    QSet<QString> ids;
    for (const DeckCard &card : deck.cards) {
        INFO("card " << s(card.id));
        REQUIRE(card.phase >= 1);
        REQUIRE(card.phase <= 3);
        ++perPhase[card.phase];
        CHECK_FALSE(card.explanation.isEmpty());
        CHECK_FALSE(card.mainQuestions.empty());
        CHECK_FALSE(ids.contains(card.id));
        ids.insert(card.id);
        for (std::size_t i = 0; i < card.mainQuestions.size(); ++i) {
            CHECK(s(card.mainQuestions[i].id) == s(card.id) + ".h" + std::to_string(i + 1));
            ++mainCount;
        }
        const auto subs = subquestionsOf(card);
        for (std::size_t i = 0; i < subs.size(); ++i) {
            CHECK(s(subs[i].id) == s(card.id) + ".s" + std::to_string(i + 1));
            ++subCount;
        }
    }
    CHECK(perPhase[1] == 2);
    CHECK(perPhase[2] == 5);
    CHECK(perPhase[3] == 4);
    CHECK(mainCount == 12);
    CHECK(subCount == 76);

    const DeckCard *first = deck.card(QStringLiteral("betekenisonderhandeling"));
    REQUIRE(first);
    CHECK(first->mainQuestions.size() == 2);
    const DeckCard *goal = deck.card(QStringLiteral("doelgerichtheid"));
    REQUIRE(goal);
    REQUIRE(goal->mainQuestions.size() == 1);
    CHECK(s(goal->mainQuestions[0].text) ==
          "Wat is het samenwerkingsthema? Groeit dit uit tot een leerdoel?");

    const DeckCard *conditions = deck.card(QStringLiteral("organisatorische-condities"));
    REQUIRE(conditions);
    REQUIRE(conditions->subquestions.size() == 3);
    CHECK(s(conditions->subquestions[0].heading) == "Tijd");
    CHECK(conditions->subquestions[0].questions.size() == 5);
    CHECK(s(conditions->subquestions[1].heading) == "Ruimte");
    CHECK(conditions->subquestions[1].questions.size() == 3);
    CHECK(s(conditions->subquestions[2].heading) == "Middelen of hulpbronnen");
    CHECK(conditions->subquestions[2].questions.size() == 1);
    const DeckCard *learning = deck.card(QStringLiteral("leren"));
    REQUIRE(learning);
    REQUIRE(learning->subquestions.size() == 2);
    CHECK(s(learning->subquestions[0].heading) == "Leercultuur");
    CHECK(learning->subquestions[0].questions.size() == 5);
    CHECK(s(learning->subquestions[1].heading) == "Leeruitkomsten");
    CHECK(learning->subquestions[1].questions.size() == 5);
    for (const DeckCard &card : deck.cards) {
        if (&card == conditions || &card == learning)
            continue;
        INFO("card " << s(card.id));
        REQUIRE(card.subquestions.size() == 1);
        CHECK(card.subquestions[0].heading.isEmpty());
    }

    REQUIRE(deck.protocolSteps.size() == 8);
    for (std::size_t i = 0; i < deck.protocolSteps.size(); ++i)
        CHECK(s(deck.protocolSteps[i].id) == "stap" + std::to_string(i + 1));
    CHECK_FALSE(deck.flap1Instructions.isEmpty());
    REQUIRE(deck.closingQuestions.size() == 3);
    REQUIRE(deck.memberCheckQuestions.size() == 4);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(s(deck.closingQuestions[i].id) == "afronding" + std::to_string(i + 1));
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(s(deck.memberCheckQuestions[i].id) == "membercheck" + std::to_string(i + 1));

    REQUIRE(deck.reportSections.size() == 5);
    const char *sectionIds[] = {"wat", "wie", "waarom", "hoe", "waartoe"};
    QSet<QString> sections;
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(s(deck.reportSections[i].id) == sectionIds[i]);
        sections.insert(deck.reportSections[i].id);
    }
    CHECK(s(deck.reportSections[3].title) == "Randvoorwaarden: hoe?");
    for (const DeckCard &card : deck.cards) {
        INFO("card " << s(card.id) << " feeds " << s(card.reportSection));
        CHECK(sections.contains(card.reportSection));
    }
}

TEST_CASE("every text of the Dutch deck is verbatim from the protocol")
{
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    REQUIRE(deck.cards.size() == 11);
    const QSet<QString> lines = verbatimLines();
    auto checkVerbatim = [&lines](const QString &text) {
        INFO(s(text));
        CHECK_FALSE(text.isEmpty());
        CHECK(lines.contains(text));
    };
    for (const DeckCard &card : deck.cards) {
        for (const QString &paragraph : card.explanation)
            checkVerbatim(paragraph);
        for (const DeckQuestion &q : card.mainQuestions)
            checkVerbatim(q.text);
        for (const DeckQuestion &q : subquestionsOf(card))
            checkVerbatim(q.text);
    }
    for (const DeckQuestion &q : deck.closingQuestions)
        checkVerbatim(q.text);
    for (const DeckQuestion &q : deck.memberCheckQuestions)
        checkVerbatim(q.text);
    for (const DeckProtocolStep &step : deck.protocolSteps) {
        checkVerbatim(step.text);
        if (step.id != QLatin1String("stap5")) // step 5 summarises the phase table
            for (const QString &detail : step.details)
                checkVerbatim(detail);
    }
    static const QRegularExpression nesting(QStringLiteral("^(– )+"));
    for (QString line : deck.flap1Instructions)
        checkVerbatim(line.remove(nesting));
    CHECK(deck.flap1Instructions.contains(QStringLiteral("– – Geel = leerkracht")));
}

TEST_CASE("the Dutch deck holds every card of the protocol, nothing dropped")
{
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    const std::vector<ProtocolCard> protocol = protocolCards();
    REQUIRE(protocol.size() == 11);
    REQUIRE(deck.cards.size() == protocol.size());

    QSet<QString> deckSubquestions;
    for (const DeckCard &card : deck.cards)
        for (const DeckQuestion &q : subquestionsOf(card))
            deckSubquestions.insert(q.text);
    int bullets = 0;
    for (const ProtocolCard &expected : protocol)
        for (const auto &group : expected.groups)
            for (const QString &bullet : group.second) {
                INFO(s(bullet));
                CHECK(deckSubquestions.contains(bullet));
                ++bullets;
            }
    CHECK(bullets == 76);

    for (std::size_t i = 0; i < protocol.size(); ++i) {
        const ProtocolCard &expected = protocol[i];
        const DeckCard &card = deck.cards[i];
        INFO("protocol card " << s(expected.theme));
        CHECK(s(card.theme) == s(expected.theme));
        CHECK(card.phase == expected.phase);
        CHECK(card.explanation == expected.explanation);
        QStringList mains;
        for (const DeckQuestion &q : card.mainQuestions)
            mains << q.text;
        CHECK(mains == expected.mainQuestions);
        REQUIRE(card.subquestions.size() == expected.groups.size());
        for (std::size_t g = 0; g < expected.groups.size(); ++g) {
            CHECK(s(card.subquestions[g].heading) == s(expected.groups[g].first));
            QStringList texts;
            for (const DeckQuestion &q : card.subquestions[g].questions)
                texts << q.text;
            CHECK(texts == expected.groups[g].second);
        }
    }
    // The Win-win lead-in and its paragraph of hoe-questions belong to the explanation.
    const DeckCard *winWin = deck.card(QStringLiteral("win-win"));
    REQUIRE(winWin);
    REQUIRE(winWin->explanation.size() == 3);
    CHECK(winWin->explanation[2].startsWith(QLatin1String("Hoe werken we samen")));
}

TEST_CASE("the English deck mirrors the Dutch deck's ids and structure")
{
    const Deck nl = builtinDeck(QStringLiteral("nl"));
    const Deck en = builtinDeck(QStringLiteral("en"));
    CHECK(s(en.language) == "en");
    CHECK(s(en.id) == s(nl.id));
    CHECK(s(en.version) == s(nl.version));
    CHECK_FALSE(en.title.isEmpty());
    CHECK(en.title != nl.title);
    CHECK(en.phaseTitles.size() == nl.phaseTitles.size());

    auto sameQuestions = [](const std::vector<DeckQuestion> &a,
                            const std::vector<DeckQuestion> &b) {
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(s(a[i].id) == s(b[i].id));
            CHECK_FALSE(a[i].text.trimmed().isEmpty());
            CHECK(a[i].text != b[i].text);
        }
    };
    REQUIRE(en.cards.size() == nl.cards.size());
    for (std::size_t i = 0; i < nl.cards.size(); ++i) {
        const DeckCard &e = en.cards[i];
        const DeckCard &n = nl.cards[i];
        INFO("card " << s(n.id));
        CHECK(s(e.id) == s(n.id));
        CHECK(e.phase == n.phase);
        CHECK(s(e.reportSection) == s(n.reportSection));
        CHECK_FALSE(e.theme.isEmpty());
        REQUIRE(e.explanation.size() == n.explanation.size());
        for (const QString &paragraph : e.explanation)
            CHECK_FALSE(paragraph.trimmed().isEmpty());
        sameQuestions(e.mainQuestions, n.mainQuestions);
        REQUIRE(e.subquestions.size() == n.subquestions.size());
        for (std::size_t g = 0; g < n.subquestions.size(); ++g) {
            CHECK(e.subquestions[g].heading.isEmpty() == n.subquestions[g].heading.isEmpty());
            sameQuestions(e.subquestions[g].questions, n.subquestions[g].questions);
        }
    }
    REQUIRE(en.protocolSteps.size() == nl.protocolSteps.size());
    for (std::size_t i = 0; i < nl.protocolSteps.size(); ++i) {
        CHECK(s(en.protocolSteps[i].id) == s(nl.protocolSteps[i].id));
        CHECK_FALSE(en.protocolSteps[i].text.isEmpty());
        CHECK(en.protocolSteps[i].details.size() == nl.protocolSteps[i].details.size());
        for (const QString &detail : en.protocolSteps[i].details)
            CHECK_FALSE(detail.trimmed().isEmpty());
    }
    CHECK(en.flap1Instructions.size() == nl.flap1Instructions.size());
    for (const QString &line : en.flap1Instructions)
        CHECK_FALSE(line.trimmed().isEmpty());
    sameQuestions(en.closingQuestions, nl.closingQuestions);
    sameQuestions(en.memberCheckQuestions, nl.memberCheckQuestions);
    REQUIRE(en.reportSections.size() == nl.reportSections.size());
    for (std::size_t i = 0; i < nl.reportSections.size(); ++i) {
        CHECK(s(en.reportSections[i].id) == s(nl.reportSections[i].id));
        CHECK_FALSE(en.reportSections[i].title.isEmpty());
    }
    CHECK(s(en.reportSections[4].title) == "Value-creation stories: what for?");
}

TEST_CASE("the compiled-in decks are the files in resources/decks, read without complaint")
{
    for (const char *language : {"nl", "en"}) {
        INFO("language " << language);
        const QString fileName = QStringLiteral(NWK_SOURCE_DIR "/resources/decks/"
                                                               "sono-collectief-leren.%1.json")
                                     .arg(QLatin1String(language));
        const DeckReadResult result = parseDeck(readBytes(fileName));
        for (const Diagnostic &d : result.diagnostics)
            UNSCOPED_INFO(s(d.toString()));
        CHECK(result.diagnostics.empty());
        REQUIRE(result.deck.has_value());
        CHECK(*result.deck == builtinDeck(QLatin1String(language)));
    }
    CHECK(builtinDeck(QStringLiteral("xx")) == builtinDeck(QStringLiteral("nl")));
}
