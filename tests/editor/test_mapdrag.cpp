// SPDX-License-Identifier: GPL-3.0-or-later
// Dragging and nudging partners on the real map view, driven with QTest events
// on the viewport, checked in the saved file and the undo stack.
#include "editorfixture.h"

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
// Sector 3 ("werk") spans [154.3, 205.7) degrees; pa1 starts in "zorg" at 128 degrees.
const Placement kInWerk{0.75, 180.0};
} // namespace

TEST_CASE("Dragging a partner into another sector changes its category", "[map][drag]")
{
    SessionFile file;
    Window w(file.path);
    const int steps = w.stack().count();
    REQUIRE(w.partner(kPa1).category == QStringLiteral("zorg"));

    w.drag(w.pixelOfPartner(kPa1), w.pixelOf(kInWerk));

    CHECK(w.stack().count() == steps + 1); // one drag = one undo step
    CHECK(w.window.isWindowModified());
    CHECK(w.partner(kPa1).category == QStringLiteral("werk"));

    REQUIRE(w.window.save());
    const Session saved = file.read();
    const Partner *p = saved.partner(kPa1);
    REQUIRE(p);
    REQUIRE(p->placement);
    CHECK(p->category == QStringLiteral("werk"));
    // Where it was dropped, within a pixel or two of map units.
    CHECK(p->placement->distance == Approx(kInWerk.distance).margin(0.02));
    CHECK(p->placement->angle == Approx(kInWerk.angle).margin(1.0));
    // The scene follows the model: the item sits at the new placement.
    const QPointF itemPos = w.scene().partnerItem(kPa1)->pos();
    const QPointF expected = w.geometry().toPoint(*p->placement);
    CHECK(QLineF(itemPos, expected).length() < 0.01);

    w.stack().undo();
    CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
    CHECK(w.partner(kPa1).placement == Placement{0.5, 128.0});
    CHECK(QLineF(w.scene().partnerItem(kPa1)->pos(), w.geometry().toPoint({0.5, 128.0})).length() <
          0.01);
}

TEST_CASE("Two drags are two undo steps, a click is none", "[map][drag]")
{
    SessionFile file;
    Window w(file.path);
    const int steps = w.stack().count();

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(kPa1));
    CHECK(w.stack().count() == steps);
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa1});

    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.6, 140.0}));
    const Placement afterFirst = *w.partner(kPa1).placement;
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.2, 120.0}));
    CHECK(w.stack().count() == steps + 2);

    w.stack().undo();
    CHECK(w.partner(kPa1).placement == afterFirst);
    w.stack().undo();
    CHECK(w.partner(kPa1).placement == Placement{0.5, 128.0});
}

TEST_CASE("Alt-drag and free placement keep the category", "[map][drag]")
{
    SessionFile file;
    Window w(file.path);

    SECTION("Alt held")
    {
        w.drag(w.pixelOfPartner(kPa1), w.pixelOf(kInWerk), Qt::AltModifier);
        CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
        CHECK(w.partner(kPa1).placement->angle == Approx(kInWerk.angle).margin(1.0));
        // A plain drag within that sector keeps the category: only a drag into another
        // sector changes it.
        w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.6, 190.0}));
        CHECK(w.partner(kPa1).placement->angle == Approx(190.0).margin(1.0));
        CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
    }
    SECTION("free placement mode")
    {
        w.action(QStringLiteral("Free Placement"))->trigger();
        REQUIRE(w.doc().session().freePlacement);
        const int steps = w.stack().count();
        w.drag(w.pixelOfPartner(kPa1), w.pixelOf(kInWerk));
        CHECK(w.stack().count() == steps + 1);
        CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
        CHECK(w.partner(kPa1).placement->angle == Approx(kInWerk.angle).margin(1.0));
    }
}

TEST_CASE("Selected partners move together", "[map][drag]")
{
    SessionFile file;
    Window w(file.path);
    const QString pa2 = QStringLiteral("pa2");
    const QPointF start1 = w.scene().partnerPosition(kPa1);
    const QPointF start2 = w.scene().partnerPosition(pa2);

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(kPa1));
    QTest::mouseClick(w.viewport(), Qt::LeftButton, Qt::ControlModifier, w.pixelOfPartner(pa2));
    REQUIRE(w.scene().selectedPartnerIds() == (QStringList{kPa1, pa2}));

    const int steps = w.stack().count();
    const QPoint from = w.pixelOfPartner(kPa1);
    w.drag(from, from + QPoint(30, 20));
    CHECK(w.stack().count() == steps + 1);
    const QPointF moved1 = w.scene().partnerPosition(kPa1) - start1;
    const QPointF moved2 = w.scene().partnerPosition(pa2) - start2;
    CHECK(QLineF(moved1, moved2).length() < 0.5);
    CHECK(moved1.manhattanLength() > 10);
    CHECK(w.scene().selectedPartnerIds() == (QStringList{kPa1, pa2}));
}

TEST_CASE("Arrow keys nudge the selection, one step per key press", "[map][keys]")
{
    SessionFile file;
    Window w(file.path);
    const QString pa2 = QStringLiteral("pa2");
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(pa2));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{pa2});
    const QPointF start = w.scene().partnerPosition(pa2);
    const int steps = w.stack().count();

    QTest::keyClick(&w.view(), Qt::Key_Right);
    QTest::keyClick(&w.view(), Qt::Key_Right);
    QTest::keyClick(&w.view(), Qt::Key_Down);
    CHECK(w.stack().count() == steps + 3);
    const QPointF moved = w.scene().partnerPosition(pa2) - start;
    CHECK(moved.x() == Approx(2 * MapScene::kNudgeStep).margin(1e-6));
    CHECK(moved.y() == Approx(MapScene::kNudgeStep).margin(1e-6));

    w.stack().undo();
    CHECK((w.scene().partnerPosition(pa2) - start).y() == Approx(0).margin(1e-6));
}
