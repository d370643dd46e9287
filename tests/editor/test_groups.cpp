// SPDX-License-Identifier: GPL-3.0-or-later
// Groups: Ctrl+G groups the selected partners and opens the name for typing;
// rename in place; add/remove selected partners; delete with undo.
#include "marksfixture.h"

#include "../../src/editor/scene/mapitems.h"

#include <QHash>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");
const QString kPa3 = QStringLiteral("pa3");

const Group *groupNamed(const Session &s, const QString &label)
{
    for (const Group &g : s.groups)
        if (g.label == label)
            return &g;
    return nullptr;
}
} // namespace

TEST_CASE("Group selection with Ctrl+G, rename, members, delete and undo", "[groups]")
{
    SessionFile file;
    DockWindow w(file.path);
    auto *table = w.child<QTableView>("groupsDock", "groupsTable");
    REQUIRE(table->model()->rowCount() == 1); // g1 "Zorgteam"
    const int steps = w.stack().count();

    w.clickPartners({kPa2, kPa1});
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_G, Qt::ControlModifier);
    CHECK(w.stack().count() == steps + 1);
    auto *name = qobject_cast<QLineEdit *>(DockWindow::editorOf(table));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("Group 2"));
    QTest::keyClicks(name, QStringLiteral("Bijscholingen"));
    DockWindow::enter(name);
    CHECK(table->model()->index(1, 0).data().toString() == QStringLiteral("Bijscholingen"));
    CHECK(table->model()->index(1, 1).data().toInt() == 2);

    Session saved = w.saveAndRead(file);
    const Group *g = groupNamed(saved, QStringLiteral("Bijscholingen"));
    REQUIRE(g);
    CHECK(g->members == QStringList{kPa1, kPa2}); // map order
    const QString id = g->id;

    // Rename in place.
    auto *edit = qobject_cast<QLineEdit *>(DockWindow::openEditor(table, 1, 0));
    REQUIRE(edit);
    QTest::keyClicks(edit, QStringLiteral("Nascholing"));
    DockWindow::enter(edit);
    saved = w.saveAndRead(file);
    REQUIRE(groupNamed(saved, QStringLiteral("Nascholing")));
    CHECK(groupNamed(saved, QStringLiteral("Nascholing"))->id == id);

    // Add Ouders, then take the Hogeschool out.
    auto *add = w.child<QPushButton>("groupsDock", "addToGroupButton");
    auto *removeMembers = w.child<QPushButton>("groupsDock", "removeFromGroupButton");
    w.clickPartners({kPa3});
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::mouseClick(add, Qt::LeftButton);
    w.clickPartners({kPa2});
    QTest::mouseClick(removeMembers, Qt::LeftButton);
    CHECK(table->model()->index(1, 1).data().toInt() == 2);
    saved = w.saveAndRead(file);
    CHECK(groupNamed(saved, QStringLiteral("Nascholing"))->members == QStringList{kPa1, kPa3});

    // Delete and undo.
    const Session before = w.doc().session();
    auto *remove = w.child<QPushButton>("groupsDock", "deleteGroupButton");
    table->setCurrentIndex(table->model()->index(1, 0));
    const int beforeDelete = w.stack().count();
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(w.stack().count() == beforeDelete + 1);
    saved = w.saveAndRead(file);
    CHECK(saved.groups.size() == 1);
    CHECK(table->model()->rowCount() == 1);
    w.stack().undo();
    CHECK(w.doc().session().groups == before.groups);
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("Ctrl+G without a selection does nothing, deleting a group takes its annotations",
          "[groups]")
{
    Session s = sampleSession();
    Annotation a;
    a.id = QStringLiteral("an2");
    a.targetKind = AnnotationTarget::Group;
    a.targetId = QStringLiteral("g1");
    s.annotations.push_back(a);
    SessionFile file(s);
    DockWindow w(file.path);
    auto *table = w.child<QTableView>("groupsDock", "groupsTable");
    const int steps = w.stack().count();
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_G, Qt::ControlModifier);
    CHECK(w.stack().count() == steps);

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseClick(w.child<QPushButton>("groupsDock", "deleteGroupButton"), Qt::LeftButton);
    const Session saved = w.saveAndRead(file); // valid: no annotation on a deleted group
    CHECK(saved.groups.empty());
    CHECK(saved.annotations.size() == 1);
    w.stack().undo();
    CHECK(w.doc().session().groups == s.groups);
    CHECK(w.doc().session().annotations == s.annotations);
}

TEST_CASE("Group outlines follow groups added and removed without a reset", "[groups][scene]")
{
    SessionFile file;
    DockWindow w(file.path);
    // The outline of each group on the map, by group id.
    const auto outlines = [&] {
        QHash<QString, QRectF> out;
        for (QGraphicsItem *item : w.scene().items())
            if (const auto *g = qgraphicsitem_cast<GroupItem *>(item))
                out.insert(g->groupId(), g->sceneBoundingRect());
        return out;
    };
    const auto itemsBefore = w.scene().items().size();
    const std::vector<Group> groupsBefore = w.doc().session().groups;
    const QHash<QString, QRectF> before = outlines();
    REQUIRE(before.size() == qsizetype(groupsBefore.size()));
    w.clickPartners({kPa2, kPa3});
    QTest::keyClick(&w.view(), Qt::Key_G, Qt::ControlModifier);
    REQUIRE(w.doc().session().groups.size() == groupsBefore.size() + 1);
    const QString added = w.doc().session().groups.back().id;
    CHECK(w.scene().items().size() == itemsBefore + 1);
    QHash<QString, QRectF> now = outlines();
    CHECK(now.size() == before.size() + 1);
    // The new outline is around both members.
    REQUIRE(now.contains(added));
    CHECK(now.value(added).contains(w.scene().partnerPosition(kPa2)));
    CHECK(now.value(added).contains(w.scene().partnerPosition(kPa3)));

    // Removed in the groups dock (the new group is the last row): its outline goes, the
    // others stay.
    auto *table = w.child<QTableView>("groupsDock", "groupsTable");
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
    QTest::mouseClick(w.child<QPushButton>("groupsDock", "deleteGroupButton"), Qt::LeftButton);
    REQUIRE(w.doc().session().groups == groupsBefore);
    CHECK(outlines().keys() == before.keys());
    CHECK(w.scene().items().size() == itemsBefore);

    // Undo brings it back, redo takes it away again.
    w.stack().undo();
    CHECK(outlines().contains(added));
    CHECK(w.scene().items().size() == itemsBefore + 1);
    w.stack().redo();
    CHECK_FALSE(outlines().contains(added));
    CHECK(w.scene().items().size() == itemsBefore);
}
