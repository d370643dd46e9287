// SPDX-License-Identifier: GPL-3.0-or-later
// Importance marks: Alt+digit, "M then digit" and the dock's buttons toggle a
// participant's mark on the selected partners, one undo step each; the
// priority list orders partners by their number of marks.
#include "marksfixture.h"

#include "nwk/render/mappainter.h"

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");
const QString kP1 = QStringLiteral("p1");
const QString kP2 = QStringLiteral("p2");
} // namespace

TEST_CASE("Marking a partner by keyboard and by the dock's buttons", "[marks]")
{
    SessionFile file(sessionWithParticipants());
    DockWindow w(file.path);
    auto *button1 = w.child<QToolButton>("participantsDock", "markButton_p1");
    auto *button2 = w.child<QToolButton>("participantsDock", "markButton_p2");
    CHECK_FALSE(button1->isEnabled()); // nothing selected

    w.clickPartners({kPa1});
    CHECK(button1->isEnabled());
    CHECK_FALSE(button1->isChecked());
    const int steps = w.stack().count();

    SECTION("keyboard: Alt+1 and M, 2")
    {
        w.view().setFocus();
        QTest::keyClick(&w.view(), Qt::Key_1, Qt::AltModifier);
        CHECK(w.partner(kPa1).marks == QStringList{kP1});
        CHECK(w.stack().count() == steps + 1);
        QTest::keyClick(&w.view(), Qt::Key_M);
        QTest::keyClick(&w.view(), Qt::Key_2);
        CHECK(w.stack().count() == steps + 2);
        CHECK(button1->isChecked()); // the dock follows
        CHECK(button2->isChecked());
        Session saved = w.saveAndRead(file);
        CHECK(saved.partner(kPa1)->marks == QStringList{kP1, kP2});

        // Again: off. One step.
        QTest::keyClick(&w.view(), Qt::Key_1, Qt::AltModifier);
        CHECK(w.stack().count() == steps + 3);
        saved = w.saveAndRead(file);
        CHECK(saved.partner(kPa1)->marks == QStringList{kP2});
        CHECK_FALSE(button1->isChecked());

        w.stack().undo();
        CHECK(w.partner(kPa1).marks == QStringList{kP1, kP2});
        // A participant number nobody has: nothing happens.
        QTest::keyClick(&w.view(), Qt::Key_5, Qt::AltModifier);
        CHECK(w.stack().index() == steps + 2);
        CHECK(w.partner(kPa1).marks == QStringList{kP1, kP2});
    }
    SECTION("buttons, in any order; the file keeps the participants' order")
    {
        QTest::mouseClick(button2, Qt::LeftButton);
        QTest::mouseClick(button1, Qt::LeftButton);
        CHECK(w.stack().count() == steps + 2);
        CHECK(button1->isChecked());
        CHECK(button2->isChecked());
        Session saved = w.saveAndRead(file);
        CHECK(saved.partner(kPa1)->marks == QStringList{kP1, kP2});

        QTest::mouseClick(button2, Qt::LeftButton); // off again
        CHECK_FALSE(button2->isChecked());
        saved = w.saveAndRead(file);
        CHECK(saved.partner(kPa1)->marks == QStringList{kP1});
        w.stack().undo();
        CHECK(button2->isChecked());
    }
    SECTION("several partners: one step; all marked -> all unmarked")
    {
        QTest::mouseClick(button1, Qt::LeftButton); // pa1 has P1's mark
        w.clickPartners({kPa1, kPa2});
        CHECK_FALSE(button1->isChecked()); // not all of them
        QTest::keyClick(&w.view(), Qt::Key_1, Qt::AltModifier);
        CHECK(w.stack().count() == steps + 2);
        CHECK(w.partner(kPa1).marks == QStringList{kP1});
        CHECK(w.partner(kPa2).marks == QStringList{kP1});
        CHECK(button1->isChecked());
        QTest::keyClick(&w.view(), Qt::Key_1, Qt::AltModifier);
        CHECK(w.partner(kPa1).marks.isEmpty());
        CHECK(w.partner(kPa2).marks.isEmpty());
        w.stack().undo();
        CHECK(w.partner(kPa2).marks == QStringList{kP1});
    }
}

