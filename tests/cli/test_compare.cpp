// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli compare and measures: three small schools whose table is known.
//
//  A "Noord": CLB (zorg, formal), Ouders (intern, informal, internal), Stad (beleid, formal);
//             links CLB-Ouders, school-Stad.
//  B "Zuid":  "centrum voor leerlingenbegeleiding" (zorg), Bibliotheek (aanbod); link
//             between them.
//  C (no name, pseudonym "School C"): "C.L.B." (zorg), "Stad" (beleid), "ouders" (intern);
//             link Stad-ouders.
// Worked out by hand (ego network: the school tied to every partner):
//  density with school  A (3 + 1)/6 = 0.667  B (2 + 1)/3 = 1      C (3 + 1)/6 = 0.667
//  density w/o school   A 1/3 = 0.333        B 1/1 = 1            C 1/3 = 0.333
//  isolates             A 0 (Stad is linked to the school)  B 0  C 1 (C.L.B.)
//  school eff. size     A 3 - 2*1/3 = 2.333  B 2 - 2*1/2 = 1      C 2.333
//  recurring (default synonyms: CLB = centrum voor leerlingenbegeleiding)
//                       CLB in A, B, C; Ouders in A, C; Stad in A, C -> A 3, B 1, C 3.
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

namespace {

Partner partner(const char *id, const char *label, const char *category,
                Formality formality = Formality::Unknown, Scope scope = Scope::External)
{
    Partner p;
    p.id = QString::fromUtf8(id);
    p.label = QString::fromUtf8(label);
    p.category = QString::fromUtf8(category);
    p.formality = formality;
    p.scope = scope;
    p.placement = Placement{0.5, 100.0};
    return p;
}

Link link(const char *id, const char *from, const char *to)
{
    Link l;
    l.id = QString::fromUtf8(id);
    l.from = QString::fromUtf8(from);
    l.to = QString::fromUtf8(to);
    return l;
}

struct Schools {
    QTemporaryDir dir;
    QStringList files;
    Schools()
    {
        REQUIRE(dir.isValid());
        Session a = newSession();
        a.meta.schoolName = QStringLiteral("Noord");
        a.partners = {partner("a1", "CLB", "zorg", Formality::Formal),
                      partner("a2", "Ouders", "intern", Formality::Informal, Scope::Internal),
                      partner("a3", "Stad", "beleid", Formality::Formal)};
        a.links = {link("l1", "a1", "a2"), link("l2", "school", "a3")};
        Session b = newSession();
        b.meta.schoolName = QStringLiteral("Zuid");
        b.partners = {partner("b1", "centrum voor leerlingenbegeleiding", "zorg"),
                      partner("b2", "Bibliotheek", "aanbod")};
        b.links = {link("l1", "b2", "b1")};
        Session c = newSession();
        c.meta.schoolPseudonym = QStringLiteral("School C");
        c.partners = {partner("c1", "C.L.B.", "zorg"), partner("c2", "Stad", "beleid"),
                      partner("c3", "ouders", "intern")};
        c.links = {link("l1", "c2", "c3")};
        int i = 0;
        for (const Session *s : {&a, &b, &c}) {
            files << dir.filePath(QStringLiteral("school%1.nwk").arg(++i));
            REQUIRE(writeSessionFile(*s, files.back()).isEmpty());
        }
    }
};

/// The cells of the text-table row whose first two cells are `category` and `measure`.
QStringList row(const QString &out, const QString &category, const QString &measure)
{
    for (const auto &line : out.split(QLatin1Char('\n'))) {
        const QStringList cells = line.trimmed().split(QRegularExpression(QStringLiteral(" {2,}")));
        if (cells.size() > 2 && cells.at(0) == category && cells.at(1) == measure)
            return cells.mid(2);
    }
    return {};
}

QStringList csvLines(const QString &fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    REQUIRE(text.endsWith(QStringLiteral("\r\n")));
    return text.chopped(2).split(QStringLiteral("\r\n"));
}

} // namespace

