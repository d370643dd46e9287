// SPDX-License-Identifier: GPL-3.0-or-later
// A legible map, checked on the drawn geometry of the exported SVG: ghosts in their own
// sector or in the band of uncategorised ones, ghost labels clear of partners, group
// outlines around nearby members only, a legend of only what the map uses.
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace nwk;
using nwk::test::inspectSvg;
using nwk::test::labelBox;
using nwk::test::markerBox;
using nwk::test::marksOf;
using nwk::test::overlaps;
using nwk::test::SvgDocument;
using nwk::test::SvgGroup;

namespace {

SvgDocument svgOf(const Session &s, const RenderOptions &o = RenderOptions{})
{
    const SvgDocument svg = inspectSvg(renderMapSvg(s, o));
    REQUIRE(svg.wellFormed);
    return svg;
}

/// Distance of a point from the ray from the centre at `angle` (clockwise from 12).
double distanceFromRay(QPointF p, double angle)
{
    const double a = angle * std::numbers::pi / 180.0;
    const QPointF dir(std::sin(a), -std::cos(a));
    const double along = p.x() * dir.x() + p.y() * dir.y();
    if (along <= 0)
        return std::hypot(p.x(), p.y());
    return std::abs(p.x() * dir.y() - p.y() * dir.x());
}

MissingPartner ghost(const char *id, const char *label, const char *category,
                     std::optional<Placement> placement = std::nullopt)
{
    MissingPartner m;
    m.id = QString::fromUtf8(id);
    m.label = QString::fromUtf8(label);
    m.category = QString::fromUtf8(category);
    m.placement = placement;
    return m;
}

/// The realistic map with ghosts of every kind: a stored placement in a foreign
/// sector, without a category (placed inside a sector, and not placed), and of a
/// category the session does not have.
Session ghostSession()
{
    Session s = test::realisticSession();
    s.missingPartners.push_back(
        ghost("mp4", "Kinderopvang", "zorg", Placement{0.6, test::sectorAngle(s, "beleid", 0.5)}));
    s.missingPartners.push_back(ghost("mp5", "Sportclub in de buurt", "",
                                      Placement{0.5, test::sectorAngle(s, "zorg", 0.5)}));
    s.missingPartners.push_back(ghost("mp6", "Bibliotheek", ""));
    s.missingPartners.push_back(ghost("mp7", "Jeugdwerk", "bestaat-niet"));
    // On the edge between two sectors, and just outside its own.
    s.missingPartners.push_back(ghost("mp8", "Muziekschool", "aanbod",
                                      Placement{0.8, test::sectorAngle(s, "aanbod", 0.0)}));
    s.missingPartners.push_back(
        ghost("mp9", "Logopedie", "werk", Placement{0.3, test::sectorAngle(s, "werk", 1.02)}));
    return s;
}

} // namespace

TEST_CASE("Ghosts are drawn in their own sector, uncategorised ones in a band outside the rim",
          "[render][legible][ghosts]")
{
    const Session s = ghostSession();
    const MapGeometry g = MapGeometry::forSession(s);
    for (const char *lang : {"nl", "en"}) {
        RenderOptions o;
        o.language = QString::fromLatin1(lang);
        const SvgDocument svg = svgOf(s, o);
        for (const MissingPartner &m : s.missingPartners) {
            INFO("ghost " << m.id.toStdString() << " (" << lang << ")");
            const SvgGroup *gr = svg.group(QStringLiteral("missing-") + m.id);
            REQUIRE(gr);
            const QRectF box = markerBox(*gr);
            REQUIRE_FALSE(box.isEmpty());
            const QPointF c = box.center();
            const int sector = s.categoryIndex(m.category);
            if (sector < 0) {
                // Wholly outside the disc: the nearest point of its marker is beyond the rim.
                const double nx = std::clamp(0.0, box.left(), box.right());
                const double ny = std::clamp(0.0, box.top(), box.bottom());
                CHECK(std::hypot(nx, ny) > g.outerRadius);
                continue;
            }
            const Placement drawn = g.toPlacement(c);
            CHECK(g.sectorAt(drawn.angle) == sector);
            // Not straddling an edge of its sector.
            CHECK(distanceFromRay(c, g.sectorStart(sector)) >= 10.0);
            CHECK(distanceFromRay(c, g.sectorStart(sector) + g.sectorSpan()) >= 10.0);
        }
        // The band has a caption in the map's language.
        const SvgGroup *band = svg.group(QStringLiteral("missing-band"));
        REQUIRE(band);
        CHECK(band->text() == (o.language == QLatin1String("en")
                                   ? QStringLiteral("no category")
                                   : QStringLiteral("niet ingedeeld")));
    }

    SECTION("a stored placement inside its own sector is kept")
    {
        const SvgDocument svg = svgOf(s);
        const MissingPartner &m3 = s.missingPartners.at(2);
        REQUIRE(m3.placement);
        const QPointF c = markerBox(*svg.group(QStringLiteral("missing-mp3"))).center();
        const QPointF want = g.toPoint(*m3.placement);
        CHECK(std::hypot(c.x() - want.x(), c.y() - want.y()) < 6.0);
    }
    SECTION("no band and no caption when every ghost has a category of the map")
    {
        Session t = s;
        t.missingPartners.resize(3);
        CHECK_FALSE(svgOf(t).group(QStringLiteral("missing-band")));
    }
}

