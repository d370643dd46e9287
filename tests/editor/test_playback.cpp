// SPDX-License-Identifier: GPL-3.0-or-later
// Playback of the session's recording (#26 item 2) through the real pipeline: WAV parts
// written by the test beside the session file (two parts with a pause between them),
// played by Qt Multimedia into the private PulseAudio server's null sink
// (scripts/audio-test-server.sh). "Play from Here" is chosen in the real context menus;
// the checks are the part the player plays, the position it starts at (the item's time
// minus the lead-in) and the step into the next part. No check measures speed: every
// wait is generous.
#include "audioserver.h"
#include "playbackfixture.h"

#include "../../src/editor/cards/cardspanel.h"

#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Play from Here on a quote plays its part from the quote's time minus the lead-in "
          "and goes on into the next part after the pause",
          "[playback][audio]")
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 2);
    RecordedFile file;
    Window w(file.path);
    Cards cards(w.window);
    Playback *playback = playbackOf(w.window);
    CHECK(playback->player() == nullptr); // made at the first playback
    const auto player = [playback] { return playback->player(); };

    // q3 at 0:13 with a lead-in of 2 s: the second part, 1 s into its file.
    {
        FirstPosition first(playback);
        QAction *play = quotePlayEntry(cards, 2);
        CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:13)"));
        REQUIRE(play->isEnabled());
        play->trigger();
        closeMenus();
        CHECK(player()->source() == file.url("audio/part-002.wav"));
        REQUIRE(QTest::qWaitFor([&] { return first.clockMs > 0; }, kWaitMs));
        INFO("first position on the session clock: " << first.clockMs);
        CHECK(first.clockMs >= 11000 - 100);
        INFO("reported " << first.elapsedMs << " ms after the click");
        CHECK(first.clockMs < first.latest(11000)); // not from the quote's time (13000)
        CHECK(player()->position() >= 1000 - 100);
        const auto *transport =
            w.window.statusBar()->findChild<QLabel *>(QStringLiteral("playbackTime"));
        REQUIRE(transport);
        CHECK(transport->isVisible());
        CHECK(transport->text().startsWith(QStringLiteral("Playing 00:00:1")));
        playback->stop();
    }

    // q1 at 0:03: the first part from 0:01; at its end the second part, from its start.
    {
        FirstPosition first(playback);
        QAction *play = quotePlayEntry(cards, 0);
        REQUIRE(play->isEnabled());
        play->trigger();
        closeMenus();
        CHECK(player()->source() == file.url("audio/part-001.wav"));
        REQUIRE(QTest::qWaitFor([&] { return first.clockMs > 0; }, kWaitMs));
        INFO("first position on the session clock: " << first.clockMs);
        CHECK(first.clockMs >= 1000 - 100);
        INFO("reported " << first.elapsedMs << " ms after the click");
        CHECK(first.clockMs < first.latest(1000)); // not from the quote's time (3000)
        REQUIRE(QTest::qWaitFor([&] { return playback->currentPart() == 1; }, kWaitMs));
        CHECK(player()->source() == file.url("audio/part-002.wav"));
        REQUIRE(QTest::qWaitFor([&] { return playback->clockPosition() > 10000; }, kWaitMs));
        CHECK(playback->clockPosition() < 14100);
        playback->stop();
    }

    // q2 at 0:08 (in the pause; 0:06 is too): the next part, from its start.
    {
        QAction *play = quotePlayEntry(cards, 1);
        REQUIRE(play->isEnabled());
        play->trigger();
        closeMenus();
        CHECK(player()->source() == file.url("audio/part-002.wav"));
        CHECK(playback->currentPart() == 1);
        REQUIRE(QTest::qWaitFor(
            [&] { return player()->playbackState() == QMediaPlayer::PlayingState; }, kWaitMs));
        CHECK(playback->clockPosition() >= 10000);
        CHECK(playback->clockPosition() < 14100);
        // Stop in the transport.
        auto *stop =
            w.window.statusBar()->findChild<QAbstractButton *>(QStringLiteral("playbackStop"));
        REQUIRE(stop);
        stop->click();
        CHECK_FALSE(playback->isActive());
        CHECK(player()->playbackState() == QMediaPlayer::StoppedState);
    }
}