TEST_CASE("compare prints a column per school with the hand-worked values", "[cli-compare]")
{
    Schools schools;
    const QString csv = schools.dir.filePath(QStringLiteral("table.csv"));
    const CliResult r = runCli(QStringList{QStringLiteral("compare")} + schools.files +
                               QStringList{QStringLiteral("--csv"), csv});
    INFO(r.err.toStdString());
    INFO(r.out.toStdString());
    REQUIRE(r.normalExit);
    REQUIRE(r.exitCode == 0);

    const QString all = QStringLiteral("All");
    CHECK(row(r.out, QStringLiteral("Category"), QStringLiteral("Measure")) ==
          QStringList{QStringLiteral("Noord"), QStringLiteral("Zuid"), QStringLiteral("School C")});
    CHECK(row(r.out, all, QStringLiteral("Partners")) == QStringList{"3", "2", "3"});
    CHECK(row(r.out, all, QStringLiteral("Density (with school)")) ==
          QStringList{"0.667", "1", "0.667"});
    CHECK(row(r.out, all, QStringLiteral("Density (without school)")) ==
          QStringList{"0.333", "1", "0.333"});
    CHECK(row(r.out, all, QStringLiteral("Isolates")) == QStringList{"0", "0", "1"});
    CHECK(row(r.out, all, QStringLiteral("School effective size")) ==
          QStringList{"2.333", "1", "2.333"});
    CHECK(row(r.out, all, QStringLiteral("Formal share")) == QStringList{"0.667", "0", "0"});
    CHECK(row(r.out, all, QStringLiteral("Recurring partners")) == QStringList{"3", "1", "3"});
    CHECK(row(r.out, QStringLiteral("Zorg voor leerlingen"),
              QStringLiteral("Recurring partners")) == QStringList{"1", "1", "1"});
    CHECK(row(r.out, QStringLiteral("Interne actoren"), QStringLiteral("Internal")) ==
          QStringList{"1", "0", "0"});
    CHECK(row(r.out, QStringLiteral("Ring 2: tussenin"), QStringLiteral("Partners")) ==
          QStringList{"3", "2", "3"});
    CHECK(r.out.contains(QStringLiteral("Recurring partners (3)")));
    CHECK(row(r.out, QStringLiteral("CLB"), QStringLiteral("3")) ==
          QStringList{"CLB", "centrum voor leerlingenbegeleiding", "C.L.B."});
    // Both are in the framed "Interne actoren": matched as internal actors.
    CHECK(row(r.out, QStringLiteral("Ouders (internal)"), QStringLiteral("2")) ==
          QStringList{"Ouders", "–", "ouders"});
    // Formality: recorded in Noord only; Zuid and School C have it for nobody, which the
    // table says instead of a bare "formal share 0".
    CHECK(row(r.out, all, QStringLiteral("Formality not recorded share")) ==
          QStringList{"0", "1", "1"});
    CHECK(row(r.out, all, QStringLiteral("Internal and external share")) ==
          QStringList{"0", "0", "0"});
    CHECK(row(r.out, all, QStringLiteral("Not placed")) == QStringList{"0", "0", "0"});
    CHECK(row(r.out, all, QStringLiteral("Distance stated")) == QStringList{"3", "2", "3"});
    CHECK(row(r.out, QStringLiteral("Zorg voor leerlingen"),
              QStringLiteral("Formality not recorded")) == QStringList{"0", "1", "1"});

    // The CSV holds the same table.
    const QStringList lines = csvLines(csv);
    CHECK(lines.first() == QStringLiteral("Category,Measure,Noord,Zuid,School C"));
    CHECK(lines.contains(QStringLiteral("All,Density (with school),0.667,1,0.667")));
    CHECK(lines.contains(QStringLiteral("All,Recurring partners,3,1,3")));
    CHECK(lines.contains(QStringLiteral("Zorg voor leerlingen,Partners,1,1,1")));
    CHECK(lines.contains(QStringLiteral("All,Formality not recorded share,0,1,1")));
    CHECK(lines.contains(QStringLiteral("Zorg voor leerlingen,Formality not recorded,0,1,1")));
    // The matched labels per recurring partner, one row per label.
    CHECK(lines.contains(
        QStringLiteral("Recurring partner,CLB,CLB,centrum voor leerlingenbegeleiding,C.L.B.")));
    CHECK(lines.contains(QStringLiteral("Recurring partner (internal),Ouders,Ouders,–,ouders")));
    CHECK(lines.contains(QStringLiteral("Recurring partner,Stad,Stad,–,Stad")));
    CHECK(r.err.contains(QStringLiteral("wrote ")));
}

