// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exports read back with a strict RFC 4180 parser: quoting, UTF-8, joinable ids.
#include "csvparse.h"
#include "dataexportfixture.h"

#include "nwk/core/dataexport.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::testdata;
using nwk::testcsv::parseCsv;
using nwk::testcsv::Parsed;
using nwk::testcsv::Record;

namespace {

/// A table as rows of column name -> value; every record as wide as the header.
struct Table {
    QStringList header;
    std::vector<std::map<QString, QString>> rows;
    QString at(std::size_t row, const char *column) const
    {
        const auto &r = rows.at(row);
        const auto it = r.find(QString::fromLatin1(column));
        REQUIRE(it != r.end());
        return it->second;
    }
    QStringList column(const char *name) const
    {
        QStringList values;
        for (std::size_t i = 0; i < rows.size(); ++i)
            values << at(i, name);
        return values;
    }
};

Table readTable(const QByteArray &bytes)
{
    const Parsed parsed = parseCsv(bytes);
    INFO(parsed.error.toStdString());
    REQUIRE(parsed.error.isEmpty());
    REQUIRE_FALSE(parsed.records.empty());
    Table t;
    t.header = parsed.records.front();
    CHECK(QSet<QString>(t.header.begin(), t.header.end()).size() == t.header.size());
    for (std::size_t r = 1; r < parsed.records.size(); ++r) {
        const Record &record = parsed.records[r];
        REQUIRE(record.size() == t.header.size());
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < record.size(); ++c)
            row[t.header.at(c)] = record.at(c);
        t.rows.push_back(row);
    }
    return t;
}

Table table(const Session &s, CsvTable which, const DataExportOptions &o = {})
{
    return readTable(csvTable(s, which, o));
}

} // namespace

TEST_CASE("CSV fields with commas, quotes and line breaks are quoted per RFC 4180",
          "[dataexport][csv]")
{
    CHECK(csvField(QStringLiteral("plain")) == QLatin1String("plain"));
    CHECK(csvField(QString()) == QString());
    CHECK(csvField(QStringLiteral("a,b")) == QLatin1String("\"a,b\""));
    CHECK(csvField(QStringLiteral("say \"hi\"")) == QLatin1String("\"say \"\"hi\"\"\""));
    CHECK(csvField(QStringLiteral("two\nlines")) == QLatin1String("\"two\nlines\""));
    CHECK(csvField(QStringLiteral("cr\rlf")) == QLatin1String("\"cr\rlf\""));
    CHECK(csvField(QStringLiteral("café 🌍")) == QStringLiteral("café 🌍"));

    const QByteArray bytes = csvTable(dataExportSession(), CsvTable::Partners, {});
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.startsWith("egoID,alterID,label,"));
    CHECK(bytes.contains("\"Ouders, \"\"actief\"\"\nen betrokken\""));
    CHECK(bytes.endsWith("\r\n"));

    DataExportOptions bom;
    bom.byteOrderMark = true;
    CHECK(csvTable(dataExportSession(), CsvTable::Partners, bom)
              .startsWith("\xEF\xBB\xBF"
                          "egoID,"));
}

TEST_CASE("CSV text round-trips through an RFC 4180 reader", "[dataexport][csv]")
{
    const Session s = dataExportSession();
    const Table partners = table(s, CsvTable::Partners);
    REQUIRE(partners.rows.size() == s.partners.size());
    CHECK(partners.at(1, "label") == kTrickyLabel);
    CHECK(partners.at(0, "categoryLabel") == QLatin1String("Zorg voor leerlingen"));
    CHECK(partners.at(0, "markedBy") == QStringLiteral("P1 leerkracht;P2 zorgcoördinator"));

    DataExportOptions withDeck;
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    withDeck.deck = &deck;
    const Table notes = table(s, CsvTable::NotesAndQuotes, withDeck);
    REQUIRE(notes.rows.size() == 4); // note, quote, metaphor, memo
    CHECK(notes.column("type") == QStringList({"note", "quote", "metaphor", "memo"}));
    CHECK(notes.at(0, "text") == QStringLiteral("Iedereen, ook de \"nieuwe\" collega's"));
    CHECK(notes.at(0, "cardTheme") == QLatin1String("Betekenisonderhandeling"));
    CHECK(notes.at(0, "questionText") ==
          QLatin1String("Wat versta je (niet) onder samenwerken met externe professionals?"));
    CHECK(notes.at(1, "text") == kTrickyQuote);
    CHECK(notes.at(1, "speaker") == QStringLiteral("P2 zorgcoördinator"));
    CHECK(notes.at(1, "speakerRoleGroup") == QLatin1String("care"));
    CHECK(notes.at(1, "partnerIds") == QLatin1String("pa3;pa1"));
    CHECK(notes.at(1, "partners") == QLatin1String("Juf Ann;CLB"));
    CHECK(notes.at(1, "atMs") == QLatin1String("3723000"));
    CHECK(notes.at(1, "time") == QLatin1String("1:02:03"));
    CHECK(notes.at(3, "kind") == QLatin1String("atmosphere"));

    const Table annotations = table(s, CsvTable::Annotations);
    REQUIRE(annotations.rows.size() == 1);
    CHECK(annotations.at(0, "memo") == QStringLiteral("sleutelfiguur,\nzie transcript"));
    CHECK(annotations.at(0, "target") == QLatin1String("Juf Ann"));
    CHECK(annotations.at(0, "codes") == QLatin1String("c1"));
    CHECK(annotations.at(0, "codeLabels") == QLatin1String("vertrouwen"));
    CHECK(annotations.at(0, "created") == QLatin1String("2019-03-15T10:00:00Z"));

    const Table links = table(s, CsvTable::Links);
    const Table schoolLinks = table(s, CsvTable::SchoolLinks);
    REQUIRE(schoolLinks.rows.size() == 2);
    CHECK(schoolLinks.at(0, "label") == QStringLiteral("wekelijks, \"MDO\""));
}

