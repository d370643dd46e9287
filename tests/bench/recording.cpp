// SPDX-License-Identifier: GPL-3.0-or-later
// The recording's CPU use (issue #24, item 7): the real main window records the session's
// audio through Qt Multimedia (Session > Start Recording, as the facilitator starts it) for
// some seconds; the process's CPU time over that time, less that of the same window idle for
// as long, is the recording's cost, as a share of one core. scripts/bench.sh points
// PULSE_SERVER at the private test server (scripts/audio-test-server.sh): a 440 Hz sine input.
#include "bench.h"

#include "synthetic.h"

#include "nwk/core/sessionio.h"
#include "nwk/editor/mainwindow.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>

namespace nwk::bench {

namespace {

/// User and system CPU time of this process (every thread), in ms.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval &t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

/// CPU ms spent while the event loop runs for `seconds`.
double cpuOver(int seconds)
{
    const double before = cpuMs();
    QTest::qWait(seconds * 1000);
    return cpuMs() - before;
}

bool whyNot(const char *message)
{
    std::fprintf(stderr, "nwk-bench: recording: %s\n", message);
    return false;
}

/// A 60-partner session whose consent to the recording is complete (the protocol's
/// consent step ticked, every participant agreed), so that starting asks nothing.
Session consentedSession()
{
    Session s = syntheticSession(60);
    ProtocolStepState step;
    step.stepId = QStringLiteral("stap2");
    step.done = true;
    s.protocol.push_back(step);
    for (const Participant &p : s.participants)
        s.recording.consentedBy << p.id;
    return s;
}

} // namespace

bool runRecording(int seconds, std::vector<Figure> &figures)
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("opname.nwk"));
    if (!dir.isValid() || !writeSessionFile(consentedSession(), file).isEmpty())
        return whyNot("the session could not be written");
    MainWindow window;
    window.resize(1280, 860);
    if (!window.openFile(file))
        return whyNot("the session did not open");
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return whyNot("the window was not shown");
    QTest::qWait(500); // the first paints and the docks' first fill
    auto *start = window.findChild<QAction *>(QStringLiteral("startRecordingAction"));
    auto *stop = window.findChild<QAction *>(QStringLiteral("stopRecordingAction"));
    if (!start || !stop)
        return whyNot("no Start or Stop Recording action");

    const double idle = cpuOver(seconds);
    start->trigger();
    if (!stop->isEnabled())
        return whyNot("the recording did not start (no audio input? see PULSE_SERVER)");
    const double recording = cpuOver(seconds);
    stop->trigger();
    const auto &parts = window.document()->session().recording.parts;
    if (parts.empty())
        return whyNot("the session lists no audio part");
    const QString part = QFileInfo(file).dir().filePath(parts.front().file);
    if (QFileInfo(part).size() < 16000) // 16 kB: under a second of the poorest audio
        return whyNot("the audio part holds (almost) nothing");

    const double share = 100.0 * (recording - idle) / (seconds * 1000.0);
    std::printf("figure recording-cpu 0 %.3f\n", share);
    std::printf("figure recording-cpu-total 0 %.3f\n", 100.0 * recording / (seconds * 1000.0));
    std::fflush(stdout);
    figures.push_back({QStringLiteral("recording-cpu"), 0, share});
    return true;
}

} // namespace nwk::bench
