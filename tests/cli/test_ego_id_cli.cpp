// SPDX-License-Identifier: GPL-3.0-or-later
// export --anonymise of a school without a pseudonym: the data formats are refused with a
// message naming the problem and the fix, unless --ego-id gives the ego id (issue #22).
#include "clitest.h"
#include "csvparse.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

namespace {

/// The values of `column` in a CSV file.
QStringList column(const QString &file, const QString &name)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto parsed = testcsv::parseCsv(f.readAll());
    REQUIRE(parsed.error.isEmpty());
    const qsizetype i = parsed.records.front().indexOf(name);
    REQUIRE(i >= 0);
    QStringList values;
    for (std::size_t r = 1; r < parsed.records.size(); ++r)
        values << parsed.records[r].at(i);
    return values;
}

QString sessionWithoutSchoolPseudonym(const QTemporaryDir &dir)
{
    Session s = sampleSession();
    s.meta.schoolPseudonym.clear();
    const QString file = dir.filePath(QStringLiteral("bao1.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    return file;
}

} // namespace

TEST_CASE("export --anonymise refuses the data of a school without a pseudonym, unless "
          "--ego-id",
          "[cli][export][ego]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = sessionWithoutSchoolPseudonym(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    const QStringList data{QStringLiteral("export"),     session,
                           QStringLiteral("--out-dir"),  out,
                           QStringLiteral("--format"),   QStringLiteral("csv,graphml,svg"),
                           QStringLiteral("--anonymise")};

    const CliResult refused = runCli(data);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        session + QStringLiteral(": cannot export the data anonymised: the school has no "
                                 "pseudonym, so its ego id (egoID) would be \"school\"")));
    CHECK(refused.err.contains(QLatin1String("give the school a pseudonym")));
    CHECK(refused.err.contains(QLatin1String("--ego-id ID")));
    CHECK(refused.err.contains(QLatin1String("nothing exported")));
    CHECK(QDir(out).entryList(QDir::Files).isEmpty());

    const CliResult given =
        runCli(data + QStringList{QStringLiteral("--ego-id"), QStringLiteral("s07")});
    INFO(given.err.toStdString());
    REQUIRE(given.exitCode == 0);
    CHECK(column(QDir(out).filePath(QStringLiteral("bao1-ego.csv")), QStringLiteral("egoID")) ==
          QStringList{QStringLiteral("s07")});
    const QStringList uids =
        column(QDir(out).filePath(QStringLiteral("bao1-partners.csv")), QStringLiteral("alterUid"));
    REQUIRE(uids.size() == 7);
    for (const QString &uid : uids)
        CHECK(uid.startsWith(QLatin1String("s07:pa")));
    QFile graphml(QDir(out).filePath(QStringLiteral("bao1.graphml")));
    REQUIRE(graphml.open(QIODevice::ReadOnly));
    CHECK(graphml.readAll().contains("<data key=\"g_egoID\">s07</data>"));
}

