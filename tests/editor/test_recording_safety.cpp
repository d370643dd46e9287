// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded audio is never silently orphaned nor left on an undone clock (docs/recording.md,
// docs/data-safety.md): Discard names the audio the saved session does not list, opening the
// session offers it again, undo refuses the clock's start once audio is on it, and the map's
// changes between a stop and a new start keep their times. Through the real capture pipeline
// (the private PulseAudio server, audioserver.h).
#include "recordingfixture.h"

#include "nwk/core/maphistory.h"
#include "nwk/editor/language.h"

#include <QMessageBox>
#include <QUndoStack>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Discard after recording names the audio it leaves unlisted, and opening the session "
          "offers to add it at its time",
          "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(consentedSession());
    AudioPart recorded; // the part the discarded changes held
    {
        Window w(file.path);
        RecordingControls rec{w.window};
        rec.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // clock and part 1
        QTest::qWait(1500);
        rec.key(Qt::Key_F8); // pause
        REQUIRE(w.window.save());
        QTest::qWait(4000);  // a pause the placement must keep
        rec.key(Qt::Key_F8); // resume: part 2, in no saved file
        QTest::qWait(1500);
        rec.key(Qt::Key_F8, Qt::ShiftModifier); // stop
        REQUIRE(w.doc().session().recording.parts.size() == 2);
        recorded = w.doc().session().recording.parts[1];

        ModalAnswerer discard(QMessageBox::Discard);
        w.window.close();
        REQUIRE(discard.seen);
        INFO(discard.informativeText.toStdString());
        CHECK(discard.informativeText.contains(QStringLiteral("1 audio part")));
        CHECK(discard.informativeText.contains(QStringLiteral("of audio) that the saved session")));
        CHECK(discard.informativeText.contains(QStringLiteral("regenboog.audio")));
    }
    REQUIRE(file.read().recording.parts.size() == 1);
    REQUIRE(QFileInfo::exists(file.dir.filePath(recorded.file)));

    { // Not Now: nothing changes; the question comes again next time.
        REQUIRE(installTranslators(QStringLiteral("en"))); // English plural forms, as the app
        struct Untranslate {
            ~Untranslate() { removeTranslators(); }
        } untranslate;
        MessageBoxClicker later(QStringLiteral("unlistedPartsLaterButton"));
        Window w(file.path);
        REQUIRE(waitFor([&] { return later.seen; }));
        CHECK(later.text.contains(QStringLiteral("1 audio part")));
        CHECK(later.text.contains(QStringLiteral("recorded for this session")));
        INFO(later.informativeText.toStdString());
        CHECK(later.informativeText.startsWith(
            QStringLiteral("The part is in the folder regenboog.audio beside the session file")));
        CHECK(later.informativeText.contains(QStringLiteral("Add it to the session's recording?")));
        QTest::qWait(100);
        CHECK(w.doc().session().recording.parts.size() == 1);
        // Asked once: no second question left open (opening reads the lengths twice).
        int open = 0;
        for (QWidget *top : QApplication::topLevelWidgets())
            open += top->isVisible() && top->objectName() == QLatin1String("unlistedPartsQuestion");
        CHECK(open == 0);
    }
    MessageBoxClicker add(QStringLiteral("addUnlistedPartsButton"));
    Window w(file.path);
    REQUIRE(waitFor([&] { return add.seen; }));
    REQUIRE(waitFor([&] { return w.doc().session().recording.parts.size() == 2; }, 5000));
    const AudioPart first = w.doc().session().recording.parts[0];
    const AudioPart added = w.doc().session().recording.parts[1];
    CHECK(added.file == recorded.file);
    CHECK(std::abs(added.durationMs - recorded.durationMs) < 100);
    // At the time its file ended less its length: the pause is kept (not right after part 1).
    INFO("recorded at " << recorded.startMs << ", added at " << added.startMs);
    CHECK(std::abs(added.startMs - recorded.startMs) < 1500);
    CHECK(added.startMs > first.startMs + first.durationMs + 1500);
    CHECK(w.doc().isModified());
    REQUIRE(w.window.save());
    CHECK(file.read().recording.parts == w.doc().session().recording.parts);
}

