// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter window follows the facilitator and never shows notes, quotes or
// memos; decks: the English deck, a deck file of one's own, a broken deck file.
#include "cardsfixture.h"
#include "nwk/editor/cards/deckresolver.h"
#include "nwk/editor/changevalue.h"
#include "textrecorder.h"

#include <QImage>
#include <QSettings>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("The presenter follows navigation and shows no notes", "[presenter]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    PresenterWindow *presenter = c.group->presenter();
    CHECK_FALSE(presenter->isVisible());
    c.group->togglePresenter->trigger(); // F5
    REQUIRE(presenter->isVisible());
    w.window.activateWindow();

    auto *theme = presenter->findChild<QLabel *>(QStringLiteral("presenterTheme"));
    REQUIRE(theme);
    CHECK(theme->text() == deck.cards[0].theme);
    CHECK(c.presenterTexts()
              .join(QLatin1Char('\n'))
              .contains(deck.cards[0].mainQuestions[0].text.toHtmlEscaped()));

    const QString secretNote = QStringLiteral("GEHEIME-NOTITIE");
    const QString secretQuote = QStringLiteral("GEHEIM-CITAAT");
    const QString secretMemo = QStringLiteral("GEHEIME-MEMO");
    c.group->nextQuestion->trigger();
    QTest::keyClicks(QApplication::focusWidget(), secretNote);
    c.group->addQuote->trigger();
    QTest::keyClicks(QApplication::focusWidget(), secretQuote);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    c.group->newMemo->trigger();
    QTest::keyClicks(QApplication::focusWidget(), secretMemo);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(w.doc().session().memos.size() == 1);
    REQUIRE(w.doc().session().cards.front().quotes.size() == 1);

    c.group->nextCard->trigger();
    CHECK(theme->text() == deck.cards[1].theme);
    CHECK(c.presenterTexts()
              .join(QLatin1Char('\n'))
              .contains(deck.cards[1].subquestions[0].questions[0].text.toHtmlEscaped()));
    c.group->previousCard->trigger();
    CHECK(theme->text() == deck.cards[0].theme);

    const QString all = c.presenterTexts().join(QLatin1Char('\n'));
    CHECK_FALSE(all.contains(secretNote));
    CHECK_FALSE(all.contains(secretQuote));
    CHECK_FALSE(all.contains(secretMemo));

    // The map beside the card: the live session, drawn (not blank).
    presenter->setMode(PresenterWindow::Mode::CardAndMap);
    auto *map = presenter->findChild<QWidget *>(QStringLiteral("presenterMap"));
    REQUIRE(map);
    CHECK(map->isVisible());
    // What it draws names every placed partner (the first word of its label: long labels
    // wrap), not only the school's disc.
    const auto drawnWords = [map] {
        TextRecorder recorder(map->size());
        map->render(&recorder);
        QStringList words;
        for (const DrawnText &t : recorder.texts())
            words << t.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return words;
    };
    const QStringList words = drawnWords();
    int placed = 0;
    for (const Partner &p : w.doc().session().partners) {
        if (!p.placement)
            continue;
        ++placed;
        INFO(p.label.toStdString());
        CHECK(words.contains(p.label.split(QLatin1Char(' ')).first()));
    }
    CHECK(placed >= 3);
    // ... of the live session: a partner renamed in the editor is drawn with its new name.
    QString renamed;
    for (const Partner &p : w.doc().session().partners)
        if (p.placement)
            renamed = p.id;
    w.stack().push(new ChangeValue<PartnerField<&Partner::label>>(
        &w.doc(), renamed, QStringLiteral("Zwembadvereniging"), QStringLiteral("Rename")));
    QCoreApplication::processEvents();
    CHECK(drawnWords().contains(QStringLiteral("Zwembadvereniging")));

    // Keys in the presenter window (a remote clicker) move the cards too.
    QTest::keyClick(presenter, Qt::Key_PageDown);
    CHECK(c.theme() == deck.cards[1].theme);
    QTest::keyClick(presenter, Qt::Key_Escape);
    CHECK_FALSE(presenter->isVisible());
}

TEST_CASE("A presenter opened after its card changed sizes the card as one open all along",
          "[presenter]")
{
    // The presenter sizes its text only while shown (at the start it is hidden, and
    // measuring it then slowed the editor's start); opening it must size it all the same.
    SessionDocument doc;
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    const DeckCard &card = deck.cards[1];
    PresenterWindow open(&doc);
    open.show();
    open.setCard(card, QStringLiteral("Fase"), 2, static_cast<int>(deck.cards.size()));
    PresenterWindow opened(&doc);
    opened.setCard(deck.cards[0], QStringLiteral("Fase"), 1, static_cast<int>(deck.cards.size()));
    opened.setHighContrast(false);
    opened.setCard(card, QStringLiteral("Fase"), 2, static_cast<int>(deck.cards.size()));
    opened.show();
    for (const char *name : {"presenterPhase", "presenterTheme", "presenterMain", "presenterSub"}) {
        INFO(name);
        const auto *a = open.findChild<QLabel *>(QString::fromLatin1(name));
        const auto *b = opened.findChild<QLabel *>(QString::fromLatin1(name));
        REQUIRE(a);
        REQUIRE(b);
        CHECK(b->font().pixelSize() > 0); // sized, not the application's font in points
        CHECK(b->font().pixelSize() == a->font().pixelSize());
        CHECK(b->font().bold() == a->font().bold());
    }
}

