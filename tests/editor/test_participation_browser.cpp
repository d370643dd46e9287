// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end check of the participation round in a real browser: this editor serves
// the phone page; tests/browser/phone_round.py drives it in headless Chromium through
// chromedriver (python3-selenium) as one participant; the saved file must hold what the
// phone sent. Done in-process (not the app with a test-only option): the test switches
// the round when the phone is done naming, and reads the document it saved itself.
#include "participationfixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::round;

namespace {

/// Debian's python3 (with python3-selenium), else the first on PATH.
QString python()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(system) ? system
                                     : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

TEST_CASE("participation: a phone in a real browser names three partners and ticks two",
          "[participation][browser]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    if (python().isEmpty()) {
        NWK_SKIP("python3 is not installed (scripts/deps.sh installs it)");
        return;
    }
    const QStringList names = {QStringLiteral("Bibliotheek"), QStringLiteral("Jeugdhuis"),
                               QStringLiteral("Sportclub")};
    QProcess phone;
    phone.setProgram(python());
    phone.setArguments(QStringList{QStringLiteral(NWK_SOURCE_DIR "/tests/browser/phone_round.py"),
                                   QStringLiteral("--url"), loopback(w.joinUrl()).toString(),
                                   QStringLiteral("--participant"), QStringLiteral("P2"),
                                   QStringLiteral("--names")}
                       << names << QStringLiteral("--ticks") << QStringLiteral("Jeugdhuis")
                       << QStringLiteral("Hogeschool"));
    // NWK_PHONE_SCREENSHOT=/path/phone.png: the page after the post-its (and
    // phone-marks.png after the ticks), at 390 x 844, to look at.
    const QString screenshot = qEnvironmentVariable("NWK_PHONE_SCREENSHOT");
    if (!screenshot.isEmpty())
        phone.setArguments(phone.arguments() << QStringLiteral("--screenshot") << screenshot);
    QByteArray out;
    // The post-its: the facilitator accepts them one by one, 300 ms apart (each brings the
    // phone a new welcome: the page must not send its proposals again).
    QTimer facilitator;
    facilitator.setInterval(300);
    QObject::connect(&facilitator, &QTimer::timeout, [&] {
        if (!w.feature->pending().empty() && w.dock->proposalTree()->topLevelItemCount() > 0)
            w.decide(w.dock->proposalTree()->topLevelItem(0)->child(0)->text(0),
                     w.dock->acceptButton());
    });
    QObject::connect(&phone, &QProcess::readyReadStandardOutput, [&] {
        out += phone.readAllStandardOutput();
        if (out.contains("NAMES-SENT") && !facilitator.isActive() &&
            w.feature->round() == QStringLiteral("names"))
            facilitator.start();
        // The post-its are in: the priority round, accepted automatically.
        if (out.contains("NAMES-DONE") && w.feature->round() == QStringLiteral("names")) {
            facilitator.stop();
            w.dock->autoAcceptBox()->setChecked(true);
            w.feature->setRound(QStringLiteral("marks"));
        }
    });
    phone.start();
    REQUIRE(phone.waitForStarted(10000));
    // The editor's event loop runs while the browser works (the server is in this thread).
    const bool finished =
        QTest::qWaitFor([&] { return phone.state() == QProcess::NotRunning; }, 120000);
    if (!finished)
        phone.kill();
    const QByteArray err = phone.readAllStandardError();
    INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
    REQUIRE(finished);
    if (phone.exitCode() == 77) {
        NWK_SKIP("headless Chromium cannot run here: " << out.trimmed().toStdString());
        return;
    }
    REQUIRE(phone.exitCode() == 0);
    CHECK(out.contains("MARKS-DONE"));

    // The saved session: three tray partners named by P2, two marks for P2.
    const QString saved = file.dir.filePath(QStringLiteral("after-round.nwk"));
    REQUIRE(w.doc().saveAs(saved).isEmpty());
    SessionReadResult read = readSessionFile(saved);
    REQUIRE(read.session.has_value());
    QStringList namedByP2;
    QStringList markedForP2;
    for (const Partner &p : read.session->partners) {
        if (p.namedBy.contains(QStringLiteral("p2"))) {
            CHECK_FALSE(p.placement.has_value());
            CHECK(p.namedBy == QStringList{QStringLiteral("p2")});
            namedByP2.append(p.label);
        }
        if (p.marks.contains(QStringLiteral("p2")))
            markedForP2.append(p.label);
    }
    CHECK(namedByP2 == names);
    markedForP2.sort();
    CHECK(markedForP2 == QStringList({QStringLiteral("Hogeschool"), QStringLiteral("Jeugdhuis")}));
}
