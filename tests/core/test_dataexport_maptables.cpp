// SPDX-License-Identifier: GPL-3.0-or-later
// The categories and rings tables and the GraphML colours: the map can be redrawn from
// the data, with the values MapGeometry draws.
#include "csvparse.h"
#include "dataexportfixture.h"
#include "examplesession.h"
#include "skip.h"

#include "nwk/core/dataexport.h"
#include "nwk/core/geometry.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>
#include <map>

using namespace nwk;
using namespace nwk::testdata;

namespace {

using Row = std::map<QString, QString>;

std::vector<Row> rowsOf(const QByteArray &csv)
{
    const testcsv::Parsed parsed = testcsv::parseCsv(csv);
    INFO(parsed.error.toStdString());
    REQUIRE(parsed.error.isEmpty());
    REQUIRE_FALSE(parsed.records.empty());
    std::vector<Row> rows;
    const QStringList header = parsed.records.front();
    for (std::size_t r = 1; r < parsed.records.size(); ++r) {
        REQUIRE(parsed.records[r].size() == header.size());
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row[header.at(c)] = parsed.records[r].at(c);
        rows.push_back(row);
    }
    return rows;
}

double num(const Row &row, const char *column)
{
    bool ok = false;
    const double value = row.at(QString::fromLatin1(column)).toDouble(&ok);
    INFO(column << " = " << row.at(QString::fromLatin1(column)).toStdString());
    REQUIRE(ok);
    return value;
}

/// The session with a partner whose distance was not discussed (the map gets a band).
Session withBand()
{
    Session s = dataExportSession();
    s.partners.front().placement->distanceKind = DistanceKind::NotDiscussed;
    REQUIRE(MapGeometry::needsBand(s));
    return s;
}

} // namespace

