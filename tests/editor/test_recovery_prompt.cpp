// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery question at start-up, in the real program as a user meets it: the
// netwerkkaart binary starts on a real X server (Xvfb) with the copy a killed editor
// left behind, shows "Recover Unsaved Work", and a key pressed on that window (xdotool,
// through the X server, as a keyboard would) answers it. No test hook, no
// --restore-recovery: Return restores (the default button), Escape is "Not Now", which
// keeps the copy for the next start.
#include "crashrecovery_support.h"

#include "skip.h"

#include "nwk/editor/autosaver.h"

#include <QStandardPaths>

using namespace nwk;
using namespace nwk::test;

namespace {

/// A private X server for one test; empty display() when it could not start.
class Xvfb {
public:
    Xvfb()
    {
        // -displayfd 1: it picks a free display and writes its number on stdout.
        m_process.start(QStringLiteral("Xvfb"),
                        {QStringLiteral("-displayfd"), QStringLiteral("1"),
                         QStringLiteral("-screen"), QStringLiteral("0"),
                         QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"),
                         QStringLiteral("tcp")});
        if (!m_process.waitForStarted(10000))
            return;
        waitFor(
            [this] { return m_process.canReadLine() || m_process.state() != QProcess::Running; },
            10000);
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.isEmpty())
            m_display = QStringLiteral(":") + QString::fromLatin1(line);
    }
    ~Xvfb()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

/// Runs xdotool on `display`: whether it succeeded; its output, trimmed, in `out`.
bool xdotool(const QString &display, const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

/// The X window of the recovery question, once it shows (empty after `ms`).
QString waitForWindow(const QString &display, const QString &title, int ms = 30000)
{
    QString id;
    waitFor(
        [&] {
            QString found;
            xdotool(display,
                    {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                     QStringLiteral("--name"), title},
                    &found);
            id = found.section(QLatin1Char('\n'), 0, 0);
            return !id.isEmpty();
        },
        ms);
    return id;
}

/// Gives the window the keyboard focus and presses `key` (an X key name).
bool pressKey(const QString &display, const QString &window, const QString &key)
{
    return xdotool(display, {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window,
                             QStringLiteral("key"), QStringLiteral("--clearmodifiers"), key});
}

/// The copy an editor that renamed the first partner of `file` left when it was killed.
QString leaveCopy(const SessionFile &file, const QString &dir, const char *label)
{
    SessionDocument doc;
    REQUIRE(!hasErrors(doc.load(file.path)));
    Autosaver saver(&doc, dir);
    renamePartner(doc, "pa1", label);
    REQUIRE(saver.saveNow().isEmpty());
    simulateDeadEditor(dir, saver.recoveryFile(), QStringLiteral("killed"));
    return QDir(dir).filePath(QStringLiteral("killed.nwk"));
}

/// The labels of pa1 in the recovery copies of `dir` other than `except`.
QStringList otherCopiesLabels(const QString &dir, const QString &except)
{
    QStringList labels;
    for (const QString &info : recoveryInfos(dir)) {
        const QString copy =
            QDir(dir).filePath(QFileInfo(info).completeBaseName() + QStringLiteral(".nwk"));
        if (copy != except)
            labels << recoveredPartnerLabel(copy, "pa1");
    }
    return labels;
}

struct Started {
    QTemporaryDir home;
    SessionFile file;
    QString recoveryDir;
    QString copy;
    Xvfb x;
    QProcess app;
    QString dialog; ///< the X window of the question
};

/// Leaves a killed editor's copy, starts the program on Xvfb, waits for the question.
/// False when a tool is missing (then the test is skipped, which fails in CI).
bool startWithCopy(Started &s, const char *label)
{
    REQUIRE(s.home.isValid());
    s.recoveryDir = recoveryDirOf(s.home.path());
    REQUIRE(QDir().mkpath(s.recoveryDir));
    s.copy = leaveCopy(s.file, s.recoveryDir, label);
    REQUIRE(listRecovery(s.home.path()).size() == 1); // the program would offer it
    if (s.x.display().isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        return false;
    QProcessEnvironment env = isolatedEnvironment(s.home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), s.x.display());
    s.app.setProcessEnvironment(env);
    s.app.setProcessChannelMode(QProcess::ForwardedChannels);
    s.app.start(appPath(), {QStringLiteral("--autosave-interval"), QStringLiteral("200")});
    REQUIRE(s.app.waitForStarted(10000));
    s.dialog = waitForWindow(s.x.display(), QStringLiteral("^Recover Unsaved Work$"));
    if (s.dialog.isEmpty())
        killHard(s.app);
    REQUIRE_FALSE(s.dialog.isEmpty()); // the real program asked
    return true;
}

} // namespace

TEST_CASE("At start-up the real program asks about a killed editor's work and Return restores it",
          "[crash-recovery][xvfb]")
{
    Started s;
    if (!startWithCopy(s, "Hersteld na de crash")) {
        NWK_SKIP("Xvfb or xdotool is not installed (scripts/deps.sh installs them)");
        return;
    }
    REQUIRE(pressKey(s.x.display(), s.dialog, QStringLiteral("Return")));
    // Restored: the program holds the edit, writes its own copy of it and drops the old one.
    const bool restored = waitFor(
        [&] {
            return otherCopiesLabels(s.recoveryDir, s.copy) ==
                       QStringList{QStringLiteral("Hersteld na de crash")} &&
                   !QFile::exists(s.copy);
        },
        30000);
    const bool asked =
        !waitForWindow(s.x.display(), QStringLiteral("^Recover Unsaved Work$"), 0).isEmpty();
    killHard(s.app);
    CHECK(restored);
    CHECK_FALSE(asked); // the question is gone
}

TEST_CASE("At start-up the real program asks about a killed editor's work and Escape keeps it for "
          "the next start",
          "[crash-recovery][xvfb]")
{
    Started s;
    if (!startWithCopy(s, "Niet nu")) {
        NWK_SKIP("Xvfb or xdotool is not installed (scripts/deps.sh installs them)");
        return;
    }
    REQUIRE(pressKey(s.x.display(), s.dialog, QStringLiteral("Escape")));
    // Answered: the question closes; the program goes on without the edit (the start
    // screen, as no file was given) and leaves the copy alone.
    const bool closed = waitFor(
        [&] {
            return waitForWindow(s.x.display(), QStringLiteral("^Recover Unsaved Work$"), 0)
                .isEmpty();
        },
        30000);
    const bool running = s.app.state() == QProcess::Running;
    killHard(s.app);
    CHECK(closed);
    CHECK(running);
    CHECK(QFile::exists(s.copy));
    CHECK(otherCopiesLabels(s.recoveryDir, s.copy).isEmpty()); // it did not take the edit
    // Asked again at the next start.
    const QStringList offered = listRecovery(s.home.path());
    REQUIRE(offered.size() == 1);
    CHECK(offered.front().startsWith(s.copy + QLatin1Char('\t')));
}