TEST_CASE("Undo refuses the session clock's start once audio was recorded on it, and says why",
          "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(consentedSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    QAction *undo = nullptr; // Edit > Undo
    for (QAction *a : w.window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    REQUIRE(undo);

    // Without audio the clock's start is undone as any step.
    rec.action("startClockAction")->trigger();
    REQUIRE_FALSE(w.doc().session().recordingStarted.isEmpty());
    undo->trigger();
    CHECK(w.doc().session().recordingStarted.isEmpty());

    rec.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // the clock and a part
    QTest::qWait(500);
    renamePartner(w.doc(), "pa1", "CLB Antwerpen");
    const QString clock = w.doc().session().recordingStarted;
    REQUIRE_FALSE(clock.isEmpty());
    REQUIRE(w.doc().undoStack()->index() == 2);

    undo->trigger(); // the rename: undone as usual
    CHECK(w.partner(QStringLiteral("pa1")).label == QStringLiteral("CLB"));
    undo->trigger(); // the clock's start, while recording: refused
    CHECK(w.doc().session().recordingStarted == clock);
    CHECK(w.doc().undoStack()->index() == 1);
    CHECK(w.window.statusBar()->currentMessage().contains(
        QStringLiteral("clock's start cannot be undone")));
    rec.stop()->trigger();
    w.doc().setUndoIndex(0); // a jump in History: refused as well
    CHECK(w.doc().session().recordingStarted == clock);
    CHECK(w.doc().session().recording.parts.size() == 1);
    w.doc().redo(); // redo is not refused
    CHECK(w.partner(QStringLiteral("pa1")).label == QStringLiteral("CLB Antwerpen"));
}

TEST_CASE("Map changes between Stop Recording and a new Start keep their times in the history",
          "[audio][recording][history]")
{
    requireTestAudio();
    const QDateTime zero = QDateTime::currentDateTimeUtc();
    QDateTime now = zero;
    SessionClock::setNowSourceForTesting([&now] { return now; });
    struct Restore {
        ~Restore() { SessionClock::setNowSourceForTesting({}); }
    } restore;
    SessionFile file(consentedSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    rec.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // at 0
    QTest::qWait(300);
    now = zero.addMSecs(1000);
    renamePartner(w.doc(), "pa1", "CLB 1");
    now = zero.addMSecs(2000);
    rec.key(Qt::Key_F8, Qt::ShiftModifier); // stop at 2 s
    REQUIRE(w.doc().session().recording.stoppedMs == 2000);
    now = zero.addMSecs(3000);
    renamePartner(w.doc(), "pa2", "Hogeschool Gent"); // between the recordings
    now = zero.addMSecs(5000);
    rec.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // a new start at 5 s
    QTest::qWait(300);
    now = zero.addMSecs(6000);
    renamePartner(w.doc(), "pa3", "Ouderraad");
    rec.stop()->trigger();

    auto timeOf = [&](const char *id) {
        qint64 at = -1;
        for (const MapEvent &e : w.doc().session().history)
            if (e.id == QLatin1String(id) && e.atMs > 0)
                at = e.atMs;
        return at;
    };
    CHECK(timeOf("pa1") == 1000);
    CHECK(timeOf("pa2") == 3000); // not at the new start, nor at the next change
    CHECK(timeOf("pa3") == 6000);
    CHECK(mapAt(w.doc().session(), 4000).partner(QStringLiteral("pa2"))->label ==
          QStringLiteral("Hogeschool Gent"));
    CHECK(mapAt(w.doc().session(), 2500).partner(QStringLiteral("pa2"))->label ==
          QStringLiteral("Hogeschool"));
}