TEST_CASE("A broken deck file gives its located error and the built-in deck stays", "[deck]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    const QString broken = file.dir.filePath(QStringLiteral("mijn-kaarten.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "{\n  \"format\": \"netwerkkaart-deck\",\n  \"schemaVersion\": 1,\n  \"cards\": [\n");
    }
    const DeckReadResult read = readDeckFile(broken);
    REQUIRE_FALSE(read.deck);
    REQUIRE_FALSE(read.diagnostics.empty());

    const int steps = w.stack().count();
    CHECK_FALSE(c.group->openDeckFile(broken));
    const QString message = c.find<QLabel>(QStringLiteral("deckMessage"))->text();
    CHECK(c.find<QLabel>(QStringLiteral("deckMessage"))->isVisible());
    CHECK(message.contains(QDir::toNativeSeparators(broken)));
    CHECK(message.contains(read.diagnostics.front().toString()));
    CHECK(w.stack().count() == steps);
    CHECK(w.doc().session().deck.id == QStringLiteral("sono-collectief-leren"));
    CHECK(c.theme() == QStringLiteral("Betekenisonderhandeling"));
    CHECK(c.find<QComboBox>(QStringLiteral("cardCombo"))->count() == 11);
}

TEST_CASE("Decks: English, a deck file of one's own, and a missing deck", "[deck]")
{
    SessionFile file(focusGroupSession());
    const Deck english = builtinDeck(QStringLiteral("en"));
    {
        Window w(file.path);
        Cards c(w.window);
        // A note on card 1 survives the change of language (same ids).
        c.group->nextQuestion->trigger();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("notitie"));
        c.group->englishDeck->trigger();
        CHECK(w.doc().session().deck.language == QStringLiteral("en"));
        CHECK(c.theme() == english.cards[0].theme);
        CHECK(c.note(english.cards[0].mainQuestions[0].id)->toPlainText() ==
              QStringLiteral("notitie"));
        w.stack().undo();
        CHECK(w.doc().session().deck.language == QStringLiteral("nl"));
        CHECK(c.theme() == QStringLiteral("Betekenisonderhandeling"));

        // A deck of one's own, stored next to the session.
        Deck own = builtinDeck(QStringLiteral("nl"));
        own.id = QStringLiteral("eigen-kaarten");
        own.title = QStringLiteral("Eigen kaarten");
        own.cards[0].theme = QStringLiteral("Kennismaking");
        const QString ownPath = file.dir.filePath(QStringLiteral("eigen-kaarten.nl.json"));
        {
            QFile f(ownPath);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(serializeDeck(own));
        }
        const int steps = w.stack().index();
        REQUIRE(c.group->openDeckFile(ownPath));
        CHECK(w.stack().index() == steps + 1);
        CHECK(w.doc().session().deck.id == QStringLiteral("eigen-kaarten"));
        CHECK(c.theme() == QStringLiteral("Kennismaking"));
        CHECK_FALSE(c.find<QLabel>(QStringLiteral("deckMessage"))->isVisible());
        REQUIRE(w.window.save());
    }
    {
        // Reopened: the deck is found next to the session by its id.
        QSettings().remove(QStringLiteral("focusGroup/deckFiles"));
        Window w(file.path);
        Cards c(w.window);
        CHECK(c.theme() == QStringLiteral("Kennismaking"));
    }
    {
        // Gone: the built-in deck, and the panel says why.
        QFile::remove(file.dir.filePath(QStringLiteral("eigen-kaarten.nl.json")));
        Window w(file.path);
        Cards c(w.window);
        CHECK(c.theme() == QStringLiteral("Betekenisonderhandeling"));
        auto *message = c.find<QLabel>(QStringLiteral("deckMessage"));
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("eigen-kaarten")));
    }
}

TEST_CASE("Save and Undo keys work while the presenter is the active window", "[presenter]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    PresenterWindow *presenter = c.group->presenter();
    c.group->togglePresenter->trigger(); // F5
    REQUIRE(presenter->isVisible());
    const QString label = w.doc().session().partners.front().label;
    REQUIRE(w.doc().push(new ChangeValue<PartnerField<&Partner::label>>(
        &w.doc(), w.doc().session().partners.front().id, QStringLiteral("Renamed"),
        QStringLiteral("Rename"))));
    REQUIRE(w.doc().isModified());

    QApplication::setActiveWindow(presenter); // the facilitator clicked on it
    REQUIRE(QApplication::activeWindow() == presenter);
    QTest::keyClick(presenter, Qt::Key_Z, Qt::ControlModifier); // undo
    CHECK(w.doc().session().partners.front().label == label);
    QTest::keyClick(presenter, Qt::Key_Y, Qt::ControlModifier); // redo
    CHECK(w.doc().session().partners.front().label == QStringLiteral("Renamed"));
    QTest::keyClick(presenter, Qt::Key_S, Qt::ControlModifier); // save
    CHECK_FALSE(w.doc().isModified());
    CHECK(file.read().partners.front().label == QStringLiteral("Renamed"));
    // The presenter's own keys still work: the next card.
    const int card = c.group->currentCardIndex();
    QTest::keyClick(presenter, Qt::Key_PageDown);
    CHECK(c.group->currentCardIndex() == card + 1);
    presenter->hide();
}
