// SPDX-License-Identifier: GPL-3.0-or-later
// Zooming and panning the map view, and the window's file workflow around it
// (new, recent files, the unsaved-changes prompt).
#include "editorfixture.h"

#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QWheelEvent>
#include <QWindow>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("The wheel zooms around the pointer, fit shows the whole map", "[view]")
{
    SessionFile file;
    Window w(file.path);
    MapView &view = w.view();
    CHECK(view.isFitting());
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    CHECK(visible.contains(w.scene().mapRect().adjusted(1, 1, -1, -1)));

    const double before = view.zoom();
    const QPoint at = w.pixelOfPartner(QStringLiteral("pa1"));
    const QPointF sceneAt = view.mapToScene(at);
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    CHECK(view.zoom() > before * 1.3);
    CHECK_FALSE(view.isFitting());
    // The point under the pointer stays under the pointer.
    CHECK(QLineF(view.mapFromScene(sceneAt), at).length() < 2.0);

    w.action(QStringLiteral("Fit Map to Window"))->trigger();
    CHECK(view.zoom() == Approx(before));
    CHECK(view.isFitting());
    w.action(QStringLiteral("Zoom In"))->trigger();
    CHECK(view.zoom() == Approx(before * 1.25));
    w.action(QStringLiteral("Zoom Out"))->trigger();
    CHECK(view.zoom() == Approx(before));
}

TEST_CASE("The middle button pans without editing", "[view]")
{
    SessionFile file;
    Window w(file.path);
    MapView &view = w.view();
    w.action(QStringLiteral("Zoom In"))->trigger();
    const int steps = w.stack().count();
    const QPoint from = w.pixelOfPartner(QStringLiteral("pa1")); // even on a partner
    const QPointF sceneBefore = view.mapToScene(from);

    QTest::mousePress(view.viewport(), Qt::MiddleButton, {}, from);
    QTest::mouseMove(view.viewport(), from + QPoint(40, 25));
    QTest::mouseRelease(view.viewport(), Qt::MiddleButton, {}, from + QPoint(40, 25));

    // The map moved with the pointer: what was under `from` is now 40,25 further.
    INFO("viewport " << view.viewport()->width() << "x" << view.viewport()->height() << ", scroll "
                     << view.horizontalScrollBar()->value() << "/"
                     << view.horizontalScrollBar()->maximum() << ", "
                     << view.verticalScrollBar()->value() << "/"
                     << view.verticalScrollBar()->maximum());
    CHECK(QLineF(view.mapFromScene(sceneBefore), from + QPoint(40, 25)).length() < 2.0);
    CHECK(w.stack().count() == steps);
    CHECK(w.partner(QStringLiteral("pa1")).placement == Placement{0.5, 128.0});
}

TEST_CASE("New starts an untitled session with the default categories", "[window]")
{
    SessionFile file;
    Window w(file.path);
    w.action(QStringLiteral("New"))->trigger(); // clean: no prompt
    CHECK(w.doc().isUntitled());
    CHECK(w.doc().session().categories.size() == 7);
    CHECK(w.doc().session().rings.size() == 3);
    CHECK(w.doc().session().partners.empty());
    CHECK(w.stack().count() == 0);
    CHECK(w.window.windowHandle()->title() == QStringLiteral("Untitled \u2013 Netwerkkaart"));
    CHECK(w.scene().partnerItem(QStringLiteral("pa1")) == nullptr);
}

TEST_CASE("Closing with unsaved changes asks first", "[window]")
{
    SessionFile file;
    Window w(file.path);
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(QStringLiteral("pa2")));
    QTest::keyClick(&w.view(), Qt::Key_Down);
    REQUIRE(w.doc().isModified());

    {
        ModalAnswerer cancel(QMessageBox::Cancel);
        CHECK_FALSE(w.window.close());
        CHECK(cancel.seen);
        CHECK(w.window.isVisible());
    }
    {
        ModalAnswerer save(QMessageBox::Save);
        CHECK(w.window.close());
        CHECK(save.seen);
    }
    // Saved on the way out.
    CHECK(file.read().partner(QStringLiteral("pa2"))->placement != Placement{0.3, 25.0});
}

TEST_CASE("Open Recent lists opened files and drops missing ones", "[window]")
{
    SessionFile gone(sampleSession(), QStringLiteral("weg.nwk"));
    const QString gonePath = gone.path;
    SessionFile file;
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{gonePath});
    Window w(file.path); // opening puts it first
    QFile::remove(gonePath);

    auto *menu = w.window.findChild<QMenu *>();
    QMenu *recent = nullptr;
    for (QMenu *m : w.window.findChildren<QMenu *>())
        if (m->title().remove(QLatin1Char('&')) == QStringLiteral("Open Recent"))
            recent = m;
    REQUIRE(menu);
    REQUIRE(recent);
    Q_EMIT recent->aboutToShow();
    QStringList entries;
    QAction *goneEntry = nullptr;
    for (QAction *a : recent->actions()) {
        entries.append(a->text());
        if (a->text().endsWith(QStringLiteral("weg.nwk")))
            goneEntry = a;
    }
    CHECK(entries.value(0) == QStringLiteral("&1 regenboog.nwk"));
    REQUIRE(goneEntry);

    ModalAnswerer ok(QMessageBox::Ok);
    goneEntry->trigger();
    CHECK(ok.seen);
    CHECK(ok.text.contains(QStringLiteral("weg.nwk")));
    const QStringList stored = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    CHECK_FALSE(stored.contains(gonePath));
    CHECK(stored.contains(file.path));
    CHECK(w.doc().fileName() == file.path); // still the open session
    QSettings().remove(QStringLiteral("recentFiles"));
}