TEST_CASE("The priority list orders partners by their marks", "[marks][priorities]")
{
    Session s = sessionWithParticipants();
    s.partners[2].marks = {kP2}; // Ouders: 1
    SessionFile file(s);
    DockWindow w(file.path);
    auto *tree = w.child<QTreeWidget>("priorityDock", "priorityTree");
    auto rows = [tree] {
        QStringList r;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            r.append(tree->topLevelItem(i)->text(0) + QLatin1Char('=') +
                     tree->topLevelItem(i)->text(1));
        return r;
    };
    CHECK(rows() == QStringList{QStringLiteral("Ouders=1")});

    w.clickPartners({kPa2});
    QTest::keyClick(&w.view(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(&w.view(), Qt::Key_2, Qt::AltModifier);
    w.clickPartners({kPa1});
    QTest::keyClick(&w.view(), Qt::Key_2, Qt::AltModifier);
    // Hogeschool 2, then the ones with 1 in map order (CLB before Ouders).
    CHECK(rows() == QStringList{QStringLiteral("Hogeschool=2"), QStringLiteral("CLB=1"),
                                QStringLiteral("Ouders=1")});
    // The dots: one per mark, in the role colours (teacher yellow, care green).
    const QIcon dots = tree->topLevelItem(0)->icon(2);
    REQUIRE_FALSE(dots.isNull());
    const QImage image = dots.pixmap(tree->iconSize()).toImage();
    CHECK(image.width() > image.height()); // a row of two dots

    // Double-click selects the partner on the map.
    w.scene().clearSelection();
    QTreeWidgetItem *ouders = tree->topLevelItem(2);
    const QPoint at = tree->visualItemRect(ouders).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    CHECK(w.scene().selectedPartnerIds() == QStringList{QStringLiteral("pa3")});

    // Undo changes the order back.
    w.stack().undo();
    CHECK(rows() == QStringList{QStringLiteral("Hogeschool=2"), QStringLiteral("Ouders=1")});
}

TEST_CASE("Two participants of one role group have marks that differ as on the map", "[marks]")
{
    // Two care staff: the dock's mark buttons and the priority list show the map's badges,
    // with their numbers, not one colour per role group.
    Session s = sessionWithParticipants();
    Participant p3 = s.participants[1];
    p3.id = QStringLiteral("p3");
    p3.code = QStringLiteral("P3");
    p3.role = QStringLiteral("zorgleerkracht");
    s.participants.push_back(p3);
    s.partners[2].marks = {kP2};
    s.partners[1].marks = {QStringLiteral("p3")};
    SessionFile file(s);
    DockWindow w(file.path);
    auto image = [](const QIcon &icon) {
        REQUIRE_FALSE(icon.isNull());
        return icon.pixmap(icon.availableSizes().value(0, QSize(16, 16))).toImage();
    };
    const QImage b2 = image(w.child<QToolButton>("participantsDock", "markButton_p2")->icon());
    const QImage b3 = image(w.child<QToolButton>("participantsDock", "markButton_p3")->icon());
    REQUIRE(b2.size() == b3.size());
    CHECK(b2 != b3); // "2" and "3" on the same colour

    auto *tree = w.child<QTreeWidget>("priorityDock", "priorityTree");
    REQUIRE(tree->topLevelItemCount() == 2);
    const QImage row0 = image(tree->topLevelItem(0)->icon(2));
    const QImage row1 = image(tree->topLevelItem(1)->icon(2));
    CHECK(row0 != row1);
    // In the role colour of care, the map's.
    auto pixelsOf = [](const QImage &img, const QColor &c) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                n += img.pixelColor(x, y).rgb() == c.rgb() && img.pixelColor(x, y).alpha() == 255;
        return n;
    };
    CHECK(pixelsOf(row0, roleColor(RoleGroup::Care)) > 5);
    CHECK(pixelsOf(b3, roleColor(RoleGroup::Care)) > 5);
}
