// SPDX-License-Identifier: GPL-3.0-or-later
// The render options of the editor's semantic zoom (issue #17): shortened partner
// labels, no link labels, no counts. Exports keep the defaults: everything, whole.
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

using namespace nwk;
using nwk::test::inspectSvg;
using nwk::test::SvgDocument;

namespace {

const QString kLong = QStringLiteral("Universiteiten en hogescholen van Vlaanderen");

Session shortenable()
{
    Session s = newSession();
    Partner a;
    a.id = QStringLiteral("pa1");
    a.label = kLong;
    a.category = s.categories.front().id;
    a.placement = Placement{0.7, 20.0};
    a.count = 3;
    Partner b;
    b.id = QStringLiteral("pa2");
    b.label = QStringLiteral("CLB");
    b.category = s.categories.front().id;
    b.placement = Placement{0.4, 200.0};
    Link l;
    l.id = QStringLiteral("l1");
    l.from = a.id;
    l.to = b.id;
    l.label = QStringLiteral("deelt expertise");
    s.partners = {a, b};
    s.links = {l};
    return s;
}

SvgDocument svgOf(const Session &s, const RenderOptions &o)
{
    const SvgDocument svg = inspectSvg(renderMapSvg(s, o));
    REQUIRE(svg.wellFormed);
    return svg;
}

} // namespace

TEST_CASE("Exports draw whole labels, link labels and counts by default", "[render][zoom]")
{
    const RenderOptions o;
    CHECK(o.labelMaxChars == 0);
    const SvgDocument svg = svgOf(shortenable(), o);
    REQUIRE(svg.group(QStringLiteral("partner-pa1")));
    const QString partner = svg.group(QStringLiteral("partner-pa1"))->text();
    CHECK(partner.contains(kLong));
    CHECK(partner.contains(QStringLiteral("\u00d73")));
    CHECK(svg.group(QStringLiteral("link-l1"))->text() == QStringLiteral("deelt expertise"));
}

TEST_CASE("labelMaxChars shortens partner labels, link labels and counts can be left out",
          "[render][zoom]")
{
    RenderOptions o;
    o.labelMaxChars = 12;
    o.showLinkLabels = false;
    o.showCounts = false;
    const SvgDocument svg = svgOf(shortenable(), o);
    const QString partner = svg.group(QStringLiteral("partner-pa1"))->text();
    // (The group's text starts with the marker's letter.)
    INFO(partner.toStdString());
    CHECK(partner.endsWith(QStringLiteral(" Universitei\u2026")));
    CHECK_FALSE(partner.contains(kLong));
    CHECK_FALSE(partner.contains(QStringLiteral("\u00d73")));
    CHECK(svg.group(QStringLiteral("link-l1"))->text().isEmpty());
    // A label within the limit is whole.
    CHECK(svg.group(QStringLiteral("partner-pa2"))->text().endsWith(QStringLiteral(" CLB")));
    // The painter's label size follows the same text (the editor's hover uses it).
    const MapPainter painter(MapStyle::forOptions(o));
    RenderOptions whole = o;
    whole.labelMaxChars = 0;
    CHECK(painter.partnerLabelSize(shortenable(), QStringLiteral("pa1"), o).width() <
          painter.partnerLabelSize(shortenable(), QStringLiteral("pa1"), whole).width());
    CHECK(painter.partnerLabelSize(shortenable(), QStringLiteral("nobody"), o).isEmpty());
}
