// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on the map (docs/exports.md "Schema 3 on the map"), asserted from the drawn
// geometry: the drawn positions (MapPainter::layoutMap(), what the canvas uses) and the
// SVG export's groups, shapes and texts (every export draws through the same painter).
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/render/exporters.h"
#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace nwk;

namespace {

const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");

double radiusOf(QPointF p)
{
    return std::hypot(p.x(), p.y());
}

/// Two partners in "zorg": pa1 with the given distance kind, pa2 on the middle ring.
Session twoPartners(DistanceKind kind)
{
    Session s = newSession();
    Partner &a = test::addPartner(s, kPa1, QStringLiteral("CLB"), QStringLiteral("zorg"), 0.5, 0.3);
    a.placement->distanceKind = kind;
    test::addPartner(s, kPa2, QStringLiteral("Logopedist"), QStringLiteral("zorg"), 0.5, 0.8);
    s.participants.push_back(test::participant("p1", "P1", "directeur", RoleGroup::Management));
    s.participants.push_back(test::participant("p2", "P2", "leerkracht", RoleGroup::Teacher));
    return s;
}

QPointF drawnAt(const Session &s, const QString &id, const RenderOptions &o = {})
{
    return MapPainter().layoutMap(s, o).partners.value(id).position;
}

test::SvgDocument svgOf(const Session &s, const RenderOptions &o = {})
{
    const test::SvgDocument doc = test::inspectSvg(renderMapSvg(s, o));
    REQUIRE(doc.wellFormed);
    return doc;
}

/// The centre of the first circle-like shape of a group whose box is about `size` wide.
bool hasShapeAt(const test::SvgGroup &g, QPointF at, double tolerance)
{
    for (const test::SvgShape &sh : g.shapes)
        if (QLineF(sh.box.center(), at).length() < tolerance)
            return true;
    return false;
}

} // namespace

TEST_CASE("A partner whose distance was not discussed is drawn in its sector's outer band, "
          "never on a ring",
          "[render][schema3]")
{
    const Session ring = twoPartners(DistanceKind::Ring);
    const Session nd = twoPartners(DistanceKind::NotDiscussed);
    const MapGeometry plain = MapGeometry::forSession(ring);
    const MapGeometry g = MapGeometry::forSession(nd);
    // Only a map with such partners gets the band; its rings keep their size.
    CHECK(plain.bandWidth == 0.0);
    REQUIRE(g.bandWidth > 0.0);
    CHECK(g.ringsRadius() == Approx(plain.outerRadius));
    CHECK(g.ringOuterRadius(2) == Approx(plain.ringOuterRadius(2)));

    const QPointF at = drawnAt(nd, kPa1);
    CHECK(radiusOf(at) > g.ringsRadius() + 5);
    CHECK(radiusOf(at) < g.outerRadius - 5);
    CHECK(g.sectorAt(g.toPlacement(at).angle) == nd.categoryIndex(QStringLiteral("zorg")));
    // The partner on a ring stays where it was on the map without the band.
    CHECK(QLineF(drawnAt(nd, kPa2), drawnAt(ring, kPa2)).length() < 1e-6);

    const test::SvgDocument svg = svgOf(nd);
    REQUIRE(svg.group(QStringLiteral("distance-band")));
    CHECK(svg.allText().count(QStringLiteral("afstand niet besproken")) == 2); // map + legend
    REQUIRE(svg.group(QStringLiteral("legend-symbol-not-discussed")));
    const test::SvgDocument without = svgOf(ring);
    CHECK_FALSE(without.group(QStringLiteral("distance-band")));
    CHECK_FALSE(without.allText().contains(QStringLiteral("niet besproken")));
}

TEST_CASE("On the school is drawn on the school's rim, in the school inside its disc",
          "[render][schema3]")
{
    const Session on = twoPartners(DistanceKind::OnSchool);
    const Session in = twoPartners(DistanceKind::InSchool);
    const MapGeometry g = MapGeometry::forSession(on);
    CHECK(g.bandWidth == 0.0);
    CHECK(radiusOf(drawnAt(on, kPa1)) == Approx(g.schoolRadius));
    CHECK(radiusOf(drawnAt(in, kPa1)) < g.schoolRadius * 0.75);
    CHECK(radiusOf(drawnAt(in, kPa1)) > 1.0); // at its angle, not on the centre
}

