// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter::layoutMap(): what the editor's scene places its items by must be where the
// SVG export draws each object (its element boxes, tests/render/svg_inspect.h).
#include "../support/examplesession.h"
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/core/sessionio.h"
#include "nwk/render/exporters.h"
#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

using namespace nwk;
using nwk::testdata::exampleSession;

namespace {

std::string str(const QRectF &r)
{
    return Catch::Detail::stringify(r);
}

/// Equal up to the SVG's rounding of its numbers (two decimals).
bool near(const QRectF &a, const QRectF &b)
{
    constexpr double e = 0.02;
    return std::abs(a.left() - b.left()) <= e && std::abs(a.top() - b.top()) <= e &&
           std::abs(a.right() - b.right()) <= e && std::abs(a.bottom() - b.bottom()) <= e;
}

/// Up to the SVG's rounding; also for boxes without width or height (lines).
bool covers(const QRectF &outer, const QRectF &inner)
{
    const QRectF o = outer.adjusted(-0.02, -0.02, 0.02, 0.02);
    return o.contains(inner.topLeft()) && o.contains(inner.bottomRight());
}

void requireGhostsWhereLaidOut(const Session &s, const RenderOptions &o, const MapLayout &layout,
                               const test::SvgDocument &svg);
void requireDrawnInside(const QRectF &bounds, const test::SvgDocument &svg, int placed);

/// The editor's scene places and sizes its items by layoutMap(); the SVG export draws
/// the same map. Each item must sit where the export draws its object: a partner's
/// label box and marker, a ghost and its label, and nothing drawn outside the bounds.
void requireDrawnWhereLaidOut(const Session &s, const RenderOptions &o)
{
    const MapPainter painter(MapStyle::forOptions(o));
    const MapLayout layout = painter.layoutMap(s, o);
    const test::SvgDocument svg = test::inspectSvg(renderMapSvg(s, o));
    REQUIRE(svg.wellFormed);
    int placed = 0;
    for (const Partner &p : s.partners) {
        INFO("partner " << p.id.toStdString());
        const test::SvgGroup *g = svg.group(QStringLiteral("partner-") + p.id);
        if (!p.placement) {
            CHECK_FALSE(layout.partners.contains(p.id));
            CHECK_FALSE(g);
            continue;
        }
        ++placed;
        REQUIRE(layout.partners.contains(p.id));
        REQUIRE(g);
        const MapLayout::PartnerRects r = layout.partners.value(p.id);
        const QRectF label = r.label.translated(r.position);
        const QRectF marker = r.marker.translated(r.position);
        QRectF drawnMarker = test::markerBox(*g);
        for (const test::SvgGroup *m : test::marksOf(svg, p.id))
            for (const test::SvgShape &sh : m->shapes)
                drawnMarker = drawnMarker.united(sh.box);
        QRectF drawn; // everything the partner's group draws
        for (const test::SvgShape &sh : g->shapes)
            drawn = drawn.isNull() ? sh.box : drawn.united(sh.box);
        INFO("label " << str(label) << " drawn " << str(test::labelBox(*g)) << "; marker "
                      << str(marker) << " drawn " << str(drawnMarker) << "; item "
                      << str(r.bounds.translated(r.position)) << " drawn " << str(drawn));
        CHECK(near(test::labelBox(*g), label));
        if (r.spot.isNull()) // else the dot at the exact spot is drawn away from the marker
            CHECK(covers(marker, drawnMarker));
        CHECK(drawnMarker.contains(r.position));
        // The item's rect, with the dot at the exact spot when it is drawn away from it
        // (PartnerItem::setSpot() adds 4 units around the spot).
        QRectF item = r.bounds;
        if (!r.spot.isNull())
            item |= QRectF(r.spot, QSizeF()).adjusted(-4, -4, 4, 4);
        CHECK(covers(item.translated(r.position), drawn));
    }
    CHECK(layout.partners.size() == placed);
    requireGhostsWhereLaidOut(s, o, layout, svg);
    requireDrawnInside(layout.bounds, svg, placed);
}

/// Each ghost of a missing partner, and its label, where layoutMap() puts its item.
void requireGhostsWhereLaidOut(const Session &s, const RenderOptions &o, const MapLayout &layout,
                               const test::SvgDocument &svg)
{
    for (const MissingPartner &m : s.missingPartners) {
        INFO("missing partner " << m.id.toStdString());
        const test::SvgGroup *g = svg.group(QStringLiteral("missing-") + m.id);
        if (!o.showMissing) {
            CHECK_FALSE(g);
            CHECK(layout.missingLabels.value(m.id).isNull());
            continue;
        }
        REQUIRE(g);
        const QPointF at = layout.missingPositions.value(m.id);
        // Centred on it (a category's shape, e.g. a triangle, is not symmetric in its box).
        const QRectF box = test::markerBox(*g);
        INFO("ghost at " << at.x() << "," << at.y() << " drawn " << str(box));
        CHECK(box.contains(at));
        CHECK(std::abs(box.center().x() - at.x()) <= 0.05 * box.width());
        CHECK(std::abs(box.center().y() - at.y()) <= 0.05 * box.height());
        CHECK(near(test::labelBox(*g), layout.missingLabels.value(m.id).translated(at)));
    }
}

/// Nothing is drawn outside the bounds the scene and the pages are sized by.
void requireDrawnInside(const QRectF &bounds, const test::SvgDocument &svg, int placed)
{
    QStringList outside;
    int shapes = 0;
    for (const test::SvgGroup &g : svg.groups)
        for (const test::SvgShape &sh : g.shapes) {
            if (!sh.direct || sh.box.isNull())
                continue; // each shape once; text and polygons have no box here
            ++shapes;
            if (!covers(bounds, sh.box))
                outside << g.id + QLatin1Char(' ') + sh.tag + QLatin1Char(' ') +
                               QString::fromStdString(str(sh.box));
        }
    INFO("bounds " << str(bounds));
    CHECK(outside == QStringList());
    CHECK(shapes > placed);
}

} // namespace