TEST_CASE("Ghost labels overlap no partner label or marker", "[render][legible][ghosts]")
{
    // The crowded sector with ghosts of its category (one stored amid the crowd) and
    // without a category; and the realistic map with ghosts of every kind.
    Session crowded = test::crowdedSession();
    crowded.missingPartners.push_back(ghost("mp1", "Kinderpsychiater in het ziekenhuis", "zorg"));
    crowded.missingPartners.push_back(
        ghost("mp2", "Thuisbegeleidingsdienst", "zorg",
              Placement{0.5, test::sectorAngle(crowded, "zorg", 0.5)}));
    crowded.missingPartners.push_back(ghost("mp3", "Wijkgezondheidscentrum", ""));
    crowded.missingPartners.push_back(
        ghost("mp4", "Jeugdhulp", "", Placement{0.6, test::sectorAngle(crowded, "zorg", 0.4)}));
    for (const Session &s : {crowded, ghostSession()}) {
        const SvgDocument svg = svgOf(s);
        const std::vector<const SvgGroup *> partners = svg.withClass("partner");
        REQUIRE(partners.size() > 10);
        for (const MissingPartner &m : s.missingPartners) {
            const SvgGroup *gr = svg.group(QStringLiteral("missing-") + m.id);
            REQUIRE(gr);
            const QRectF label = labelBox(*gr);
            REQUIRE_FALSE(label.isEmpty());
            for (const SvgGroup *p : partners) {
                INFO("ghost " << m.id.toStdString() << ", partner " << p->id.toStdString());
                CHECK_FALSE(overlaps(label, labelBox(*p)));
                CHECK_FALSE(overlaps(label, markerBox(*p)));
                CHECK_FALSE(overlaps(markerBox(*gr), labelBox(*p)));
            }
        }
    }
}

TEST_CASE("A group's outlines go around nearby members only, each with the group's name",
          "[render][legible][groups]")
{
    Session s = test::realisticSession();
    Group far;
    far.id = QStringLiteral("gr2");
    far.label = QStringLiteral("Contacten via de directie");
    // Two near each other in "professionalisering", one far away in "beleid".
    far.members = {QStringLiteral("pa9"), QStringLiteral("pa10"), QStringLiteral("pa22")};
    s.groups.push_back(far);
    const MapGeometry g = MapGeometry::forSession(s);
    const SvgDocument svg = svgOf(s);
    auto centre = [&](const char *id) {
        return g.toPoint(*s.partner(QString::fromLatin1(id))->placement);
    };
    auto outlineBox = [](const SvgGroup &part) {
        QRectF box;
        for (const test::SvgShape &sh : part.shapes)
            if (sh.tag == QLatin1String("path") && !sh.isLabelBox())
                box = box.isNull() ? sh.box : box.united(sh.box);
        return box;
    };
    auto partsOf = [&](const QString &groupId) {
        std::vector<const SvgGroup *> out;
        for (const SvgGroup *p : svg.withClass("group-part"))
            if (p->id.startsWith(groupId + QLatin1Char('-')))
                out.push_back(p);
        return out;
    };

    REQUIRE(svg.group(QStringLiteral("group-gr2")));
    const std::vector<const SvgGroup *> parts = partsOf(QStringLiteral("group-gr2"));
    REQUIRE(parts.size() == 2);
    const QPointF a = centre("pa9");
    const QPointF b = centre("pa10");
    const QPointF c = centre("pa22");
    int badges = 0;
    for (const SvgGroup *p : parts) {
        INFO("part " << p->id.toStdString());
        CHECK(p->title == far.label);
        CHECK(test::squash(p->text()) == test::squash(far.label));
        const QRectF box = outlineBox(*p);
        REQUIRE_FALSE(box.isEmpty());
        // Neither spans both sectors: each holds the members on one side only.
        CHECK_FALSE((box.contains(a) && box.contains(c)));
        CHECK(box.contains(a) == box.contains(b));
        CHECK(box.contains(a) != box.contains(c));
        badges += p->hasClass("group-badge") ? 1 : 0;
        if (p->hasClass("group-badge"))
            CHECK(box.contains(c));
    }
    CHECK(badges == 1);

    SECTION("a group whose members sit together keeps one outline")
    {
        CHECK(partsOf(QStringLiteral("group-gr1")).size() == 1);
    }
}

