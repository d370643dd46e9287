// SPDX-License-Identifier: GPL-3.0-or-later
// Each map option switches its own part of the map and nothing else: flipped one at a
// time, so that two options wired to each other's part fail (mapfeatures.h).
#include "mapfeatures.h"
#include "render_fixtures.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

using namespace nwk;
using nwk::test::inspectSvg;
using nwk::test::MapFeatures;

TEST_CASE("renderMapSvg: each option switches its own part of the map, and only that",
          "[render][export][svg]")
{
    Session s = test::realisticSession();
    for (Partner &p : s.partners)
        if (p.placement && p.notes.isEmpty())
            p.notes = QStringLiteral("Afspraak in juni.");
    RenderOptions all; // everything shown, notes too
    all.showNotes = true;
    const test::SvgDocument full = inspectSvg(renderMapSvg(s, all));
    const QSet<QString> dots = test::markColours(full);
    REQUIRE_FALSE(dots.isEmpty());
    const MapFeatures base = test::mapFeatures(full, dots);
    INFO("all shown: " << base);
    REQUIRE(base.legend);
    REQUIRE(base.title);
    REQUIRE(base.markDots > 0);
    REQUIRE(base.noteGlyphs > 0);
    REQUIRE(base.missing > 0);
    REQUIRE(base.groups > 0);

    struct Flip {
        const char *name;
        bool RenderOptions::*option;
        void (*gone)(MapFeatures &);
    };
    const Flip flips[] = {
        {"showLegend", &RenderOptions::showLegend, [](MapFeatures &f) { f.legend = false; }},
        {"showTitle", &RenderOptions::showTitle, [](MapFeatures &f) { f.title = false; }},
        {"showMarks", &RenderOptions::showMarks, [](MapFeatures &f) { f.markDots = 0; }},
        {"showNotes", &RenderOptions::showNotes, [](MapFeatures &f) { f.noteGlyphs = 0; }},
        {"showMissing", &RenderOptions::showMissing, [](MapFeatures &f) { f.missing = 0; }},
        {"showGroups", &RenderOptions::showGroups, [](MapFeatures &f) { f.groups = 0; }},
    };
    for (const Flip &flip : flips) {
        INFO(flip.name << " off");
        RenderOptions o = all;
        o.*flip.option = false;
        MapFeatures expected = base;
        flip.gone(expected);
        CHECK(test::mapFeatures(inspectSvg(renderMapSvg(s, o)), dots) == expected);
    }
}
