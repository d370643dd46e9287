// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's desired placement is drawn as a target with an arrow, by the piece
// and by the whole map (so every export shows it).
#include "render_fixtures.h"

#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

using namespace nwk;

namespace {

Session withDesired(bool desired)
{
    Session s = newSession();
    Partner &p = test::addPartner(s, QStringLiteral("pa1"), QStringLiteral("CLB"),
                                  QStringLiteral("zorg"), 0.85, 0.5);
    if (desired)
        p.desiredPlacement = Placement{0.2, p.placement->angle};
    return s;
}

/// The map drawn at 1 px per map unit with the map's centre at the image centre.
QImage render(const Session &s, bool wholeMap)
{
    QImage img(1200, 1200, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.translate(600, 600);
    const MapPainter painter;
    const RenderOptions o;
    if (wholeMap)
        painter.paintMap(p, s, o);
    else
        painter.paintDesiredPlacement(p, s, QStringLiteral("pa1"), o);
    p.end();
    return img;
}

/// Pixels in a small square around map point c that differ between a and b.
int differing(const QImage &a, const QImage &b, QPointF c, int half)
{
    int n = 0;
    const QPoint centre = (c + QPointF(600, 600)).toPoint();
    for (int y = centre.y() - half; y <= centre.y() + half; ++y)
        for (int x = centre.x() - half; x <= centre.x() + half; ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                ++n;
    return n;
}

} // namespace

TEST_CASE("paintDesiredPlacement draws a target at the desired position", "[render][desired]")
{
    const Session s = withDesired(true);
    const QPointF target = MapGeometry::forSession(s).toPoint(*s.partners[0].desiredPlacement);
    const QPointF middle =
        (target + MapGeometry::forSession(s).toPoint(*s.partners[0].placement)) / 2;

    const QImage blank = render(withDesired(false), false);
    const QImage piece = render(s, false);
    CHECK(differing(blank, piece, target, 16) > 40); // the target
    CHECK(differing(blank, piece, middle, 4) > 0);   // the arrow on the way there

    const MapPainter painter;
    const QRectF bounds = painter.desiredPlacementBounds(s, QStringLiteral("pa1"));
    CHECK(bounds.contains(target));
    CHECK(painter.desiredPlacementBounds(withDesired(false), QStringLiteral("pa1")).isEmpty());

    // Nothing for an unplaced partner.
    Session unplaced = s;
    unplaced.partners[0].placement.reset();
    CHECK(differing(blank, render(unplaced, false), target, 16) == 0);
}

TEST_CASE("paintMap shows the desired placement (exports show it)", "[render][desired]")
{
    const Session s = withDesired(true);
    const QPointF target = MapGeometry::forSession(s).toPoint(*s.partners[0].desiredPlacement);
    const QImage without = render(withDesired(false), true);
    const QImage with = render(s, true);
    CHECK(differing(without, with, target, 16) > 40);
}
