// SPDX-License-Identifier: GPL-3.0-or-later
// The Participation dock (docs/participation.md): hints after a burst of proposals, the
// merge chooser, rejecting a new participant, and a new session's round.
#include "nwk/editor/partnercommands.h"
#include "participationfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::round;

namespace {

/// The "Likely the same as" column of the proposal shown as `text`.
QString hintOf(const RoundWindow &w, const QString &text)
{
    QTreeWidget *tree = w.dock->proposalTree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
            if (tree->topLevelItem(g)->child(c)->text(0) == text)
                return tree->topLevelItem(g)->child(c)->text(1);
    return QStringLiteral("(not shown)");
}

} // namespace

TEST_CASE("participation: the dock shows the likely duplicates after a burst and after a change",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p1"));
    phone.partner(QStringLiteral("c1"), QStringLiteral("clb"));
    phone.partner(QStringLiteral("c2"), QStringLiteral("Logopedist"));
    phone.partner(QStringLiteral("c3"), QStringLiteral("logopedist "));
    phone.partner(QStringLiteral("c4"), QStringLiteral("Bibliotheek"));
    w.waitForProposals(4);
    CHECK(hintOf(w, QStringLiteral("clb")) == QStringLiteral("CLB"));
    CHECK(hintOf(w, QStringLiteral("Logopedist")) == QStringLiteral("logopedist (proposed)"));
    CHECK(hintOf(w, QStringLiteral("logopedist")) == QStringLiteral("Logopedist (proposed)"));
    CHECK(hintOf(w, QStringLiteral("Bibliotheek")).isEmpty());

    // A partner added on the map: the waiting proposals point to it.
    Partner added;
    added.id = QStringLiteral("pa9");
    added.label = QStringLiteral("Logopedist");
    REQUIRE(w.doc().push(new AddPartner(&w.doc(), added)));
    CHECK(QTest::qWaitFor(
        [&] {
            return hintOf(w, QStringLiteral("Logopedist")) ==
                   QStringLiteral("Logopedist, logopedist (proposed)");
        },
        5000));
    CHECK(hintOf(w, QStringLiteral("clb")) == QStringLiteral("CLB"));
}

TEST_CASE("participation: merge with two likely partners asks which, by position",
          "[participation]")
{
    Session s = roundSession();
    Partner second;
    second.id = QStringLiteral("pa9");
    second.label = QStringLiteral("CLB"); // two partners labelled the same
    s.partners.push_back(second);
    SessionFile file(s);
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p1"));
    phone.partner(QStringLiteral("c1"), QStringLiteral("clb"));
    w.waitForProposals(1);

    QStringList offered;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        offered = dialog->comboBoxItems();
        auto *combo = dialog->findChild<QComboBox *>();
        REQUIRE(combo);
        combo->setCurrentIndex(1);
        dialog->accept();
    });
    timer.start();
    w.decide(QStringLiteral("clb"), w.dock->mergeButton());
    CHECK(offered == QStringList{QStringLiteral("CLB (pa1)"), QStringLiteral("CLB (pa9)")});
    CHECK(w.partner(QStringLiteral("pa9")).namedBy == QStringList{QStringLiteral("p1")});
    CHECK(w.partner(QStringLiteral("pa1")).namedBy.isEmpty());
    CHECK(phone.stateOf(QStringLiteral("c1"))[QStringLiteral("partner")] == QStringLiteral("pa9"));
    CHECK(w.proposalLabels().isEmpty());
}

TEST_CASE("participation: rejecting a new participant sends the phone away with all it sent",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p1"));
    phone.partner(QStringLiteral("c1"), QStringLiteral("Bibliotheek"));
    w.waitForProposals(1);
    phone.send({{QStringLiteral("t"), QStringLiteral("iamNew")},
                {QStringLiteral("role"), QStringLiteral("stagiair")}});
    w.waitForProposals(2);
    w.decide(QStringLiteral("new participant: stagiair"), w.dock->rejectButton());
    CHECK(w.proposalLabels().isEmpty());
    CHECK(w.feature->pending().empty());
    phone.waitFor(
        [](const QJsonObject &m) { return m[QStringLiteral("t")] == QStringLiteral("removed"); });
}

TEST_CASE("participation: another session starts with the round and accepting as at first",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    w.dock->autoAcceptBox()->setChecked(true);
    w.feature->setRound(QStringLiteral("marks"));
    REQUIRE(w.feature->autoAccept());
    REQUIRE(w.window.openFile(file.path));
    CHECK_FALSE(w.feature->isOpen());
    CHECK_FALSE(w.feature->autoAccept());
    CHECK_FALSE(w.dock->autoAcceptBox()->isChecked());
    CHECK(w.feature->round() == QStringLiteral("names"));
    CHECK(w.dock->roundCombo()->currentData().toString() == QStringLiteral("names"));
}
