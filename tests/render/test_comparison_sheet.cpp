// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's sheet (#23 item 2) draws its halos and rings around the markers where the
// map draws them (spread apart, in the outer band, below the disc), and is an export: it
// draws the session as every export does (no bidi controls).
#include "pdftext.h"
#include "render_fixtures.h"

#include "nwk/render/comparisonsheet.h"
#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>
#include <vector>

using namespace nwk;

namespace {

/// Two partners on one spot (the painter spreads them apart), one whose distance was not
/// discussed (drawn in the sector's outer band) and one in the neutral zone (below the disc).
Session crowdedSpotSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("De Regenboog");
    test::addPartner(s, QStringLiteral("a"), QStringLiteral("CLB"), QStringLiteral("zorg"), 0.5,
                     0.5);
    test::addPartner(s, QStringLiteral("b"), QStringLiteral("ONW"), QStringLiteral("zorg"), 0.5,
                     0.5);
    Partner &c = test::addPartner(s, QStringLiteral("c"), QStringLiteral("PBD"),
                                  QStringLiteral("zorg"), 0.3, 0.15);
    c.placement->distanceKind = DistanceKind::NotDiscussed;
    Partner &d =
        test::addPartner(s, QStringLiteral("d"), QStringLiteral("Bibliotheek"), QString(), -1, 0);
    d.neutralZone = true;
    return s;
}

struct Circle {
    QPointF centre;
    double radius = 0;
    QString stroke;
};

/// Every <circle> of the SVG: its centre in its own coordinates (the map's units on a sheet).
std::vector<Circle> circles(const QByteArray &svg)
{
    std::vector<Circle> out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("circle")) {
            const auto a = xml.attributes();
            out.push_back(
                {{a.value(QLatin1String("cx")).toDouble(), a.value(QLatin1String("cy")).toDouble()},
                 a.value(QLatin1String("r")).toDouble(),
                 a.value(QLatin1String("stroke")).toString()});
        }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

bool near(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) < 0.05;
}

} // namespace

TEST_CASE("The comparison sheet haloes and rings partners where their markers are drawn",
          "[render][comparison]")
{
    const Session s = crowdedSpotSession();
    RenderOptions o;
    o.showLegend = false;
    o.showTitle = false;
    const MapLayout layout = MapPainter().layoutMap(s, o);
    const MapGeometry g = MapGeometry::forSession(s);
    // The drawing spreads the two on one spot apart (the one without a distance is in the
    // outer band, where MapGeometry puts it too; the neutral zone has no spot at all).
    for (const char *id : {"a", "b"}) {
        INFO(id);
        REQUIRE(layout.partners.contains(QLatin1String(id)));
        const Partner *p = s.partner(QLatin1String(id));
        REQUIRE_FALSE(near(layout.partners[QLatin1String(id)].position, g.toPoint(*p->placement)));
    }
    REQUIRE(layout.partners.contains(QStringLiteral("c")));
    REQUIRE(layout.partners.contains(QStringLiteral("d")));
    CHECK(comparedMapPositions(s).value(QStringLiteral("b")) ==
          layout.partners[QStringLiteral("b")].position);

    const QStringList all{"a", "b", "c", "d"};
    const QByteArray svg =
        renderComparisonSvg({{&s, QStringLiteral("De Regenboog"), all, {QStringLiteral("b")}}},
                            ComparisonSheetOptions());
    std::vector<QPointF> halos;
    std::vector<QPointF> rings;
    for (const Circle &c : circles(svg)) {
        if (c.stroke == QLatin1String("#ff9f00") &&
            std::abs(c.radius - comparedHaloRadius()) < 1e-6)
            halos.push_back(c.centre);
        else if (c.stroke == QLatin1String("#e000b0"))
            rings.push_back(c.centre);
    }
    REQUIRE(halos.size() == 1);
    CHECK(near(halos.front(), layout.partners[QStringLiteral("b")].position));
    REQUIRE(rings.size() == 4);
    for (int i = 0; i < 4; ++i) {
        INFO(all[i].toStdString());
        CHECK(near(rings[static_cast<std::size_t>(i)], layout.partners[all[i]].position));
    }
}

TEST_CASE("The comparison sheet draws its maps without bidi controls like every export",
          "[render][comparison]")
{
    Session s = crowdedSpotSession();
    s.meta.schoolName = QStringLiteral("De \u202eRegenboog");
    s.partners[0].label = QStringLiteral("CLB \u202eNoord");
    const QByteArray svg = renderComparisonSvg({{&s, s.meta.schoolName, {}, {}}},
                                               ComparisonSheetOptions{s.meta.schoolName, {}});
    const QString text = QString::fromUtf8(svg);
    CHECK(text.contains(QStringLiteral("CLB Noord")));
    CHECK(text.contains(QStringLiteral("De Regenboog")));
    CHECK_FALSE(text.contains(QChar(0x202e)));

    // The PDF (its text and its title) too.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(exportComparisonSheet({{&s, s.meta.schoolName, {}, {}}}, pdf,
                                  ComparisonSheetOptions{s.meta.schoolName, {}})
                .isEmpty());
    const QString pdfText = testpdf::pdfText(pdf);
    CHECK(pdfText.contains(QStringLiteral("CLB Noord")));
    CHECK(pdfText.contains(QStringLiteral("De Regenboog")));
    CHECK_FALSE(pdfText.contains(QChar(0x202e)));
}

TEST_CASE("An anonymised comparison sheet shows the pseudonyms", "[render][comparison]")
{
    Session s = crowdedSpotSession();
    s.meta.schoolPseudonym = QStringLiteral("School A");
    s.partners[0].kind = PartnerKind::Person;
    s.partners[0].label = QStringLiteral("Jan Peeters");
    s.partners[0].pseudonym = QStringLiteral("Persoon 1");
    ComparisonSheetOptions o;
    o.title = QStringLiteral("De Regenboog en Jan Peeters");
    o.anonymise = true;
    const QString text =
        QString::fromUtf8(renderComparisonSvg({{&s, s.meta.schoolName, {}, {}}}, o));
    CHECK(text.contains(QStringLiteral("Persoon 1")));
    CHECK(text.contains(QStringLiteral("School A")));
    CHECK_FALSE(text.contains(QStringLiteral("Jan Peeters")));
    CHECK_FALSE(text.contains(QStringLiteral("Regenboog")));
}
