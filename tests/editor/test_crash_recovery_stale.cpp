// SPDX-License-Identifier: GPL-3.0-or-later
// The real program (offscreen, its own HOME and XDG folders; hooks in src/app/main.cpp):
// a recovery copy that is not newer than the user's file is never offered again.
//  - killed right after a save: the next start offers nothing;
//  - a copy left by a crash, Not Now at the next start, then an edit, a save and a
//    normal quit: the start after that offers nothing.
// What a start would offer is asked with `netwerkkaart --list-recovery`.
#include "crashrecovery_support.h"

using namespace nwk;
using namespace nwk::test;

namespace {

QString labelInFile(const SessionFile &file, const char *partnerId)
{
    const SessionReadResult r = readSessionFile(file.path);
    const Partner *p = r.session ? r.session->partner(QString::fromUtf8(partnerId)) : nullptr;
    return p ? p->label : QString();
}

/// Starts the program on `file` with the test hooks `hooks` (name, value).
void start(QProcess &process, const QString &home, const QStringList &args,
           const std::vector<std::pair<const char *, QString>> &hooks)
{
    QProcessEnvironment env = isolatedEnvironment(home);
    for (const auto &[name, value] : hooks)
        env.insert(QString::fromLatin1(name), value);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(appPath(), args);
    REQUIRE(process.waitForStarted(10000));
}

} // namespace

TEST_CASE("Killed right after a save, the next start offers no stale copy",
          "[crash-recovery][recovery]")
{
    REQUIRE(QFileInfo(appPath()).isExecutable());
    QTemporaryDir home;
    REQUIRE(home.isValid());
    SessionFile file;
    const QString label = QStringLiteral("CLB, bewaard");

    // Edit; once the recovery copy is written, save; kill the moment the file has it.
    // (An interval of a second: a copy removed only an interval after the save, as
    // before, would still be there.)
    QProcess first;
    start(first, home.path(),
          {QStringLiteral("--autosave-interval"), QStringLiteral("1000"), file.path},
          {{"NWK_TEST_EDIT_LABEL", label}, {"NWK_TEST_AFTER_AUTOSAVE", QStringLiteral("save")}});
    const bool saved = waitFor([&] { return labelInFile(file, "pa1") == label; }, 30000);
    killHard(first);
    REQUIRE(saved);

    CHECK(listRecovery(home.path()).isEmpty());
    CHECK(recoveryInfos(recoveryDirOf(home.path())).isEmpty());
    CHECK(labelInFile(file, "pa1") == label); // the file is what was saved
}

TEST_CASE("A copy declined with Not Now is gone after an edit, a save and a normal quit",
          "[crash-recovery][recovery]")
{
    REQUIRE(QFileInfo(appPath()).isExecutable());
    QTemporaryDir home;
    REQUIRE(home.isValid());
    SessionFile file;
    const QString recoveryDir = recoveryDirOf(home.path());

    // 1. A crash leaves unsaved work.
    QProcess first;
    start(first, home.path(),
          {QStringLiteral("--autosave-interval"), QStringLiteral("200"), file.path},
          {{"NWK_TEST_EDIT_LABEL", QStringLiteral("Oude wijziging")}});
    const bool written = waitFor(
        [&] {
            const QStringList infos = recoveryInfos(recoveryDir);
            return infos.size() == 1 &&
                   recoveredPartnerLabel(QDir(recoveryDir)
                                             .filePath(QFileInfo(infos.front()).completeBaseName() +
                                                       QStringLiteral(".nwk")),
                                         "pa1") == QStringLiteral("Oude wijziging");
        },
        30000);
    killHard(first);
    REQUIRE(written);
    const QStringList offered = listRecovery(home.path());
    REQUIRE(offered.size() == 1); // it is unsaved work, newer than the file: offered
    CHECK(offered.front().contains(QFileInfo(file.path).absoluteFilePath()));

    // 2. Not Now; another edit, saved; quit normally.
    QProcess second;
    start(second, home.path(),
          {QStringLiteral("--autosave-interval"), QStringLiteral("200"), file.path},
          {{"NWK_TEST_RECOVERY_ANSWER", QStringLiteral("laterButton")},
           {"NWK_TEST_EDIT_LABEL", QStringLiteral("Nieuwe wijziging")},
           {"NWK_TEST_AFTER_AUTOSAVE", QStringLiteral("save-quit")}});
    const bool ended = second.waitForFinished(60000);
    if (!ended)
        killHard(second);
    REQUIRE(ended);
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(labelInFile(file, "pa1") == QStringLiteral("Nieuwe wijziging"));

    // 3. Nothing is left, and nothing is offered.
    CHECK(recoveryInfos(recoveryDir).isEmpty());
    CHECK(listRecovery(home.path()).isEmpty());
}
