// SPDX-License-Identifier: GPL-3.0-or-later
// The "Play from Here" entries without playing (#26 item 2): the lead-in preference, the
// reasons a disabled entry gives (after the recording, a missing part, no recording),
// the shortcut on the focused quote, a protocol step's time. Playing itself:
// test_playback.cpp.
#include "playbackfixture.h"

#include "nwk/editor/sessionclock.h"

#include <QCheckBox>
#include <QDialog>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("The lead-in is the preference's (5 s by default) and playback starts no earlier "
          "than the session clock's start",
          "[playback]")
{
    CleanSettings clean(QStringLiteral("playback"));
    CHECK(Playback::leadInSeconds() == 5);
    Recording r;
    r.parts = {part("a.wav", 0, 4000), part("b.wav", 10000, 4000)};
    CHECK(playbackStartAt(r, 3000).part == 0);
    CHECK(playbackStartAt(r, 3000).offsetMs == 3000);
    CHECK(playbackStartAt(r, 4000).part == 1); // the end belongs to the pause
    CHECK(playbackStartAt(r, 4000).offsetMs == 0);
    CHECK(playbackStartAt(r, 12500).offsetMs == 2500);
    CHECK(playbackStartAt(r, 14000).part == -1);

    RecordedFile file;
    Window w(file.path);
    Cards cards(w.window);
    // q1 at 0:03 minus 5 s is before the clock's start: the first part from its start.
    QAction *play = quotePlayEntry(cards, 0);
    CHECK(play->toolTip() == QStringLiteral("Play the recording from 00:00:00 (5 s before this)"));
    closeMenus();
    // q3 at 0:13 minus 5 s is 0:08, in the pause: the second part from its start.
    play = quotePlayEntry(cards, 2);
    CHECK(play->toolTip() == QStringLiteral("Play the recording from 00:00:08 (5 s before this)"));
    closeMenus();

    // Edit > Preferences: "Play from before" 1 s.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("playbackLeadIn"));
        REQUIRE(spin);
        CHECK(spin->value() == 5);
        spin->setValue(1);
        dialog->accept();
    });
    w.window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    CHECK(Playback::leadInSeconds() == 1);
    play = quotePlayEntry(cards, 2);
    CHECK(play->toolTip() == QStringLiteral("Play the recording from 00:00:12 (1 s before this)"));
    closeMenus();
}

TEST_CASE("Play from Here is disabled with the reason when the recording does not cover the "
          "time, and a missing part is named",
          "[playback]")
{
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 1);

    SECTION("after the recording's end")
    {
        RecordedFile file;
        Window w(file.path);
        Cards cards(w.window);
        QAction *play = quotePlayEntry(cards, 3);
        CHECK_FALSE(play->isEnabled());
        CHECK(play->toolTip() ==
              QStringLiteral("The recording ends at 00:00:14, before this time."));
        closeMenus();
    }
    SECTION("a part missing on disk: the entry names it")
    {
        RecordedFile file;
        REQUIRE(QFile::remove(file.dir.filePath(QStringLiteral("audio/part-002.wav"))));
        Window w(file.path);
        Cards cards(w.window);
        QAction *play = quotePlayEntry(cards, 2);
        CHECK_FALSE(play->isEnabled());
        CHECK(play->toolTip().startsWith(
            QStringLiteral("The audio part audio/part-002.wav is missing (looked for ")));
        CHECK(play->toolTip().contains(
            QDir::toNativeSeparators(file.dir.filePath(QStringLiteral("audio/part-002.wav")))));
        closeMenus();
    }
    SECTION("no recording")
    {
        Session s = recordedSession();
        s.recording.parts.clear();
        RecordedFile file(s);
        Window w(file.path);
        Cards cards(w.window);
        QAction *play = quotePlayEntry(cards, 0);
        CHECK_FALSE(play->isEnabled());
        CHECK(play->toolTip() == QStringLiteral("This session has no recording."));
        closeMenus();
        // The shortcut on the chosen quote says so too, in the status bar's transport.
        auto *quotes = cards.find<QListWidget>(QStringLiteral("cardQuotes"));
        quotes->setCurrentRow(0);
        quotes->setFocus();
        QTest::keyClick(quotes, Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(playbackOf(w.window)->errorText() ==
              QStringLiteral("This session has no recording."));
    }
}