TEST_CASE("layoutMap places partners and labels and ghosts where the SVG export draws them",
          "[labels]")
{
    RenderOptions o;
    SECTION("the example school")
    {
        requireDrawnWhereLaidOut(exampleSession(), o);
    }
    SECTION("a session with missing partners, groups and an unplaced partner")
    {
        Session s = test::realisticSession();
        test::addPartner(s, QStringLiteral("unplaced"), QStringLiteral("Unplaced"),
                         QStringLiteral("beleid"), -1, 0.5);
        REQUIRE_FALSE(s.missingPartners.empty());
        REQUIRE_FALSE(s.groups.empty());
        requireDrawnWhereLaidOut(s, o);
        o.showMissing = false;
        requireDrawnWhereLaidOut(s, o);
        o = RenderOptions();
        o.highContrast = true;
        o.language = QStringLiteral("en");
        requireDrawnWhereLaidOut(s, o);
    }
    SECTION("a crowded map")
    {
        requireDrawnWhereLaidOut(test::crowdedSession(), o);
    }
}

TEST_CASE("After link changes the bounds from the last layout's content are the full bounds",
          "[labels]")
{
    Session s = exampleSession();
    // Enough participants (a legend line each, as each marks a partner on the map) for
    // the legend to reach below the map, so that its growth shows in the bounds.
    for (int i = 0; i < 40; ++i) {
        s.participants.push_back(test::participant(
            QStringLiteral("px%1").arg(i).toUtf8().constData(),
            QStringLiteral("X%1").arg(i).toUtf8().constData(), "gast", RoleGroup::Other));
        s.partners.at(static_cast<std::size_t>(i) % 20).marks << s.participants.back().id;
    }
    const RenderOptions o;
    const MapPainter painter(MapStyle::forOptions(o));
    const QRectF content = painter.layoutMap(s, o).content;
    const QRectF before = painter.mapBounds(s, o);
    // Links of every kind (the legend gets an entry per kind drawn) and none at all.
    const LinkKind kinds[] = {LinkKind::Funds,      LinkKind::RefersTo, LinkKind::MemberOf,
                              LinkKind::Imposed,    LinkKind::Other,    LinkKind::PartOf,
                              LinkKind::InitiatedBy};
    std::size_t n = 0;
    for (const LinkKind kind : kinds) {
        ++n;
        test::addLink(s, QStringLiteral("extra%1").arg(n), s.partners.at(0).id, s.partners.at(n).id,
                      kind, LinkDirection::OneWay, Valence::Negative);
    }
    const QRectF withLinks = painter.mapBounds(s, o);
    CHECK(painter.mapBounds(s, o, content) == withLinks);
    s.links.clear();
    CHECK(painter.mapBounds(s, o, content) == painter.mapBounds(s, o));
    // The legend grew and with it the bounds: otherwise this test would prove nothing.
    CHECK(painter.legendBounds(s, o).height() > 0);
    CHECK(withLinks.bottom() > before.bottom());
}
