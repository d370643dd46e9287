// SPDX-License-Identifier: GPL-3.0-or-later
// The live focus group as a facilitator runs it: walking the eleven cards with
// the keyboard, notes, quotes with their speaker, links to partners, memos, the
// session clock, and finding it all again after save and reopen.
#include "cardsfixture.h"
#include "nwk/editor/cards/partnerquotes.h"

using namespace nwk;
using namespace nwk::test;

namespace {
const CardProgress *progress(const Session &s, const QString &cardId)
{
    for (const CardProgress &c : s.cards)
        if (c.cardId == cardId)
            return &c;
    return nullptr;
}
} // namespace

TEST_CASE("A facilitator walks all cards with the keyboard and finds notes and quotes again",
          "[cards]")
{
    SessionFile file(focusGroupSession());
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    REQUIRE(deck.cards.size() == 11);
    const QString note1 = QStringLiteral("Samenwerken = samen doelen stellen");
    const QString quote1 = QStringLiteral("Het CLB is onze eerste partner");
    {
        Window w(file.path);
        Cards c(w.window);
        CHECK(c.theme() == deck.cards[0].theme);
        CHECK(c.group->deck().id == QStringLiteral("sono-collectief-leren"));

        // Start the clock (the audio recorded elsewhere): one undo step, the clock runs.
        const int steps = w.stack().count();
        c.group->startRecording->trigger();
        CHECK(w.stack().count() == steps + 1);
        CHECK_FALSE(w.doc().session().recordingStarted.isEmpty());
        const QLabel *clock = c.find<QLabel>(QStringLiteral("sessionClock"));
        CHECK(clock->text().startsWith(QStringLiteral("Clock 0:0")));
        // Every character of it is in the label's font (no box for a missing glyph).
        for (const char32_t ch : clock->text().toUcs4())
            CHECK(clock->fontMetrics().inFontUcs4(ch));

        // Next question focuses the first main question's notes; type a note.
        c.key(Qt::Key_Down, Qt::ControlModifier);
        const QString h1 = deck.cards[0].mainQuestions[0].id;
        REQUIRE(QApplication::focusWidget() == c.note(h1));
        QTest::keyClicks(QApplication::focusWidget(), note1);
        CHECK(w.stack().count() == steps + 2); // typing = one undo step
        // Alt+Down: the second main question; it becomes the quote's question.
        c.key(Qt::Key_Down, Qt::AltModifier);
        const QString h2 = deck.cards[0].mainQuestions[1].id;
        REQUIRE(QApplication::focusWidget() == c.note(h2));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Leren van elkaar"));
        CHECK(w.stack().count() == steps + 3);

        // Add a quote by P1 (zorgcoördinator).
        c.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        auto *quoteEdit = c.find<QLineEdit>(QStringLiteral("quoteEdit"));
        REQUIRE(QApplication::focusWidget() == quoteEdit);
        QTest::keyClicks(quoteEdit, quote1);
        auto *speaker = c.find<QComboBox>(QStringLiteral("quoteParticipant"));
        speaker->setCurrentIndex(speaker->findData(QStringLiteral("pt1")));
        QTest::keyClick(quoteEdit, Qt::Key_Return);
        auto *quotes = c.find<QListWidget>(QStringLiteral("cardQuotes"));
        REQUIRE(quotes->count() == 1);
        CHECK(quotes->item(0)->text().contains(
            QStringLiteral("\u201c%1\u201d (zorgcoördinator)").arg(quote1)));

        // Link the quote to the partner selected on the map.
        QTest::mouseClick(w.viewport(), Qt::LeftButton, {},
                          w.pixelOfPartner(QStringLiteral("pa1")));
        REQUIRE(w.scene().selectedPartnerIds() == QStringList{QStringLiteral("pa1")});
        quotes->setCurrentRow(0);
        QTest::mouseClick(c.find<QPushButton>(QStringLiteral("linkQuoteButton")), Qt::LeftButton);
        CHECK(quotes->item(0)->text().contains(QStringLiteral("\u2192 CLB")));

        // Walk the other ten cards: Ctrl+PgDown and Alt+Right.
        for (std::size_t i = 1; i < deck.cards.size(); ++i) {
            c.key(Qt::Key_PageDown, Qt::ControlModifier);
            CHECK(c.theme() == deck.cards[i].theme);
            CHECK(c.group->currentCardIndex() == static_cast<int>(i));
        }
        c.key(Qt::Key_PageDown, Qt::ControlModifier); // past the end: stays
        CHECK(c.theme() == deck.cards.back().theme);
        c.key(Qt::Key_Left, Qt::AltModifier);
        CHECK(c.theme() == deck.cards[9].theme);
        c.key(Qt::Key_PageUp, Qt::ControlModifier);
        CHECK(c.theme() == deck.cards[8].theme);
        c.key(Qt::Key_Right, Qt::AltModifier);
        c.key(Qt::Key_Right, Qt::AltModifier);
        CHECK(c.theme() == deck.cards[10].theme);

        // A memo: Ctrl+M, Alt+3 = emotion, Enter saves.
        c.key(Qt::Key_M, Qt::ControlModifier);
        auto *memoEdit = c.find<QLineEdit>(QStringLiteral("memoEdit"));
        REQUIRE(QApplication::focusWidget() == memoEdit);
        QTest::keyClick(memoEdit, Qt::Key_3, Qt::AltModifier);
        QTest::keyClicks(memoEdit, QStringLiteral("Lachen bij de kaart"));
        QTest::keyClick(memoEdit, Qt::Key_Return);
        CHECK_FALSE(memoEdit->isVisible());

        // Card 1 (notes and a quote) is done; the cards only passed through are not.
        const Session &s = w.doc().session();
        for (std::size_t i = 0; i < 10; ++i) {
            const CardProgress *p = progress(s, deck.cards[i].id);
            INFO(deck.cards[i].id.toStdString());
            REQUIRE(p);
            CHECK(p->status == (i == 0 ? CardStatus::Done : CardStatus::NotStarted));
            CHECK(p->startedMs >= 0);
            CHECK(p->endedMs >= p->startedMs);
        }
        REQUIRE(progress(s, deck.cards[10].id));
        CHECK(progress(s, deck.cards[10].id)->status == CardStatus::InProgress);
        REQUIRE(w.window.save());
    }

    // Reopen: the file and a fresh window show everything with its times.
    const Session saved = file.read();
    const CardProgress *first = progress(saved, deck.cards[0].id);
    REQUIRE(first);
    REQUIRE(first->notes.size() == 2);
    CHECK(first->notes[0].questionId == deck.cards[0].mainQuestions[0].id);
    CHECK(first->notes[0].text == note1);
    CHECK(first->notes[0].atMs >= 0);
    REQUIRE(first->quotes.size() == 1);
    const Quote &q = first->quotes[0];
    CHECK(q.text == quote1);
    CHECK(q.participantId == QStringLiteral("pt1"));
    CHECK(q.questionId == deck.cards[0].mainQuestions[1].id);
    CHECK(q.partnerIds == QStringList{QStringLiteral("pa1")});
    CHECK(q.atMs >= 0);
    REQUIRE(saved.memos.size() == 1);
    CHECK(saved.memos[0].kind == MemoKind::Emotion);
    CHECK(saved.memos[0].text == QStringLiteral("Lachen bij de kaart"));
    CHECK(saved.memos[0].atMs >= 0);
    CHECK(saved.deck.id == QStringLiteral("sono-collectief-leren"));

    const auto mentions = quotesForPartner(saved, QStringLiteral("pa1"));
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].speaker == QStringLiteral("zorgcoördinator"));

    Window again(file.path);
    Cards c(again.window);
    // The reopened session continues at the card in progress.
    CHECK(c.theme() == deck.cards[10].theme);
    for (int i = 0; i < 10; ++i)
        c.key(Qt::Key_PageUp, Qt::ControlModifier);
    REQUIRE(c.theme() == deck.cards[0].theme);
    CHECK(c.note(deck.cards[0].mainQuestions[0].id)->toPlainText() == note1);
    auto *quotes = c.find<QListWidget>(QStringLiteral("cardQuotes"));
    REQUIRE(quotes->count() == 1);
    CHECK(quotes->item(0)->text().contains(QStringLiteral("(zorgcoördinator)")));
    PartnerQuotesList list(&again.doc());
    list.setPartner(QStringLiteral("pa1"));
    REQUIRE(list.count() == 1);
    CHECK(list.item(0)->text().contains(quote1));
}

TEST_CASE("Undoing a note removes it and the field follows", "[cards]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    const QString h1 = QStringLiteral("betekenisonderhandeling.h1");
    c.key(Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("abc"));
    CHECK(c.note(h1)->toPlainText() == QStringLiteral("abc"));
    w.stack().undo();
    CHECK(c.note(h1)->toPlainText().isEmpty());
    CHECK(w.doc().session().cards.empty()); // no empty progress left behind
    CHECK(w.doc().session() == file.read());
}

TEST_CASE("The cards panel's clock says whether it has not started or the session is past",
          "[cards]")
{
    SECTION("never started")
    {
        SessionFile file(focusGroupSession());
        Window w(file.path);
        Cards c(w.window);
        CHECK(c.find<QLabel>(QStringLiteral("sessionClock"))->text() ==
              QStringLiteral("Clock not started"));
    }
    SECTION("started on the day of the session, reopened later")
    {
        Session s = focusGroupSession();
        s.recordingStarted = QStringLiteral("2019-03-14T12:32:00Z");
        SessionFile file(s);
        Window w(file.path);
        Cards c(w.window);
        CHECK(c.find<QLabel>(QStringLiteral("sessionClock"))->text() ==
              QStringLiteral("Session not live"));
    }
}