TEST_CASE("compare uses a synonyms file instead of the built-in list", "[cli-compare]")
{
    Schools schools;
    const QString synonyms = schools.dir.filePath(QStringLiteral("synonyms.json"));
    REQUIRE(writeText(synonyms, R"({"format": "netwerkkaart-synonyms", "schemaVersion": 1,
        "synonyms": [["Stad", "Bibliotheek"]]})"));
    const CliResult r = runCli(QStringList{QStringLiteral("compare")} + schools.files +
                               QStringList{QStringLiteral("--synonyms"), synonyms});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Stad = Bibliotheek in all three; CLB only in A and C (no built-in synonym now).
    CHECK(row(r.out, QStringLiteral("Stad"), QStringLiteral("3")) ==
          QStringList{"Stad", "Bibliotheek", "Stad"});
    CHECK(row(r.out, QStringLiteral("CLB"), QStringLiteral("2")) ==
          QStringList{"CLB", "–", "C.L.B."});
    CHECK(row(r.out, QStringLiteral("All"), QStringLiteral("Recurring partners")) ==
          QStringList{"3", "1", "3"});
}

TEST_CASE("compare reports bad input and usage", "[cli-compare]")
{
    Schools schools;
    const CliResult one = runCli({QStringLiteral("compare"), schools.files.first()});
    CHECK(one.exitCode == 2);
    CHECK(one.err.contains(QStringLiteral("at least two session files")));

    const QString bad = schools.dir.filePath(QStringLiteral("bad.json"));
    REQUIRE(writeText(bad, R"({"format": "netwerkkaart-synonyms", "schemaVersion": 1,
        "synonyms": [["CLB"]]})"));
    const CliResult badSynonyms = runCli(QStringList{QStringLiteral("compare")} + schools.files +
                                         QStringList{QStringLiteral("--synonyms"), bad});
    CHECK(badSynonyms.exitCode == 1);
    CHECK(badSynonyms.err.contains(bad + QStringLiteral(": /synonyms/0: a synonym group needs "
                                                        "at least two labels")));
    CHECK(badSynonyms.out.isEmpty());

    const CliResult missing = runCli({QStringLiteral("compare"), schools.files.first(),
                                      schools.dir.filePath(QStringLiteral("none.nwk"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());

    // A failed CSV write leaves no file and says why.
    const QString unwritable = schools.dir.filePath(QStringLiteral("no/such/folder/t.csv"));
    const CliResult csv = runCli(QStringList{QStringLiteral("compare")} + schools.files +
                                 QStringList{QStringLiteral("--csv"), unwritable});
    CHECK(csv.exitCode == 1);
    CHECK(csv.err.contains(QStringLiteral("t.csv")));
}

TEST_CASE("measures prints one session's measures", "[cli-compare]")
{
    Schools schools;
    const CliResult r = runCli({QStringLiteral("measures"), schools.files.first()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto value = [&](const QString &measure) {
        for (const auto &line : r.out.split(QLatin1Char('\n'))) {
            const QStringList cells =
                line.trimmed().split(QRegularExpression(QStringLiteral(" {2,}")));
            if (cells.size() >= 2 && cells.at(0) == measure)
                return cells.mid(1);
        }
        return QStringList{};
    };
    CHECK(value(QStringLiteral("School:")) == QStringList{"Noord"});
    CHECK(value(QStringLiteral("Density (with school)")) == QStringList{"0.667"});
    CHECK(value(QStringLiteral("Formal")) == QStringList{"2 (67%)"});
    CHECK(value(QStringLiteral("School constraint")).size() == 1);
    // Partner rows: degree, effective size, constraint, marks. CLB: one tie (Ouders).
    CHECK(value(QStringLiteral("CLB")) == QStringList{"1", "1", "1", "0"});
    CHECK(value(QStringLiteral("Zorg voor leerlingen")) ==
          QStringList{"1", "1", "1", "0", "0", "1", "0"});
    CHECK(r.out.contains(QStringLiteral("Priority: no partner has marks")));
}
