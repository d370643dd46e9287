// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing schools: the table, recurring partners with synonyms, CSV, synonyms file.
#include "nwk/core/comparison.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nwk;

namespace {

Partner partner(const QString &id, const QString &label, const QString &category)
{
    Partner p;
    p.id = id;
    p.label = label;
    p.category = category;
    p.placement = Placement{0.5, 120.0};
    return p;
}

NamedSession school(const QString &name, std::vector<Partner> partners)
{
    NamedSession ns{name, newSession()};
    ns.session.partners = std::move(partners);
    return ns;
}

QString cell(const ComparisonTable &t, const QString &category, const QString &key, int school)
{
    for (const auto &r : t.rows)
        if (r.category == category && r.measureKey == key)
            return r.values.value(school);
    return QStringLiteral("<no row>");
}

} // namespace

TEST_CASE("Labels match ignoring case, spaces, punctuation and accents", "[comparison]")
{
    CHECK(normalizedLabel(QStringLiteral("C.L.B.")) == normalizedLabel(QStringLiteral("clb")));
    CHECK(normalizedLabel(QStringLiteral("Oud-collega's")) ==
          normalizedLabel(QStringLiteral("oud collegas")));
    CHECK(normalizedLabel(QStringLiteral("Oudercomité")) ==
          normalizedLabel(QStringLiteral("OUDERCOMITE")));
    CHECK(normalizedLabel(QStringLiteral("Scholen BuO")) != normalizedLabel(QStringLiteral("BuO")));
    const PartnerMatcher matcher(defaultSynonyms());
    CHECK(matcher.key(QStringLiteral("Centrum voor Leerlingenbegeleiding")) ==
          matcher.key(QStringLiteral("CLB")));
    CHECK(matcher.key(QStringLiteral("Ouders")) != matcher.key(QStringLiteral("CLB")));
}

