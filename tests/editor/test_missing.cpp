// SPDX-License-Identifier: GPL-3.0-or-later
// Missing partners: added through the dock's form, edited in the table, removed
// with the annotations on them; undo restores. The map follows.
#include "marksfixture.h"

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Adding a hoped-for missing partner in the dock", "[missing]")
{
    SessionFile file(sessionWithParticipants());
    DockWindow w(file.path);
    auto *label = w.child<QLineEdit>("missingDock", "missingLabelEdit");
    auto *category = w.child<QComboBox>("missingDock", "missingCategoryCombo");
    auto *status = w.child<QComboBox>("missingDock", "missingStatusCombo");
    auto *who = w.child<QComboBox>("missingDock", "missingMentionedByCombo");
    auto *table = w.child<QTableView>("missingDock", "missingTable");
    const int steps = w.stack().count();

    QTest::keyClick(status, Qt::Key_Down);   // Missing -> Hoped for
    QTest::keyClick(category, Qt::Key_Down); // (none) -> professionalisering
    QTest::keyClick(category, Qt::Key_Down); // -> aanbod
    QTest::keyClick(who, Qt::Key_End);       // P2
    QTest::keyClicks(label, QStringLiteral("Jeugdwerk"));
    QTest::keyClick(label, Qt::Key_Return);
    CHECK(label->text().isEmpty()); // ready for the next one
    CHECK(w.stack().count() == steps + 1);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 2).data().toString() == QStringLiteral("Hoped for"));

    Session saved = w.saveAndRead(file);
    REQUIRE(saved.missingPartners.size() == 1);
    const MissingPartner &m = saved.missingPartners[0];
    CHECK(m.label == QStringLiteral("Jeugdwerk"));
    CHECK(m.status == MissingStatus::HopedFor);
    CHECK(m.category == QStringLiteral("aanbod"));
    CHECK(m.mentionedBy == QStringLiteral("p2"));

    // Status edited in the table: one step.
    auto *combo = qobject_cast<QComboBox *>(DockWindow::openEditor(table, 0, 2));
    REQUIRE(combo);
    QTest::keyClick(combo, Qt::Key_Down); // Hoped for -> Former
    CHECK(w.stack().count() == steps + 2);
    saved = w.saveAndRead(file);
    CHECK(saved.missingPartners[0].status == MissingStatus::Former);

    // Remove; undo restores.
    const Session withNote = w.doc().session();
    auto *remove = w.child<QPushButton>("missingDock", "removeMissingButton");
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(remove, Qt::LeftButton);
    saved = w.saveAndRead(file);
    CHECK(saved.missingPartners.empty());
    w.stack().undo();
    CHECK(w.doc().session().missingPartners == withNote.missingPartners);
}

TEST_CASE("Removing a missing partner takes the annotations on it", "[missing]")
{
    Session s = sessionWithParticipants();
    MissingPartner m;
    m.id = QStringLiteral("mp1");
    m.label = QStringLiteral("Bibliotheek");
    s.missingPartners = {m};
    Annotation a;
    a.id = QStringLiteral("an2");
    a.targetKind = AnnotationTarget::MissingPartner;
    a.targetId = QStringLiteral("mp1");
    a.memo = QStringLiteral("vaak genoemd");
    s.annotations.push_back(a);
    SessionFile file(s);
    DockWindow w(file.path);
    auto *table = w.child<QTableView>("missingDock", "missingTable");
    auto *remove = w.child<QPushButton>("missingDock", "removeMissingButton");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseClick(remove, Qt::LeftButton);
    const Session saved = w.saveAndRead(file); // valid: no annotation on a missing id
    CHECK(saved.missingPartners.empty());
    CHECK(saved.annotations.size() == 1); // the partner annotation stays
    w.stack().undo();
    CHECK(w.doc().session().annotations == s.annotations);
    CHECK(w.doc().session().missingPartners == s.missingPartners);
}

TEST_CASE("New missing partners appear on the map without a reset", "[missing][scene]")
{
    SessionFile file(sessionWithParticipants());
    DockWindow w(file.path);
    // The ghosts are laid out together, so their items may be made anew; the count says
    // what is on the map.
    const auto itemsBefore = w.scene().items().size();
    auto *label = w.child<QLineEdit>("missingDock", "missingLabelEdit");
    QTest::keyClicks(label, QStringLiteral("Jeugdwerk"));
    QTest::keyClick(label, Qt::Key_Return);
    REQUIRE(w.doc().session().missingPartners.size() == 1);
    CHECK(w.scene().items().size() == itemsBefore + 1);

    // Removed in the dock: its item goes.
    auto *table = w.child<QTableView>("missingDock", "missingTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseClick(w.child<QPushButton>("missingDock", "removeMissingButton"), Qt::LeftButton);
    REQUIRE(w.doc().session().missingPartners.empty());
    CHECK(w.scene().items().size() == itemsBefore);

    // Undo brings it back, redo takes it away again.
    w.stack().undo();
    CHECK(w.scene().items().size() == itemsBefore + 1);
    w.stack().redo();
    CHECK(w.scene().items().size() == itemsBefore);
}
