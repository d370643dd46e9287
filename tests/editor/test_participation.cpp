// SPDX-License-Identifier: GPL-3.0-or-later
// The participation feature with the real server (docs/participation.md): phones are
// in-process WebSocket clients; the facilitator decides in the Participation dock.
#include "../../src/editor/participation/phoneviewsource.h"
#include "../../src/editor/presentation/roomview.h"
#include "participationfixture.h"

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::round;

namespace {
const QString kAccepted = QStringLiteral("accepted");
} // namespace

TEST_CASE("participation: likely duplicates come from the comparison's label matching",
          "[participation]")
{
    // sampleSession(): pa1 "CLB", pa4 "Stad".
    const DuplicateHints hints = duplicateHints(
        sampleSession(), {QStringLiteral("clb"), QStringLiteral("Logopedist"),
                          QStringLiteral("logopedist "), QStringLiteral("Bibliotheek")});
    CHECK(hints.existing[0] == QStringList{QStringLiteral("pa1")});
    CHECK(hints.existing[1].isEmpty());
    CHECK(hints.others[1] == std::vector<int>{2});
    CHECK(hints.others[2] == std::vector<int>{1});
    CHECK(hints.existing[3].isEmpty());
    CHECK(hints.others[3].empty());
}

TEST_CASE("participation: phones see codes, roles, categories and labels, never notes",
          "[participation]")
{
    Session s = roundSession();
    s.participants[0].note = QStringLiteral("Naam: Jan Peeters");
    s.partners[0].notes = QStringLiteral("geheim");
    s.partners[0].marks = {QStringLiteral("p2")};
    const PhoneView view = phoneViewOf(s, QStringLiteral("marks"));
    CHECK(view.language == QStringLiteral("nl"));
    CHECK(view.round == QStringLiteral("marks"));
    REQUIRE(view.participants.size() == 3);
    CHECK(view.participants[1].code == QStringLiteral("P2"));
    CHECK(view.participants[1].role == QStringLiteral("zorgco\u00f6rdinator"));
    CHECK(view.partners.size() == s.partners.size());
    CHECK(view.partners[0].label == QStringLiteral("CLB"));
    CHECK(view.partners[0].category == QStringLiteral("zorg"));
    CHECK(view.categories.size() == s.categories.size());
    REQUIRE(view.marks.size() == 3);
    CHECK(view.marks[1].second == QStringList{QStringLiteral("pa1")});
}

TEST_CASE("participation: an accepted partner from a phone is a tray partner named by its "
          "participant, one undo step",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p1"));
    const int steps = w.stack().count();

    phone.partner(QStringLiteral("c1"), QStringLiteral("Bibliotheek"), QStringLiteral("aanbod"));
    w.waitForProposals(1);
    CHECK(w.proposalLabels().front() ==
          QStringLiteral("P1 (leerkracht) \u2014 1 waiting: Bibliotheek"));
    CHECK(w.partnerLabelled(QStringLiteral("Bibliotheek")) == nullptr); // waits for a decision

    w.decide(QStringLiteral("Bibliotheek"), w.dock->acceptButton());
    const Partner *added = w.partnerLabelled(QStringLiteral("Bibliotheek"));
    REQUIRE(added);
    CHECK_FALSE(added->placement.has_value());
    CHECK(added->namedBy == QStringList{QStringLiteral("p1")});
    CHECK(added->category == QStringLiteral("aanbod"));
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.proposalLabels().isEmpty());
    const QJsonObject state = phone.stateOf(QStringLiteral("c1"));
    CHECK(state[QStringLiteral("state")] == kAccepted);
    CHECK(state[QStringLiteral("partner")] == added->id);

    w.doc().undo();
    CHECK(w.partnerLabelled(QStringLiteral("Bibliotheek")) == nullptr);
}

