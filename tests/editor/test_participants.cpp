// SPDX-License-Identifier: GPL-3.0-or-later
// The participants dock: add with the button and type the role into the table's
// editor, pick role groups, stamp "joined", remove a participant whose marks
// and quotes must go along (file stays valid; undo restores all).
#include "marksfixture.h"

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Adding two participants in the dock reaches the file", "[participants]")
{
    SessionFile file;
    DockWindow w(file.path);
    auto *table = w.child<QTableView>("participantsDock", "participantsTable");
    auto *add = w.child<QPushButton>("participantsDock", "addParticipantButton");
    const int steps = w.stack().count();

    // Add: the new row's role editor opens; the user types the role and Enter.
    QTest::mouseClick(add, Qt::LeftButton);
    auto *role = qobject_cast<QLineEdit *>(DockWindow::editorOf(table));
    REQUIRE(role);
    QTest::keyClicks(role, QStringLiteral("directeur"));
    DockWindow::enter(role);
    QTest::mouseClick(add, Qt::LeftButton);
    role = qobject_cast<QLineEdit *>(DockWindow::editorOf(table));
    REQUIRE(role);
    QTest::keyClicks(role, QStringLiteral("zorgcoordinator")); // keyClicks: ASCII only
    DockWindow::enter(role);
    CHECK(w.stack().count() == steps + 4); // add, role, add, role

    // Role groups through the combo editor: P1 management, P2 care.
    // (Home would be the window's Fit Map to Window; the user steps with the arrows.)
    auto *combo = qobject_cast<QComboBox *>(DockWindow::openEditor(table, 0, 2));
    REQUIRE(combo);
    QTest::keyClick(combo, Qt::Key_Up); // Other (the default) -> Care
    combo = qobject_cast<QComboBox *>(DockWindow::openEditor(table, 0, 2));
    REQUIRE(combo);
    QTest::keyClick(combo, Qt::Key_Up); // Care -> Management
    combo = qobject_cast<QComboBox *>(DockWindow::openEditor(table, 1, 2));
    REQUIRE(combo);
    QTest::keyClick(combo, Qt::Key_Up);    // Other (the default) -> Care
    CHECK(w.stack().count() == steps + 7); // one step per edit
    // What the table shows.
    CHECK(table->model()->index(0, 2).data().toString() == QStringLiteral("Management"));
    CHECK(table->model()->index(1, 0).data().toString() == QStringLiteral("P2"));

    const Session saved = w.saveAndRead(file);
    REQUIRE(saved.participants.size() == 2);
    CHECK(saved.participants[0].code == QStringLiteral("P1"));
    CHECK(saved.participants[0].role == QStringLiteral("directeur"));
    CHECK(saved.participants[0].roleGroup == RoleGroup::Management);
    CHECK(saved.participants[1].code == QStringLiteral("P2"));
    CHECK(saved.participants[1].role == QStringLiteral("zorgcoordinator"));
    CHECK(saved.participants[1].roleGroup == RoleGroup::Care);

    // Editing the code in place; a duplicate code is refused.
    auto *code = qobject_cast<QLineEdit *>(DockWindow::openEditor(table, 1, 0));
    REQUIRE(code);
    QTest::keyClicks(code, QStringLiteral("P1")); // the editor's text is selected: replaced
    DockWindow::enter(code);
    CHECK(w.doc().session().participants[1].code == QStringLiteral("P2"));
    code = qobject_cast<QLineEdit *>(DockWindow::openEditor(table, 1, 0));
    REQUIRE(code);
    QTest::keyClicks(code, QStringLiteral("P7"));
    DockWindow::enter(code);
    CHECK(w.doc().session().participants[1].code == QStringLiteral("P7"));

    w.stack().undo();
    CHECK(w.doc().session().participants[1].code == QStringLiteral("P2"));
    w.stack().undo(); // role group of P2
    CHECK(w.doc().session().participants[1].roleGroup == RoleGroup::Other);
}

