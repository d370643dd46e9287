// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the recording tests (test_recording*.cpp, tagged [audio]): the private PulseAudio
// server (audioserver.h), the recorder's actions and indicator found as the user sees them,
// and an independent WAV reader (Python's wave module).
#pragma once

#include "audioserver.h"
#include "cardsfixture.h"
#include "test_autosave_support.h"

#include "nwk/core/wavfile.h"
#include "nwk/editor/sessionclock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QProcess>
#include <QProgressBar>
#include <QStatusBar>

namespace nwk::test {

/// Starts the test audio server (or fails the test) and points PULSE_SERVER at it.
inline void requireTestAudio()
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
}

/// Runs pactl on the test server; true on success.
inline bool pactl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(10000))
        return false;
    UNSCOPED_INFO("pactl " << args.join(' ').toStdString() << ": " << p.readAll().toStdString());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Takes the test server's inputs away for one scope (the sine source and, with `all`, the
/// null sink whose monitor is an input too) and puts them back after it, even on failure.
struct InputsRemoved {
    bool all;
    explicit InputsRemoved(bool removeAll)
        : all(removeAll)
    {
        REQUIRE(pactl({QStringLiteral("unload-module"), QStringLiteral("module-sine-source")}));
        if (all)
            REQUIRE(pactl({QStringLiteral("unload-module"), QStringLiteral("module-null-sink")}));
    }
    ~InputsRemoved()
    {
        if (all)
            pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                   QStringLiteral("sink_name=nwk_null")});
        pactl({QStringLiteral("load-module"), QStringLiteral("module-sine-source"),
               QStringLiteral("source_name=nwk_sine"), QStringLiteral("frequency=440")});
        pactl({QStringLiteral("set-default-source"), QStringLiteral("nwk_sine")});
    }
};

/// Frames, rate and channels of a WAV file as Python's wave module reads it (its header):
/// "frames rate channels", or the error.
inline QString pythonWave(const QString &file)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, wave\nw = wave.open(sys.argv[1])\n"
                            "w.readframes(w.getnframes())\n"
                            "print(w.getnframes(), w.getframerate(), w.getnchannels())"),
             file});
    if (!p.waitForFinished(30000))
        return QStringLiteral("python3 did not finish");
    return QString::fromUtf8(p.readAll()).trimmed();
}

/// The recorder's controls in a main window, by the names the user's actions have.
struct RecordingControls {
    MainWindow &window;

    QAction *action(const char *name) const
    {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(a);
        return a;
    }
    QAction *start() const { return action("startRecordingAction"); }
    QAction *pause() const { return action("pauseRecordingAction"); }
    QAction *stop() const { return action("stopRecordingAction"); }
    QWidget *indicator() const
    {
        auto *w = window.statusBar()->findChild<QWidget *>(QStringLiteral("recordingIndicator"));
        REQUIRE(w);
        return w;
    }
    QProgressBar *level() const
    {
        auto *bar = indicator()->findChild<QProgressBar *>(QStringLiteral("recordingLevel"));
        REQUIRE(bar);
        return bar;
    }
    /// A key to the main window, as the user presses it (shortcuts included).
    void key(Qt::Key k, Qt::KeyboardModifiers m = {}) const
    {
        QWidget *target = QApplication::focusWidget();
        if (!target || target->window() != &window)
            target = &window;
        QTest::keyClick(target, k, m);
    }
};

/// The session's consent done: the consent step ticked and every participant consented.
inline Session consentedSession()
{
    Session s = focusGroupSession();
    ProtocolStepState step;
    step.stepId = QStringLiteral("stap2");
    step.done = true;
    s.protocol.push_back(step);
    for (const Participant &p : s.participants)
        s.recording.consentedBy << p.id;
    return s;
}

} // namespace nwk::test
