// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter::layoutMap(): what the editor's scene places its items by, from one
// layout, must be what the one-by-one calls give (each of which lays out again).
#include "render_fixtures.h"

#include "nwk/core/sessionio.h"
#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

Session example()
{
    const SessionReadResult r =
        readSessionFile(QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk"));
    REQUIRE(r.session);
    return *r.session;
}

void requireSameAsOneByOne(const Session &s, const RenderOptions &o)
{
    const MapPainter painter(MapStyle::forOptions(o));
    const MapLayout layout = painter.layoutMap(s, o);
    const LabelPlacements labels = painter.layoutLabels(s, o);
    int placed = 0;
    for (const Partner &p : s.partners) {
        INFO("partner " << p.id.toStdString());
        if (!p.placement) {
            CHECK_FALSE(layout.partners.contains(p.id));
            continue;
        }
        ++placed;
        REQUIRE(layout.partners.contains(p.id));
        const MapLayout::PartnerRects r = layout.partners.value(p.id);
        CHECK(r.label == labels.value(p.id));
        CHECK(r.marker == painter.markerBounds(s, p.id, o));
        CHECK(r.bounds == painter.partnerBounds(s, p.id, o, r.label, true));
    }
    CHECK(layout.partners.size() == placed);
    const LabelPlacements ghosts = painter.layoutMissingLabels(s, o);
    for (const MissingPartner &m : s.missingPartners) {
        INFO("missing partner " << m.id.toStdString());
        CHECK(layout.missingPositions.value(m.id) == painter.missingPosition(s, m.id));
        CHECK(layout.missingLabels.value(m.id) == (o.showMissing ? ghosts.value(m.id) : QRectF()));
    }
    CHECK(layout.bounds == painter.mapBounds(s, o));
    CHECK(painter.mapBounds(s, o, layout.content) == layout.bounds);
}

} // namespace

TEST_CASE("layoutMap gives what layoutLabels, markerBounds, partnerBounds, missingPosition and "
          "mapBounds give",
          "[labels]")
{
    RenderOptions o;
    SECTION("the example school")
    {
        requireSameAsOneByOne(example(), o);
    }
    SECTION("a session with missing partners, groups and an unplaced partner")
    {
        Session s = test::realisticSession();
        test::addPartner(s, QStringLiteral("unplaced"), QStringLiteral("Unplaced"),
                         QStringLiteral("beleid"), -1, 0.5);
        REQUIRE_FALSE(s.missingPartners.empty());
        REQUIRE_FALSE(s.groups.empty());
        requireSameAsOneByOne(s, o);
        o.showMissing = false;
        requireSameAsOneByOne(s, o);
        o = RenderOptions();
        o.highContrast = true;
        o.language = QStringLiteral("en");
        requireSameAsOneByOne(s, o);
    }
    SECTION("a crowded map")
    {
        requireSameAsOneByOne(test::crowdedSession(), o);
    }
}

TEST_CASE("After link changes the bounds from the last layout's content are the full bounds",
          "[labels]")
{
    Session s = example();
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
