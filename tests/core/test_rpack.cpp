// SPDX-License-Identifier: GPL-3.0-or-later
// The R pack's tables: egor's column names, the ring levels, one TRUE/FALSE column per
// category, placements; anonymised packs carry no names. (The script is run by R in the
// cli test test_rpack_cli.cpp.)
#include "csvparse.h"
#include "dataexportfixture.h"
#include "namedsession.h"

#include "nwk/core/rpack.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>

using namespace nwk;
using namespace nwk::testdata;

namespace {

struct Table {
    QStringList header;
    std::vector<std::map<QString, QString>> rows;
    const std::map<QString, QString> &row(const char *column, const QString &value) const
    {
        for (const auto &r : rows)
            if (r.at(QString::fromLatin1(column)) == value)
                return r;
        FAIL("no row with " << column << " = " << value.toStdString());
        return rows.front();
    }
};

Table table(const Session &s, RPackTable t, const DataExportOptions &o = {})
{
    const testcsv::Parsed parsed = testcsv::parseCsv(rPackTable(s, t, o));
    INFO(parsed.error.toStdString());
    REQUIRE(parsed.error.isEmpty());
    Table out;
    out.header = parsed.records.front();
    for (std::size_t r = 1; r < parsed.records.size(); ++r) {
        REQUIRE(parsed.records[r].size() == out.header.size());
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < out.header.size(); ++c)
            row[out.header.at(c)] = parsed.records[r].at(c);
        out.rows.push_back(row);
    }
    return out;
}

} // namespace

TEST_CASE("The R pack's tables use egor's default column names", "[dataexport][rpack]")
{
    const Session s = dataExportSession();
    CHECK(table(s, RPackTable::Egos).header.mid(0, 1) == QStringList{".egoID"});
    CHECK(table(s, RPackTable::Alters).header.mid(0, 2) == QStringList({".egoID", ".altID"}));
    CHECK(table(s, RPackTable::AlterTies).header.mid(0, 3) ==
          QStringList({".egoID", ".srcID", ".tgtID"}));
    CHECK(table(s, RPackTable::EgoTies).header.mid(0, 2) == QStringList({".egoID", ".altID"}));
    for (RPackTable t : allRPackTables())
        CHECK(table(s, t).header.front() == QLatin1String(".egoID"));

    const Table ties = table(s, RPackTable::AlterTies);
    REQUIRE(ties.rows.size() == 1); // li2: pa1 -> pa3; li1 and li3 are with the school
    CHECK(ties.rows[0].at(".srcID") == QLatin1String("pa1"));
    CHECK(ties.rows[0].at(".tgtID") == QLatin1String("pa3"));
    const Table egoTies = table(s, RPackTable::EgoTies);
    REQUIRE(egoTies.rows.size() == 2);
    CHECK(egoTies.row("linkID", QStringLiteral("li3")).at(".altID") == QLatin1String("pa2"));
    CHECK(egoTies.row("linkID", QStringLiteral("li3")).at("fromSchool") == QLatin1String("FALSE"));
}

TEST_CASE("The R pack's alters have one TRUE/FALSE column per category and the ring as a level",
          "[dataexport][rpack]")
{
    Session s = dataExportSession();
    s.partners[0].formerPlacements.push_back(
        {Placement{0.8, 140.0}, QStringLiteral("tot 2018"), QStringLiteral("nieuwe directie"), {}});
    const Table alters = table(s, RPackTable::Alters);
    REQUIRE(alters.rows.size() == s.partners.size());
    for (const Category &c : s.categories)
        CHECK(alters.header.contains(QStringLiteral("cat_") + c.id));
    const auto &clb = alters.row(".altID", QStringLiteral("pa1")); // zorg + beleid, aanbod
    for (const Category &c : s.categories) {
        const bool in = c.id == QLatin1String("zorg") || c.id == QLatin1String("beleid") ||
                        c.id == QLatin1String("aanbod");
        INFO(c.id.toStdString());
        CHECK(clb.at(QStringLiteral("cat_") + c.id) ==
              (in ? QLatin1String("TRUE") : QLatin1String("FALSE")));
    }
    CHECK(clb.at("ring") == s.rings[0].labelNl); // distance 0.1: the innermost ring
    CHECK(clb.at("ringNumber") == QLatin1String("1"));
    CHECK(clb.at("desiredDistance") == QLatin1String("0.05"));
    CHECK_FALSE(clb.at("desiredX").isEmpty());
    CHECK(clb.at("formerPlacements") == QLatin1String("1"));
    CHECK(clb.at("color") == s.category(QStringLiteral("zorg"))->color.toLower());
    CHECK(clb.at("schoolID") == QLatin1String("Sint-Jozefschool"));
    CHECK(clb.at("snapshotID") == QLatin1String("current"));
    const auto &unplaced = alters.row(".altID", QStringLiteral("pa4"));
    CHECK(unplaced.at("placed") == QLatin1String("FALSE"));
    CHECK(unplaced.at("ring").isEmpty());
    CHECK(unplaced.at("x").isEmpty());

    const Table former = table(s, RPackTable::Former);
    REQUIRE(former.rows.size() == 1);
    CHECK(former.rows[0].at(".altID") == QLatin1String("pa1"));
    CHECK(former.rows[0].at("when") == QLatin1String("tot 2018"));
    CHECK(former.rows[0].at("distance") == QLatin1String("0.8"));

    // The script sets every ring as a level, innermost first, the empty ones too.
    const QString script = QString::fromUtf8(rPackScript(s, {}));
    QStringList levels;
    for (const Ring &r : s.rings)
        levels << QLatin1Char('"') + r.labelNl + QLatin1Char('"');
    CHECK(script.contains(QStringLiteral("ring_levels <- c(") + levels.join(QStringLiteral(", ")) +
                          QLatin1Char(')')));
    CHECK(script.contains(QStringLiteral("ordered = TRUE")));
}

TEST_CASE("The R pack is written into its folder and anonymised carries no names",
          "[dataexport][rpack][anonymise]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pack/sub"));
    DataExportOptions o;
    o.anonymise = true;
    QStringList written;
    REQUIRE(exportRPack(namedSession(), folder, o, &written).isEmpty());
    CHECK(written.size() == static_cast<qsizetype>(allRPackTables().size() + 1));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("netwerkkaart.R"))));
    for (const QString &file : written) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll()).toLower();
        for (const QString &name : kRealNameParts) {
            INFO(file.toStdString() << " holds " << name.toStdString());
            CHECK_FALSE(text.contains(name));
        }
    }

    // A person without a pseudonym: refused, nothing written.
    Session unnamed = namedSession();
    for (Partner &p : unnamed.partners)
        if (p.kind == PartnerKind::Person)
            p.pseudonym.clear();
    const QString other = dir.filePath(QStringLiteral("refused"));
    CHECK_FALSE(exportRPack(unnamed, other, o).isEmpty());
    CHECK_FALSE(QFileInfo::exists(other));
}