TEST_CASE("The legend lists the marks only when the map draws marks", "[render][legible][legend]")
{
    Session s = test::realisticSession();
    for (Partner &p : s.partners)
        p.marks.clear();
    auto hasMarksSection = [](const SvgDocument &svg) {
        return svg.group(QStringLiteral("legend-participants")) != nullptr ||
               svg.allText().contains(QStringLiteral("Belangrijk voor")) ||
               svg.allText().contains(QStringLiteral("Important to"));
    };
    RenderOptions en;
    en.language = QStringLiteral("en");
    CHECK_FALSE(hasMarksSection(svgOf(s)));
    CHECK_FALSE(hasMarksSection(svgOf(s, en)));

    // A mark by P2: the section with P2 (and none of the others) comes back.
    s.partners.at(0).marks = {QStringLiteral("pt2")};
    const SvgDocument svg = svgOf(s);
    CHECK(hasMarksSection(svg));
    CHECK(svg.group(QStringLiteral("legend-participant-pt2")));
    CHECK_FALSE(svg.group(QStringLiteral("legend-participant-pt1")));
    CHECK(hasMarksSection(svgOf(s, en)));

    // Marks hidden, or only on an unplaced partner: none.
    RenderOptions hidden;
    hidden.showMarks = false;
    CHECK_FALSE(hasMarksSection(svgOf(s, hidden)));
    s.partners.at(0).marks.clear();
    s.partner(QStringLiteral("pa33"))->marks = {QStringLiteral("pt1")};
    CHECK_FALSE(hasMarksSection(svgOf(s)));
}

TEST_CASE("The legend lists groups and bands only when the map draws them",
          "[render][legible][legend]")
{
    Session s = test::realisticSession();
    REQUIRE(svgOf(s).group(QStringLiteral("legend-symbol-group")));
    REQUIRE(svgOf(s).group(QStringLiteral("legend-symbol-band")));
    // The group's only member is not on the map; bands of a category the map lacks.
    s.groups.front().members = {QStringLiteral("pa33")};
    for (Partner &p : s.partners)
        if (!p.extraCategories.isEmpty())
            p.extraCategories = {QStringLiteral("bestaat-niet")};
    const SvgDocument svg = svgOf(s);
    CHECK_FALSE(svg.group(QStringLiteral("group-gr1")));
    CHECK_FALSE(svg.group(QStringLiteral("legend-symbol-group")));
    CHECK_FALSE(svg.group(QStringLiteral("legend-symbol-band")));
}

TEST_CASE("A label size in the options sets the partner labels' drawn size and wrap width",
          "[render][legible][labelsize]")
{
    const Session s = test::realisticSession();
    RenderOptions o;
    o.showLegend = false;
    const MapStyle standard = MapStyle::forOptions(o);
    CHECK(standard.labelFont.pixelSize() == MapStyle::standard().labelFont.pixelSize());

    o.labelSize = 22.0;
    const MapStyle big = MapStyle::forOptions(o);
    CHECK(big.labelFont.pixelSize() == 22);
    CHECK(big.labelMaxWidth == Approx(MapStyle::standard().labelMaxWidth * 2.0));
    // The sector and legend fonts are not the partner labels'.
    CHECK(big.sectorFont.pixelSize() == standard.sectorFont.pixelSize());

    // Drawn: every partner's text is twice as tall as with the style's own size.
    const SvgDocument small = svgOf(s, RenderOptions{});
    RenderOptions bigOptions;
    bigOptions.labelSize = 22.0;
    const SvgDocument large = svgOf(s, bigOptions);
    int compared = 0;
    for (const SvgGroup &g : small.groups) {
        if (!g.classes.contains(QLatin1String("partner")) || labelBox(g).isNull())
            continue;
        const SvgGroup *other = large.group(g.id);
        REQUIRE(other);
        CHECK(labelBox(*other).height() > 1.6 * labelBox(g).height());
        ++compared;
    }
    CHECK(compared >= 5);
}
