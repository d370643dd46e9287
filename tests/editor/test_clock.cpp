// SPDX-License-Identifier: GPL-3.0-or-later
// The session clock and time per card, with a controlled clock (no waiting).
#include "cardsfixture.h"
#include "nwk/editor/sessionclock.h"

#include <QTreeWidget>

using namespace nwk;
using namespace nwk::test;

namespace {
/// Replaces the session clock's "now" for one test.
struct FakeNow {
    QDateTime now = QDateTime(QDate(2019, 3, 14), QTime(9, 0), Qt::UTC);
    FakeNow()
    {
        SessionClock::setNowSourceForTesting([this] { return now; });
    }
    ~FakeNow() { SessionClock::setNowSourceForTesting({}); }
    void advance(qint64 ms) { now = now.addMSecs(ms); }
};

const CardProgress &progress(const Session &s, const QString &cardId)
{
    for (const CardProgress &c : s.cards)
        if (c.cardId == cardId)
            return c;
    FAIL("no progress for " << cardId.toStdString());
    return s.cards.front();
}
} // namespace

TEST_CASE("The session clock counts from the recording start", "[clock]")
{
    const QDateTime start(QDate(2019, 3, 14), QTime(9, 0), Qt::UTC);
    const QString iso = start.toString(Qt::ISODateWithMs);
    CHECK(SessionClock::elapsedMs(iso, start.addSecs(75)) == 75000);
    CHECK(SessionClock::elapsedMs(QStringLiteral("2019-03-14T09:00:00Z"), start.addMSecs(1500)) ==
          1500);
    CHECK(SessionClock::elapsedMs(QString(), start) == -1);
    CHECK(SessionClock::elapsedMs(QStringLiteral("gisteren"), start) == -1);
    CHECK(SessionClock::elapsedMs(iso, start.addSecs(-5)) == 0);
    CHECK(SessionClock::format(-1) == QStringLiteral("\u2013"));
    CHECK(SessionClock::format(75000) == QStringLiteral("1:15"));
    CHECK(SessionClock::format(3723000) == QStringLiteral("1:02:03"));
}

TEST_CASE("Time per card accumulates while the card is current and the clock runs", "[clock]")
{
    FakeNow clock;
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    const QString card0 = deck.cards[0].id;
    const QString card1 = deck.cards[1].id;

    // Before the recording starts nothing is timed.
    c.key(Qt::Key_PageDown, Qt::ControlModifier);
    c.key(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(progress(w.doc().session(), card0).spentMs == 0);
    CHECK(progress(w.doc().session(), card0).startedMs == -1);

    c.group->startRecording->trigger();
    CHECK(w.doc().session().recordingStarted == clock.now.toString(Qt::ISODateWithMs));
    clock.advance(90000);
    c.key(Qt::Key_PageDown, Qt::ControlModifier);
    {
        const Session &s = w.doc().session();
        CHECK(progress(s, card0).spentMs == 90000);
        CHECK(progress(s, card0).startedMs == 0);
        CHECK(progress(s, card0).endedMs == 90000);
        CHECK(progress(s, card1).startedMs == 90000);
    }
    clock.advance(30000);
    c.key(Qt::Key_PageUp, Qt::ControlModifier); // back: card 1 keeps its status
    clock.advance(10000);
    c.key(Qt::Key_PageDown, Qt::ControlModifier);
    {
        const Session &s = w.doc().session();
        CHECK(progress(s, card1).spentMs == 30000);
        CHECK(progress(s, card1).status == CardStatus::InProgress);
        CHECK(progress(s, card0).spentMs == 100000);
    }

    // A note records the clock time.
    clock.advance(5000);
    c.key(Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
    CHECK(progress(w.doc().session(), card1).notes.at(0).atMs == 135000);

    // The overview shows time per card, per phase and in total.
    auto *overview = c.find<QTreeWidget>(QStringLiteral("cardsOverview"));
    REQUIRE(overview->topLevelItemCount() == 4); // three phases + total
    QTreeWidgetItem *phase1 = overview->topLevelItem(0);
    CHECK(phase1->child(0)->text(2) == QStringLiteral("1:40"));
    // Card 1 was only passed through (no note, no quote): not done (#21), its time counts.
    CHECK(phase1->child(0)->text(1) == QStringLiteral("Not started"));
    CHECK(phase1->text(2) == QStringLiteral("2:15")); // 100 s + 30 s + 5 s running
    CHECK(overview->topLevelItem(3)->text(2) == QStringLiteral("2:15"));

    // Undo of navigation restores the time.
    w.stack().undo(); // the note
    w.stack().undo(); // the last navigation
    CHECK(progress(w.doc().session(), card0).spentMs == 90000);
}