TEST_CASE("CSV tables join on their ids as egor expects", "[dataexport][csv]")
{
    const Session s = dataExportSession();
    const Table ego = table(s, CsvTable::Ego);
    const Table alters = table(s, CsvTable::Partners);
    const Table aaties = table(s, CsvTable::Links);
    const Table schoolLinks = table(s, CsvTable::SchoolLinks);
    const Table participants = table(s, CsvTable::Participants);
    const Table marks = table(s, CsvTable::Marks);
    const Table missing = table(s, CsvTable::MissingPartners);

    // egor(alters, egos, aaties): one ego; every alter and tie names it; ties join alters.
    REQUIRE(ego.rows.size() == 1);
    const QString egoId = ego.at(0, "egoID");
    CHECK(egoId == QLatin1String("Sint-Jozefschool"));
    CHECK(ego.at(0, "partners") == QLatin1String("4"));
    CHECK(ego.at(0, "links") == QLatin1String("1"));
    CHECK(ego.at(0, "schoolLinks") == QLatin1String("2"));
    for (const Table *t : {&alters, &aaties, &schoolLinks, &participants, &marks, &missing})
        for (const QString &id : t->column("egoID"))
            CHECK(id == egoId);
    const QStringList alterIds = alters.column("alterID");
    CHECK(alterIds == QStringList({"pa1", "pa2", "pa3", "pa4"}));
    REQUIRE(aaties.rows.size() == 1);
    CHECK(aaties.at(0, "Source") == QLatin1String("pa1"));
    CHECK(aaties.at(0, "Target") == QLatin1String("pa3"));
    CHECK(aaties.at(0, "direction") == QLatin1String("one-way"));
    CHECK(aaties.at(0, "sourceLabel") == QLatin1String("CLB"));
    for (std::size_t i = 0; i < schoolLinks.rows.size(); ++i) {
        const bool fromSchool = schoolLinks.at(i, "Source") == QLatin1String("school");
        const QString partner = schoolLinks.at(i, fromSchool ? "Target" : "Source");
        CHECK((fromSchool || schoolLinks.at(i, "Target") == QLatin1String("school")));
        CHECK(alterIds.contains(partner));
    }
    CHECK(schoolLinks.at(1, "valence") == QLatin1String("negative"));

    // Placement columns, empty for the unplaced partner.
    CHECK(alters.at(0, "ring") == QLatin1String("1"));
    CHECK(alters.at(0, "distance") == QLatin1String("0.1"));
    CHECK(alters.at(0, "angle") == QLatin1String("130"));
    CHECK(alters.at(3, "placed") == QLatin1String("FALSE"));
    CHECK(alters.at(3, "ring").isEmpty());
    CHECK(alters.at(3, "x").isEmpty());

    // Marks in long form: one row per partner and participant.
    REQUIRE(marks.rows.size() == 3);
    CHECK(marks.column("alterID") == QStringList({"pa1", "pa1", "pa3"}));
    CHECK(marks.column("roleGroup") == QStringList({"teacher", "care", "management"}));
    CHECK(participants.column("participantId") == QStringList({"pp1", "pp2", "pp3"}));
    CHECK(participants.column("marks") == QStringList({"1", "1", "1"}));
    CHECK(participants.at(1, "quotes") == QLatin1String("1"));
    REQUIRE(missing.rows.size() == 1);
    CHECK(missing.at(0, "status") == QLatin1String("hoped-for"));
    CHECK(missing.at(0, "mentionedBy") == QStringLiteral("P2 zorgcoördinator"));

    DataExportOptions named;
    named.egoId = QStringLiteral("s01");
    CHECK(table(s, CsvTable::Partners, named).at(0, "egoID") == QLatin1String("s01"));
}