TEST_CASE("Joined Now stamps the session clock, without a clock it is off", "[participants][clock]")
{
    Session s = sessionWithParticipants();
    SECTION("clock running")
    {
        s.recordingStarted =
            QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate); // ten minutes ago
        SessionFile file(s);
        DockWindow w(file.path);
        auto *table = w.child<QTableView>("participantsDock", "participantsTable");
        auto *joined = w.child<QPushButton>("participantsDock", "joinedNowButton");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(1, 0)).center());
        REQUIRE(joined->isEnabled());
        QTest::mouseClick(joined, Qt::LeftButton);
        const Session saved = w.saveAndRead(file);
        // At least the ten minutes; at most a generous bound (not a timing check).
        CHECK(saved.participants[1].joinedMs >= 600000);
        CHECK(saved.participants[1].joinedMs < 600000 + 3600000);
        CHECK(saved.participants[0].joinedMs == -1);
        CHECK(table->model()->index(1, 3).data().toString().startsWith(QStringLiteral("0:1")));
    }
    SECTION("no recording start")
    {
        SessionFile file(s);
        DockWindow w(file.path);
        auto *table = w.child<QTableView>("participantsDock", "participantsTable");
        auto *joined = w.child<QPushButton>("participantsDock", "joinedNowButton");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(1, 0)).center());
        CHECK_FALSE(joined->isEnabled());
        CHECK(table->model()->index(1, 3).data().toString() == QStringLiteral("from the start"));
    }
}

TEST_CASE("Removing a participant takes their marks along, undo restores both",
          "[participants][marks]")
{
    Session s = sessionWithParticipants();
    s.partners[0].marks = {QStringLiteral("p1"), QStringLiteral("p2")};
    s.partners[1].marks = {QStringLiteral("p1")};
    s.partners[1].namedBy = {QStringLiteral("p1")};
    s.cards[0].quotes[0].participantId = QStringLiteral("p1");
    MissingPartner m;
    m.id = QStringLiteral("mp1");
    m.label = QStringLiteral("Jeugdwerk");
    m.mentionedBy = QStringLiteral("p1");
    s.missingPartners = {m};
    SessionFile file(s);
    DockWindow w(file.path);
    const Session before = w.doc().session();
    auto *table = w.child<QTableView>("participantsDock", "participantsTable");
    auto *remove = w.child<QPushButton>("participantsDock", "removeParticipantButton");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    const int steps = w.stack().count();

    SECTION("cancel keeps everything")
    {
        ModalAnswerer answer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        CHECK(answer.seen);
        CHECK(answer.informativeText.contains(QStringLiteral("2 importance marks")));
        CHECK(w.doc().session() == before);
        CHECK(w.stack().count() == steps);
    }
    SECTION("remove, then undo")
    {
        ModalAnswerer answer(QMessageBox::Ok);
        QTest::mouseClick(remove, Qt::LeftButton);
        CHECK(answer.seen);
        CHECK(w.stack().count() == steps + 1);
        const Session saved = w.saveAndRead(file); // valid: no dangling references
        REQUIRE(saved.participants.size() == 1);
        CHECK(saved.participants[0].id == QStringLiteral("p2"));
        CHECK(saved.partners[0].marks == QStringList{QStringLiteral("p2")});
        CHECK(saved.partners[1].marks.isEmpty());
        CHECK(saved.partners[1].namedBy.isEmpty());
        CHECK(saved.cards[0].quotes[0].participantId.isEmpty());
        CHECK(saved.cards[0].quotes[0].text == before.cards[0].quotes[0].text);
        CHECK(saved.missingPartners[0].mentionedBy.isEmpty());
        CHECK(table->model()->rowCount() == 1);

        w.stack().undo();
        const Session restored = w.saveAndRead(file);
        CHECK(restored.participants == before.participants);
        CHECK(restored.partners == before.partners);
        CHECK(restored.cards[0].quotes == before.cards[0].quotes);
        CHECK(restored.missingPartners == before.missingPartners);
        CHECK(table->model()->rowCount() == 2);
    }
}
