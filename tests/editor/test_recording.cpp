// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder (src/editor/recording/, docs/recording.md) through the real capture pipeline:
// Qt Multimedia records the test PulseAudio server's 440 Hz sine source (audioserver.h) into
// WAV parts beside the session file, on the session clock.
#include "recordingfixture.h"

#include "nwk/editor/cards/presenterwindow.h"

#include <QElapsedTimer>
#include <QMessageBox>

using namespace nwk;
using namespace nwk::test;

namespace {
QString partPath(const QString &sessionFile, const AudioPart &part)
{
    return QFileInfo(sessionFile).absoluteDir().filePath(part.file);
}
} // namespace

TEST_CASE("Recording writes WAV parts beside the session file on the session clock and a pause "
          "makes two",
          "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(consentedSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    CHECK_FALSE(rec.indicator()->isVisible());
    REQUIRE(w.doc().session().recordingStarted.isEmpty());
    // The presenter on the projector: the room sees the sign too.
    auto *presenter = w.window.findChild<PresenterWindow *>();
    REQUIRE(presenter);
    presenter->resize(1280, 720);
    presenter->show();
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    REQUIRE(presenter->cornerWidget());
    CHECK_FALSE(presenter->cornerWidget()->isVisible());
    QApplication::setActiveWindow(&w.window); // the facilitator's keys go to the editor

    // Ctrl+Shift+R: the clock starts (one undo step) and the first part with it.
    rec.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(w.doc().session().recordingStarted.isEmpty());
    REQUIRE(w.doc().session().recording.parts.size() == 1);
    CHECK(rec.indicator()->isVisible());
    int loudest = 0;
    QElapsedTimer recording;
    recording.start();
    while (recording.elapsed() < 3000) {
        QTest::qWait(50);
        loudest = std::max(loudest, rec.level()->value());
    }
    CHECK(loudest > 50); // the sine moves the meter (0..100 is -60..0 dB)
    const auto label = rec.indicator()->findChild<QLabel *>(QStringLiteral("recordingLabel"));
    REQUIRE(label);
    CHECK(label->text().startsWith(QStringLiteral("REC ")));
    {
        QWidget *sign = presenter->cornerWidget();
        CHECK(sign->isVisible());
        const auto shown = sign->findChild<QLabel *>(QStringLiteral("recordingLabel"));
        REQUIRE(shown);
        CHECK(shown->text().startsWith(QStringLiteral("REC ")));
        // Top right, whole, larger than the status bar's (read from the back of the room).
        REQUIRE(QTest::qWaitFor([&] { return sign->geometry().right() > 1280 * 3 / 4; }));
        CHECK(presenter->rect().contains(sign->geometry()));
        CHECK(sign->geometry().top() < 720 / 10);
        CHECK(shown->fontInfo().pixelSize() > label->fontInfo().pixelSize());
    }

    // Pause with F8 while the presenter is the active window (the facilitator clicked on it):
    // the recording's keys work there too.
    QApplication::setActiveWindow(presenter);
    REQUIRE(QApplication::activeWindow() == presenter);
    QTest::keyClick(presenter, Qt::Key_F8);
    const qint64 firstWallMs = recording.elapsed();
    CHECK(rec.pause()->text().remove('&') == QStringLiteral("Resume Recording"));
    QApplication::setActiveWindow(&w.window);
    QTest::qWait(1000);
    rec.key(Qt::Key_F8); // resume: a new part
    const qint64 resumedWallMs = recording.elapsed();
    REQUIRE(w.doc().session().recording.parts.size() == 2);
    QTest::qWait(1500);
    rec.key(Qt::Key_F8, Qt::ShiftModifier); // stop
    const qint64 secondWallMs = recording.elapsed() - resumedWallMs;
    CHECK_FALSE(rec.indicator()->isVisible());
    CHECK_FALSE(presenter->cornerWidget()->isVisible());
    presenter->hide();

    const Recording r = w.doc().session().recording;
    REQUIRE(r.parts.size() == 2);
    const AudioPart first = r.parts[0], second = r.parts[1];
    CHECK(first.file == QStringLiteral("regenboog.audio/part-001.wav"));
    CHECK(second.file == QStringLiteral("regenboog.audio/part-002.wav"));
    // On the session clock: the first part starts with the clock, the second when resumed.
    CHECK(first.startMs >= 0);
    CHECK(first.startMs < 500);
    CHECK(std::abs(second.startMs - first.startMs - resumedWallMs) < 500);
    CHECK(second.startMs - first.startMs - firstWallMs > 700); // the pause: a gap of a second
    // The lengths: what was recorded. The test server's sine source may deliver up to about a
    // second more than the wall clock when a stream starts (parecord shows it too).
    CHECK(first.durationMs > firstWallMs - 500);
    CHECK(first.durationMs < firstWallMs + 1500);
    CHECK(second.durationMs > secondWallMs - 500);
    CHECK(second.durationMs < secondWallMs + 1500);
    CHECK(std::abs(r.stoppedMs - (second.startMs + secondWallMs)) < 500);
    CHECK_FALSE(r.startedWithoutConsent);
    CHECK(w.doc().isModified());

    for (const AudioPart &part : {first, second}) {
        const WavInfo info = readWavInfo(partPath(file.path, part));
        INFO(part.file.toStdString() << ": " << info.error.toStdString());
        REQUIRE(info.ok);
        CHECK(info.headerDataBytes == info.dataBytes); // closed: the header is complete
        CHECK(std::abs(info.durationMs - part.durationMs) < 100);
        CHECK(info.format.bitsPerSample == 16);
        const QStringList py = pythonWave(partPath(file.path, part)).split(' ');
        INFO("python wave: " << py.join(' ').toStdString());
        REQUIRE(py.size() == 3);
        CHECK(py[0].toLongLong() * 1000 / py[1].toLongLong() == info.durationMs);
    }

    // Undo does not take back what was recorded, nor the clock it was recorded on.
    w.doc().undo();
    CHECK(w.doc().session().recording.parts.size() == 2);
    CHECK_FALSE(w.doc().session().recordingStarted.isEmpty());

    // Saved and reopened: the parts are in the file.
    REQUIRE(w.window.save());
    CHECK(file.read().recording.parts == r.parts);
}

