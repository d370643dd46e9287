// SPDX-License-Identifier: GPL-3.0-or-later
// The real program, killed: starts the netwerkkaart binary (offscreen, with its
// own HOME and XDG folders) on a session, lets it make one edit through its test
// hook NWK_TEST_EDIT_LABEL, waits for the recovery file, kills it with SIGKILL,
// starts it again with --restore-recovery and checks what comes back.
#include "crashrecovery_support.h"

#include "nwk/editor/autosaver.h"

using namespace nwk;
using namespace nwk::test;

namespace {

/// The partner labels in the one recovery file of `dir` (empty when none or several).
QString recoveredLabel(const QString &dir, const QString &partnerId, QString *id = nullptr)
{
    const QStringList infos = recoveryInfos(dir);
    if (infos.size() != 1)
        return {};
    const QString stem = QFileInfo(infos.front()).completeBaseName();
    if (id)
        *id = stem;
    SessionReadResult r = readSessionFile(QDir(dir).filePath(stem + QStringLiteral(".nwk")));
    const Partner *p = r.session ? r.session->partner(partnerId) : nullptr;
    return p ? p->label : QString();
}

} // namespace

TEST_CASE("A killed editor's unsaved edit is restored at the next start", "[crash-recovery]")
{
    const QString app = appPath();
    INFO("app binary " << app.toStdString());
    REQUIRE(QFileInfo(app).isExecutable());
    QTemporaryDir home;
    REQUIRE(home.isValid());
    SessionFile file;
    const QByteArray userBytes = file.bytes();
    const QString recoveryDir =
        home.path() + QStringLiteral("/data/Netwerkkaart/Netwerkkaart/recovery");
    const QString label = QStringLiteral("CLB na de crash");
    const QString firstPartner = file.read().partners.front().id;

    // 1. Edit, wait for the recovery copy, kill.
    QProcess first;
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.insert(QStringLiteral("NWK_TEST_EDIT_LABEL"), label);
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(app, {QStringLiteral("--autosave-interval"), QStringLiteral("200"), file.path});
    REQUIRE(first.waitForStarted(10000));
    QString firstId;
    const bool written = waitFor(
        [&] { return recoveredLabel(recoveryDir, firstPartner, &firstId) == label; }, 30000);
    if (!written)
        killHard(first);
    REQUIRE(written);
    // While it runs, its files are its own: this process may not take them.
    CHECK(Autosaver::recoverable(recoveryDir).empty());
    killHard(first);
    CHECK(file.bytes() == userBytes); // the user's file was never touched

    // 2. Start again: the program restores it, writes its own copy, drops the old one.
    QProcess second;
    second.setProcessEnvironment(isolatedEnvironment(home.path()));
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(app, {QStringLiteral("--restore-recovery"), QStringLiteral("--autosave-interval"),
                       QStringLiteral("200")});
    REQUIRE(second.waitForStarted(10000));
    QString secondId;
    const bool restored = waitFor(
        [&] {
            return recoveredLabel(recoveryDir, firstPartner, &secondId) == label &&
                   secondId != firstId &&
                   !QFile::exists(QDir(recoveryDir).filePath(firstId + QStringLiteral(".nwk")));
        },
        30000);
    killHard(second);
    REQUIRE(restored);
    CHECK_FALSE(QFile::exists(QDir(recoveryDir).filePath(firstId + QStringLiteral(".nwk"))));

    // 3. What the second program held: the edit, under the user's file name, modified.
    std::vector<RecoveryCandidate> left = Autosaver::recoverable(recoveryDir);
    REQUIRE(left.size() == 1);
    CHECK(left.front().originalFile == QFileInfo(file.path).absoluteFilePath());
    CHECK(left.front().session.partner(firstPartner)->label == label);
    SessionDocument doc;
    Autosaver saver(&doc, recoveryDir);
    saver.restore(left.front());
    CHECK(doc.isModified());
    REQUIRE(doc.save().isEmpty());
    CHECK(file.read().partner(firstPartner)->label == label);
}
