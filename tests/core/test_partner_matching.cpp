// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring partners on realistic labels (#22 item 13): bracketed qualifiers,
// abbreviations, Flemish education synonyms, internal actors apart, the researcher's
// "keep apart", and the matched labels in the table and its CSV.
//  A: CLB, Ondersteuningsnetwerk (ONW), Pedagogische begeleiding, Zorgcoördinator
//     (scope internal), Ouders (category intern), Hogeschool Gent
//  B: CLB (contactpersoon), ONW, pedagogisch begeleider, Ouders (zorg, external),
//     Lerarenopleiding, =CLB [sic]
//  C: Vrij CLB [onthaal], ondersteuningsnetwerk, PBD, zorgcoördinator (category intern),
//     Stad (OCMW)
//  D: DPB, C.L.B., OCMW, CVO (centrum voor volwassenenonderwijs)
//  E: centrum voor volwassenenonderwijs, Zorgcoördinator (zorg, external)
#include "nwk/core/comparison.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

Partner partner(const char *id, const char *label, const char *category = "zorg",
                Scope scope = Scope::External)
{
    Partner p;
    p.id = QString::fromUtf8(id);
    p.label = QString::fromUtf8(label);
    p.category = QString::fromUtf8(category);
    p.scope = scope;
    p.placement = Placement{0.5, 120.0};
    return p;
}

NamedSession school(const char *name, std::vector<Partner> partners)
{
    NamedSession ns{QString::fromUtf8(name), newSession()};
    ns.session.partners = std::move(partners);
    return ns;
}

std::vector<NamedSession> fiveSchools()
{
    return {
        school("A", {partner("a1", "CLB"), partner("a2", "Ondersteuningsnetwerk (ONW)"),
                     partner("a3", "Pedagogische begeleiding", "professionalisering"),
                     partner("a4", "Zorgcoördinator", "zorg", Scope::Internal),
                     partner("a5", "Ouders", "intern"), partner("a6", "Hogeschool Gent")}),
        school("B",
               {partner("b1", "CLB (contactpersoon)"), partner("b2", "ONW"),
                partner("b3", "pedagogisch begeleider", "professionalisering"),
                partner("b4", "Ouders"), partner("b5", "Lerarenopleiding"), partner("b6", "=CLB")}),
        school("C", {partner("c1", "Vrij CLB [onthaal]"), partner("c2", "ondersteuningsnetwerk"),
                     partner("c3", "PBD"), partner("c4", "zorgcoördinator", "intern"),
                     partner("c5", "Stad (OCMW)", "beleid")}),
        school("D", {partner("d1", "DPB"), partner("d2", "C.L.B."), partner("d3", "OCMW"),
                     partner("d4", "CVO (centrum voor volwassenenonderwijs)")}),
        school("E", {partner("e1", "centrum voor volwassenenonderwijs"),
                     partner("e2", "Zorgcoördinator")}),
    };
}

