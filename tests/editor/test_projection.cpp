// SPDX-License-Identifier: GPL-3.0-or-later
// View > Projection Mode (Ctrl+Shift+P): the map and the presenter window switch
// to the high-contrast style (larger type, thicker lines, black text), and the
// choice is remembered for the next start.
#include "editorfixture.h"

#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/render/mappainter.h"

#include <QImage>
#include <QPainter>
#include <QSettings>

using namespace nwk;
using namespace nwk::test;

namespace {

constexpr const char *kKey = "view/projectionMode";

/// Pixels darker than #404040: black text and lines.
int darkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 0x40 ? 1 : 0;
    return n;
}

/// The scene's map rectangle, rendered as the view's items paint it.
QImage sceneImage(MapScene &scene)
{
    QImage image(900, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    scene.render(&p, image.rect(), scene.mapRect());
    return image;
}

/// Keeps the user's (test) settings as they were.
struct SettingGuard {
    SettingGuard() { QSettings().setValue(QString::fromLatin1(kKey), false); }
    ~SettingGuard() { QSettings().remove(QString::fromLatin1(kKey)); }
};

} // namespace

TEST_CASE("Projection mode switches the map and the presenter to high contrast",
          "[projection][a11y]")
{
    SettingGuard guard;
    SessionFile file;
    Window w(file.path);
    QAction *toggle = w.action(QStringLiteral("Projection Mode"));
    CHECK(toggle->isCheckable());
    CHECK_FALSE(toggle->isChecked());
    auto *presenter = w.window.findChild<PresenterWindow *>();
    REQUIRE(presenter);
    CHECK_FALSE(presenter->highContrast());
    const double normalWidth = w.scene().mapPainter().style().lineWidth;
    const int normalLabel = w.scene().mapPainter().style().labelFont.pixelSize();
    const QImage mapBefore = sceneImage(w.scene());

    QTest::keyClick(&w.view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(toggle->isChecked());
    CHECK(w.scene().renderOptions().highContrast);
    CHECK(w.scene().mapPainter().style().lineWidth > normalWidth * 1.5);
    CHECK(w.scene().mapPainter().style().labelFont.pixelSize() > normalLabel);
    CHECK(QSettings().value(QString::fromLatin1(kKey)).toBool());
    // What the items paint: more black (thicker black lines, bold black labels).
    const QImage mapAfter = sceneImage(w.scene());
    CHECK(darkPixels(mapAfter) > darkPixels(mapBefore) * 1.3);
    // The presenter follows.
    CHECK(presenter->highContrast());
    CHECK(presenter->map()->highContrast());
    // What the presenter's map paints in each mode (a map of fixed size).
    PresenterMap standalone(&w.doc());
    standalone.resize(900, 900);
    const QImage presenterNormal = standalone.grab().toImage();
    standalone.setHighContrast(true);
    CHECK(darkPixels(standalone.grab().toImage()) > darkPixels(presenterNormal) * 1.3);

    SECTION("remembered at the next start")
    {
        MainWindow second;
        auto *presenter2 = second.findChild<PresenterWindow *>();
        CHECK(second.scene()->renderOptions().highContrast);
        CHECK(presenter2->highContrast());
    }
    SECTION("and off again")
    {
        QTest::keyClick(&w.view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK_FALSE(toggle->isChecked());
        CHECK_FALSE(w.scene().renderOptions().highContrast);
        CHECK_FALSE(presenter->highContrast());
        CHECK(w.scene().mapPainter().style().lineWidth == normalWidth);
        CHECK(darkPixels(sceneImage(w.scene())) == darkPixels(mapBefore));
        CHECK_FALSE(QSettings().value(QString::fromLatin1(kKey)).toBool());
    }
}
