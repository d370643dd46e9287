// SPDX-License-Identifier: GPL-3.0-or-later
// The data exports of schema 3 (docs/exports.md): the partners, links, missing partners
// and notes tables get their new columns after the old ones; new long tables for the
// participants' own placements, former placements, choice changes and relative
// placements; GraphML the same attributes and relative placements as typed edges. A
// distance not discussed is never given a ring.
#include "csvparse.h"
#include "statementsession.h"

#include "nwk/core/dataexport.h"

#include <catch2/catch.hpp>

#include <QXmlStreamReader>

#include <map>

using namespace nwk;
using namespace nwk::testdata;

namespace {

/// A CSV table: header and each row keyed by its first id column's value.
struct Rows {
    QStringList header;
    std::vector<QStringList> records;
    /// The value of `column` in the first row whose column `key` is `value`.
    QString at(const char *key, const QString &value, const char *column) const
    {
        const qsizetype k = header.indexOf(QString::fromLatin1(key));
        const qsizetype c = header.indexOf(QString::fromLatin1(column));
        REQUIRE(k >= 0);
        INFO(column);
        REQUIRE(c >= 0);
        for (const QStringList &r : records)
            if (r.at(k) == value)
                return r.at(c);
        FAIL("no row with " << key << " = " << value.toStdString());
        return {};
    }
};

Rows rowsOf(const Session &s, CsvTable t, const DataExportOptions &o = {})
{
    const testcsv::Parsed parsed = testcsv::parseCsv(csvTable(s, t, o));
    REQUIRE(parsed.error.isEmpty());
    REQUIRE_FALSE(parsed.records.empty());
    Rows rows;
    rows.header = parsed.records.front();
    for (std::size_t i = 1; i < parsed.records.size(); ++i) {
        REQUIRE(parsed.records[i].size() == rows.header.size());
        rows.records.push_back(parsed.records[i]);
    }
    return rows;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

/// GraphML: element id -> (attr.name -> value), nodes and edges alike.
std::map<QString, std::map<QString, QString>> graphmlData(const QByteArray &xml)
{
    std::map<QString, QString> keyName;
    std::map<QString, std::map<QString, QString>> out;
    QXmlStreamReader r(xml);
    QString element;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("key"))
            keyName[a.value(QLatin1String("id")).toString()] =
                a.value(QLatin1String("attr.name")).toString();
        else if (r.name() == QLatin1String("node") || r.name() == QLatin1String("edge") ||
                 r.name() == QLatin1String("graph"))
            element = a.value(QLatin1String("id")).toString();
        else if (r.name() == QLatin1String("data") && !element.isEmpty())
            out[element][keyName[a.value(QLatin1String("key")).toString()]] = r.readElementText();
    }
    REQUIRE_FALSE(r.hasError());
    return out;
}

} // namespace

