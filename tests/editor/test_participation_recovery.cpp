// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round and a crash (docs/participation.md, "Resends and restarts"):
// the round's state beside the recovery copy, the round reopened when the session is
// restored, and phones that reconnect and resend. Also a phone's "Not you?".
#include "participationfixture.h"
#include "test_autosave_support.h"

#include "nwk/editor/autosaver.h"

#include <QStatusBar>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::round;

namespace {

const QString kDevice = QStringLiteral("device-one");

/// The editor with its Autosaver writing into `directory`, as main.cpp makes them: the
/// Autosaver exists before the facilitator opens the round, and goes before the window.
struct SavedWindow : DockWindow {
    Autosaver saver;
    ParticipationFeature *feature = nullptr;

    SavedWindow(const QString &fileName, const QString &directory)
        : DockWindow(fileName)
        , saver(window.document(), directory)
    {
        feature = window.findChild<ParticipationFeature *>();
        REQUIRE(feature);
    }
    void openRound() const
    {
        auto *open = window.findChild<QAction *>(QStringLiteral("openParticipationAction"));
        REQUIRE(open);
        open->trigger();
        REQUIRE(feature->isOpen());
    }
    QString roundFile() const { return saver.sidecarPath(ParticipationFeature::recoverySuffix()); }
    int partnersLabelled(const QString &label) const
    {
        int n = 0;
        for (const Partner &p : doc().session().partners)
            n += p.label == label ? 1 : 0;
        return n;
    }
    QString statusText() const { return window.statusBar()->currentMessage(); }
};

/// The round opened, phone `kDevice` of p1 sent partner "Bibliotheek" (cid c1), the
/// facilitator accepted it, the copy autosaved; then the editor is "killed": its files
/// are left as a dead editor's ("dead1"). Returns the join URL; `partnerId` the partner.
QUrl crashAfterAcceptedPartner(const QString &fileName, const QString &directory,
                               QString *partnerId)
{
    SavedWindow w(fileName, directory);
    w.openRound();
    PhoneClient phone(w.feature->server()->joinUrl());
    phone.join(kDevice, QStringLiteral("p1"));
    phone.partner(QStringLiteral("c1"), QStringLiteral("Bibliotheek"), QStringLiteral("aanbod"));
    REQUIRE(QTest::qWaitFor([&] { return w.feature->pending().size() == 1; }, 5000));
    REQUIRE(w.feature->accept(0));
    const QJsonObject state = phone.stateOf(QStringLiteral("c1"));
    REQUIRE(state[QStringLiteral("state")] == QStringLiteral("accepted"));
    *partnerId = state[QStringLiteral("partner")].toString();
    REQUIRE(w.saver.saveNow().isEmpty()); // the autosave after the accepted step
    REQUIRE(QFile::exists(w.roundFile()));
    simulateDeadEditor(directory, w.saver.recoveryFile(), QStringLiteral("dead1"));
    return w.feature->server()->joinUrl();
}

} // namespace

TEST_CASE("participation: after a crash the restored session reopens the round at the same "
          "address and a phone's resend is answered, not added twice",
          "[participation][participation-recovery]")
{
    SessionFile file(roundSession());
    QTemporaryDir recovery;
    QString partnerId;
    const QUrl url = crashAfterAcceptedPartner(file.path, recovery.path(), &partnerId);

    std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
    REQUIRE(found.size() == 1);
    const QString oldRoundFile = found.front().sidecarPath(ParticipationFeature::recoverySuffix());
    REQUIRE(QFile::exists(oldRoundFile));

    SavedWindow w(file.path, recovery.path());
    CHECK_FALSE(w.feature->isOpen());
    w.saver.restore(found.front());
    CHECK(w.partnersLabelled(QStringLiteral("Bibliotheek")) == 1); // the accepted step
    REQUIRE(w.feature->isOpen());
    CHECK(w.feature->server()->joinUrl() == url); // same token, same port
    CHECK(w.window.findChild<QDockWidget *>(QStringLiteral("participationDock"))->isVisible());
    CHECK(w.statusText().contains(url.toString()));
    CHECK_FALSE(QFile::exists(oldRoundFile)); // taken over by this editor's copy
    CHECK(QFile::exists(w.roundFile()));

    // The phone's page reconnects with its device id and resends what it has not seen
    // answered: still the same participant, the same partner, nothing new to decide.
    PhoneClient phone(url);
    phone.send(
        {{QStringLiteral("t"), QStringLiteral("hello")}, {QStringLiteral("device"), kDevice}});
    phone.waitFor([](const QJsonObject &m) {
        return m[QStringLiteral("t")] == QStringLiteral("welcome") &&
               m[QStringLiteral("you")].toObject()[QStringLiteral("participant")] ==
                   QStringLiteral("p1");
    });
    phone.partner(QStringLiteral("c1"), QStringLiteral("Bibliotheek"), QStringLiteral("aanbod"));
    const QJsonObject state = phone.stateOf(QStringLiteral("c1"));
    CHECK(state[QStringLiteral("state")] == QStringLiteral("accepted"));
    CHECK(state[QStringLiteral("partner")] == partnerId);
    QTest::qWait(100);
    CHECK(w.feature->pending().empty());
    CHECK(w.partnersLabelled(QStringLiteral("Bibliotheek")) == 1);
}