TEST_CASE("Participants' own placements are faint markers with their codes, former "
          "placements a trail",
          "[render][schema3]")
{
    Session s = twoPartners(DistanceKind::Ring);
    Partner &p = *s.partner(kPa1);
    AlternativePlacement alt;
    alt.participantId = QStringLiteral("p2");
    alt.placement = Placement{0.1, p.placement->angle};
    p.alternatives.push_back(alt);
    FormerPlacement former;
    former.placement = Placement{0.9, p.placement->angle};
    former.when = QStringLiteral("tot 2018");
    p.formerPlacements.push_back(former);

    const MapGeometry g = MapGeometry::forSession(s);
    const test::SvgDocument svg = svgOf(s);
    const test::SvgGroup *st = svg.group(QStringLiteral("statements-pa1"));
    REQUIRE(st);
    CHECK(st->texts.contains(QStringLiteral("P2")));
    CHECK(st->texts.contains(QStringLiteral("tot 2018")));
    CHECK(hasShapeAt(*st, g.toPoint(alt.placement), 1.0));
    CHECK(hasShapeAt(*st, g.toPoint(former.placement), 1.0));
    // A line between each and the agreed position.
    const QRectF line = QRectF(g.toPoint(alt.placement), g.toPoint(*p.placement)).normalized();
    CHECK(std::any_of(st->shapes.begin(), st->shapes.end(), [&](const test::SvgShape &sh) {
        return std::abs(sh.box.height() - line.height()) < 1.0 &&
               std::abs(sh.box.center().y() - line.center().y()) < 1.0;
    }));
    CHECK(svg.group(QStringLiteral("legend-symbol-alternative")));
    CHECK(svg.group(QStringLiteral("legend-symbol-former")));
    CHECK_FALSE(svgOf(twoPartners(DistanceKind::Ring)).group(QStringLiteral("statements-pa1")));
}

TEST_CASE("Relative placements are drawn only on request, as a labelled arrow in the map's "
          "language",
          "[render][schema3]")
{
    Session s = twoPartners(DistanceKind::Ring);
    RelativePlacement rp;
    rp.id = QStringLiteral("r1");
    rp.partnerId = kPa1;
    rp.referenceId = kPa2;
    rp.relation = RelativeRelation::Further;
    s.relativePlacements.push_back(rp);
    CHECK_FALSE(svgOf(s).group(QStringLiteral("relative-r1")));

    RenderOptions o;
    o.showRelativePlacements = true;
    const test::SvgDocument nl = svgOf(s, o);
    const test::SvgGroup *arrow = nl.group(QStringLiteral("relative-r1"));
    REQUIRE(arrow);
    CHECK(arrow->text() == QStringLiteral("verder dan"));
    CHECK(nl.group(QStringLiteral("legend-symbol-relative")));
    o.language = QStringLiteral("en");
    const test::SvgGroup *en = svgOf(s, o).group(QStringLiteral("relative-r1"));
    REQUIRE(en);
    CHECK(en->text() == QStringLiteral("further than"));
    // From the partner towards the reference: the arrow lies between the two.
    const QPointF a = drawnAt(s, kPa1, o);
    const QPointF b = drawnAt(s, kPa2, o);
    const QRectF between = QRectF(a, b).normalized().adjusted(-20, -20, 20, 20);
    int inside = 0;
    for (const test::SvgShape &sh : arrow->shapes) {
        if (sh.box.isNull())
            continue; // a polygon (the head): the inspector gives it no box
        CHECK(between.contains(sh.box.center()));
        ++inside;
    }
    CHECK(inside >= 2); // the dashed line and the label's box
}

TEST_CASE("Researcher-inferred priorities are hollow; unnamed votes get a count badge; a "
          "quantifier alone a star",
          "[render][schema3]")
{
    Session s = twoPartners(DistanceKind::Ring);
    Partner &p = *s.partner(kPa1);
    p.marks = {QStringLiteral("p1")};
    const auto markFills = [](const Session &session) {
        const test::SvgGroup *mark = svgOf(session).group(QStringLiteral("mark-pa1-p1"));
        REQUIRE(mark);
        return mark->shapes.front().fill;
    };
    CHECK(markFills(s) != QStringLiteral("#ffffff"));
    p.prioritySource = PrioritySource::Researchers;
    CHECK(markFills(s) == QStringLiteral("#ffffff"));

    Session votes = twoPartners(DistanceKind::Ring);
    votes.partner(kPa1)->voteCount = 2;
    votes.partner(kPa1)->roleVotes.push_back(RoleVote{RoleGroup::Teacher, 1, {}});
    const test::SvgDocument vs = svgOf(votes);
    CHECK(vs.group(QStringLiteral("partner-pa1"))->texts.contains(QStringLiteral("\u00d73")));
    CHECK(vs.group(QStringLiteral("legend-symbol-votes")));

    Session said = twoPartners(DistanceKind::Ring);
    said.partner(kPa1)->voteText = QStringLiteral("de meeste");
    const test::SvgDocument qs = svgOf(said);
    CHECK(qs.group(QStringLiteral("partner-pa1"))->fills.contains(QStringLiteral("#c88a00")));
    CHECK(qs.group(QStringLiteral("legend-symbol-quantifier")));
    CHECK_FALSE(svgOf(twoPartners(DistanceKind::Ring))
                    .group(QStringLiteral("partner-pa1"))
                    ->fills.contains(QStringLiteral("#c88a00")));
}

