// SPDX-License-Identifier: GPL-3.0-or-later
// renderMapImage: what the user sees in the pixels.
#include "render_fixtures.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

#include <QImage>

#include <cmath>
#include <numbers>

using namespace nwk;

namespace {

struct Mapped {
    QImage image;
    QRectF bounds;
    double scale = 1.0;
    QPointF toPixel(QPointF mapPoint) const { return (mapPoint - bounds.topLeft()) * scale; }
};

Mapped render(const Session &s, int width, bool transparent = false)
{
    ImageExportOptions o;
    o.widthPx = width;
    o.labelPt = 0; // the style's labels: the pixels below are found from mapBounds()
    o.render.transparentBackground = transparent;
    Mapped m;
    m.image = renderMapImage(s, o);
    m.bounds = MapPainter(MapStyle::forOptions(o.render)).mapBounds(s, o.render);
    m.scale = width / m.bounds.width();
    return m;
}

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QColor pixel(const QImage &img, QPointF p)
{
    return img.pixelColor(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
}

} // namespace

TEST_CASE("renderMapImage: each partner's marker has its category colour", "[render][image]")
{
    const Session s = test::realisticSession();
    const Mapped m = render(s, 2400);
    REQUIRE_FALSE(m.image.isNull());
    const MapLayout drawn = MapPainter().layoutMap(s, RenderOptions{});
    const double r = MapStyle::standard().partnerRadius;
    int checked = 0;
    for (const Partner &pa : s.partners) {
        const Category *c = s.category(pa.category);
        if (!pa.placement || !c)
            continue;
        const QColor want = QColor::fromString(c->color);
        // Where the marker is drawn (overlapping markers are spread apart).
        const QPointF centre = drawn.partners.value(pa.id).position;
        // Around the centre (away from the letter), inside the shape.
        int hits = 0;
        for (int k = 0; k < 8; ++k) {
            const double a = k * std::numbers::pi / 4.0 + std::numbers::pi / 8.0;
            const QPointF at = centre + QPointF(std::cos(a), std::sin(a)) * (0.6 * r);
            if (near(pixel(m.image, m.toPixel(at)), want, 12))
                ++hits;
        }
        INFO("partner " << pa.id.toStdString() << " category " << c->id.toStdString());
        CHECK(hits >= 6);
        ++checked;
    }
    CHECK(checked >= 30);
}

TEST_CASE("renderMapImage: a sector is tinted with its category colour", "[render][image]")
{
    Session s = test::realisticSession();
    s.missingPartners.clear(); // keep the werk sector empty
    const Mapped m = render(s, 2000);
    const MapGeometry g = MapGeometry::forSession(s);
    const MapStyle st = MapStyle::standard();
    const int werk = s.categoryIndex(QStringLiteral("werk"));
    const int beleid = s.categoryIndex(QStringLiteral("beleid"));
    const double alpha = st.sectorTintAlpha / 255.0;
    auto expected = [&](int sector) {
        const QColor c = QColor::fromString(s.categories[static_cast<std::size_t>(sector)].color);
        auto mix = [&](int v) {
            return static_cast<int>(std::lround(v * alpha + 255 * (1 - alpha)));
        };
        return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
    };
    // Inner ring of the (empty) werk sector, off its middle where the note is.
    const QPointF werkPoint = g.toPoint({0.2, g.sectorStart(werk) + 0.3 * g.sectorSpan()});
    const QColor got = pixel(m.image, m.toPixel(werkPoint));
    CHECK(near(got, expected(werk), 6));
    CHECK_FALSE(near(got, Qt::white, 6));
    CHECK_FALSE(near(got, expected(beleid), 6));
    // Outside the disc (but inside the image) the background stays white.
    CHECK(near(pixel(m.image, m.toPixel(QPointF(-g.outerRadius - 30, g.outerRadius - 30))),
               Qt::white, 0));
}

TEST_CASE("renderMapImage: requested width, white or transparent background", "[render][image]")
{
    const Session s = test::realisticSession();
    SECTION("white")
    {
        const Mapped m = render(s, 1000);
        CHECK(m.image.width() == 1000);
        const double aspect = m.bounds.height() / m.bounds.width();
        CHECK(std::abs(m.image.height() - 1000 * aspect) <= 1.0);
        const QColor corner = m.image.pixelColor(1, m.image.height() - 2);
        CHECK(corner.alpha() == 255);
        CHECK(near(corner, Qt::white, 0));
    }
    SECTION("transparent")
    {
        const Mapped m = render(s, 800, true);
        CHECK(m.image.width() == 800);
        CHECK(m.image.hasAlphaChannel());
        CHECK(m.image.pixelColor(1, m.image.height() - 2).alpha() == 0);
        // The map itself is still drawn: the school disc is opaque.
        const QColor school =
            pixel(m.image, m.toPixel(QPointF(0, 0.8 * MapGeometry().schoolRadius)));
        CHECK(school.alpha() == 255);
    }
    SECTION("A4 width from dpi")
    {
        ImageExportOptions o;
        o.dpi = 100;
        const QImage img = renderMapImage(s, o);
        // The map is wider than high: A4 landscape, 297 mm at 100 dpi.
        CHECK(img.width() == static_cast<int>(std::lround(297.0 / 25.4 * 100)));
        CHECK(img.dotsPerMeterX() == static_cast<int>(std::lround(100 / 0.0254)));
    }
}

TEST_CASE("renderMapImage: an empty session still renders a map", "[render][image]")
{
    Session s = newSession();
    const Mapped m = render(s, 600);
    REQUIRE_FALSE(m.image.isNull());
    CHECK(m.image.width() == 600);
    // The school disc in the middle is dark.
    CHECK(pixel(m.image, m.toPixel(QPointF(0, 40))).lightness() < 100);
}

TEST_CASE("visual check image", "[.][render][check]")
{
    // Not a test: writes the realistic map for a human to look at.
    const QString path =
        qEnvironmentVariable("NWK_RENDER_CHECK", QStringLiteral("/tmp/render-check.png"));
    ImageExportOptions o;
    o.widthPx = qEnvironmentVariableIntValue("NWK_RENDER_CHECK_WIDTH");
    if (o.widthPx <= 0)
        o.widthPx = 2400;
    o.render.highContrast = qEnvironmentVariableIsSet("NWK_RENDER_CHECK_HC");
    o.render.anonymise = qEnvironmentVariableIsSet("NWK_RENDER_CHECK_ANON");
    o.render.language = qEnvironmentVariable("NWK_RENDER_CHECK_LANG", QStringLiteral("nl"));
    o.render.showNotes = true;
    const Session s = qEnvironmentVariableIsSet("NWK_RENDER_CHECK_CROWDED")
                          ? test::crowdedSession()
                          : test::realisticSession();
    CHECK(exportPng(s, path, o).isEmpty());
}
