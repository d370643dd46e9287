// SPDX-License-Identifier: GPL-3.0-or-later
// The scene hands mouse and key events to its tools in order (src/editor/scene/tools/):
// a tool installed first gets them before the move tool, and what it uses never
// reaches the move tool; what it leaves does. Driven on the real view, checked in the
// model and the undo stack.
#include "../../src/editor/scene/tools/maptool.h"
#include "editorfixture.h"
#include "nwk/editor/editlayer.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QSignalSpy>

#include <memory>
#include <utility>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");
// Sector 3 ("werk") spans [154.3, 205.7) degrees; pa1 starts in "zorg" at 128 degrees.
const Placement kInWerk{0.75, 180.0};
const Placement kPa1Start{0.5, 128.0};

/// Counts what reaches it; while `consume` is set it uses every left press (and the
/// moves and release after it) and every arrow key.
class ProbeTool final : public MapTool {
public:
    ProbeTool(MapScene *scene, bool *consume)
        : MapTool(scene)
        , m_consume(consume)
    {
    }
    int presses = 0;
    int releases = 0;
    int keys = 0;
    QPointF pressedAt;

    bool mousePressed(QGraphicsSceneMouseEvent *event) override
    {
        ++presses;
        pressedAt = event->scenePos();
        m_held = *m_consume && event->button() == Qt::LeftButton;
        return m_held;
    }
    bool mouseMoved(QGraphicsSceneMouseEvent *) override { return m_held; }
    bool mouseReleased(QGraphicsSceneMouseEvent *) override
    {
        ++releases;
        return std::exchange(m_held, false);
    }
    bool keyPressed(QKeyEvent *) override
    {
        ++keys;
        return *m_consume;
    }

private:
    bool *m_consume;
    bool m_held = false;
};

} // namespace

TEST_CASE("A tool installed on the scene gets the press first and keeps it from the move tool",
          "[map][tools]")
{
    SessionFile file;
    Window w(file.path);
    bool consume = true;
    auto owned = std::make_unique<ProbeTool>(&w.scene(), &consume);
    ProbeTool *probe = owned.get();
    w.scene().installTool(std::move(owned));
    const int steps = w.stack().count();
    const QPointF partnerAt = w.scene().partnerPosition(kPa1);

    // The probe uses the drag: the partner stays where it was, no undo step.
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf(kInWerk));
    CHECK(probe->presses == 1);
    CHECK(probe->releases == 1);
    CHECK(QLineF(probe->pressedAt, partnerAt).length() < 3.0);
    CHECK(w.partner(kPa1).placement == kPa1Start);
    CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
    CHECK(w.stack().count() == steps);

    // It uses the arrow keys as well: no nudge of the selected partner.
    w.scene().selectPartners({kPa1});
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_Left);
    CHECK(probe->keys == 1);
    CHECK(w.partner(kPa1).placement == kPa1Start);
    CHECK(w.stack().count() == steps);

    // Left alone, the events go on to the move tool: the drag moves the partner.
    consume = false;
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf(kInWerk));
    CHECK(probe->presses == 2);
    CHECK(w.partner(kPa1).category == QStringLiteral("werk"));
    CHECK(w.partner(kPa1).placement->angle == Approx(kInWerk.angle).margin(1.0));
    CHECK(w.stack().count() == steps + 1);
}

TEST_CASE("In annotation mode the tools ask the document's lock before a gesture begins",
          "[map][tools][annotation]")
{
    SessionFile file;
    Window w(file.path);
    QTest::keyClick(&w.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w.doc().locks(EditLayer::Group));
    const Session before = w.doc().session();
    const int steps = w.stack().count();
    QSignalSpy messages(&w.scene(), &MapScene::message);

    // Shift-drag from pa1 to pa2: no line is drawn, the map says it is locked.
    const QPoint from = w.pixelOfPartner(kPa1);
    const QPoint to = w.pixelOfPartner(QStringLiteral("pa2"));
    QTest::mousePress(w.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    w.moveWithButton((from + to) / 2, Qt::ShiftModifier);
    CHECK_FALSE(w.scene().isDrawingLink());
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    REQUIRE(messages.count() == 1);
    CHECK(messages.front().front().toString().contains(QStringLiteral("locked")));

    // A plain drag selects the partner but moves nothing and names no target.
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    w.moveWithButton(w.pixelOf(kInWerk), {});
    CHECK(w.scene().placementHint().isEmpty());
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, w.pixelOf(kInWerk));
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa1});
    CHECK(w.doc().session() == before);
    CHECK(w.stack().count() == steps);
}