TEST_CASE("Partners of the neutral zone are drawn below the disc under \"nog geen categorie\"",
          "[render][schema3]")
{
    Session s = twoPartners(DistanceKind::Ring);
    Partner &p = test::addPartner(s, QStringLiteral("pa9"), QStringLiteral("Eigen ervaringen"),
                                  QString(), -1, 0);
    p.neutralZone = true;
    test::addPartner(s, QStringLiteral("pa10"), QStringLiteral("In het bakje"), QString(), -1, 0);
    const MapGeometry g = MapGeometry::forSession(s);
    const MapLayout layout = MapPainter().layoutMap(s, RenderOptions());
    REQUIRE(layout.partners.contains(QStringLiteral("pa9")));
    CHECK(layout.partners.value(QStringLiteral("pa9")).position.y() > g.outerRadius);
    CHECK_FALSE(layout.partners.contains(QStringLiteral("pa10"))); // the tray stays off the map
    const test::SvgDocument svg = svgOf(s);
    REQUIRE(svg.group(QStringLiteral("partner-pa9")));
    CHECK(svg.group(QStringLiteral("partner-pa9"))->text().contains(QStringLiteral("Eigen")));
    REQUIRE(svg.group(QStringLiteral("neutral-zone")));
    CHECK(svg.group(QStringLiteral("neutral-zone"))->text() ==
          QStringLiteral("nog geen categorie"));
    CHECK(layout.content.bottom() > layout.partners.value(QStringLiteral("pa9")).position.y());
}

TEST_CASE("Links show via, the school's role and the initiator; contact persons a connector",
          "[render][schema3]")
{
    Session s = twoPartners(DistanceKind::Ring);
    test::addLink(s, QStringLiteral("l1"), kSchoolId, kPa2, LinkKind::Via);
    s.links.back().via = kPa1;
    s.links.back().schoolRole = SchoolRole::Offering;
    s.links.back().initiatedBy = kSchoolId;
    s.partner(kPa2)->contactOf = kPa1;
    const test::SvgDocument svg = svgOf(s);
    const test::SvgGroup *link = svg.group(QStringLiteral("link-l1"));
    REQUIRE(link);
    CHECK(link->text().contains(QStringLiteral("via CLB")));
    CHECK(link->text().contains(QStringLiteral("school biedt aan")));
    // The initiator's dot: a small shape at the school's rim end of the link.
    const MapGeometry g = MapGeometry::forSession(s);
    CHECK(std::any_of(link->shapes.begin(), link->shapes.end(), [&](const test::SvgShape &sh) {
        return sh.box.width() < 10 && std::abs(radiusOf(sh.box.center()) - g.schoolRadius) < 3;
    }));
    CHECK(svg.group(QStringLiteral("legend-symbol-initiated")));
    REQUIRE(svg.group(QStringLiteral("contact-pa2")));
    CHECK(svg.group(QStringLiteral("legend-symbol-contact")));
}

TEST_CASE("A partner added after the session has a dotted ring and a legend entry",
          "[render][schema3]")
{
    Session s = twoPartners(DistanceKind::Ring);
    const MapPainter painter;
    const QRectF before = painter.markerBounds(s, kPa1, RenderOptions());
    s.partner(kPa1)->addedAfterSession = true;
    const QRectF after = painter.markerBounds(s, kPa1, RenderOptions());
    CHECK(after.width() > before.width());
    CHECK(svgOf(s).group(QStringLiteral("legend-symbol-added-after")));
}

TEST_CASE("Markers spread apart stay in the band, in the school, on the rings",
          "[render][schema3]")
{
    // Two partners on one spot of each kind: spreadMarkers() moves them apart, and only
    // within where their kind is drawn.
    Session s = newSession();
    for (const auto &[id, kind] :
         {std::pair{"a1", DistanceKind::NotDiscussed}, std::pair{"a2", DistanceKind::NotDiscussed},
          std::pair{"b1", DistanceKind::InSchool}, std::pair{"b2", DistanceKind::InSchool}}) {
        Partner &p = test::addPartner(s, QString::fromLatin1(id), QString::fromLatin1(id),
                                      QStringLiteral("zorg"), 0.5, 0.5);
        p.placement->distanceKind = kind;
    }
    const MapGeometry g = MapGeometry::forSession(s);
    const MapLayout layout = MapPainter().layoutMap(s, RenderOptions());
    auto at = [&](const char *id) {
        return layout.partners.value(QString::fromLatin1(id)).position;
    };
    CHECK(QLineF(at("a1"), at("a2")).length() > 10); // spread apart
    CHECK(QLineF(at("b1"), at("b2")).length() > 10);
    for (const char *id : {"a1", "a2"}) {
        CHECK(radiusOf(at(id)) > g.ringsRadius());
        CHECK(radiusOf(at(id)) < g.outerRadius);
    }
    for (const char *id : {"b1", "b2"})
        CHECK(radiusOf(at(id)) < g.schoolRadius);
}