TEST_CASE("The partners table appends the schema-3 columns and never invents a ring",
          "[dataexport][csv][schema3]")
{
    const Rows t = rowsOf(fullGolden(), CsvTable::Partners);
    // The older columns keep their order; the new ones follow.
    CHECK(t.header.mid(0, 32) == names({"egoID",
                                        "alterID",
                                        "label",
                                        "fullName",
                                        "pseudonym",
                                        "kind",
                                        "formality",
                                        "scope",
                                        "category",
                                        "categoryLabel",
                                        "extraCategories",
                                        "extraCategoryLabels",
                                        "placed",
                                        "ring",
                                        "ringLabel",
                                        "distance",
                                        "angle",
                                        "x",
                                        "y",
                                        "desiredDistance",
                                        "desiredAngle",
                                        "marks",
                                        "markedBy",
                                        "markedByRoleGroups",
                                        "namedBy",
                                        "disputed",
                                        "count",
                                        "groups",
                                        "groupLabels",
                                        "schoolLinks",
                                        "notes",
                                        "addedMs"}));
    CHECK(t.header.mid(32) == names({"distanceKind",
                                     "desiredDistanceKind",
                                     "desiredBy",
                                     "alternatives",
                                     "formerPlacements",
                                     "placementNote",
                                     "placementValence",
                                     "geoDistance",
                                     "geoKm",
                                     "voteCount",
                                     "voteText",
                                     "prioritySource",
                                     "roleVotesTeacher",
                                     "roleVotesManagement",
                                     "roleVotesCare",
                                     "roleVotesOther",
                                     "choiceChanges",
                                     "neutralZone",
                                     "members",
                                     "sameAsPartner",
                                     "sameAsParticipant",
                                     "contactOf",
                                     "addedAfterSession",
                                     "addedAfterAt",
                                     "alterUid"}));
    const QString pa7 = QStringLiteral("pa7");
    auto at = [&](const char *id, const char *column) {
        return t.at("alterID", QString::fromLatin1(id), column);
    };
    // Distance not discussed: placed, in its sector, but in no ring and with no distance.
    CHECK(at("pa7", "placed") == QLatin1String("TRUE"));
    CHECK(at("pa7", "ring").isEmpty());
    CHECK(at("pa7", "ringLabel").isEmpty());
    CHECK(at("pa7", "distance").isEmpty());
    CHECK(at("pa7", "angle") == QLatin1String("50"));
    CHECK(at("pa7", "distanceKind") == QLatin1String("not-discussed"));
    // In the school: distance 0, the innermost ring.
    CHECK(at("pa8", "distanceKind") == QLatin1String("in-school"));
    CHECK(at("pa8", "ring") == QLatin1String("1"));
    CHECK(at("pa8", "ringLabel") == QLatin1String("dichtbij"));
    CHECK(at("pa8", "distance") == QLatin1String("0"));
    CHECK(at("pa1", "distanceKind") == QLatin1String("ring"));
    CHECK(at("pa1", "ring") == QLatin1String("2"));
    CHECK(at("pa5", "distanceKind").isEmpty()); // unplaced
    // The statements of pa7.
    CHECK(at("pa7", "desiredDistanceKind") == QLatin1String("ring"));
    CHECK(at("pa7", "desiredBy") ==
          QStringLiteral("P1 leerkracht-beleidsondersteuner;P3 zorgcoördinator"));
    CHECK(at("pa7", "alternatives") == QLatin1String("2"));
    CHECK(at("pa7", "formerPlacements") == QLatin1String("1"));
    CHECK(at("pa7", "placementNote") == QLatin1String("ver ondanks veel contact"));
    CHECK(at("pa7", "placementValence") == QLatin1String("negative"));
    CHECK(at("pa7", "geoDistance") == QLatin1String("naast de school"));
    CHECK(at("pa7", "geoKm") == QLatin1String("0.5"));
    CHECK(at("pa7", "voteCount") == QLatin1String("2"));
    CHECK(at("pa7", "voteText") == QLatin1String("twee leraren"));
    CHECK(at("pa7", "prioritySource") == QLatin1String("researchers"));
    CHECK(at("pa7", "roleVotesTeacher") == QLatin1String("2"));
    CHECK(at("pa7", "roleVotesCare").isEmpty()); // not stated, not zero
    CHECK(at("pa7", "choiceChanges") == QLatin1String("1"));
    CHECK(at("pa7", "members") == QLatin1String("Leesbevordering;Boekenweek"));
    CHECK(at("pa7", "sameAsPartner") == QLatin1String("pa2"));
    CHECK(at("pa7", "sameAsParticipant") == QLatin1String("p4"));
    CHECK(at("pa7", "addedAfterSession") == QLatin1String("TRUE"));
    CHECK(at("pa7", "addedAfterAt") == QLatin1String("2019-03-20"));
    CHECK(at("pa7", "disputed") == QLatin1String("TRUE")); // derived: it has alternatives
    CHECK(at("pa8", "contactOf") == QLatin1String("pa1"));
    CHECK(at("pa9", "neutralZone") == QLatin1String("TRUE"));
    CHECK(at("pa1", "voteCount").isEmpty());
    CHECK(at("pa1", "geoKm").isEmpty());
    CHECK(at("pa1", "prioritySource") == QLatin1String("participants"));
    (void)pa7;
}

TEST_CASE("Links, missing partners and metaphors get their schema-3 columns",
          "[dataexport][csv][schema3]")
{
    const Session s = fullGolden();
    const Rows school = rowsOf(s, CsvTable::SchoolLinks);
    CHECK(school.header.mid(11) ==
          names({"initiatedBy", "initiatedByLabel", "reciprocity", "schoolRole", "via", "viaLabel",
                 "sourceUid", "targetUid"}));
    const QString l9 = QStringLiteral("l9");
    CHECK(school.at("linkId", l9, "initiatedBy") == QLatin1String("school"));
    CHECK(school.at("linkId", l9, "reciprocity") == QLatin1String("one-sided"));
    CHECK(school.at("linkId", l9, "schoolRole") == QLatin1String("offering"));
    CHECK(school.at("linkId", l9, "via") == QLatin1String("pa1"));
    CHECK(school.at("linkId", l9, "viaLabel") == QLatin1String("CLB"));
    CHECK(school.at("linkId", QStringLiteral("l10"), "initiatedByLabel") ==
          QLatin1String("Leesproject"));
    CHECK(rowsOf(s, CsvTable::Links).header.mid(11).size() == 8);

    const Rows missing = rowsOf(s, CsvTable::MissingPartners);
    CHECK(missing.header.mid(12) == names({"partnerId", "decidedBy", "reason"}));
    CHECK(missing.at("missingId", QStringLiteral("m6"), "partnerId") == QLatin1String("pa5"));
    CHECK(missing.at("missingId", QStringLiteral("m6"), "decidedBy") == QLatin1String("de groep"));
    CHECK(missing.at("missingId", QStringLiteral("m6"), "reason") ==
          QLatin1String("hoort niet bij leren"));

    const Rows notes = rowsOf(s, CsvTable::NotesAndQuotes);
    CHECK(notes.header.mid(17) == names({"speakerRole", "byGroup"}));
    CHECK(notes.at("id", QStringLiteral("mf3"), "speakerRole") == QLatin1String("een leerkracht"));
    CHECK(notes.at("id", QStringLiteral("mf3"), "byGroup") == QLatin1String("FALSE"));
    CHECK(notes.at("id", QStringLiteral("mf4"), "byGroup") == QLatin1String("TRUE"));
}

