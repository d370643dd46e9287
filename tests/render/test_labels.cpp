// SPDX-License-Identifier: GPL-3.0-or-later
// layoutLabels: labels of crowded partners do not overlap each other or other markers, as
// drawn (the label boxes and markers of the SVG export, tests/render/svg_inspect.h).
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/render/exporters.h"
#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <numbers>

using namespace nwk;

namespace {

struct Drawn {
    QString id;
    QRectF marker; ///< the marker with its decorations and mark badges
    QRectF label;  ///< the label's box
};

/// Each placed partner's marker and label box as the SVG export draws them (map units).
std::vector<Drawn> drawnPartners(const Session &s, const RenderOptions &o)
{
    const test::SvgDocument svg = test::inspectSvg(renderMapSvg(s, o));
    REQUIRE(svg.wellFormed);
    std::vector<Drawn> out;
    for (const Partner &p : s.partners) {
        INFO("partner " << p.id.toStdString());
        const test::SvgGroup *g = svg.group(QStringLiteral("partner-") + p.id);
        if (!p.placement) {
            CHECK_FALSE(g);
            continue;
        }
        REQUIRE(g);
        QRectF marker = test::markerBox(*g);
        for (const test::SvgGroup *m : test::marksOf(svg, p.id))
            for (const test::SvgShape &sh : m->shapes)
                marker = marker.united(sh.box);
        REQUIRE_FALSE(marker.isEmpty());
        out.push_back({p.id, marker, test::labelBox(*g)});
    }
    return out;
}

/// What the SVG export draws: no label box overlaps another, or another partner's
/// marker; a label only tucks into the empty corner of its own marker's box.
void requireClean(const Session &s, const RenderOptions &o)
{
    const std::vector<Drawn> drawn = drawnPartners(s, o);
    for (const Drawn &a : drawn) {
        INFO("partner " << a.id.toStdString());
        REQUIRE_FALSE(a.label.isEmpty());
        for (const Drawn &b : drawn) {
            if (a.id == b.id)
                continue;
            INFO("other partner " << b.id.toStdString());
            CHECK_FALSE(test::overlaps(a.label, b.label));
            CHECK_FALSE(test::overlaps(a.label, b.marker));
        }
        const QRectF in = a.label.intersected(a.marker);
        CHECK(in.width() * in.height() <= 0.12 * a.marker.width() * a.marker.height());
    }
}

} // namespace

TEST_CASE("layoutLabels: 50 crowded partners with long labels do not collide", "[render][labels]")
{
    const Session s = test::crowdedSession();
    REQUIRE(s.partners.size() == 50);
    SECTION("standard style")
    {
        requireClean(s, RenderOptions{});
    }
    SECTION("high contrast")
    {
        RenderOptions o;
        o.highContrast = true;
        requireClean(s, o);
    }
}

TEST_CASE("layoutLabels: the realistic map has no colliding labels", "[render][labels]")
{
    requireClean(test::realisticSession(), RenderOptions{});
}

TEST_CASE("layoutLabels: deterministic and independent of file order", "[render][labels]")
{
    const Session s = test::crowdedSession();
    const MapPainter painter;
    const LabelPlacements first = painter.layoutLabels(s, RenderOptions{});
    const LabelPlacements second = painter.layoutLabels(s, RenderOptions{});
    CHECK(first == second);
    Session reversed = s;
    std::reverse(reversed.partners.begin(), reversed.partners.end());
    CHECK(painter.layoutLabels(reversed, RenderOptions{}) == first);
}

TEST_CASE("layoutLabels: a lone partner's label sits right below it", "[render][labels]")
{
    Session s = newSession();
    test::addPartner(s, QStringLiteral("pa1"), QStringLiteral("CLB"), QStringLiteral("zorg"), 0.5,
                     0.5);
    test::addPartner(s, QStringLiteral("pa2"), QStringLiteral("Niet geplaatst"),
                     QStringLiteral("zorg"), -1, 0);
    const MapPainter painter;
    const LabelPlacements labels = painter.layoutLabels(s, RenderOptions{});
    REQUIRE(labels.size() == 1); // the unplaced partner has no label on the map
    const QRectF r = labels.value(QStringLiteral("pa1"));
    CHECK(std::abs(r.center().x()) < 0.01);
    CHECK(r.top() > painter.style().partnerRadius);
    CHECK(r.top() < 2.5 * painter.style().partnerRadius);
}