TEST_CASE("The categories table gives every sector as the map draws it", "[dataexport][csv]")
{
    for (const Session &s : {dataExportSession(), exampleSession()}) {
        const MapGeometry g = MapGeometry::forSession(s);
        const auto rows = rowsOf(csvTable(s, CsvTable::Categories, {}));
        REQUIRE(rows.size() == s.categories.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Row &row = rows[i];
            const Category &c = s.categories[i];
            INFO("category " << c.id.toStdString());
            CHECK(row.at("category") == c.id);
            CHECK(row.at("label") == c.labelNl);
            CHECK(row.at("color") == c.color.toLower());
            CHECK(row.at("color").contains(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$"))));
            CHECK(row.at("marker") == QString::fromLatin1(toString(c.marker)));
            CHECK(row.at("framed") == (c.framed ? QLatin1String("TRUE") : QLatin1String("FALSE")));
            CHECK(num(row, "order") == double(i + 1));
            CHECK(num(row, "sectorStart") == Approx(g.sectorStart(int(i))).margin(1e-9));
            CHECK(num(row, "sectorEnd") ==
                  Approx(g.sectorStart(int(i)) + g.sectorSpan()).margin(1e-9));
        }
        CHECK(num(rows.back(), "sectorEnd") == Approx(360.0));
        for (std::size_t i = 0; i + 1 < rows.size(); ++i) // the sectors meet
            CHECK(rows[i].at("sectorEnd") == rows[i + 1].at("sectorStart"));
    }
}

TEST_CASE("The rings table gives the school disc, every ring and the band with the map's radii",
          "[dataexport][csv]")
{
    for (const Session &s : {dataExportSession(), withBand(), exampleSession()}) {
        const MapGeometry g = MapGeometry::forSession(s);
        const auto rows = rowsOf(csvTable(s, CsvTable::Rings, {}));
        const std::size_t band = g.bandWidth > 0.0 ? 1 : 0;
        REQUIRE(rows.size() == 1 + s.rings.size() + band);
        CHECK(rows.front().at("kind") == QLatin1String("school"));
        for (std::size_t i = 0; i < rows.size(); ++i) // from the centre out
            CHECK(rows[i].at("index") == QString::number(i));
        CHECK(num(rows.front(), "innerRadius") == 0.0);
        CHECK(num(rows.front(), "outerRadius") == Approx(g.schoolRadius));
        for (std::size_t i = 0; i < s.rings.size(); ++i) {
            const Row &row = rows[i + 1];
            CHECK(row.at("kind") == QLatin1String("ring"));
            CHECK(row.at("ring") == QString::number(i + 1));
            CHECK(row.at("label") == s.rings[i].labelNl);
            const double inner = i == 0 ? g.schoolRadius : g.ringOuterRadius(int(i) - 1);
            CHECK(num(row, "innerRadius") == Approx(inner).margin(1e-9));
            CHECK(num(row, "outerRadius") == Approx(g.ringOuterRadius(int(i))).margin(1e-9));
        }
        if (band) {
            CHECK(rows.back().at("kind") == QLatin1String("band"));
            CHECK(rows.back().at("ring").isEmpty());
            CHECK(num(rows.back(), "innerRadius") == Approx(g.ringsRadius()));
            CHECK(num(rows.back(), "outerRadius") == Approx(g.outerRadius));
        }
    }
}

TEST_CASE("The rings table's radii are the units of the partners table's x and y",
          "[dataexport][csv]")
{
    const Session s = exampleSession();
    const auto rings = rowsOf(csvTable(s, CsvTable::Rings, {}));
    const auto partners = rowsOf(csvTable(s, CsvTable::Partners, {}));
    int checked = 0;
    for (const Row &p : partners) {
        if (p.at("ring").isEmpty())
            continue;
        const double r = std::hypot(num(p, "x"), num(p, "y"));
        const Row &ring = rings.at(std::size_t(p.at("ring").toInt()));
        CHECK(r >= num(ring, "innerRadius") - 0.01);
        CHECK(r <= num(ring, "outerRadius") + 0.01);
        ++checked;
    }
    CHECK(checked > 5);
}

TEST_CASE("GraphML nodes carry their category's colour as r, g, b and a hex string",
          "[dataexport][graphml]")
{
    const Session s = exampleSession();
    const QByteArray doc = graphmlDocument(s, {});
    std::map<QString, QString> keyName; // key id -> attr.name
    std::map<QString, std::map<QString, QString>> nodes;
    QXmlStreamReader xml(doc);
    QString node;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("key"))
            keyName[xml.attributes().value(QLatin1String("id")).toString()] =
                xml.attributes().value(QLatin1String("attr.name")).toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("node"))
            node = xml.attributes().value(QLatin1String("id")).toString();
        if (xml.isEndElement() && xml.name() == QLatin1String("node"))
            node.clear();
        if (xml.isStartElement() && xml.name() == QLatin1String("data") && !node.isEmpty()) {
            const QString key = keyName[xml.attributes().value(QLatin1String("key")).toString()];
            nodes[node][key] = xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(nodes[kSchoolId]["color"] == QLatin1String("#000000"));
    int coloured = 0;
    for (const Partner &p : s.partners) {
        const Category *c = s.category(p.category);
        if (!c)
            continue;
        auto &attrs = nodes[p.id];
        INFO("partner " << p.id.toStdString());
        const uint rgb = c->color.mid(1).toUInt(nullptr, 16);
        CHECK(attrs["color"] == c->color.toLower());
        CHECK(attrs["r"] == QString::number((rgb >> 16) & 0xff));
        CHECK(attrs["g"] == QString::number((rgb >> 8) & 0xff));
        CHECK(attrs["b"] == QString::number(rgb & 0xff));
        ++coloured;
    }
    CHECK(coloured > 5);
}

TEST_CASE("The GraphML with colours is well-formed for xmllint", "[dataexport][graphml]")
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty()) {
        NWK_SKIP("xmllint is not installed (libxml2-utils)");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("map.graphml"));
    for (const Session &s : {exampleSession(), dataExportSession()}) {
        REQUIRE(exportGraphml(s, file, {}).isEmpty());
        QProcess lint;
        lint.start(xmllint, {QStringLiteral("--noout"), file});
        REQUIRE(lint.waitForFinished(30000));
        INFO(lint.readAllStandardError().toStdString());
        CHECK(lint.exitCode() == 0);
    }
}