TEST_CASE("participation: CLB from three phones becomes one partner named by all three",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient one(w.joinUrl()), two(w.joinUrl()), three(w.joinUrl());
    one.join(QStringLiteral("device-one"), QStringLiteral("p1"));
    two.join(QStringLiteral("device-two"), QStringLiteral("p2"));
    three.join(QStringLiteral("device-three"), QStringLiteral("p3"));
    const int partners = static_cast<int>(w.doc().session().partners.size());

    // A partner already on the map (pa1 "CLB"): each merge adds who named it.
    one.partner(QStringLiteral("a"), QStringLiteral("CLB"));
    two.partner(QStringLiteral("b"), QStringLiteral("clb"));
    w.waitForProposals(2);
    CHECK(w.dock->proposalTree()->topLevelItem(0)->child(0)->text(1).startsWith(
        QStringLiteral("CLB")));
    const int steps = w.stack().count();
    w.decide(QStringLiteral("CLB"), w.dock->mergeButton());
    w.decide(QStringLiteral("clb"), w.dock->mergeButton());
    CHECK(w.partner(QStringLiteral("pa1")).namedBy ==
          QStringList({QStringLiteral("p1"), QStringLiteral("p2")}));
    CHECK(w.stack().count() == steps + 2);
    CHECK(one.stateOf(QStringLiteral("a"))[QStringLiteral("state")] == QStringLiteral("merged"));
    CHECK(two.stateOf(QStringLiteral("b"))[QStringLiteral("partner")] == QStringLiteral("pa1"));

    // A partner not on the map yet, from three phones: one merge makes one partner.
    // Each waits for the one before: the first to arrive gives the label.
    one.partner(QStringLiteral("c"), QStringLiteral("Logopedist"));
    w.waitForProposals(1);
    two.partner(QStringLiteral("d"), QStringLiteral("logopedist"));
    w.waitForProposals(2);
    three.partner(QStringLiteral("e"), QStringLiteral("LOGOPEDIST"));
    w.waitForProposals(3);
    w.decide(QStringLiteral("logopedist"), w.dock->mergeButton());
    CHECK(w.proposalLabels().isEmpty());
    CHECK(static_cast<int>(w.doc().session().partners.size()) == partners + 1);
    const Partner *merged = w.partnerLabelled(QStringLiteral("Logopedist"));
    REQUIRE(merged);
    CHECK(merged->namedBy.size() == 3);
    CHECK(w.stack().count() == steps + 3);
    CHECK(three.stateOf(QStringLiteral("e"))[QStringLiteral("partner")] == merged->id);
}

TEST_CASE("participation: a tick from a phone marks the partner for its participant",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    w.dock->roundCombo()->setCurrentIndex(w.dock->roundCombo()->findData(QStringLiteral("marks")));
    Q_EMIT w.dock->roundCombo()->activated(w.dock->roundCombo()->currentIndex());
    CHECK(w.feature->round() == QStringLiteral("marks"));
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p2"));
    const int steps = w.stack().count();

    phone.tick(QStringLiteral("t1"), QStringLiteral("pa2"), true);
    w.waitForProposals(1);
    w.decide(QStringLiteral("matters: Hogeschool"), w.dock->acceptButton());
    CHECK(w.partner(QStringLiteral("pa2")).marks == QStringList{QStringLiteral("p2")});
    CHECK(w.stack().count() == steps + 1);
    CHECK(phone.stateOf(QStringLiteral("t1"))[QStringLiteral("state")] == kAccepted);
    // The phone's view follows: its ticks now hold pa2.
    phone.waitFor([](const QJsonObject &m) {
        return m[QStringLiteral("t")] == QStringLiteral("welcome") &&
               m[QStringLiteral("ticks")].toArray().contains(QStringLiteral("pa2"));
    });

    phone.tick(QStringLiteral("t2"), QStringLiteral("pa2"), false);
    w.waitForProposals(1);
    w.decide(QStringLiteral("no longer matters: Hogeschool"), w.dock->acceptButton());
    CHECK(w.partner(QStringLiteral("pa2")).marks.isEmpty());
    CHECK(w.stack().count() == steps + 2);
}

