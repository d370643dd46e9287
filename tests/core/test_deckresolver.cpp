// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a session's deck: built in, next to the session file, among known deck files.
#include "nwk/core/deckresolver.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace nwk;

namespace {

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Deck ownDeck(const QString &language)
{
    Deck deck = builtinDeck(language);
    deck.id = QStringLiteral("eigen-set");
    deck.title = QStringLiteral("Eigen set ") + language;
    return deck;
}

} // namespace

TEST_CASE("findDeck gives the built-in deck for the study's id", "[deckresolver]")
{
    const DeckLookup nl =
        findDeck({kBuiltinDeckId, QStringLiteral("1"), QStringLiteral("nl")}, QString(), {});
    CHECK(nl.found);
    CHECK(nl.path.isEmpty());
    CHECK(nl.deck == builtinDeck(QStringLiteral("nl")));
    const DeckLookup en =
        findDeck({kBuiltinDeckId, QStringLiteral("1"), QStringLiteral("en")}, QString(), {});
    CHECK(en.deck.language == QLatin1String("en"));
    CHECK(deckRefOf(en.deck).id == kBuiltinDeckId);
}

TEST_CASE("findDeck looks next to the session, then among known files", "[deckresolver]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("school.nwk"));
    const DeckRef ref{QStringLiteral("eigen-set"), QStringLiteral("1"), QStringLiteral("en")};

    // Not there: the built-in deck in the asked language, and found is false.
    DeckLookup none = findDeck(ref, session, {});
    CHECK_FALSE(none.found);
    CHECK(none.deck == builtinDeck(QStringLiteral("en")));

    // A known file elsewhere with the right id and language.
    QDir(dir.path()).mkdir(QStringLiteral("elsewhere"));
    const QString known = dir.filePath(QStringLiteral("elsewhere/mijn-set.json"));
    REQUIRE(writeBytes(known, serializeDeck(ownDeck(QStringLiteral("en")))));
    const DeckLookup fromKnown = findDeck(ref, session, {known});
    CHECK(fromKnown.found);
    CHECK(fromKnown.path == QFileInfo(known).absoluteFilePath());
    CHECK(fromKnown.deck.title == QLatin1String("Eigen set en"));
    // The wrong language does not count.
    CHECK_FALSE(findDeck({ref.id, ref.version, QStringLiteral("nl")}, session, {known}).found);

    // Next to the session file wins over the known files.
    const QString beside = dir.filePath(QStringLiteral("eigen-set.en.json"));
    Deck besideDeck = ownDeck(QStringLiteral("en"));
    besideDeck.title = QStringLiteral("beside");
    REQUIRE(writeBytes(beside, serializeDeck(besideDeck)));
    const DeckLookup next = findDeck(ref, session, {known});
    CHECK(next.found);
    CHECK(next.deck.title == QLatin1String("beside"));
}

TEST_CASE("findDeck reports a broken file named after the deck", "[deckresolver]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("school.nwk"));
    const QString broken = dir.filePath(QStringLiteral("eigen-set.json"));
    REQUIRE(writeBytes(broken, "{\"format\": \"netwerkkaart-deck\", "));
    const DeckLookup r =
        findDeck({QStringLiteral("eigen-set"), QString(), QStringLiteral("nl")}, session, {});
    CHECK_FALSE(r.found);
    REQUIRE(r.brokenFiles.size() == 1);
    CHECK(r.brokenFiles.front().path == broken);
    CHECK_FALSE(r.brokenFiles.front().diagnostics.empty());
    CHECK(r.deck == builtinDeck(QStringLiteral("nl")));
}
