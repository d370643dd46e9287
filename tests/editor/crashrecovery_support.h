// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the tests that drive the real netwerkkaart binary (offscreen, with its
// own HOME and XDG folders) and kill it: test_crash_recovery*.cpp.
#pragma once

#include "test_autosave_support.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace nwk::test {

inline QString appPath()
{
    // The app is built next to the CLI: <build>/src/cli/netwerkkaart-cli ->
    // <build>/src/app/netwerkkaart.
    const QFileInfo cli(QStringLiteral(NWK_CLI_PATH));
    return QFileInfo(cli.dir(), QStringLiteral("../app/netwerkkaart")).absoluteFilePath();
}

inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *hook :
         {"NWK_TEST_EDIT_LABEL", "NWK_TEST_RECOVERY_ANSWER", "NWK_TEST_AFTER_AUTOSAVE"})
        env.remove(QString::fromLatin1(hook));
    return env;
}

inline void killHard(QProcess &process)
{
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    REQUIRE(process.waitForFinished(10000));
}

/// The recovery folder of the isolated environment of `home`.
inline QString recoveryDirOf(const QString &home)
{
    return home + QStringLiteral("/data/Netwerkkaart/Netwerkkaart/recovery");
}

/// Runs `netwerkkaart --list-recovery` in the environment of `home`: its output lines.
inline QStringList listRecovery(const QString &home)
{
    QProcess p;
    p.setProcessEnvironment(isolatedEnvironment(home));
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(appPath(), {QStringLiteral("--list-recovery")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace nwk::test