TEST_CASE("The comparison has a column per school and counts recurring partners", "[comparison]")
{
    const auto zorg = QStringLiteral("zorg");
    const auto beleid = QStringLiteral("beleid");
    std::vector<NamedSession> sessions{
        school(QStringLiteral("A"),
               {partner(QStringLiteral("a1"), QStringLiteral("CLB"), zorg),
                partner(QStringLiteral("a2"), QStringLiteral("Ouders"), zorg)}),
        school(QStringLiteral("B"),
               {partner(QStringLiteral("b1"), QStringLiteral("centrum voor leerlingenbegeleiding"),
                        zorg),
                partner(QStringLiteral("b2"), QStringLiteral("Stad"), beleid)}),
        school(QStringLiteral("C"), {partner(QStringLiteral("c1"), QStringLiteral("stad!"), beleid),
                                     partner(QStringLiteral("c2"), QStringLiteral("Uniek"), zorg)}),
    };
    const ComparisonTable t = compareSessions(sessions, defaultSynonyms());
    CHECK(t.header() == QStringList{QStringLiteral("Category"), QStringLiteral("Measure"),
                                    QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    REQUIRE(t.recurring.size() == 2);
    CHECK(t.recurring[0].label == QStringLiteral("CLB")); // the synonym group's first label
    CHECK(t.recurring[0].schools == 2);
    CHECK(t.recurring[0].ids[1] == QStringList{QStringLiteral("b1")});
    CHECK(t.recurring[1].label == QStringLiteral("Stad"));
    CHECK(t.recurringIds[0] == QStringList{QStringLiteral("a1")});
    CHECK(t.recurringIds[2] == QStringList{QStringLiteral("c1")});

    const QString all = QStringLiteral("All");
    const QString care = QStringLiteral("Zorg voor leerlingen");
    CHECK(cell(t, all, QStringLiteral("partners"), 0) == QStringLiteral("2"));
    CHECK(cell(t, all, QStringLiteral("recurring"), 0) == QStringLiteral("1"));
    CHECK(cell(t, all, QStringLiteral("recurring"), 1) == QStringLiteral("2"));
    CHECK(cell(t, all, QStringLiteral("density-with-school"), 0) == QStringLiteral("0.667"));
    CHECK(cell(t, all, QStringLiteral("density-without-school"), 0) == QStringLiteral("0"));
    CHECK(cell(t, care, QStringLiteral("partners"), 0) == QStringLiteral("2"));
    CHECK(cell(t, care, QStringLiteral("partners"), 1) == QStringLiteral("1"));
    CHECK(cell(t, care, QStringLiteral("recurring"), 1) == QStringLiteral("1"));
    CHECK(cell(t, care, QStringLiteral("recurring"), 2) == QStringLiteral("0"));
    CHECK(cell(t, QStringLiteral("Beleid"), QStringLiteral("recurring"), 2) == QStringLiteral("1"));
    CHECK(cell(t, QStringLiteral("Ring 2: tussenin"), QStringLiteral("partners"), 2) ==
          QStringLiteral("2"));

    // Without synonyms CLB and its full name are different partners.
    const ComparisonTable plain = compareSessions(sessions, SynonymList{});
    REQUIRE(plain.recurring.size() == 1);
    CHECK(plain.recurring[0].label == QStringLiteral("Stad"));
}

TEST_CASE("The comparison CSV follows RFC 4180", "[comparison]")
{
    std::vector<NamedSession> sessions{school(QStringLiteral("School \"Noord\", Gent"), {})};
    const QByteArray csv = comparisonCsv(compareSessions(sessions, {}));
    CHECK(csv.startsWith("Category,Measure,\"School \"\"Noord\"\", Gent\"\r\n"));
    CHECK(csv.contains("All,Partners,0\r\n"));
    CHECK(csv.endsWith("\r\n"));
    CHECK_FALSE(csv.contains("\r\n\r\n"));
}

TEST_CASE("Synonyms round-trip through their file and bad files are located", "[comparison]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("synonyms.json"));
    const SynonymList list = defaultSynonyms();
    REQUIRE(writeSynonymsFile(list, file).isEmpty());
    const SynonymsReadResult back = readSynonymsFile(file);
    REQUIRE(back.synonyms);
    CHECK(*back.synonyms == list);
    CHECK(serializeSynonyms(*back.synonyms) == serializeSynonyms(list));

    const auto firstError = [](const char *text) {
        const SynonymsReadResult r = parseSynonyms(QByteArray(text));
        CHECK_FALSE(r.synonyms);
        REQUIRE_FALSE(r.diagnostics.empty());
        return r.diagnostics.front().toString();
    };
    CHECK(firstError(R"({"format": "netwerkkaart-session", "schemaVersion": 1})")
              .startsWith(QStringLiteral("/format: ")));
    CHECK(firstError(R"({"format": "netwerkkaart-synonyms", "schemaVersion": 1,
                         "synonyms": [["CLB", "clb"]]})") ==
          QStringLiteral("/synonyms/0/1: \"clb\" is already listed at /synonyms/0/0"));
    CHECK(firstError(R"({"format": "netwerkkaart-synonyms", "schemaVersion": 1,
                         "synonyms": [["CLB"]]})") ==
          QStringLiteral("/synonyms/0: a synonym group needs at least two labels"));
    CHECK(firstError(R"({"format": "netwerkkaart-synonyms", "schemaVersion": 1,
                         "synonyms": [["a", 3]]})") ==
          QStringLiteral("/synonyms/0/1: expected a string, found a number"));
    CHECK(readSynonymsFile(dir.filePath(QStringLiteral("none.json")))
              .diagnostics.front()
              .message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("The comparison states what was not recorded in rows of its own", "[comparison]")
{
    // A: formality recorded for both; B: for nobody, one partner in the tray, one whose
    // distance was not discussed.
    Partner a1 = partner(QStringLiteral("a1"), QStringLiteral("CLB"), QStringLiteral("zorg"));
    a1.formality = Formality::Formal;
    Partner a2 = partner(QStringLiteral("a2"), QStringLiteral("Stad"), QStringLiteral("beleid"));
    a2.formality = Formality::Informal;
    a2.scope = Scope::Both;
    Partner b1 = partner(QStringLiteral("b1"), QStringLiteral("CLB"), QStringLiteral("zorg"));
    Partner b2 = partner(QStringLiteral("b2"), QStringLiteral("Kerk"), QStringLiteral("zorg"));
    b2.placement.reset();
    Partner b3 = partner(QStringLiteral("b3"), QStringLiteral("Bib"), QStringLiteral("zorg"));
    b3.placement->distanceKind = DistanceKind::NotDiscussed;
    const ComparisonTable t = compareSessions(
        {school(QStringLiteral("A"), {a1, a2}), school(QStringLiteral("B"), {b1, b2, b3})},
        defaultSynonyms());
    const QString all = QStringLiteral("All");
    CHECK(cell(t, all, QStringLiteral("formal-share"), 1) == QStringLiteral("0"));
    CHECK(cell(t, all, QStringLiteral("formality-unknown-share"), 0) == QStringLiteral("0"));
    CHECK(cell(t, all, QStringLiteral("formality-unknown-share"), 1) == QStringLiteral("1"));
    CHECK(cell(t, all, QStringLiteral("both-scopes-share"), 0) == QStringLiteral("0.500"));
    CHECK(cell(t, all, QStringLiteral("not-placed"), 1) == QStringLiteral("1"));
    CHECK(cell(t, all, QStringLiteral("distance-stated"), 1) == QStringLiteral("1"));
    CHECK(cell(t, all, QStringLiteral("distance-not-discussed"), 1) == QStringLiteral("1"));
    const QString care = QStringLiteral("Zorg voor leerlingen");
    CHECK(cell(t, care, QStringLiteral("formality-unknown"), 0) == QStringLiteral("0"));
    CHECK(cell(t, care, QStringLiteral("formality-unknown"), 1) == QStringLiteral("3"));
    CHECK(cell(t, QStringLiteral("Beleid"), QStringLiteral("both-scopes"), 0) ==
          QStringLiteral("1"));
    CHECK(cell(t, QStringLiteral("Not placed"), QStringLiteral("partners"), 1) ==
          QStringLiteral("1"));
    // The CSV has the same rows.
    const QByteArray csv = comparisonCsv(t);
    CHECK(csv.contains("\r\nAll,Formal share,0.500,0\r\n"));
    CHECK(csv.contains("\r\nAll,Formality not recorded share,0,1\r\n"));
    CHECK(csv.contains("\r\nAll,Not placed,0,1\r\n"));
    CHECK(csv.contains("\r\nZorg voor leerlingen,Formality not recorded,0,3\r\n"));
    CHECK(csv.contains("\r\nNot placed,Partners,0,1\r\n"));
}