TEST_CASE("layoutLabels: long labels wrap to at most three lines", "[render][labels]")
{
    Session s = newSession();
    const QString label =
        QStringLiteral("Pedagogische begeleidingsdienst van het Katholiek Onderwijs Vlaanderen");
    test::addPartner(s, QStringLiteral("pa1"), label, QStringLiteral("beleid"), 0.5, 0.5);
    const MapPainter painter;
    const QRectF r = painter.layoutLabels(s, RenderOptions{}).value(QStringLiteral("pa1"));
    CHECK(r.width() <= painter.style().labelMaxWidth * 1.35 + 10);
    CHECK(r.height() <= 3.3 * painter.style().labelFont.pixelSize() * 1.25 + 4);
    CHECK(r.height() >= 2 * painter.style().labelFont.pixelSize());
}

TEST_CASE("Labels of partners next to the school keep off the school disc, as drawn",
          "[render][labels]")
{
    // Just outside the disc, all around: below the partner at the top lies the disc.
    Session s = newSession();
    for (std::size_t i = 0; i < s.categories.size(); i += 2)
        test::addPartner(s, QStringLiteral("pa%1").arg(i), QStringLiteral("Partner %1").arg(i),
                         s.categories[i].id, 0.02, i == 0 ? 0.0 : 0.5);
    const test::SvgDocument svg = test::inspectSvg(renderMapSvg(s, RenderOptions{}));
    REQUIRE(svg.wellFormed);
    const test::SvgGroup *school = svg.group(QStringLiteral("school"));
    REQUIRE(school);
    QRectF disc; // the largest shape of the school: its disc
    for (const test::SvgShape &shape : school->shapes)
        if (shape.box.width() > disc.width())
            disc = shape.box;
    REQUIRE(disc.width() > 0);
    const double r = disc.width() / 2;
    int labels = 0;
    for (const test::SvgGroup *g : svg.withClass("partner")) {
        INFO(g->id.toStdString());
        const QRectF label = test::labelBox(*g);
        REQUIRE_FALSE(label.isNull());
        ++labels;
        // The point of the label box nearest to the disc's centre lies outside the disc.
        const QPointF c = disc.center();
        const QPointF nearest(std::clamp(c.x(), label.left(), label.right()),
                              std::clamp(c.y(), label.top(), label.bottom()));
        CHECK(QLineF(c, nearest).length() >= r);
    }
    CHECK(labels == 4);
}

TEST_CASE("Two partners on one spot are drawn apart, as drawn in the SVG", "[render][labels]")
{
    Session s = newSession();
    test::addPartner(s, QStringLiteral("pa1"), QStringLiteral("CLB"), QStringLiteral("zorg"), 0.5,
                     0.5);
    test::addPartner(s, QStringLiteral("pa2"), QStringLiteral("Ouders"), QStringLiteral("zorg"),
                     0.5, 0.5);
    const test::SvgDocument svg = test::inspectSvg(renderMapSvg(s, RenderOptions{}));
    REQUIRE(svg.wellFormed);
    const test::SvgGroup *a = svg.group(QStringLiteral("partner-pa1"));
    const test::SvgGroup *b = svg.group(QStringLiteral("partner-pa2"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK_FALSE(test::overlaps(test::markerBox(*a), test::markerBox(*b)));
    CHECK_FALSE(test::overlaps(test::labelBox(*a), test::labelBox(*b)));
}

TEST_CASE("Partners drawn apart stay in their sector, the first one too", "[render][labels]")
{
    // Two partners on one spot at the very start of sector 0: drawn apart along the
    // circle, the one pushed back must not cross into the last sector.
    Session s = newSession();
    const QString first = s.categories.front().id;
    test::addPartner(s, QStringLiteral("pa1"), QStringLiteral("CLB"), first, 0.5, 0.01);
    test::addPartner(s, QStringLiteral("pa2"), QStringLiteral("Ouders"), first, 0.5, 0.01);
    const test::SvgDocument svg = test::inspectSvg(renderMapSvg(s, RenderOptions{}));
    REQUIRE(svg.wellFormed);
    const test::SvgGroup *school = svg.group(QStringLiteral("school"));
    REQUIRE(school);
    QRectF disc;
    for (const test::SvgShape &shape : school->shapes)
        if (shape.box.width() > disc.width())
            disc = shape.box;
    const MapGeometry g = MapGeometry::forSession(s);
    for (const char *id : {"partner-pa1", "partner-pa2"}) {
        const test::SvgGroup *p = svg.group(QString::fromLatin1(id));
        REQUIRE(p);
        const QPointF d = test::markerBox(*p).center() - disc.center();
        const double angle = normalizeAngle(std::atan2(d.x(), -d.y()) * 180.0 / std::numbers::pi);
        INFO(id << " drawn at " << angle << " degrees");
        CHECK(g.sectorAt(angle) == 0);
    }
}