TEST_CASE("participation: accept automatically turns every proposal into an undo step at once",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    w.dock->autoAcceptBox()->setChecked(true);
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p3"));
    const int steps = w.stack().count();

    phone.partner(QStringLiteral("x1"), QStringLiteral("Jeugdhuis"));
    phone.partner(QStringLiteral("x2"), QStringLiteral("clb")); // pa1 "CLB": merged
    CHECK(phone.stateOf(QStringLiteral("x1"))[QStringLiteral("state")] == kAccepted);
    CHECK(phone.stateOf(QStringLiteral("x2"))[QStringLiteral("state")] == QStringLiteral("merged"));
    w.feature->setRound(QStringLiteral("marks"));
    phone.tick(QStringLiteral("x3"), QStringLiteral("pa3"), true);
    CHECK(phone.stateOf(QStringLiteral("x3"))[QStringLiteral("state")] == kAccepted);
    const Partner *added = w.partnerLabelled(QStringLiteral("Jeugdhuis"));
    REQUIRE(added);
    CHECK(added->namedBy == QStringList{QStringLiteral("p3")});
    CHECK(w.partner(QStringLiteral("pa1")).namedBy == QStringList{QStringLiteral("p3")});
    CHECK(w.partner(QStringLiteral("pa3")).marks == QStringList{QStringLiteral("p3")});
    CHECK(w.stack().count() == steps + 3);
    CHECK(w.proposalLabels().isEmpty());
}

TEST_CASE("participation: a new participant joins once the facilitator accepts", "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    w.dock->autoAcceptBox()->setChecked(true); // never for people: they still wait
    PhoneClient phone(w.joinUrl());
    phone.send({{QStringLiteral("t"), QStringLiteral("hello")},
                {QStringLiteral("device"), QStringLiteral("device-new")}});
    phone.send({{QStringLiteral("t"), QStringLiteral("iamNew")},
                {QStringLiteral("role"), QStringLiteral("stagiair")}});
    w.waitForProposals(1);
    CHECK(w.doc().session().participants.size() == 3);
    const int steps = w.stack().count();
    w.decide(QStringLiteral("new participant: stagiair"), w.dock->acceptButton());
    REQUIRE(w.doc().session().participants.size() == 4);
    const Participant &added = w.doc().session().participants.back();
    CHECK(added.code == QStringLiteral("P4"));
    CHECK(added.role == QStringLiteral("stagiair"));
    CHECK(w.stack().count() == steps + 1);
    // The first welcome that confirms the phone already lists its new participant.
    const QJsonObject confirmed = phone.waitFor([&](const QJsonObject &m) {
        return m[QStringLiteral("t")] == QStringLiteral("welcome") &&
               m[QStringLiteral("you")].toObject()[QStringLiteral("participant")] == added.id;
    });
    QStringList listed;
    for (const auto &person : confirmed[QStringLiteral("participants")].toArray())
        listed.append(person.toObject()[QStringLiteral("id")].toString());
    CHECK(listed.contains(added.id));
    CHECK(listed.size() == 4);
}

TEST_CASE("participation: unticking the action or another session closes the round",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    auto *room = w.window.findChild<RoomView *>();
    REQUIRE(room);
    CHECK_FALSE(room->joinPanel()->isHidden()); // the QR code for the room while open
    CHECK(w.dock->urlLabel()->text() == w.joinUrl().toString());
    CHECK(w.dock->codeLabel()->text().contains(w.feature->server()->joinCode()));
    PhoneClient phone(w.joinUrl());
    phone.join(QStringLiteral("device-one"), QStringLiteral("p1"));
    REQUIRE(QTest::qWaitFor(
        [&] { return w.dock->countLabel()->text().startsWith(QLatin1String("1 ")); }, 5000));

    // The button under the Capture dock's tray is the same action: a click closes.
    auto *open = w.window.findChild<QAction *>(QStringLiteral("openParticipationAction"));
    QToolButton *barButton = nullptr;
    for (auto *b : w.window.findChild<QDockWidget *>(QStringLiteral("captureDock"))
                       ->findChildren<QToolButton *>())
        if (b->defaultAction() == open)
            barButton = b;
    REQUIRE(barButton);
    w.window.findChild<QDockWidget *>(QStringLiteral("captureDock"))->raise();
    QTest::mouseClick(barButton, Qt::LeftButton);
    CHECK_FALSE(w.feature->isOpen());
    CHECK(room->joinPanel()->isHidden());
    CHECK(QTest::qWaitFor([&] { return phone.socket.state() == QAbstractSocket::UnconnectedState; },
                          5000));

    open->trigger();
    REQUIRE(w.feature->isOpen());
    CHECK(open->isChecked());
    REQUIRE(w.window.openFile(file.path));
    CHECK_FALSE(w.feature->isOpen());
    CHECK_FALSE(open->isChecked());
}