TEST_CASE("A protocol step ticked on the session clock plays from when it was ticked", "[playback]")
{
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 1);
    const QDateTime started =
        QDateTime::fromString(QStringLiteral("2026-03-12T09:00:00.000Z"), Qt::ISODateWithMs);
    SessionClock::setNowSourceForTesting([started] { return started.addMSecs(2500); });
    struct ResetClock {
        ~ResetClock() { SessionClock::setNowSourceForTesting({}); }
    } reset;
    RecordedFile file;
    Window w(file.path);
    Cards cards(w.window);
    QCheckBox *step = nullptr;
    for (QCheckBox *box : cards.group->dock()->findChildren<QCheckBox *>())
        if (box->objectName().startsWith(QLatin1String("step:")))
            step = step ? step : box;
    REQUIRE(step);
    step->click(); // ticked at 0:02.5 on the session clock

    QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(5, 5),
                            step->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(step, &click);
    QMenu *menu = nullptr;
    for (QMenu *m : step->findChildren<QMenu *>(QStringLiteral("stepContextMenu")))
        if (m->isVisible())
            menu = m;
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 1);
    QAction *play = menu->actions().front();
    CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:02)"));
    CHECK(play->toolTip() == QStringLiteral("Play the recording from 00:00:01 (1 s before this)"));
    CHECK(play->isEnabled());
    closeMenus();
}

namespace {

/// The "Play from Here" entry of the context menu named `menuName` that a right-click
/// at `at` of `target` (a widget or its viewport) opens.
QAction *playEntryOf(QWidget *target, QWidget *parent, const QString &menuName,
                     QPoint at = QPoint(5, 5))
{
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, target->mapToGlobal(at));
    QApplication::sendEvent(target, &click);
    QMenu *menu = nullptr;
    for (QMenu *m : parent->findChildren<QMenu *>(menuName))
        if (m->isVisible())
            menu = m;
    INFO(menuName.toStdString());
    REQUIRE(menu);
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("playFromHereAction"))
            return a;
    FAIL("no Play from Here entry");
    return nullptr;
}

} // namespace

TEST_CASE("Notes, metaphors, closing answers and memos offer Play from Here at their own time",
          "[playback]")
{
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 1);
    Session s = recordedSession();
    QuestionNote note;
    note.questionId = QStringLiteral("betekenisonderhandeling.h1");
    note.text = QStringLiteral("Samenwerken is vooral informeel.");
    note.atMs = 2000;
    s.cards[0].notes = {note};
    Metaphor m;
    m.id = QStringLiteral("me1");
    m.text = QStringLiteral("Een parachute");
    m.atMs = 3000;
    s.metaphors = {m};
    ClosingAnswer answer;
    answer.questionId = QStringLiteral("afronding1");
    answer.text = QStringLiteral("Nog geen ervaring.");
    answer.atMs = 11000;
    s.closingAnswers = {answer};
    Memo memo;
    memo.id = QStringLiteral("mo1");
    memo.text = QStringLiteral("Directeur weggeroepen");
    memo.atMs = 12000;
    s.memos = {memo};
    RecordedFile file(s);
    Window w(file.path);
    Cards cards(w.window);

    QPlainTextEdit *noteField = cards.note(note.questionId);
    QAction *play =
        playEntryOf(noteField->viewport(), noteField, QStringLiteral("noteContextMenu"));
    CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:02)"));
    CHECK(play->isEnabled());
    closeMenus();

    auto *metaphors = cards.find<QListWidget>(QStringLiteral("metaphorList"));
    REQUIRE(metaphors->count() == 1);
    play = playEntryOf(metaphors->viewport(), metaphors, QStringLiteral("metaphorContextMenu"));
    CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:03)"));
    closeMenus();

    auto *closing = cards.find<QPlainTextEdit>(QStringLiteral("closing:afronding1"));
    play = playEntryOf(closing->viewport(), closing, QStringLiteral("closingContextMenu"));
    CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:11)"));
    CHECK(play->toolTip() == QStringLiteral("Play the recording from 00:00:10 (1 s before this)"));
    closeMenus();

    auto *memos = cards.find<QListWidget>(QStringLiteral("memoList"));
    REQUIRE(memos->count() == 1);
    play = playEntryOf(memos->viewport(), memos, QStringLiteral("memoContextMenu"));
    CHECK(play->text().remove(QLatin1Char('&')) == QStringLiteral("Play from Here (00:00:12)"));
    CHECK(play->isEnabled());
    closeMenus();

    // In annotation mode too (listening changes nothing): the map's entry stays enabled.
    w.window.findChild<QAction *>(QStringLiteral("annotationModeAction"))->trigger();
    REQUIRE(w.doc().annotationMode());
    play = playEntryOf(w.viewport(), &w.view(), QStringLiteral("partnerContextMenu"),
                       w.pixelOfPartner(QStringLiteral("pa1")));
    CHECK(play->isEnabled());
    closeMenus();
}
