// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the editor's items draw: links, ghosts, partners, legend (their bounds
// against their pixels: test_painted_bounds.cpp).
#include "render_fixtures.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <cmath>

using namespace nwk;

namespace {

/// Paints with `draw` into an image showing map rect `area` at `scale` px per unit.
template <typename Draw> QImage paintArea(const QRectF &area, double scale, Draw draw)
{
    QImage img(static_cast<int>(area.width() * scale), static_cast<int>(area.height() * scale),
               QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.translate(-area.topLeft());
    draw(p);
    p.end();
    return img;
}

/// Counts pixels "like" colour c (hue close, saturated) in the image.
int countLike(const QImage &img, const QColor &c)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor px = img.pixelColor(x, y);
            if (std::abs(px.red() - c.red()) < 40 && std::abs(px.green() - c.green()) < 40 &&
                std::abs(px.blue() - c.blue()) < 40)
                ++n;
        }
    return n;
}

Session twoPartners()
{
    Session s = newSession();
    test::addPartner(s, QStringLiteral("pa1"), QStringLiteral("Eerste"), QStringLiteral("beleid"),
                     0.5, 0.5);
    test::addPartner(s, QStringLiteral("pa2"), QStringLiteral("Tweede"), QStringLiteral("beleid"),
                     0.9, 0.5);
    return s;
}

} // namespace

TEST_CASE("paintLink: colour by valence, nothing for unplaced ends", "[render][pieces]")
{
    Session s = twoPartners();
    const MapPainter painter;
    const MapStyle &st = painter.style();
    const MapGeometry g = MapGeometry::forSession(s);
    const QPointF a = g.toPoint(*s.partner(QStringLiteral("pa1"))->placement);
    const QPointF b = g.toPoint(*s.partner(QStringLiteral("pa2"))->placement);
    const QRectF area = QRectF(a, b).normalized().adjusted(-30, -30, 30, 30);
    auto draw = [&](Valence v) {
        Session t = s;
        test::addLink(t, QStringLiteral("li1"), QStringLiteral("pa1"), QStringLiteral("pa2"),
                      LinkKind::Collaborates, LinkDirection::OneWay, v);
        return paintArea(area, 4.0, [&](QPainter &p) {
            painter.paintLink(p, t, QStringLiteral("li1"), RenderOptions{});
        });
    };
    const QImage positive = draw(Valence::Positive);
    const QImage negative = draw(Valence::Negative);
    CHECK(countLike(positive, st.positive) > 100);
    CHECK(countLike(positive, st.negative) == 0);
    CHECK(countLike(negative, st.negative) > 100);
    CHECK(countLike(negative, st.positive) == 0);
    // Negative is dashed: fewer coloured pixels than the solid positive line.
    CHECK(countLike(negative, st.negative) < countLike(positive, st.positive));

    SECTION("an end in the tray: not drawn")
    {
        Session t = s;
        t.partner(QStringLiteral("pa2"))->placement.reset();
        test::addLink(t, QStringLiteral("li1"), QStringLiteral("pa1"), QStringLiteral("pa2"),
                      LinkKind::Collaborates, LinkDirection::None, Valence::Positive);
        const QImage img = paintArea(area, 4.0, [&](QPainter &p) {
            painter.paintLink(p, t, QStringLiteral("li1"), RenderOptions{});
        });
        CHECK(countLike(img, st.positive) == 0);
    }
}

TEST_CASE("missing partners without a placement go to their sector's outer ring",
          "[render][pieces]")
{
    Session s = test::realisticSession();
    const MapPainter painter;
    const MapGeometry g = MapGeometry::forSession(s);
    for (const MissingPartner &m : s.missingPartners) {
        INFO(m.id.toStdString());
        const Placement at = g.toPlacement(painter.missingPosition(s, m.id));
        CHECK(g.sectorAt(at.angle) == s.categoryIndex(m.category));
        if (m.placement)
            CHECK(std::abs(at.distance - m.placement->distance) < 1e-6);
        else
            CHECK(g.ringAt(at.distance) == g.ringCount - 1);
    }
    // Two auto-placed ghosts in one sector do not sit on top of each other.
    MissingPartner extra = s.missingPartners.front();
    extra.id = QStringLiteral("mp9");
    extra.placement.reset();
    s.missingPartners.push_back(extra);
    const QPointF p1 = painter.missingPosition(s, s.missingPartners.front().id);
    const QPointF p2 = painter.missingPosition(s, QStringLiteral("mp9"));
    CHECK(std::hypot(p1.x() - p2.x(), p1.y() - p2.y()) > 2 * painter.style().partnerRadius);
}

TEST_CASE("paintMissing draws a hollow ghost with an italic label", "[render][pieces]")
{
    Session s = newSession();
    MissingPartner m;
    m.id = QStringLiteral("mp1");
    m.label = QStringLiteral("Stagebedrijven");
    m.category = QStringLiteral("werk");
    s.missingPartners = {m};
    const MapPainter painter;
    const QColor werk = QColor::fromString(s.category(QStringLiteral("werk"))->color);
    const QImage img = paintArea(QRectF(-40, -40, 80, 80), 4.0, [&](QPainter &p) {
        painter.paintMissing(p, s, QStringLiteral("mp1"), RenderOptions{});
    });
    // Outline in the category colour, but hollow: the centre is not filled with it.
    CHECK(countLike(img, werk) > 20);
    CHECK_FALSE(img.pixelColor(img.width() / 2 - 12, img.height() / 2 + 12) == werk);
    const QRectF label =
        painter.layoutMissingLabels(s, RenderOptions{}).value(QStringLiteral("mp1"));
    CHECK_FALSE(label.isEmpty());
}

TEST_CASE("paintPartner: a partner without category is a neutral outlined marker",
          "[render][pieces]")
{
    Session s = newSession();
    test::addPartner(s, QStringLiteral("pa1"), QStringLiteral("Buurtwerking"), QString(), 0.5, 0.1);
    const MapPainter painter;
    const QImage img = paintArea(QRectF(-30, -30, 60, 60), 4.0, [&](QPainter &p) {
        painter.paintPartner(p, s, QStringLiteral("pa1"), RenderOptions{}, QRectF(), true);
    });
    // White inside, grey outline; the selection halo shows in the selection colour.
    CHECK(img.pixelColor(img.width() / 2, img.height() / 2) == QColor(Qt::white));
    CHECK(countLike(img, painter.style().noCategory) > 20);
    CHECK(countLike(img, painter.style().selection) > 20);
}

TEST_CASE("highContrast: larger type and thicker lines", "[render][pieces]")
{
    const MapStyle a = MapStyle::standard();
    const MapStyle b = MapStyle::highContrast();
    CHECK(b.labelFont.pixelSize() > a.labelFont.pixelSize());
    CHECK(b.legendFont.pixelSize() > a.legendFont.pixelSize());
    CHECK(b.lineWidth > a.lineWidth);
    RenderOptions o;
    o.highContrast = true;
    CHECK(MapStyle::forOptions(o).lineWidth == b.lineWidth);
    CHECK(roleColor(RoleGroup::Teacher) != roleColor(RoleGroup::Management));
}
