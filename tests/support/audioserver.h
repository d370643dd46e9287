// SPDX-License-Identifier: GPL-3.0-or-later
// The recording tests' audio: a private PulseAudio server with a null sink and a 440 Hz sine
// source (scripts/audio-test-server.sh). CTest starts it as a fixture before the tests tagged
// [audio] (tests/CMakeLists.txt); useTestAudioServer() points PULSE_SERVER at it and starts
// it when it is not running, so that `test_editor "[audio]"` by hand works as well. Call it
// first in a test, before anything of Qt Multimedia runs in the process.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>

namespace nwk::test {

#ifdef NWK_AUDIO_SERVER_DIR
/// The PULSE_SERVER value of the test server ("unix:<dir>/native").
inline QString testAudioServerAddress()
{
    return QStringLiteral("unix:") + QDir(QStringLiteral(NWK_AUDIO_SERVER_DIR)).filePath("native");
}

/// Starts the test server when needed and sets PULSE_SERVER to it. Returns an empty string
/// on success, else what went wrong (the script's output).
inline QString useTestAudioServer()
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(NWK_SOURCE_DIR "/scripts/audio-test-server.sh"),
                  QStringLiteral("start"), QStringLiteral(NWK_AUDIO_SERVER_DIR)});
    if (!script.waitForFinished(30000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0)
        return QStringLiteral("scripts/audio-test-server.sh start failed: ") +
               QString::fromLocal8Bit(script.readAll());
    qputenv("PULSE_SERVER", testAudioServerAddress().toLocal8Bit());
    return {};
}
#endif

} // namespace nwk::test
