// SPDX-License-Identifier: GPL-3.0-or-later
// A real drag from the unplaced tray onto the map: the drag is started with mouse
// events on the tray (so QAbstractItemView::startDrag() runs QDrag::exec() and its
// drag loop), and moved and dropped with mouse events delivered while that loop runs,
// as a user's hand would. No drop event is built by hand. Checked in the saved file.
//
// The offscreen platform the tests run on has no drag loop: its QPlatformDrag::drag()
// returns Qt::IgnoreAction at once (QOffscreenDrag, qtbase's qoffscreencommon.h), so
// QDrag::exec() ends before any mouse event. Qt's generic drag loop (QSimpleDrag, what
// a platform without its own drag-and-drop uses) runs on the "minimal" platform: the
// test runs this test program again there, on the hidden case that does the drag.
#include "editorfixture.h"

#include <QDrag>
#include <QGuiApplication>
#include <QListWidget>
#include <QPointer>
#include <QProcess>

using namespace nwk;
using namespace nwk::test;

namespace {

/// One mouse event with the global position of `pos` in `w` (the drag loop reads
/// global positions), delivered as the window system delivers it.
void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QSpontaneKeyEvent::setSpontaneous(&e);
    QApplication::sendEvent(w, &e);
}

/// What happened inside the drag loop.
struct DragRun {
    bool loopRan = false;   ///< a QDrag of the tray was live when the hand moved
    bool hintShown = false; ///< the map named the target while the drag hovered it
};

} // namespace

/// The hidden case below, run by the visible one on the "minimal" platform.
constexpr const char *kDragCase = "Tray drag on a platform with a drag loop";

TEST_CASE("A tray partner dragged with the mouse onto a sector is placed where it is dropped",
          "[capture][drop]")
{
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    run.setProcessEnvironment(env);
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kDragCase)});
    REQUIRE(run.waitForStarted(10000));
    const bool finished = run.waitForFinished(60000);
    if (!finished)
        run.kill();
    const QString out = QString::fromUtf8(run.readAll());
    INFO(out.toStdString());
    REQUIRE(finished);
    CHECK(run.exitStatus() == QProcess::NormalExit);
    CHECK(run.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("All tests passed")));
}

TEST_CASE(kDragCase, "[.drag-loop]")
{
    // Not the offscreen platform, whose QDrag::exec() returns at once.
    REQUIRE(QGuiApplication::platformName() == QLatin1String("minimal"));
    SessionFile file;
    Window w(file.path);
    const int steps = w.stack().count();
    auto *list = w.window.findChild<QListWidget *>(QStringLiteral("trayList"));
    REQUIRE(list);
    const QList<QListWidgetItem *> found =
        list->findItems(QStringLiteral("Stad"), Qt::MatchExactly);
    REQUIRE(found.size() == 1); // pa4, category "beleid", unplaced
    REQUIRE_FALSE(w.partner(QStringLiteral("pa4")).placement);

    // Sector 3 is "werk" [154.3, 205.7); distance 0.5 is the middle ring.
    const Placement target{0.5, 180.0};
    const QPoint drop = w.pixelOf(target);
    REQUIRE(w.viewport()->rect().contains(drop));

    // While QDrag::exec() runs its loop: the hand moves over the map and lets go.
    DragRun run;
    QTimer hand;
    hand.setInterval(10);
    int tick = 0;
    QObject::connect(&hand, &QTimer::timeout, [&] {
        QPointer<QDrag> drag = list->findChild<QDrag *>();
        if (!drag)
            return; // not started yet (or over)
        run.loopRan = true;
        ++tick;
        if (tick <= 4) { // a few moves towards the target, the last one on it
            const QPoint at = drop + QPoint(4 * (4 - tick), 3 * (4 - tick));
            sendMouse(w.viewport(), QEvent::MouseMove, at, Qt::LeftButton);
            return;
        }
        run.hintShown = w.scene().placementHint() == w.scene().placementName(target);
        hand.stop();
        sendMouse(w.viewport(), QEvent::MouseButtonRelease, drop, Qt::NoButton);
    });
    hand.start();

    // Press on the item and move past the drag distance: the tray starts the drag.
    const QPoint start = list->visualItemRect(found.front()).center();
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, start);
    const int far = QApplication::startDragDistance() + 4;
    for (int i = 1; i <= 3 && !run.loopRan; ++i)
        sendMouse(list->viewport(), QEvent::MouseMove, start + QPoint(far * i, 0), Qt::LeftButton);
    hand.stop();
    if (!run.loopRan) // the drag never started: do not leave the button held
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, start);

    INFO("the tray's drag loop (QDrag::exec) ran: " << run.loopRan);
    REQUIRE(run.loopRan);
    CHECK(run.hintShown);
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.scene().placementHint().isEmpty());
    CHECK(list->findItems(QStringLiteral("Stad"), Qt::MatchExactly).isEmpty());

    REQUIRE(w.window.save());
    const Session saved = file.read();
    const Partner *p = saved.partner(QStringLiteral("pa4"));
    REQUIRE(p);
    REQUIRE(p->placement);
    CHECK(p->category == QStringLiteral("werk"));
    const MapGeometry g = MapGeometry::forSession(saved);
    CHECK(g.ringAt(p->placement->distance) == g.ringAt(target.distance));
    CHECK(p->placement->distance == Approx(target.distance).margin(0.02));
    CHECK(p->placement->angle == Approx(target.angle).margin(1.0));
}
