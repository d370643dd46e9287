// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's canvas is the map (issue #17): at a laptop's and a projector's size,
// with the default docks, in English and in Dutch, the map disc fills the window and
// partner labels are readable; fit shows the map, not a page; the legend is an overlay.
#include "canvasfixture.h"

#include "../../src/editor/presentation/legendoverlay.h"

#include <QToolButton>

using namespace nwk;
using namespace nwk::test;

namespace {

void checkReadable(const ExampleWindow &w, double minDiscShare)
{
    const QSize size = w.window.size();
    INFO("window " << size.width() << "x" << size.height() << ", map view " << w.view().width()
                   << "x" << w.view().height() << ", zoom " << w.view().zoom());
    const QRectF disc = w.discOnScreen();
    INFO("disc on screen " << disc.width() << "x" << disc.height());
    CHECK(disc.height() >= minDiscShare * size.height());
    // The whole disc is on screen.
    CHECK(QRectF(w.viewport()->rect()).adjusted(-1, -1, 1, 1).contains(disc));
    // Every partner label: its font and its box at least the minimum on screen.
    CHECK(w.labelFontPixels() >= kMinLabelPixels - 0.01);
    CHECK(w.smallestLabelHeight() >= kMinLabelPixels);
}

} // namespace

TEST_CASE("At 1366x768 and 1280x720 the map disc fills the window and labels are readable",
          "[canvas][i18n]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        UiLanguage ui(language);
        for (const QSize size : {QSize(1366, 768), QSize(1280, 720)}) {
            INFO(language.toStdString());
            ExampleWindow w(size);
            // The issue asks 12 px at 1366x768 and 11 px at 1280x720; both get 12 px.
            checkReadable(w, 0.6);
            // Home fits the same again after zooming.
            QTest::keyClick(&w.view(), Qt::Key_Minus, Qt::ControlModifier);
            settle();
            QTest::keyClick(&w.view(), Qt::Key_Home);
            settle();
            checkReadable(w, 0.6);
        }
    }
}

TEST_CASE("Fit shows the map, not the page: no legend or title on the canvas", "[canvas]")
{
    ExampleWindow w(QSize(1366, 768));
    const Session &s = w.session();
    RenderOptions page = w.scene().renderOptions();
    page.showLegend = true;
    page.showTitle = true;
    const MapPainter &painter = w.scene().mapPainter();
    const QRectF legend = painter.legendBounds(s, page);
    const QRectF title = painter.titleBounds(s, page);
    REQUIRE_FALSE(legend.isEmpty());
    REQUIRE_FALSE(title.isEmpty());
    // What fit fits is the disc and what sticks out of it, not the legend or the title.
    CHECK_FALSE(w.scene().mapRect().contains(legend));
    CHECK_FALSE(w.scene().mapRect().contains(title));
    CHECK(painter.mapBounds(s, page).width() > w.scene().mapRect().width() + 100);
    CHECK(w.scene().mapRect().contains(MapGeometry::forSession(s).bounds()));
    CHECK_FALSE(w.scene().renderOptions().showLegend);
    CHECK_FALSE(w.scene().renderOptions().showTitle);
    // Around the map: the map's background, not a grey margin around a page.
    const QImage shot = w.viewport()->grab().toImage();
    const QColor background = painter.style().background;
    CHECK(shot.pixelColor(2, 2) == background);
    CHECK(shot.pixelColor(shot.width() - 3, 2) == background);
    CHECK(shot.pixelColor(shot.width() - 3, shot.height() - 3) == background);
}

TEST_CASE("The legend is an overlay on the map, folded to a button, kept in the settings",
          "[canvas][legend]")
{
    QSettings().remove(QString::fromLatin1(LegendOverlay::kSettingsKey));
    {
        ExampleWindow w(QSize(1366, 768));
        auto *overlay = w.view().findChild<LegendOverlay *>();
        REQUIRE(overlay);
        auto *button = overlay->findChild<QToolButton *>(QStringLiteral("legendButton"));
        REQUIRE(button);
        CHECK(button->text() == QStringLiteral("Legend"));
        CHECK(button->isVisible());
        CHECK_FALSE(overlay->isExpanded());
        CHECK(overlay->legendArea().isEmpty());
        const QRect folded = overlay->geometry();
        CHECK(folded.width() < 150);

        // The View menu's key opens it: the legend's pieces in a corner of the map.
        QTest::keyClick(&w.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(overlay->isExpanded());
        const QRect area = overlay->legendArea().translated(overlay->pos());
        CHECK(area.height() > 100);
        CHECK(w.view().rect().contains(overlay->geometry()));
        CHECK(overlay->geometry().width() < w.view().width() / 2);
        CHECK(overlay->geometry().bottom() > w.view().height() / 2); // the lower corner
        CHECK(overlay->geometry().left() < w.view().width() / 2);
        // It draws the painter's legend: a rendered overlay has the legend's text pixels.
        const QImage shot = overlay->grab().toImage();
        int dark = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2)
                dark += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
        CHECK(dark > 50);
        CHECK(QSettings().value(QString::fromLatin1(LegendOverlay::kSettingsKey)).toBool());
        CHECK(w.window.findChild<QAction *>(QStringLiteral("legendAction"))->isChecked());
    }
    {
        // Remembered; the button folds it again.
        ExampleWindow w(QSize(1280, 720));
        auto *overlay = w.view().findChild<LegendOverlay *>();
        REQUIRE(overlay);
        CHECK(overlay->isExpanded());
        auto *button = overlay->findChild<QToolButton *>(QStringLiteral("legendButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK_FALSE(overlay->isExpanded());
        CHECK(overlay->legendArea().isEmpty());
        CHECK_FALSE(QSettings().value(QString::fromLatin1(LegendOverlay::kSettingsKey)).toBool());
    }
    QSettings().remove(QString::fromLatin1(LegendOverlay::kSettingsKey));
}

TEST_CASE("In Dutch the legend button reads Legende, as the map's legend is titled",
          "[canvas][legend][i18n]")
{
    UiLanguage ui(QStringLiteral("nl"));
    ExampleWindow w(QSize(1280, 720));
    auto *button = w.view().findChild<QToolButton *>(QStringLiteral("legendButton"));
    REQUIRE(button);
    CHECK(button->text() == QStringLiteral("Legende"));
}
