// SPDX-License-Identifier: GPL-3.0-or-later
// Deck files: round trip, located errors, the built-in decks.
#include <catch2/catch.hpp>

#include "nwk/core/sessionio.h"

#include <QFile>
#include <QTemporaryDir>

using namespace nwk;

namespace {

QByteArray miniDeck()
{
    QFile f(QStringLiteral(NWK_TEST_DATA "/golden/mini-deck.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList all;
    for (const Diagnostic &d : diagnostics)
        all << d.toString();
    return all.join(QLatin1Char('\n'));
}

/// The mini deck with one text replaced; the replacement must happen.
QByteArray variant(const char *from, const char *to)
{
    QByteArray bytes = miniDeck();
    REQUIRE(bytes.contains(from));
    return bytes.replace(from, to);
}

void expectError(const QByteArray &bytes, const QString &fragment)
{
    const DeckReadResult r = parseDeck(bytes);
    INFO("expected: " << fragment.toStdString());
    INFO("got: " << describe(r.diagnostics).toStdString());
    CHECK_FALSE(r.deck.has_value());
    CHECK(describe(r.diagnostics).contains(fragment));
}

} // namespace

TEST_CASE("the mini deck is read with its values and written back byte for byte", "[deck]")
{
    const QByteArray bytes = miniDeck();
    const DeckReadResult r = parseDeck(bytes);
    INFO(describe(r.diagnostics).toStdString());
    REQUIRE(r.deck.has_value());
    CHECK(r.diagnostics.empty());
    const Deck &d = *r.deck;
    CHECK(d.id == QStringLiteral("mini"));
    CHECK(d.version == QStringLiteral("2"));
    CHECK(d.phaseTitles.size() == 3);
    REQUIRE(d.cards.size() == 2);
    CHECK(d.cards[1].phase == 3);
    CHECK(d.cards[0].explanation[1] == QStringLiteral("Tweede alinea met “aanhalingstekens”."));
    CHECK(d.cards[0].mainQuestions[1].id == QStringLiteral("betekenis.h2"));
    REQUIRE(d.cards[1].subquestions.size() == 2);
    CHECK(d.cards[1].subquestions[0].heading == QStringLiteral("Tijd"));
    CHECK(d.cards[1].subquestions[0].questions[1].text == QStringLiteral("Hoe lang?"));
    CHECK(d.card(QStringLiteral("condities")) == &d.cards[1]);
    CHECK(d.protocolSteps[0].details == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(d.closingQuestions[0].id == QStringLiteral("afronding1"));
    CHECK(d.memberCheckQuestions[0].id == QStringLiteral("membercheck1"));
    CHECK(d.reportSections[1].title == QStringLiteral("Actoreninventarisatie: wie?"));
    CHECK(serializeDeck(d).toStdString() == bytes.toStdString());
}

TEST_CASE("deck errors are located", "[deck]")
{
    expectError(QByteArray(), QStringLiteral("the file is empty"));
    expectError(miniDeck().left(300), QStringLiteral("line 17, column 28: invalid JSON"));
    expectError(
        variant("\"netwerkkaart-deck\"", "\"netwerkkaart-session\""),
        QStringLiteral("/format: expected \"netwerkkaart-deck\", found \"netwerkkaart-session\""));
    expectError(variant("\"schemaVersion\": 1", "\"schemaVersion\": 4"),
                QStringLiteral("/schemaVersion: the deck was written by a newer version of "
                               "Netwerkkaart (deck schema 4); this version reads up to 1"));
    expectError(variant("\"cards\": [", "\"cardz\": ["), QStringLiteral("/cards: missing"));
    expectError(variant("\"phase\": 3", "\"phase\": 4"),
                QStringLiteral("/cards/1/phase: 4 is outside 1..3"));
    expectError(variant("\"phase\": 1", "\"phase\": \"1\""),
                QStringLiteral("/cards/0/phase: expected an integer, found a string"));
    expectError(
        variant("\"id\": \"condities\"", "\"id\": \"betekenis\""),
        QStringLiteral("/cards/1/id: duplicate id \"betekenis\" (also used at /cards/0/id)"));
    expectError(
        variant("\"condities.s3\"", "\"betekenis.h1\""),
        QStringLiteral("/cards/1/subquestions/1/questions/0/id: duplicate id \"betekenis.h1\""));
    expectError(variant("\"theme\": \"Organisatorische condities\"", "\"theme\": \" \""),
                QStringLiteral("/cards/1/theme: empty theme"));
    expectError(variant("\"reportSection\": \"wat\"", "\"reportSection\": \"waarom\""),
                QStringLiteral("/cards/0/reportSection: unknown report section \"waarom\""));
    expectError(variant("\"id\": \"stap2\"", "\"id\": \"\""),
                QStringLiteral("/protocolSteps/1/id: empty id"));
    expectError(variant("\"id\": \"mini\"", "\"id\": 5"), QStringLiteral("/id: expected a string"));

    QByteArray noCards = miniDeck();
    const qsizetype start = noCards.indexOf("\"cards\": [");
    const qsizetype end = noCards.indexOf("\"protocolSteps\"");
    noCards.replace(start, end - start, "\"cards\": [],\n  ");
    expectError(noCards, QStringLiteral("/cards: a deck needs at least one card"));
}

TEST_CASE("unknown deck keys are ignored with a warning", "[deck]")
{
    const DeckReadResult r =
        parseDeck(variant("\"phase\": 3,", "\"phase\": 3, \"colour\": \"red\","));
    REQUIRE(r.deck.has_value());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Diagnostic::Severity::Warning);
    CHECK(r.diagnostics[0].toString() ==
          QStringLiteral("/cards/1/colour: warning: unknown key ignored"));
}

TEST_CASE("readDeckFile reports a missing file", "[deck]")
{
    QTemporaryDir dir;
    const DeckReadResult r = readDeckFile(dir.filePath(QStringLiteral("none.json")));
    CHECK_FALSE(r.deck);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.contains(QStringLiteral("does not exist")));
    CHECK(readDeckFile(QStringLiteral(NWK_TEST_DATA "/golden/mini-deck.json")).deck.has_value());
}

TEST_CASE("builtinDeck loads the study deck in Dutch, English, and falls back to Dutch", "[deck]")
{
    const Deck nl = builtinDeck(QStringLiteral("nl"));
    CHECK(nl.id == QStringLiteral("sono-collectief-leren"));
    CHECK(nl.language == QStringLiteral("nl"));
    CHECK(nl.cards.size() == 11);
    const Deck en = builtinDeck(QStringLiteral("en"));
    CHECK(en.language == QStringLiteral("en"));
    CHECK(en.cards.size() == 11);
    CHECK(builtinDeck(QStringLiteral("fr")) == nl);
    CHECK(builtinDeck(QStringLiteral("../x")) == nl);
}