const RecurringPartner *find(const ComparisonTable &t, const QString &label, bool internal = false)
{
    for (const auto &r : t.recurring)
        if (r.label == label && r.internal == internal)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("Bracketed qualifiers are ignored and bracketed abbreviations name the partner",
          "[comparison][matching]")
{
    CHECK(withoutQualifiers(QStringLiteral("CLB (contactpersoon)")) == QStringLiteral("CLB"));
    CHECK(withoutQualifiers(QStringLiteral("Vrij CLB [onthaal] ")) == QStringLiteral("Vrij CLB"));
    CHECK(isAbbreviationOf(QStringLiteral("ONW"), QStringLiteral("ondersteuningsnetwerk")));
    CHECK(
        isAbbreviationOf(QStringLiteral("PBD"), QStringLiteral("Pedagogische begeleidingsdienst")));
    CHECK(isAbbreviationOf(QStringLiteral("C.L.B."),
                           QStringLiteral("centrum voor leerlingenbegeleiding")));
    CHECK(isAbbreviationOf(QStringLiteral("BuO"), QStringLiteral("buitengewoon onderwijs")));
    CHECK_FALSE(isAbbreviationOf(QStringLiteral("OCMW"), QStringLiteral("Stad")));
    CHECK_FALSE(isAbbreviationOf(QStringLiteral("contactpersoon"), QStringLiteral("CLB")));
    CHECK_FALSE(isAbbreviationOf(QStringLiteral("Klas"), QStringLiteral("Klasse")));
    const PartnerMatcher matcher(defaultSynonyms());
    CHECK(matcher.keys(QStringLiteral("Ondersteuningsnetwerk (ONW)")) ==
          QStringList{QStringLiteral("ondersteuningsnetwerk")});
    CHECK(matcher.keys(QStringLiteral("Expertisenetwerk (EN)")) ==
          QStringList{QStringLiteral("expertisenetwerk"), QStringLiteral("en")});
    CHECK(matcher.keys(QStringLiteral("Stad (OCMW)")) == QStringList{QStringLiteral("stad")});
}

TEST_CASE("Recurring partners are matched through qualifiers, abbreviations and synonyms",
          "[comparison][matching]")
{
    const ComparisonTable t = compareSessions(fiveSchools(), defaultSynonyms());

    const RecurringPartner *clb = find(t, QStringLiteral("CLB"));
    REQUIRE(clb);
    CHECK(clb->schools == 4);
    CHECK(clb->labels[0] == QStringList{QStringLiteral("CLB")});
    CHECK(clb->labels[1] ==
          QStringList({QStringLiteral("CLB (contactpersoon)"), QStringLiteral("=CLB")}));
    CHECK(clb->labels[2] == QStringList{QStringLiteral("Vrij CLB [onthaal]")});
    CHECK(clb->labels[3] == QStringList{QStringLiteral("C.L.B.")});
    CHECK(clb->labels[4].isEmpty());

    const RecurringPartner *onw = find(t, QStringLiteral("Ondersteuningsnetwerk"));
    REQUIRE(onw);
    CHECK(onw->schools == 3);
    CHECK(onw->ids[0] == QStringList{QStringLiteral("a2")});
    CHECK(onw->ids[1] == QStringList{QStringLiteral("b2")});
    CHECK(onw->ids[2] == QStringList{QStringLiteral("c2")});

    const RecurringPartner *pb = find(t, QStringLiteral("Pedagogische begeleiding"));
    REQUIRE(pb);
    CHECK(pb->schools == 4);
    CHECK(pb->ids[3] == QStringList{QStringLiteral("d1")}); // DPB

    const RecurringPartner *cvo = find(t, QStringLiteral("CVO"));
    REQUIRE(cvo);
    CHECK(cvo->schools == 2);

    // The school's own zorgcoördinator (scope internal, or in the framed "Interne
    // actoren") recurs in A and C; E's external one is another partner.
    const RecurringPartner *zc = find(t, QStringLiteral("Zorgcoördinator"), true);
    REQUIRE(zc);
    CHECK(zc->schools == 2);
    CHECK(zc->ids[2] == QStringList{QStringLiteral("c4")});
    CHECK(zc->ids[4].isEmpty());
    CHECK_FALSE(find(t, QStringLiteral("Zorgcoördinator"), false));
    // Ouders inside A (Interne actoren) and outside B are not one partner.
    CHECK_FALSE(find(t, QStringLiteral("Ouders"), true));
    CHECK_FALSE(find(t, QStringLiteral("Ouders"), false));
    // Conservative: a qualifier that is no abbreviation of the label, a university
    // college and a teacher training are not matched.
    CHECK_FALSE(find(t, QStringLiteral("OCMW")));
    CHECK_FALSE(find(t, QStringLiteral("Stad")));
    CHECK_FALSE(find(t, QStringLiteral("Hogeschool Gent")));
    CHECK(t.recurring.size() == 5);

    // Per school: A has CLB, ONW, PB, zorgcoördinator recurring.
    const auto row = std::find_if(t.rows.begin(), t.rows.end(), [](const ComparisonRow &r) {
        return r.category == QStringLiteral("All") && r.measureKey == QStringLiteral("recurring");
    });
    REQUIRE(row != t.rows.end());
    CHECK(row->values == QStringList{"4", "4", "4", "3", "1"});
}

TEST_CASE("A label the researcher keeps apart matches only labels written the same",
          "[comparison][matching]")
{
    SynonymList synonyms = defaultSynonyms();
    synonyms.apart << QStringLiteral("CLB (contactpersoon)");
    const ComparisonTable t = compareSessions(fiveSchools(), synonyms);
    const RecurringPartner *clb = find(t, QStringLiteral("CLB"));
    REQUIRE(clb);
    CHECK(clb->labels[1] == QStringList{QStringLiteral("=CLB")});
    CHECK(clb->schools == 4); // B still has "=CLB"

    // Saved with the synonyms and read back.
    const SynonymsReadResult back = parseSynonyms(serializeSynonyms(synonyms));
    REQUIRE(back.synonyms);
    CHECK(back.synonyms->apart == synonyms.apart);
    CHECK_FALSE(serializeSynonyms(defaultSynonyms()).contains("apart"));
}

TEST_CASE("The table and its CSV list the labels each recurring partner was matched by",
          "[comparison][matching]")
{
    const ComparisonTable t = compareSessions(fiveSchools(), defaultSynonyms());
    std::vector<std::size_t> partnerOfRow;
    const auto rows = t.matchedLabelCells(&partnerOfRow);
    REQUIRE(rows.size() == partnerOfRow.size());
    REQUIRE(t.recurring[partnerOfRow[0]].label == QStringLiteral("CLB"));
    CHECK(rows[0] == QStringList({"Recurring partner", "CLB", "CLB", "CLB (contactpersoon)",
                                  "Vrij CLB [onthaal]", "C.L.B.", "–"}));
    CHECK(rows[1] == QStringList({"Recurring partner", "CLB", "–", "=CLB", "–", "–", "–"}));
    CHECK(std::count(partnerOfRow.begin(), partnerOfRow.end(), partnerOfRow[0]) == 2);

    const QByteArray csv = comparisonCsv(t);
    CHECK(csv.contains(
        "\r\nRecurring partner,CLB,CLB,CLB (contactpersoon),Vrij CLB [onthaal],C.L.B.,–\r\n"));
    CHECK(csv.contains("\r\nRecurring partner,CLB,–,'=CLB,–,–,–\r\n")); // no formula
    CHECK(comparisonCsv(t, true).contains("\r\nRecurring partner,CLB,–,=CLB,–,–,–\r\n"));
    CHECK(csv.contains("\r\nRecurring partner (internal),Zorgcoördinator,Zorgcoördinator,–,"
                       "zorgcoördinator,–,–\r\n"));
    CHECK(csv.endsWith("\r\n"));
}