TEST_CASE("Playback that reaches a missing part stops with a message naming the file",
          "[playback][audio]")
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 1);
    RecordedFile file;
    Window w(file.path);
    Cards cards(w.window);
    Playback *playback = playbackOf(w.window);
    QAction *play = quotePlayEntry(cards, 0); // 0:02 in the first part
    REQUIRE(play->isEnabled());
    // The second part goes missing while the first plays.
    REQUIRE(QFile::remove(file.dir.filePath(QStringLiteral("audio/part-002.wav"))));
    play->trigger();
    closeMenus();
    CHECK(playback->isActive());
    REQUIRE(QTest::qWaitFor([&] { return !playback->errorText().isEmpty(); }, kWaitMs));
    CHECK_FALSE(playback->isActive());
    const auto *transport =
        w.window.statusBar()->findChild<QLabel *>(QStringLiteral("playbackTime"));
    REQUIRE(transport);
    CHECK(transport->isVisible());
    CHECK(transport->text().startsWith(
        QStringLiteral("The audio part audio/part-002.wav is missing (looked for ")));
    // Stop puts the message away.
    auto *stop = w.window.statusBar()->findChild<QAbstractButton *>(QStringLiteral("playbackStop"));
    REQUIRE(stop);
    stop->click();
    CHECK_FALSE(transport->isVisible());
}

TEST_CASE("A partner plays from when it was added, a card from its start, in the map's and the "
          "overview's context menus",
          "[playback][audio]")
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 1);
    RecordedFile file;
    Window w(file.path);
    Playback *playback = playbackOf(w.window);

    // The map: right-click CLB (added at 0:12.5).
    const QPoint at = w.pixelOfPartner(QStringLiteral("pa1"));
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, w.viewport()->mapToGlobal(at));
    QApplication::sendEvent(w.viewport(), &click);
    QMenu *menu = nullptr;
    for (QMenu *m : w.view().findChildren<QMenu *>(QStringLiteral("partnerContextMenu")))
        if (m->isVisible())
            menu = m;
    REQUIRE(menu);
    QAction *play = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("playFromHereAction"))
            play = a;
    REQUIRE(play);
    CHECK(play->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Play from When It Was Added (00:00:12)"));
    CHECK(play->isEnabled());
    CHECK(play->toolTip() == QStringLiteral("Play the recording from 00:00:11 (1 s before this)"));
    closeMenus();

    // The cards' overview: the card started at 0:12.
    Cards cards(w.window);
    auto *overview = cards.find<QTreeWidget>(QStringLiteral("cardsOverview"));
    auto *tabs = qobject_cast<QTabWidget *>(overview->parentWidget()->parentWidget());
    REQUIRE(tabs);
    tabs->setCurrentWidget(overview);
    int index = -1; // the card's place in the deck
    const Deck &deck = cards.group->panel()->deck();
    for (std::size_t i = 0; i < deck.cards.size(); ++i)
        if (deck.cards[i].id == w.doc().session().cards[0].cardId)
            index = static_cast<int>(i);
    REQUIRE(index >= 0);
    QTreeWidgetItem *row = nullptr;
    for (QTreeWidgetItemIterator it(overview); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).isValid() && (*it)->data(0, Qt::UserRole).toInt() == index)
            row = *it;
    REQUIRE(row);
    const QPoint rowAt = overview->visualItemRect(row).center();
    QContextMenuEvent onRow(QContextMenuEvent::Mouse, rowAt,
                            overview->viewport()->mapToGlobal(rowAt));
    QApplication::sendEvent(overview->viewport(), &onRow);
    menu = nullptr;
    for (QMenu *m : overview->findChildren<QMenu *>(QStringLiteral("cardContextMenu")))
        if (m->isVisible())
            menu = m;
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 1);
    play = menu->actions().front();
    CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:12)"));
    REQUIRE(play->isEnabled());
    play->trigger();
    closeMenus();
    CHECK(playback->currentPart() == 1);
    CHECK(playback->player()->source() == file.url("audio/part-002.wav"));
    playback->stop();
}