TEST_CASE("Long tables hold who placed a partner where, former placements, changed "
          "choices and relative placements",
          "[dataexport][csv][schema3]")
{
    const Session s = fullGolden();
    CHECK(csvTableName(CsvTable::Alternatives) == QLatin1String("alternatives"));
    CHECK(csvTableName(CsvTable::RelativePlacements) == QLatin1String("relative-placements"));

    const QByteArray alternatives = csvTable(s, CsvTable::Alternatives, {});
    CHECK(alternatives ==
          QByteArray("egoID,alterID,partner,participantId,participant,distance,angle,ring,"
                     "ringLabel,distanceKind,note,alterUid\r\n"
                     "Sint-Jozef Voorbeeldschool,pa7,Leesproject,p2,P2 directeur,0.2,55,1,dichtbij,"
                     "ring,voor mij heel dicht,Sint-Jozef Voorbeeldschool:pa7\r\n"
                     "Sint-Jozef Voorbeeldschool,pa7,Leesproject,,,0,48,1,dichtbij,on-school,,"
                     "Sint-Jozef Voorbeeldschool:pa7\r\n")
              .replace("Sint-Jozef Voorbeeldschool", s.meta.schoolName.toUtf8()));

    const Rows former = rowsOf(s, CsvTable::FormerPlacements);
    CHECK(former.header == names({"egoID", "alterID", "partner", "order", "distance", "angle",
                                  "ring", "ringLabel", "distanceKind", "when", "why", "alterUid"}));
    REQUIRE(former.records.size() == 1);
    CHECK(former.records[0].mid(1) == QStringList{"pa7", "Leesproject", "1", "0.1", "52", "1",
                                                  "dichtbij", "ring", "tot 2018", "nieuwe directie",
                                                  s.meta.schoolName + QStringLiteral(":pa7")});

    const Rows choices = rowsOf(s, CsvTable::ChoiceChanges);
    REQUIRE(choices.records.size() == 2);
    CHECK(choices.at("alterID", QStringLiteral("pa7"), "change") == QLatin1String("supplemented"));
    CHECK(choices.at("alterID", QStringLiteral("pa7"), "otherPartner") ==
          QLatin1String("Databank"));
    CHECK(choices.at("alterID", QStringLiteral("pa7"), "participant") ==
          QLatin1String("P1 leerkracht-beleidsondersteuner"));
    CHECK(choices.at("alterID", QStringLiteral("pa8"), "change") == QLatin1String("replaced"));

    const Rows relative = rowsOf(s, CsvTable::RelativePlacements);
    REQUIRE(relative.records.size() == 3);
    CHECK(relative.at("relativeId", QStringLiteral("r1"), "relation") == QLatin1String("further"));
    CHECK(relative.at("relativeId", QStringLiteral("r1"), "reference") == QLatin1String("CLB"));
    CHECK(relative.at("relativeId", QStringLiteral("r1"), "text") ==
          QLatin1String("iets verder dan ons eigen CLB"));
    CHECK(relative.at("relativeId", QStringLiteral("r2"), "referenceId") ==
          QLatin1String("school"));
}

