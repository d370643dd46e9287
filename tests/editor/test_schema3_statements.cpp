// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 statements outside the partner: a link's initiator, reciprocity, school role
// and go-between; a missing partner that stands for one on the map or was left off on
// purpose; who chose a metaphor; the session's details; late joiners and early leavers.
// Driven as a user does; one undo step per edit; the saved file holds it and is valid.
#include "cardsfixture.h"
#include "dialoginput.h"
#include "marksfixture.h"
#include "modalrun.h"

#include <QSpinBox>

using namespace nwk;
using namespace nwk::test;

namespace {

QDockWidget *propertiesShowing(const Window &w, const char *slot, const QString &id)
{
    auto *dock = w.window.findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    REQUIRE(dock);
    REQUIRE(QMetaObject::invokeMethod(dock, slot, Q_ARG(QString, id)));
    return dock;
}

template <typename T> T *in(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromUtf8(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void step(QComboBox *combo, int times = 1)
{
    combo->setFocus();
    for (int i = 0; i < times; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

TEST_CASE("Link properties: started by, reciprocity, school role, via", "[properties][schema3]")
{
    SessionFile file;
    DockWindow w(file.path);
    // The link tool's kind menu lists the schema 3 kinds too.
    auto *kinds = w.window.findChild<QComboBox *>(QStringLiteral("linkToolKindCombo"));
    REQUIRE(kinds);
    REQUIRE(kinds->count() == static_cast<int>(enumCount<LinkKind>()));
    CHECK(kinds->itemText(static_cast<int>(LinkKind::Via)) == QStringLiteral("via"));
    CHECK(kinds->itemText(static_cast<int>(LinkKind::FollowsUp)) == QStringLiteral("follows up"));

    QDockWidget *dock = propertiesShowing(w, "showLink", QStringLiteral("l2")); // school-pa1
    auto *initiated = in<QComboBox>(dock, "linkInitiatedByCombo");
    auto *reciprocity = in<QComboBox>(dock, "linkReciprocityCombo");
    auto *schoolRole = in<QComboBox>(dock, "linkSchoolRoleCombo");
    auto *via = in<QComboBox>(dock, "linkViaCombo");
    REQUIRE(initiated->count() == 3); // not said, the school, CLB
    CHECK(initiated->itemText(2) == QStringLiteral("CLB"));
    REQUIRE(schoolRole->isEnabled());
    CHECK_FALSE(via->isEnabled()); // not a "via" link
    const int steps = w.stack().count();

    step(initiated, 2);   // the school, then CLB: two choices, two steps
    step(reciprocity, 2); // one-sided
    step(schoolRole, 3);  // both
    CHECK(w.stack().count() == steps + 7);
    const Link &l2 = *w.doc().session().link(QStringLiteral("l2"));
    CHECK(l2.initiatedBy == QStringLiteral("pa1"));
    CHECK(l2.reciprocity == Reciprocity::OneSided);
    CHECK(l2.schoolRole == SchoolRole::Both);

    // A link between two partners: no school role; kind Via enables the go-between.
    dock = propertiesShowing(w, "showLink", QStringLiteral("l1")); // pa1-pa2
    CHECK_FALSE(schoolRole->isEnabled());
    auto *kind = in<QComboBox>(dock, "linkKindCombo");
    chooseIndex(kind, static_cast<int>(LinkKind::Via));
    REQUIRE(via->isEnabled());
    CHECK(via->findData(QStringLiteral("pa1")) < 0); // an end is no go-between
    const int before = w.stack().count();
    step(via); // pa3 "Ouders"
    CHECK(w.stack().count() == before + 1);

    const Session saved = w.saveAndRead(file);
    CHECK(saved.link(QStringLiteral("l1"))->kind == LinkKind::Via);
    CHECK(saved.link(QStringLiteral("l1"))->via == QStringLiteral("pa3"));
    CHECK(saved.link(QStringLiteral("l2"))->initiatedBy == QStringLiteral("pa1"));
    CHECK(saved.link(QStringLiteral("l2"))->schoolRole == SchoolRole::Both);
    CHECK(file.bytes().contains("\"reciprocity\": \"one-sided\""));

    w.stack().undo();
    CHECK(via->currentIndex() == 0);
}

TEST_CASE("Missing partner properties: stands for a partner, left off by whom and why",
          "[properties][schema3]")
{
    Session s = sessionWithParticipants();
    MissingPartner m;
    m.id = QStringLiteral("mi1");
    m.label = QStringLiteral("Logopedist");
    s.missingPartners = {m};
    SessionFile file(s);
    DockWindow w(file.path);
    QDockWidget *dock = propertiesShowing(w, "showMissingPartner", QStringLiteral("mi1"));
    auto *partner = in<QComboBox>(dock, "missingPartnerCombo");
    auto *decidedBy = in<QLineEdit>(dock, "missingDecidedByEdit");
    auto *reason = in<QPlainTextEdit>(dock, "missingReasonEdit");
    CHECK_FALSE(decidedBy->isEnabled()); // only for a partner left off
    const int steps = w.stack().count();

    step(partner); // CLB
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.doc().session().missingPartners[0].partnerId == QStringLiteral("pa1"));

    chooseIndex(in<QComboBox>(dock, "missingStatusCombo"),
                static_cast<int>(MissingStatus::LeftOff));
    REQUIRE(decidedBy->isEnabled());
    const int typed = w.stack().count();
    decidedBy->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(decidedBy, QStringLiteral("de directie"));
    reason->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(reason, QStringLiteral("te ver weg"));
    CHECK(w.stack().count() == typed + 2);

    const Session saved = w.saveAndRead(file);
    const MissingPartner &mp = saved.missingPartners[0];
    CHECK(mp.partnerId == QStringLiteral("pa1"));
    CHECK(mp.status == MissingStatus::LeftOff);
    CHECK(mp.decidedBy == QStringLiteral("de directie"));
    CHECK(mp.reason == QStringLiteral("te ver weg"));
    w.stack().undo();
    CHECK(reason->toPlainText().isEmpty());
}

TEST_CASE("A metaphor chosen by a role or by the whole group", "[cards][schema3]")
{
    SessionFile file(focusGroupSession());
    DockWindow w(file.path);
    Cards c(w.window);
    auto *metaphor = c.find<QLineEdit>(QStringLiteral("metaphorEdit"));
    auto *who = c.find<QComboBox>(QStringLiteral("metaphorParticipant"));
    auto *role = c.find<QLineEdit>(QStringLiteral("metaphorRoleEdit"));
    c.group->dock()->raise();
    REQUIRE(who->findText(QStringLiteral("A role\u2026")) == who->count() - 2);
    const int steps = w.stack().count();

    chooseIndex(who, who->count() - 2); // a role
    REQUIRE(role->isVisibleTo(who->parentWidget()));
    typeInto(role, QStringLiteral("een leerkracht"));
    typeInto(metaphor, QStringLiteral("Een boom"));
    QTest::keyClick(metaphor, Qt::Key_Return);
    chooseIndex(who, who->count() - 1); // the whole group
    CHECK_FALSE(role->isVisibleTo(who->parentWidget()));
    typeInto(metaphor, QStringLiteral("Een spinnenweb"));
    QTest::keyClick(metaphor, Qt::Key_Return);
    CHECK(w.stack().count() == steps + 2);

    const Session saved = w.saveAndRead(file);
    REQUIRE(saved.metaphors.size() == 2);
    CHECK(saved.metaphors[0].role == QStringLiteral("een leerkracht"));
    CHECK(saved.metaphors[0].participantId.isEmpty());
    CHECK_FALSE(saved.metaphors[0].byGroup);
    CHECK(saved.metaphors[1].byGroup);
    CHECK(saved.metaphors[1].role.isEmpty());
    auto *list = c.find<QListWidget>(QStringLiteral("metaphorList"));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("(een leerkracht)")));
    CHECK(list->item(1)->text().contains(QStringLiteral("(the whole group)")));

    // Choosing a metaphor shows who chose it.
    list->setCurrentRow(0);
    CHECK(who->currentIndex() == who->count() - 2);
    CHECK(role->text() == QStringLiteral("een leerkracht"));
}

TEST_CASE("Session details: duration, participants as said, earlier maps, the group's words",
          "[session][schema3]")
{
    SessionFile file;
    DockWindow w(file.path);
    QAction *details = w.window.findChild<QAction *>(QStringLiteral("sessionDetailsAction"));
    REQUIRE(details);
    const int steps = w.stack().count();
    InNextModal modal(&w.window, [](QWidget *dialog) {
        auto *duration = field<QSpinBox>(dialog, "sessionDurationSpin");
        CHECK(duration->text() == QStringLiteral("unknown"));
        typeInto(duration, QStringLiteral("95"));
        typeInto(field<QSpinBox>(dialog, "sessionParticipantCountSpin"), QStringLiteral("7"));
        auto *prior = field<QPlainTextEdit>(dialog, "sessionPriorMapsEdit");
        prior->setFocus();
        QTest::keyClicks(prior, QStringLiteral("een poster uit 2017"));
        auto *words = field<QPlainTextEdit>(dialog, "sessionMapWordsEdit");
        words->setFocus();
        QTest::keyClicks(words, QStringLiteral("het bord, ballonnetjes"));
        clickExport(dialog);
    });
    details->trigger();
    modal.requireDone();
    CHECK(w.stack().count() == steps + 1);

    const Session saved = w.saveAndRead(file);
    CHECK(saved.meta.durationMinutes == 95);
    CHECK(saved.meta.participantCountSaid == 7);
    CHECK(saved.meta.priorMaps == QStringLiteral("een poster uit 2017"));
    CHECK(saved.meta.mapWords == QStringLiteral("het bord, ballonnetjes"));
    CHECK(saved.meta.schoolName == QStringLiteral("De Regenboog")); // the rest is kept
    w.stack().undo();
    CHECK(w.doc().session().meta.durationMinutes == -1);

    // In annotation mode the group's session data stays as it is.
    w.doc().setAnnotationMode(true);
    InNextModal locked(&w.window, [](QWidget *dialog) {
        typeInto(field<QSpinBox>(dialog, "sessionDurationSpin"), QStringLiteral("60"));
        clickExport(dialog);
    });
    details->trigger();
    locked.requireDone();
    CHECK(w.doc().session().meta.durationMinutes == -1);
}

TEST_CASE("Participants: joined late and left early without a time", "[participants][schema3]")
{
    SessionFile file(sessionWithParticipants());
    DockWindow w(file.path);
    auto *table = w.child<QTableView>("participantsDock", "participantsTable");
    const int steps = w.stack().count();
    auto press = [&](int row, int column) {
        const QModelIndex index = table->model()->index(row, column);
        REQUIRE(index.data(Qt::CheckStateRole).isValid());
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_Space);
    };
    CHECK(table->model()->headerData(5, Qt::Horizontal).toString() == QStringLiteral("Late"));
    press(0, 5); // P1 joined late
    press(1, 6); // P2 left early
    CHECK(w.stack().count() == steps + 2);
    CHECK(table->model()->index(0, 5).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    const Session saved = w.saveAndRead(file);
    CHECK(saved.participants[0].joinedLate);
    CHECK_FALSE(saved.participants[0].leftEarly);
    CHECK(saved.participants[1].leftEarly);
    w.stack().undo();
    CHECK_FALSE(w.doc().session().participants[1].leftEarly);
}