TEST_CASE("participation: the round's file beside the recovery copy goes when the round is "
          "closed, the session saved or the editor closed normally",
          "[participation][participation-recovery]")
{
    SessionFile file(roundSession());
    QTemporaryDir recovery;
    QString roundFile;
    {
        SavedWindow w(file.path, recovery.path());
        w.openRound();
        roundFile = w.roundFile();
        CHECK_FALSE(QFile::exists(roundFile)); // no copy yet: nothing to recover
        renamePartner(w.doc(), "pa1", "CLB Gent");
        REQUIRE(w.saver.saveNow().isEmpty());
        CHECK(QFile::exists(roundFile));

        w.feature->close(); // closed on purpose: nothing to reopen after a crash
        CHECK_FALSE(QFile::exists(roundFile));
        CHECK(QFile::exists(w.saver.recoveryFile()));
        w.openRound();
        CHECK(QFile::exists(roundFile)); // written at once beside the existing copy

        REQUIRE(w.doc().save().isEmpty()); // saved: copy and round file go
        REQUIRE(QTest::qWaitFor([&] { return !QFile::exists(w.saver.recoveryFile()); }, 5000));
        CHECK_FALSE(QFile::exists(roundFile));

        renamePartner(w.doc(), "pa1", "CLB Brugge");
        REQUIRE(w.saver.saveNow().isEmpty());
        CHECK(QFile::exists(roundFile));
    } // a normal end
    CHECK_FALSE(QFile::exists(roundFile));
    CHECK(QDir(recovery.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("participation: a damaged round file beside the recovery copy is named with its JSON "
          "path and the session is still restored",
          "[participation][participation-recovery]")
{
    SessionFile file(roundSession());
    QTemporaryDir recovery;
    QString partnerId;
    crashAfterAcceptedPartner(file.path, recovery.path(), &partnerId);

    std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
    REQUIRE(found.size() == 1);
    const QString roundFile = found.front().sidecarPath(ParticipationFeature::recoverySuffix());
    QFile damaged(roundFile);
    REQUIRE(damaged.open(QIODevice::ReadOnly));
    QByteArray bytes = damaged.readAll();
    damaged.close();
    REQUIRE(bytes.contains("\"accepted\""));
    bytes.replace("\"accepted\"", "\"eaten\"");
    REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(bytes);
    damaged.close();

    SavedWindow w(file.path, recovery.path());
    w.saver.restore(found.front());
    CHECK(w.partnersLabelled(QStringLiteral("Bibliotheek")) == 1);
    CHECK(w.doc().isModified());
    CHECK_FALSE(w.feature->isOpen());
    INFO("status: " << w.statusText().toStdString());
    CHECK(w.statusText().contains(QDir::toNativeSeparators(roundFile)));
    CHECK(w.statusText().contains(QStringLiteral("$.proposals[0].state")));
    CHECK_FALSE(QFile::exists(w.roundFile()));
}

TEST_CASE("participation: after Not you? a phone's later proposals are named by the participant "
          "it chose",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.join(kDevice, QStringLiteral("p1"));
    phone.partner(QStringLiteral("c1"), QStringLiteral("Bibliotheek"));
    w.waitForProposals(1);

    // "Not you?": the page sends another iam on the same connection.
    phone.send({{QStringLiteral("t"), QStringLiteral("iam")},
                {QStringLiteral("participant"), QStringLiteral("p2")}});
    phone.waitFor([](const QJsonObject &m) {
        return m[QStringLiteral("t")] == QStringLiteral("welcome") &&
               m[QStringLiteral("you")].toObject()[QStringLiteral("participant")] ==
                   QStringLiteral("p2");
    });
    phone.partner(QStringLiteral("c2"), QStringLiteral("Sportclub"));
    w.waitForProposals(2);
    REQUIRE(w.feature->pending().size() == 2);
    CHECK(w.feature->pending()[0].participant == QStringLiteral("p1")); // sent as p1
    CHECK(w.feature->pending()[1].participant == QStringLiteral("p2"));
    const auto devices = w.feature->server()->devices();
    REQUIRE(devices.size() == 1);
    CHECK(devices.front().participant == QStringLiteral("p2"));

    w.feature->acceptAll();
    const Partner *first = w.partnerLabelled(QStringLiteral("Bibliotheek"));
    const Partner *second = w.partnerLabelled(QStringLiteral("Sportclub"));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->namedBy == QStringList{QStringLiteral("p1")});
    CHECK(second->namedBy == QStringList{QStringLiteral("p2")});
}

TEST_CASE("participation: a phone that asked to be a new participant and then chose one on the "
          "list no longer waits for the facilitator",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.send(
        {{QStringLiteral("t"), QStringLiteral("hello")}, {QStringLiteral("device"), kDevice}});
    phone.send({{QStringLiteral("t"), QStringLiteral("iamNew")},
                {QStringLiteral("role"), QStringLiteral("stagiair")}});
    w.waitForProposals(1);

    // "Not you?" on the page: it is P2 after all.
    phone.send({{QStringLiteral("t"), QStringLiteral("iam")},
                {QStringLiteral("participant"), QStringLiteral("p2")}});
    phone.waitFor([](const QJsonObject &m) {
        return m[QStringLiteral("t")] == QStringLiteral("welcome") &&
               m[QStringLiteral("you")].toObject()[QStringLiteral("participant")] ==
                   QStringLiteral("p2");
    });
    w.waitForProposals(0); // nothing left to accept that would make it someone else
    w.feature->acceptAll();
    CHECK(w.doc().session().participants.size() == 3);
    const auto devices = w.feature->server()->devices();
    REQUIRE(devices.size() == 1);
    CHECK(devices.front().participant == QStringLiteral("p2"));
}