TEST_CASE("Start before the consent step asks the facilitator and the consent dialog records it",
          "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(focusGroupSession());
    Window w(file.path);
    RecordingControls rec{w.window};

    // Cancel: nothing starts, not even the clock.
    {
        ModalAnswerer cancel(QMessageBox::Cancel);
        rec.start()->trigger();
        REQUIRE(cancel.seen);
        CHECK(cancel.text.contains(QStringLiteral("consent")));
        CHECK(cancel.informativeText.contains(QStringLiteral("is not ticked")));
        CHECK(cancel.informativeText.contains(QStringLiteral("P1 (zorgco\u00f6rdinator)")));
    }
    CHECK(w.doc().session().recordingStarted.isEmpty());
    CHECK(w.doc().session().recording.parts.empty());

    // The consent dialog: tick both participants (one undo step), tick the consent step.
    {
        DialogClicker ok(QStringLiteral("recordingConsentDialog"), [](QWidget *dialog) {
            for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
                box->setChecked(true);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("consentOk"));
            return QStringLiteral("consentOk");
        });
        rec.action("recordingConsentAction")->trigger();
        CHECK(ok.clicked);
    }
    CHECK(w.doc().session().recording.consentedBy == QStringList({"pt1", "pt2"}));
    CHECK(w.doc().undoStack()->text(w.doc().undoStack()->index() - 1) ==
          QStringLiteral("Record consent"));
    Cards c(w.window);
    c.find<QCheckBox>(QStringLiteral("step:stap2"))->click();

    // Now Start asks nothing and records.
    ModalAnswerer none(QMessageBox::Cancel);
    rec.start()->trigger();
    CHECK_FALSE(none.seen);
    REQUIRE(w.doc().session().recording.parts.size() == 1);
    CHECK_FALSE(w.doc().session().recording.startedWithoutConsent);
    rec.stop()->trigger();
}

TEST_CASE("Start without consent when confirmed is noted in the session", "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(focusGroupSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    MessageBoxClicker anyway(QStringLiteral("startWithoutConsentButton"));
    rec.start()->trigger();
    REQUIRE(anyway.seen);
    CHECK(w.doc().session().recording.startedWithoutConsent);
    REQUIRE(w.doc().session().recording.parts.size() == 1);
    QTest::qWait(300);
    rec.stop()->trigger();
    // Undo does not take the note back: it is a log of what happened. (The clock's start is
    // not undone either: the part was recorded on it.)
    for (int before = -1; before != w.doc().undoStack()->index();) {
        before = w.doc().undoStack()->index();
        w.doc().undo();
    }
    CHECK(w.doc().session().recording.startedWithoutConsent);
    CHECK(w.doc().session().recording.parts.size() == 1);
}