TEST_CASE("GraphML carries the schema-3 attributes and relative placements as typed edges",
          "[dataexport][graphml][schema3]")
{
    const auto data = graphmlData(graphmlDocument(fullGolden(), {}));
    const auto &pa7 = data.at(QStringLiteral("pa7"));
    CHECK(pa7.count(QStringLiteral("ring")) == 0);
    CHECK(pa7.count(QStringLiteral("distance")) == 0);
    CHECK(pa7.at(QStringLiteral("distanceKind")) == QLatin1String("not-discussed"));
    CHECK(pa7.at(QStringLiteral("prioritySource")) == QLatin1String("researchers"));
    CHECK(pa7.at(QStringLiteral("roleVotesTeacher")) == QLatin1String("2"));
    CHECK(data.at(QStringLiteral("pa8")).at(QStringLiteral("ring")) == QLatin1String("1"));
    const auto &l9 = data.at(QStringLiteral("l9"));
    CHECK(l9.at(QStringLiteral("type")) == QLatin1String("link"));
    CHECK(l9.at(QStringLiteral("via")) == QLatin1String("pa1"));
    CHECK(l9.at(QStringLiteral("schoolRole")) == QLatin1String("offering"));
    const auto &r1 = data.at(QStringLiteral("relative:r1"));
    CHECK(r1.at(QStringLiteral("type")) == QLatin1String("relative-placement"));
    CHECK(r1.at(QStringLiteral("relation")) == QLatin1String("further"));
    CHECK(r1.at(QStringLiteral("text")) == QLatin1String("iets verder dan ons eigen CLB"));
    CHECK(data.at(QStringLiteral("relative:r2")).at(QStringLiteral("schoolTie")) ==
          QLatin1String("true"));
}

TEST_CASE("Schema-3 text cells that start like a formula are neutralised, numbers are not",
          "[dataexport][csv][schema3]")
{
    Session s = fullGolden();
    Partner &pa7 = *s.partner(QStringLiteral("pa7"));
    pa7.placementNote = QStringLiteral("=HYPERLINK(\"x\")");
    pa7.voteText = QStringLiteral("+alle");
    pa7.alternatives[0].note = QStringLiteral("-voor mij dichtbij");
    pa7.formerPlacements[0].why = QStringLiteral("@directie");
    s.relativePlacements[0].text = QStringLiteral("=1+1");
    const Rows partners = rowsOf(s, CsvTable::Partners);
    const QString id = QStringLiteral("pa7");
    CHECK(partners.at("alterID", id, "placementNote") == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(partners.at("alterID", id, "voteText") == QStringLiteral("'+alle"));
    CHECK(partners.at("alterID", id, "geoKm") == QStringLiteral("0.5"));
    CHECK(rowsOf(s, CsvTable::Alternatives).at("participantId", QStringLiteral("p2"), "note") ==
          QStringLiteral("'-voor mij dichtbij"));
    CHECK(rowsOf(s, CsvTable::FormerPlacements).at("alterID", id, "why") ==
          QStringLiteral("'@directie"));
    CHECK(rowsOf(s, CsvTable::RelativePlacements).at("relativeId", QStringLiteral("r1"), "text") ==
          QStringLiteral("'=1+1"));
    DataExportOptions raw;
    raw.rawCsv = true;
    CHECK(rowsOf(s, CsvTable::Partners, raw).at("alterID", id, "voteText") ==
          QStringLiteral("+alle"));
}

TEST_CASE("The ego and participants tables and the GraphML graph hold the session's "
          "schema-3 meta",
          "[dataexport][csv][graphml][schema3]")
{
    const Session s = fullGolden();
    const Rows ego = rowsOf(s, CsvTable::Ego);
    CHECK(ego.header.mid(17) ==
          names({"durationMinutes", "participantsSaid", "priorMaps", "mapWords"}));
    REQUIRE(ego.records.size() == 1);
    CHECK(ego.records[0].mid(17) == QStringList{QStringLiteral("125"), QStringLiteral("6"),
                                                QStringLiteral("Een poster uit 2017"),
                                                QStringLiteral("het bord, de ballonnetjes")});
    const Rows participants = rowsOf(s, CsvTable::Participants);
    CHECK(participants.header.mid(12) == names({"joinedLate", "leftEarly"}));
    CHECK(participants.at("participantId", QStringLiteral("p4"), "joinedLate") ==
          QLatin1String("TRUE"));
    CHECK(participants.at("participantId", QStringLiteral("p4"), "leftEarly") ==
          QLatin1String("TRUE"));
    CHECK(participants.at("participantId", QStringLiteral("p1"), "joinedLate") ==
          QLatin1String("FALSE"));

    const auto graph = graphmlData(graphmlDocument(s, {})).at(QStringLiteral("netwerkkaart"));
    CHECK(graph.at(QStringLiteral("durationMinutes")) == QLatin1String("125"));
    CHECK(graph.at(QStringLiteral("participantsSaid")) == QLatin1String("6"));
    CHECK(graph.at(QStringLiteral("mapWords")) == QLatin1String("het bord, de ballonnetjes"));
    // Unknown is left out, never 0.
    Session unknown = s;
    unknown.meta.durationMinutes = -1;
    CHECK(rowsOf(unknown, CsvTable::Ego).records[0].at(17).isEmpty());
    CHECK(graphmlData(graphmlDocument(unknown, {}))
              .at(QStringLiteral("netwerkkaart"))
              .count(QStringLiteral("durationMinutes")) == 0);
}
