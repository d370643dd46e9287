// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #22: ego ids that cannot collide quietly (an anonymised school without a pseudonym
// is refused unless an ego id is given; alter ids unique per ego), list cells whose
// items may hold ';' (escaped, and every item in the list-items table), GraphML edges
// with the ends as drawn.
#include "csvparse.h"
#include "dataexportfixture.h"

#include "nwk/core/dataexport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::testdata;
using nwk::testcsv::parseCsv;

namespace {

/// A CSV table as header -> column of values.
struct Table {
    QStringList header;
    std::vector<QStringList> rows;
    QString at(std::size_t row, const char *column) const
    {
        const qsizetype i = header.indexOf(QString::fromLatin1(column));
        REQUIRE(i >= 0);
        return rows.at(row).at(i);
    }
};

Table table(const Session &s, CsvTable t, const DataExportOptions &o)
{
    const auto parsed = parseCsv(csvTable(s, t, o));
    REQUIRE(parsed.error.isEmpty());
    Table result;
    result.header = parsed.records.front();
    result.rows.assign(parsed.records.begin() + 1, parsed.records.end());
    return result;
}

} // namespace

TEST_CASE("An anonymised data export of a school without a pseudonym is refused without an "
          "ego id",
          "[dataexport][ego]")
{
    Session s = dataExportSession();
    s.meta.schoolPseudonym.clear();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DataExportOptions o;
    o.anonymise = true;
    const QString csvError = exportCsv(s, dir.path(), QStringLiteral("bao1"), o);
    INFO(csvError.toStdString());
    CHECK(csvError.contains(QLatin1String("the school has no pseudonym")));
    CHECK(csvError.contains(QLatin1String("\"school\"")));
    CHECK(csvError.contains(QLatin1String("give the school a pseudonym")));
    CHECK(csvError.contains(QLatin1String("--ego-id")));
    const QString graphmlFile = dir.filePath(QStringLiteral("bao1.graphml"));
    CHECK(exportGraphml(s, graphmlFile, o) == csvError);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    // With an ego id every table carries it; not anonymised, the school's name is used.
    o.egoId = QStringLiteral("s07");
    REQUIRE(exportCsv(s, dir.path(), QStringLiteral("bao1"), o).isEmpty());
    REQUIRE(exportGraphml(s, graphmlFile, o).isEmpty());
    for (CsvTable t : allCsvTables()) {
        const Table rows = table(s, t, o);
        INFO(csvTableName(t).toStdString());
        CHECK(rows.header.front() == QLatin1String("egoID"));
        for (std::size_t r = 0; r < rows.rows.size(); ++r)
            CHECK(rows.at(r, "egoID") == QLatin1String("s07"));
    }
    CHECK(graphmlDocument(s, o).contains("<data key=\"g_egoID\">s07</data>"));
    CHECK(egoIdProblem(s, {}).isEmpty());
    CHECK(table(s, CsvTable::Ego, {}).at(0, "egoID") == QLatin1String("Sint-Jozefschool"));
}

TEST_CASE("Alter ids are unique per ego in every table that names an alter", "[dataexport][ego]")
{
    DataExportOptions o;
    o.anonymise = true; // ego id: the school's pseudonym, School-A
    Session s = dataExportSession();
    RelativePlacement r;
    r.id = QStringLiteral("re1");
    r.partnerId = QStringLiteral("pa3");
    r.referenceId = QStringLiteral("school");
    s.relativePlacements.push_back(r);
    const Table partners = table(s, CsvTable::Partners, o);
    for (std::size_t i = 0; i < partners.rows.size(); ++i)
        CHECK(partners.at(i, "alterUid") ==
              QStringLiteral("School-A:") + partners.at(i, "alterID"));
    const Table links = table(s, CsvTable::Links, o);
    REQUIRE(links.rows.size() == 1);
    CHECK(links.at(0, "sourceUid") == QLatin1String("School-A:pa1"));
    CHECK(links.at(0, "targetUid") == QLatin1String("School-A:pa3"));
    const Table ties = table(s, CsvTable::SchoolLinks, o);
    CHECK(ties.at(0, "sourceUid") == QLatin1String("School-A:school"));
    const Table marks = table(s, CsvTable::Marks, o);
    CHECK(marks.at(0, "alterUid") == QLatin1String("School-A:pa1"));
    const Table relative = table(s, CsvTable::RelativePlacements, o);
    CHECK(relative.at(0, "alterUid") == QLatin1String("School-A:pa3"));
    CHECK(relative.at(0, "referenceUid") == QLatin1String("School-A:school"));
}

