// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder when the audio fails (docs/recording.md, "When the audio fails"): no input,
// the input gone while recording, a write error. Each time: a message in the status bar and
// one dialog, the session clock keeps running, what was recorded stays, the session is
// not harmed.
#include "recordingfixture.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QMessageBox>

#include <sys/resource.h>

#include <csignal>

using namespace nwk;
using namespace nwk::test;

namespace {
/// The recorder's problem dialog when it shows (not modal: the session goes on).
QMessageBox *problemBox()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("recordingProblem") && w->isVisible())
            return qobject_cast<QMessageBox *>(w);
    return nullptr;
}

void closeProblemBox()
{
    if (QMessageBox *box = problemBox())
        box->close();
    QTest::qWait(10);
}

bool hasInputs()
{
    return !QMediaDevices::audioInputs().isEmpty();
}
} // namespace

TEST_CASE(
    "Recording without any audio input gives a message and the clock runs and the session is safe",
    "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(consentedSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    REQUIRE(waitFor([] { return hasInputs(); }));
    InputsRemoved gone(true);
    REQUIRE(waitFor([] { return !hasInputs(); }));
    const Session before = w.doc().session();

    rec.start()->trigger();
    QMessageBox *box = problemBox();
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("No microphone")));
    CHECK(w.window.statusBar()->currentMessage().contains(
        QStringLiteral("The session clock keeps running")));
    // The clock runs (Start started it), no part is listed, nothing else changed.
    const qint64 at = SessionClock::elapsedMs(w.doc().session());
    CHECK(at >= 0);
    QTest::qWait(1100);
    CHECK(SessionClock::elapsedMs(w.doc().session()) >= at + 1000);
    CHECK(w.doc().session().recording.parts.empty());
    CHECK(w.doc().session().partners == before.partners);
    CHECK(rec.start()->isEnabled()); // try again later
    CHECK_FALSE(QDir(file.dir.filePath(QStringLiteral("regenboog.audio")))
                    .entryList({QStringLiteral("*.wav")})
                    .size());
    closeProblemBox();
}

TEST_CASE(
    "The audio input gone while recording keeps the part and gives a message and the clock runs",
    "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(consentedSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    REQUIRE(waitFor([] { return hasInputs(); }));
    rec.start()->trigger();
    REQUIRE(w.doc().session().recording.parts.size() == 1);
    QTest::qWait(1500);
    {
        InputsRemoved gone(false);
        REQUIRE(waitFor([] { return problemBox() != nullptr; }, 15000));
    }
    CHECK(problemBox()->text().contains(QStringLiteral("audio input")));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("Recording: ")));
    CHECK(rec.pause()->text().remove('&') == QStringLiteral("Resume Recording"));
    CHECK(SessionClock::elapsedMs(w.doc().session()) >= 1500);
    const AudioPart part = w.doc().session().recording.parts[0];
    const WavInfo info = readWavInfo(QFileInfo(file.path).dir().filePath(part.file));
    REQUIRE(info.ok);
    CHECK(info.durationMs >= 1000);
    CHECK(std::abs(part.durationMs - info.durationMs) < 100);
    closeProblemBox();
}

TEST_CASE("A write error while recording (a full disk) keeps the part and gives a message and the "
          "clock runs",
          "[audio][recording]")
{
    requireTestAudio();
    SessionFile file(consentedSession());
    Window w(file.path);
    RecordingControls rec{w.window};
    rec.start()->trigger();
    REQUIRE(w.doc().session().recording.parts.size() == 1);
    const QString wav = file.dir.filePath(QStringLiteral("regenboog.audio/part-001.wav"));
    REQUIRE(waitFor([&] { return QFileInfo(wav).size() > 48000; })); // a quarter of a second
    {
        // Writes beyond 8 KiB fail with EFBIG, as on a full disk (the part is larger by now).
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 8192;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const bool shown = waitFor([] { return problemBox() != nullptr; }, 10000);
        setrlimit(RLIMIT_FSIZE, &old);
        REQUIRE(shown);
    }
    CHECK(problemBox()->text().contains(QStringLiteral("Cannot write the audio")));
    CHECK(problemBox()->text().contains(QStringLiteral("part-001.wav")));
    CHECK(rec.pause()->text().remove('&') == QStringLiteral("Resume Recording"));
    const AudioPart part = w.doc().session().recording.parts[0];
    const WavInfo info = readWavInfo(QFileInfo(file.path).dir().filePath(part.file));
    REQUIRE(info.ok);
    CHECK(info.durationMs >= 250);
    CHECK(std::abs(part.durationMs - info.durationMs) < 100);
    CHECK(SessionClock::elapsedMs(w.doc().session()) >= 250);
    closeProblemBox();
    // The session saves as ever.
    REQUIRE(w.window.save());
    CHECK(file.read().recording.parts.size() == 1);
}
