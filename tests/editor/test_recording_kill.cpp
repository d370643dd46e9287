// SPDX-License-Identifier: GPL-3.0-or-later
// The real program killed while recording (docs/recording.md, "When the editor is killed"):
// the netwerkkaart binary starts recording the test server's sine source through its test hook
// NWK_TEST_START_RECORDING, is killed with SIGKILL after a few seconds, and then the part on
// disk is a WAV file that plays (its header at most a second behind), the recovery copy lists
// the part, and the session reopened gets the part's length from the file on disk.
#include "crashrecovery_support.h"
#include "recordingfixture.h"

#include <QElapsedTimer>

using namespace nwk;
using namespace nwk::test;

namespace {
/// The session of the one recovery copy in `dir`, if there is one with an audio part.
std::optional<Session> recoveredWithPart(const QString &dir)
{
    const QStringList infos = recoveryInfos(dir);
    if (infos.size() != 1)
        return std::nullopt;
    const QString stem = QFileInfo(infos.front()).completeBaseName();
    SessionReadResult r = readSessionFile(QDir(dir).filePath(stem + QStringLiteral(".nwk")));
    if (!r.session || r.session->recording.parts.empty())
        return std::nullopt;
    return r.session;
}
} // namespace

TEST_CASE("A killed editor leaves a playable audio part and the recovery offers it",
          "[audio][recording][crash-recovery]")
{
    requireTestAudio();
    const QString app = appPath();
    INFO("app binary " << app.toStdString());
    REQUIRE(QFileInfo(app).isExecutable());
    QTemporaryDir home;
    REQUIRE(home.isValid());
    SessionFile file(consentedSession());
    const QString wav = file.dir.filePath(QStringLiteral("regenboog.audio/part-001.wav"));
    const QString recoveryDir = recoveryDirOf(home.path());

    QProcess editor;
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.insert(QStringLiteral("PULSE_SERVER"), testAudioServerAddress());
    env.insert(QStringLiteral("NWK_TEST_START_RECORDING"), QStringLiteral("1"));
    editor.setProcessEnvironment(env);
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(app, {QStringLiteral("--autosave-interval"), QStringLiteral("200"), file.path});
    REQUIRE(editor.waitForStarted(10000));
    const bool started = waitFor([&] { return QFileInfo(wav).size() > 44; }, 30000);
    QElapsedTimer recording;
    recording.start();
    const bool listed =
        started && waitFor([&] { return recoveredWithPart(recoveryDir).has_value(); }, 30000);
    while (listed && recording.elapsed() < 3500)
        QTest::qWait(50);
    const qint64 recordedMs = recording.elapsed();
    killHard(editor);
    REQUIRE(started);
    REQUIRE(listed);

    // The part plays: valid to its last flushed sample, and the header (what players read)
    // at most a second and a bit behind.
    const WavInfo info = readWavInfo(wav);
    INFO(info.error.toStdString());
    REQUIRE(info.ok);
    CHECK(info.durationMs >= recordedMs - 2000);
    const QStringList py = pythonWave(wav).split(' ');
    INFO("python wave: " << py.join(' ').toStdString());
    REQUIRE(py.size() == 3);
    CHECK(py[0].toLongLong() * 1000 / py[1].toLongLong() >= recordedMs - 2000);

    // The recovery offers the session with its part.
    const QStringList offered = listRecovery(home.path());
    REQUIRE(offered.size() == 1);
    const Session recovered = *recoveredWithPart(recoveryDir);
    REQUIRE(recovered.recording.parts.size() == 1);
    CHECK(recovered.recording.parts[0].file == QStringLiteral("regenboog.audio/part-001.wav"));
    CHECK(recovered.recording.parts[0].startMs >= 0);

    // Restored and saved as the session (what Restore and Save do), then opened: the part's
    // length comes from the file on disk, not from the last autosave (which noted it at most
    // 5 s earlier; here it notes 1 ms, as a copy written right after the part began would).
    Session stale = recovered;
    stale.recording.parts[0].durationMs = 1;
    REQUIRE(writeSessionFile(stale, file.path).isEmpty());
    Window w(file.path);
    QTest::qWait(50); // the lengths are read once the opening is done
    REQUIRE(w.doc().session().recording.parts.size() == 1);
    CHECK(w.doc().session().recording.parts[0].durationMs == info.durationMs);
    CHECK(w.doc().isModified()); // the length read is news to the file: a save keeps it
}