TEST_CASE("Anonymised CSV shows pseudonyms and roles, never names", "[dataexport][csv][anonymise]")
{
    const Session s = dataExportSession();
    DataExportOptions o;
    o.anonymise = true;
    for (CsvTable t : allCsvTables()) {
        const QByteArray bytes = csvTable(s, t, o);
        INFO(csvTableName(t).toStdString());
        for (const char *secret : {"Sint-Jozefschool", "Ann Janssens", "Juf Ann", "Ann's private",
                                   "P1 leerkracht", "P2 zorg", "Dr. Facilitator", "note about"})
            CHECK_FALSE(
                QString::fromUtf8(bytes).contains(QString::fromUtf8(secret), Qt::CaseInsensitive));
    }
    const Table ego = table(s, CsvTable::Ego, o);
    CHECK(ego.at(0, "egoID") == QLatin1String("School-A"));
    CHECK(ego.at(0, "anonymised") == QLatin1String("TRUE"));
    const Table participants = table(s, CsvTable::Participants, o);
    CHECK(participants.column("code") == QStringList({"", "", ""}));
    CHECK(participants.column("label") ==
          QStringList({"leerkracht", QStringLiteral("zorgcoördinator"), "directeur"}));
    const Table notes = table(s, CsvTable::NotesAndQuotes, o);
    CHECK(notes.at(1, "speaker") == QStringLiteral("zorgcoördinator"));
    CHECK(notes.at(1, "partners") == QLatin1String("Persoon-A;CLB"));
    // Names of persons in free text become their pseudonyms (whole words, any case).
    CHECK(notes.at(2, "text") == QLatin1String("een spinnenweb, zei Persoon-A"));
    CHECK(notes.at(3, "text") == QLatin1String("open sfeer; Persoon-A kwam later"));
    CHECK(table(s, CsvTable::NotesAndQuotes).at(3, "text") ==
          QLatin1String("open sfeer; ann janssens kwam later"));
    CHECK(table(s, CsvTable::Partners, o).at(2, "label") == QLatin1String("Persoon-A"));
}

TEST_CASE("exportCsv writes one file per table, or none when anonymising is refused",
          "[dataexport][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = dataExportSession();
    QStringList written;
    REQUIRE(exportCsv(s, dir.path(), QStringLiteral("school"), {}, &written).isEmpty());
    REQUIRE(written.size() == static_cast<qsizetype>(allCsvTables().size()));
    QStringList names;
    for (const QString &path : written) {
        names << QFileInfo(path).fileName();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        readTable(file.readAll());
    }
    CHECK(names ==
          QStringList({"school-ego.csv", "school-partners.csv", "school-links.csv",
                       "school-school-links.csv", "school-participants.csv", "school-marks.csv",
                       "school-missing.csv", "school-notes.csv", "school-annotations.csv",
                       "school-alternatives.csv", "school-former-placements.csv",
                       "school-choice-changes.csv", "school-relative-placements.csv",
                       "school-list-items.csv", "school-categories.csv", "school-rings.csv",
                       "school-timeline.csv"}));

    QTemporaryDir other;
    REQUIRE(other.isValid());
    s.partners[2].pseudonym.clear();
    DataExportOptions o;
    o.anonymise = true;
    written.clear();
    const QString error = exportCsv(s, other.path(), QStringLiteral("school"), o, &written);
    CHECK(error.contains(QLatin1String("'Juf Ann' (pa3) is a person and has no pseudonym")));
    CHECK(written.isEmpty());
    CHECK(QDir(other.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("CSV booleans are TRUE and FALSE, which R's read.csv and pandas read as booleans",
          "[dataexport][csv]")
{
    // R's read.csv reads `true`/`false` as text (issue #22); TRUE/FALSE it reads as logical,
    // and pandas' read_csv as bool.
    Session s = dataExportSession();
    s.missingPartners.push_back(s.missingPartners.front());
    s.missingPartners.back().id = QStringLiteral("mi2");
    s.missingPartners.back().placement = Placement{0.5, 100.0};
    const QStringList bools = {QStringLiteral("TRUE"), QStringLiteral("FALSE")};
    CHECK(table(s, CsvTable::Partners).column("placed") ==
          QStringList({"TRUE", "TRUE", "TRUE", "FALSE"}));
    CHECK(table(s, CsvTable::Partners).column("disputed") ==
          QStringList({"FALSE", "TRUE", "FALSE", "FALSE"}));
    CHECK(table(s, CsvTable::MissingPartners).column("placed") == QStringList({"FALSE", "TRUE"}));
    CHECK(table(s, CsvTable::Ego).column("anonymised") == QStringList({"FALSE"}));
    DataExportOptions anonymised;
    anonymised.anonymise = true;
    CHECK(table(s, CsvTable::Ego, anonymised).column("anonymised") == QStringList({"TRUE"}));
    // No other cell of any table is a lower-case boolean.
    for (CsvTable t : allCsvTables()) {
        INFO(csvTableName(t).toStdString());
        const Table rows = table(s, t);
        for (const auto &row : rows.rows)
            for (const auto &[column, value] : row) {
                INFO(column.toStdString() << " = " << value.toStdString());
                CHECK_FALSE((value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 &&
                             !bools.contains(value)));
                CHECK_FALSE((value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 &&
                             !bools.contains(value)));
            }
    }
}