TEST_CASE("export --ego-id takes one session and a non-empty id", "[cli][export][ego]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = sessionWithoutSchoolPseudonym(dir);
    const QString b = dir.filePath(QStringLiteral("bao2.nwk"));
    REQUIRE(QFile::copy(a, b));
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliResult two = runCli({QStringLiteral("export"), a, b, QStringLiteral("--out-dir"), out,
                                  QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--ego-id"), QStringLiteral("s07")});
    CHECK(two.exitCode == 2);
    CHECK(two.err.contains(QLatin1String("--ego-id names one school, but 2 session files")));
    const CliResult empty = runCli({QStringLiteral("export"), a, QStringLiteral("--out-dir"), out,
                                    QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--ego-id"), QStringLiteral(" ")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QLatin1String("--ego-id needs a non-empty id")));
    CHECK_FALSE(QFileInfo::exists(out));

    // Maps need no ego id; plain data uses the school's name.
    const CliResult map = runCli({QStringLiteral("export"), a, QStringLiteral("--out-dir"), out,
                                  QStringLiteral("--format"), QStringLiteral("svg,csv")});
    INFO(map.err.toStdString());
    CHECK(map.exitCode == 0);
    CHECK(column(QDir(out).filePath(QStringLiteral("bao1-ego.csv")), QStringLiteral("egoID")) ==
          QStringList{QStringLiteral("Sint-Jozefschool")});
    const CliResult anonymisedMap =
        runCli({QStringLiteral("export"), a, QStringLiteral("-o"),
                dir.filePath(QStringLiteral("map.svg")), QStringLiteral("--anonymise")});
    CHECK(anonymisedMap.exitCode == 0);
}

TEST_CASE("export warns when two sessions of a run would share an ego id", "[cli][export][ego]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("bao1.nwk"));
    const QString b = dir.filePath(QStringLiteral("bao2.nwk"));
    const QString c = dir.filePath(QStringLiteral("bao3.nwk"));
    Session s = sampleSession(); // pseudonym School-A
    REQUIRE(writeSessionFile(s, a).isEmpty());
    s.meta.schoolName = QStringLiteral("De Regenboog"); // another school, the same pseudonym
    REQUIRE(writeSessionFile(s, b).isEmpty());
    s.meta.schoolPseudonym = QStringLiteral("School-C");
    REQUIRE(writeSessionFile(s, c).isEmpty());
    const CliResult r = runCli({QStringLiteral("export"), a, b, c, QStringLiteral("--out-dir"),
                                dir.filePath(QStringLiteral("out")), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--anonymise")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(b +
                         QStringLiteral(": warning: its ego id (egoID) 'School-A' is also "
                                        "that of ") +
                         a +
                         QStringLiteral(": stacked tables would mix the two schools; give "
                                        "one school another pseudonym")));
    CHECK_FALSE(r.err.contains(c + QStringLiteral(": warning")));
    CHECK_FALSE(r.err.contains(a + QStringLiteral(": warning")));
}

// The R pack's egos, alters and ties carry the ego id as the CSV tables do (.egoID).
TEST_CASE("export --ego-id gives the R pack the same ego id as the CSV tables",
          "[cli][export][ego][rpack]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = sessionWithoutSchoolPseudonym(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    const QDir pack(QDir(out).filePath(QStringLiteral("bao1-r")));
    for (const bool anonymise : {false, true}) {
        INFO("anonymised " << anonymise);
        QStringList args{QStringLiteral("export"),    session,
                         QStringLiteral("--out-dir"), out,
                         QStringLiteral("--format"),  QStringLiteral("csv,r"),
                         QStringLiteral("--ego-id"),  QStringLiteral("s07"),
                         QStringLiteral("--force")};
        if (anonymise)
            args << QStringLiteral("--anonymise");
        const CliResult r = runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(column(QDir(out).filePath(QStringLiteral("bao1-ego.csv")), QStringLiteral("egoID")) ==
              QStringList{QStringLiteral("s07")});
        CHECK(column(pack.filePath(QStringLiteral("egos.csv")), QStringLiteral(".egoID")) ==
              QStringList{QStringLiteral("s07")});
        const QStringList alters =
            column(pack.filePath(QStringLiteral("alters.csv")), QStringLiteral(".egoID"));
        CHECK(alters == QStringList(7, QStringLiteral("s07")));
    }
}

TEST_CASE("export --anonymise refuses the R pack of a school without a pseudonym up front, "
          "unless --ego-id",
          "[cli][export][ego][rpack]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = sessionWithoutSchoolPseudonym(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    // The map would be written first were the pack refused only when its turn comes.
    const QStringList args{QStringLiteral("export"),     session,
                           QStringLiteral("--out-dir"),  out,
                           QStringLiteral("--format"),   QStringLiteral("svg,r"),
                           QStringLiteral("--anonymise")};
    const CliResult refused = runCli(args);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        session + QStringLiteral(": cannot export the data anonymised: the school has no "
                                 "pseudonym, so its ego id (egoID) would be \"school\"")));
    CHECK(refused.err.contains(QLatin1String("; nothing exported")));
    CHECK(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    const CliResult given =
        runCli(args + QStringList{QStringLiteral("--ego-id"), QStringLiteral("s07")});
    INFO(given.err.toStdString());
    CHECK(given.exitCode == 0);
    CHECK(QFileInfo(QDir(out).filePath(QStringLiteral("bao1.svg"))).size() > 0);
    CHECK(column(QDir(out).filePath(QStringLiteral("bao1-r/egos.csv")), QStringLiteral(".egoID")) ==
          QStringList{QStringLiteral("s07")});
}

TEST_CASE("export warns when two R packs of a run would share an ego id",
          "[cli][export][ego][rpack]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("bao1.nwk"));
    const QString b = dir.filePath(QStringLiteral("bao2.nwk"));
    Session s = sampleSession(); // pseudonym School-A
    REQUIRE(writeSessionFile(s, a).isEmpty());
    s.meta.schoolName = QStringLiteral("De Regenboog"); // another school, the same pseudonym
    REQUIRE(writeSessionFile(s, b).isEmpty());
    const CliResult r = runCli({QStringLiteral("export"), a, b, QStringLiteral("--out-dir"),
                                dir.filePath(QStringLiteral("out")), QStringLiteral("--format"),
                                QStringLiteral("r"), QStringLiteral("--anonymise")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(b +
                         QStringLiteral(": warning: its ego id (egoID) 'School-A' is also "
                                        "that of ") +
                         a));
}

// The .qdpx holds no ego id: a school without a pseudonym is no reason to refuse it.
TEST_CASE("export --anonymise writes the .qdpx of a school without a pseudonym",
          "[cli][export][ego][qdpx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = sessionWithoutSchoolPseudonym(dir);
    const QString qdpx = dir.filePath(QStringLiteral("bao1.qdpx"));
    const CliResult r = runCli({QStringLiteral("export"), session, QStringLiteral("-o"), qdpx,
                                QStringLiteral("--anonymise")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("wrote %1 (REFI-QDA project, ").arg(qdpx)));
    CHECK(QFileInfo(qdpx).size() > 0);
}