TEST_CASE("List cells escape the semicolons and backslashes of their items", "[dataexport][lists]")
{
    CHECK(joinListCell({QStringLiteral("leerkracht; ICT"), QStringLiteral("zorg")}) ==
          QLatin1String("leerkracht\\; ICT;zorg"));
    CHECK(joinListCell({QStringLiteral("a\\"), QStringLiteral("b")}) == QLatin1String("a\\\\;b"));
    for (const QStringList &items :
         {QStringList{}, QStringList{QStringLiteral("x")},
          QStringList{QStringLiteral("leerkracht; ICT"), QStringLiteral("P2 zorg")},
          QStringList{QStringLiteral("a\\;b"), QStringLiteral(";"), QStringLiteral("\\")},
          QStringList{QStringLiteral("a"), QString(), QStringLiteral("c")}})
        CHECK(splitListCell(joinListCell(items)) == items);
}

TEST_CASE("markedBy and markedByRoleGroups round-trip a role that holds a semicolon",
          "[dataexport][lists]")
{
    Session s = dataExportSession();
    s.participants[0].role = QStringLiteral("leerkracht; ICT"); // pp1, teacher
    for (bool anonymise : {false, true}) {
        DataExportOptions o;
        o.anonymise = anonymise;
        const Table partners = table(s, CsvTable::Partners, o);
        REQUIRE(partners.at(0, "alterID") == QLatin1String("pa1")); // marked by pp1, pp2
        const QStringList by = splitListCell(partners.at(0, "markedBy"));
        const QString first =
            anonymise ? QStringLiteral("leerkracht; ICT") : QStringLiteral("P1 leerkracht; ICT");
        CHECK(by == QStringList{first, anonymise ? QStringLiteral("zorgcoördinator")
                                                 : QStringLiteral("P2 zorgcoördinator")});
        CHECK(splitListCell(partners.at(0, "markedByRoleGroups")) ==
              QStringList{QStringLiteral("teacher"), QStringLiteral("care")});

        // The long table has the same items, in order.
        const Table items = table(s, CsvTable::ListItems, o);
        QStringList longBy;
        for (std::size_t i = 0; i < items.rows.size(); ++i)
            if (items.at(i, "table") == QLatin1String("partners") &&
                items.at(i, "rowId") == QLatin1String("pa1") &&
                items.at(i, "column") == QLatin1String("markedBy")) {
                CHECK(items.at(i, "position") == QString::number(longBy.size() + 1));
                CHECK(items.at(i, "row") == QLatin1String("1"));
                longBy << items.at(i, "value");
            }
        CHECK(longBy == by);
    }
}

TEST_CASE("The list-items table holds every item of every list column", "[dataexport][lists]")
{
    const Session s = dataExportSession();
    const Table items = table(s, CsvTable::ListItems, {});
    auto values = [&](const char *tableName, const char *rowId, const char *column) {
        QStringList found;
        for (std::size_t i = 0; i < items.rows.size(); ++i)
            if (items.at(i, "table") == QLatin1String(tableName) &&
                items.at(i, "rowId") == QLatin1String(rowId) &&
                items.at(i, "column") == QLatin1String(column))
                found << items.at(i, "value");
        return found;
    };
    CHECK(values("partners", "pa1", "extraCategories") ==
          QStringList{QStringLiteral("beleid"), QStringLiteral("aanbod")});
    CHECK(values("partners", "pa1", "namedBy") == QStringList{QStringLiteral("P3 directeur")});
    CHECK(values("partners", "pa3", "groupLabels") == QStringList{QStringLiteral("Zorgteam")});
    CHECK(values("notes", "qu1", "partnerIds") ==
          QStringList{QStringLiteral("pa3"), QStringLiteral("pa1")});
    CHECK(values("annotations", "an1", "codeLabels") == QStringList{QStringLiteral("vertrouwen")});
    CHECK(values("ego", "Sint-Jozefschool", "facilitators") ==
          QStringList{QStringLiteral("Dr. Facilitator")});
}

TEST_CASE("GraphML edges carry their ends as drawn in fromId and toId", "[dataexport][graphml]")
{
    Session s = dataExportSession();
    const QByteArray xml = graphmlDocument(s, {});
    CHECK(xml.contains("<key id=\"e_fromId\" for=\"edge\" attr.name=\"fromId\" "
                       "attr.type=\"string\"/>"));
    // li3 runs from pa2 to the school.
    const qsizetype li3 = xml.indexOf("<edge id=\"li3\"");
    REQUIRE(li3 >= 0);
    const QByteArray edge = xml.mid(li3, xml.indexOf("</edge>", li3) - li3);
    CHECK(edge.contains("<data key=\"e_fromId\">pa2</data>"));
    CHECK(edge.contains("<data key=\"e_toId\">school</data>"));
}
