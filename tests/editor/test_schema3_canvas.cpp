// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on the canvas: the band of distances not discussed (drawn and dropped into), the
// school disc as a drop target, the neutral zone's items, and View > Relative Placements.
#include "editorfixture.h"

#include <QAccessible>

#include <cmath>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");
const QString kPa4 = QStringLiteral("pa4");

/// The sample with pa2 whose distance was not discussed, pa4 in the neutral zone and a
/// relative placement pa1 "further than" pa2.
Session schema3Session()
{
    Session s = sampleSession();
    s.partner(kPa2)->placement->distanceKind = DistanceKind::NotDiscussed;
    s.partner(kPa4)->neutralZone = true;
    RelativePlacement rp;
    rp.id = QStringLiteral("r1");
    rp.partnerId = kPa1;
    rp.referenceId = kPa2;
    s.relativePlacements.push_back(rp);
    return s;
}

double radiusOf(QPointF p)
{
    return std::hypot(p.x(), p.y());
}
} // namespace

TEST_CASE("A partner dropped in the outer band has its distance not discussed; the band goes "
          "with the last such partner",
          "[map][drag][schema3]")
{
    SessionFile file(schema3Session());
    Window w(file.path);
    const MapGeometry g = w.geometry();
    REQUIRE(g.bandWidth > 0.0);
    CHECK(w.scene().geometry().bandWidth == Approx(g.bandWidth));
    // The item of the not-discussed partner sits in the band.
    const double r2 = radiusOf(w.scene().partnerItem(kPa2)->pos());
    CHECK(r2 > g.ringsRadius());
    CHECK(r2 < g.outerRadius);

    // Drag pa1 into the band of its own sector ("zorg", 128 degrees).
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.5, 128.0, DistanceKind::NotDiscussed}));
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::NotDiscussed);
    CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
    CHECK(radiusOf(w.scene().partnerItem(kPa1)->pos()) > g.ringsRadius());

    // Both back on the rings: the band goes, the disc shrinks to the rings.
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.5, 128.0}));
    w.drag(w.pixelOfPartner(kPa2), w.pixelOf({0.5, 25.0}));
    CHECK(w.partner(kPa2).placement->distanceKind == DistanceKind::Ring);
    CHECK(w.scene().geometry().bandWidth == 0.0);
    CHECK(radiusOf(w.scene().partnerItem(kPa2)->pos()) ==
          Approx(w.geometry().radiusFor(w.partner(kPa2).placement->distance)));
}

TEST_CASE("A partner dropped well inside the school disc is in the school; on its rim, "
          "closest on the rings",
          "[map][drag][schema3]")
{
    SessionFile file;
    Window w(file.path);
    const MapGeometry g = w.geometry();
    const QPointF inside(0.3 * g.schoolRadius * std::sin(128.0 * M_PI / 180.0),
                         -0.3 * g.schoolRadius * std::cos(128.0 * M_PI / 180.0));
    w.drag(w.pixelOfPartner(kPa1), w.view().mapFromScene(inside));
    REQUIRE(w.partner(kPa1).placement);
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::InSchool);
    CHECK(radiusOf(w.scene().partnerItem(kPa1)->pos()) < g.schoolRadius);

    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.0, 128.0}));
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::Ring);
    CHECK(w.partner(kPa1).placement->distance == Approx(0.0).margin(0.02));
}

TEST_CASE("A partner of the neutral zone has an item below the disc", "[map][schema3]")
{
    SessionFile file(schema3Session());
    Window w(file.path);
    QGraphicsItem *item = w.scene().partnerItem(kPa4);
    REQUIRE(item);
    CHECK(item->pos().y() > w.geometry().outerRadius);
}

TEST_CASE("View > Relative Placements draws the relative placements on the canvas",
          "[map][schema3]")
{
    SessionFile file(schema3Session());
    Window w(file.path);
    CHECK_FALSE(w.scene().renderOptions().showRelativePlacements);
    QAction *toggle = w.action(QStringLiteral("Relative Placements"));
    REQUIRE(toggle->isCheckable());
    toggle->trigger();
    CHECK(w.scene().renderOptions().showRelativePlacements);
    // The canvas draws the arrow: the scene's overlay covers the line between the two.
    const QPointF a = w.scene().partnerItem(kPa1)->pos();
    const QPointF b = w.scene().partnerItem(kPa2)->pos();
    const QRectF drawn =
        w.scene().mapPainter().relationsBounds(w.doc().session(), w.scene().renderOptions());
    CHECK(drawn.contains((a + 2 * b) / 3.0));
    toggle->trigger();
    CHECK_FALSE(w.scene().renderOptions().showRelativePlacements);
    CHECK(w.scene()
              .mapPainter()
              .relationsBounds(w.doc().session(), w.scene().renderOptions())
              .isEmpty());
}

TEST_CASE("Screen readers hear that a partner's distance was not discussed", "[a11y][schema3]")
{
    SessionFile file(schema3Session());
    Window w(file.path);
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(&w.view());
    REQUIRE(map != nullptr);
    QString name;
    for (int i = 0; i < map->childCount(); ++i)
        if (QAccessibleInterface *child = map->child(i);
            child && child->text(QAccessible::Name).startsWith(QStringLiteral("Hogeschool,")))
            name = child->text(QAccessible::Name);
    CHECK(name.contains(QStringLiteral("afstand niet besproken")));
}
