// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing links on the real map view: the link tool, Shift-drag, Esc, release
// on empty space; deleting a partner takes its links and undo brings them back.
#include "editorfixture.h"

#include <QComboBox>
#include <QKeyEvent>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");
const QString kPa3 = QStringLiteral("pa3");

const Link *linkBetween(const Session &s, const QString &a, const QString &b)
{
    for (const Link &l : s.links)
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return &l;
    return nullptr;
}
} // namespace

TEST_CASE("The link tool draws a link of the chosen kind", "[links]")
{
    SessionFile file;
    Window w(file.path);
    const int steps = w.stack().count();
    REQUIRE_FALSE(linkBetween(w.doc().session(), kPa3, kPa1));

    QTest::keyClick(&w.view(), Qt::Key_L); // the tool's shortcut
    QAction *tool = w.action(QStringLiteral("Draw Links"));
    REQUIRE(tool->isChecked());
    CHECK(w.scene().linkTool());
    auto *kind = w.window.findChild<QComboBox *>(QStringLiteral("linkToolKindCombo"));
    REQUIRE(kind);
    CHECK(kind->currentData().toInt() == static_cast<int>(LinkKind::Collaborates));
    kind->setCurrentIndex(kind->findData(static_cast<int>(LinkKind::Funds)));

    const QPoint from = w.pixelOfPartner(kPa3);
    const QPoint to = w.pixelOfPartner(kPa1);
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w.viewport(), (from + to) / 2);
    CHECK(w.scene().isDrawingLink()); // the rubber line follows
    QTest::mouseMove(w.viewport(), to);
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, to);

    CHECK_FALSE(w.scene().isDrawingLink());
    CHECK(w.stack().count() == steps + 1);
    // Drawing a link does not move its ends.
    CHECK(w.partner(kPa3).placement == Placement{0.8, 330.0});

    REQUIRE(w.window.save());
    const Session saved = file.read();
    const Link *l = linkBetween(saved, kPa3, kPa1);
    REQUIRE(l);
    CHECK(l->from == kPa3);
    CHECK(l->to == kPa1);
    CHECK(l->kind == LinkKind::Funds);
    CHECK(file.bytes().contains("\"kind\": \"funds\""));

    // Release on empty space: nothing.
    const QPoint empty = w.pixelOf({0.9, 200.0});
    w.drag(w.pixelOfPartner(kPa2), empty);
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.partner(kPa2).placement == Placement{0.3, 25.0});

    // Esc turns the tool off.
    QTest::keyClick(&w.view(), Qt::Key_Escape);
    CHECK_FALSE(tool->isChecked());
}

TEST_CASE("Shift-drag from a partner draws a link without the tool", "[links]")
{
    SessionFile file;
    Window w(file.path);
    const int steps = w.stack().count();

    SECTION("to another partner")
    {
        w.drag(w.pixelOfPartner(kPa3), w.pixelOfPartner(kPa1), Qt::ShiftModifier);
        CHECK(w.stack().count() == steps + 1);
        REQUIRE(w.window.save());
        const Session saved = file.read();
        const Link *l = linkBetween(saved, kPa3, kPa1);
        REQUIRE(l);
        CHECK(l->kind == LinkKind::Collaborates);
        CHECK(w.partner(kPa3).placement == Placement{0.8, 330.0});
        w.stack().undo();
        CHECK_FALSE(linkBetween(w.doc().session(), kPa3, kPa1));
    }
    SECTION("to the school")
    {
        w.drag(w.pixelOfPartner(kPa2), w.view().mapFromScene(QPointF(0, 0)), Qt::ShiftModifier);
        CHECK(w.stack().count() == steps + 1);
        const Link *l = linkBetween(w.doc().session(), kPa2, kSchoolId);
        REQUIRE(l);
        CHECK(l->to == kSchoolId);
    }
    SECTION("to empty space: nothing")
    {
        w.drag(w.pixelOfPartner(kPa3), w.pixelOf({0.9, 200.0}), Qt::ShiftModifier);
        CHECK(w.stack().count() == steps);
        CHECK(w.doc().session().links.size() == 3);
        CHECK(w.partner(kPa3).placement == Placement{0.8, 330.0});
    }
    SECTION("Esc cancels")
    {
        const QPoint from = w.pixelOfPartner(kPa3);
        const QPoint to = w.pixelOfPartner(kPa1);
        QTest::mousePress(w.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
        w.moveWithButton((from + to) / 2, Qt::ShiftModifier);
        REQUIRE(w.scene().isDrawingLink());
        QTest::keyClick(&w.view(), Qt::Key_Escape);
        CHECK_FALSE(w.scene().isDrawingLink());
        w.moveWithButton(to, Qt::ShiftModifier);
        QTest::mouseRelease(w.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
        CHECK(w.stack().count() == steps);
        CHECK_FALSE(linkBetween(w.doc().session(), kPa3, kPa1));
    }
}

TEST_CASE("Links follow their ends, deleting a partner takes its links, undo restores them",
          "[links]")
{
    SessionFile file;
    Window w(file.path);
    auto *line = static_cast<const QGraphicsItem *>(w.scene().linkItem(QStringLiteral("l1")));
    REQUIRE(line);

    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.7, 140.0}));
    const QPointF moved = w.scene().partnerPosition(kPa1);
    CHECK(line->shape().contains(moved + (w.scene().partnerPosition(kPa2) - moved) * 0.1));

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(kPa1));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{kPa1});
    QTest::keyClick(&w.view(), Qt::Key_Delete);
    CHECK_FALSE(w.doc().session().partner(kPa1));
    CHECK(w.doc().session().links.size() == 1); // only l3 pa2-pa3 remains
    CHECK(w.scene().linkItem(QStringLiteral("l1")) == nullptr);

    w.stack().undo();
    REQUIRE(w.doc().session().links.size() == 3);
    CHECK(w.doc().session().links[0].id == QStringLiteral("l1"));
    CHECK(w.doc().session().links[1].id == QStringLiteral("l2"));
    CHECK(w.scene().linkItem(QStringLiteral("l1")) != nullptr);
}
