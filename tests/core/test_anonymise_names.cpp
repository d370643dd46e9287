// SPDX-License-Identifier: GPL-3.0-or-later
// Which words of a free text an anonymised export replaces: a name inside a longer name
// ("Ann" and "Ann Janssens"), a name inside a word ("Hanna", "Annemie"), and the same for
// a name too long for one regular expression (replaced name by name).
#include "nwk/core/anonymise.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

Partner person(const char *id, const QString &label, const char *pseudonym)
{
    Partner p;
    p.id = QString::fromLatin1(id);
    p.kind = PartnerKind::Person;
    p.label = label;
    p.pseudonym = QString::fromLatin1(pseudonym);
    return p;
}

/// "Ann" (Persoon-1) before "Ann Janssens" (Persoon-2), school "De Linde" (School-X).
Session annSession()
{
    Session s = newSession();
    s.partners = {person("pa1", QStringLiteral("Ann"), "Persoon-1"),
                  person("pa2", QStringLiteral("Ann Janssens"), "Persoon-2")};
    s.meta.schoolName = QStringLiteral("De Linde");
    s.meta.schoolPseudonym = QStringLiteral("School-X");
    return s;
}

} // namespace

TEST_CASE("Anonymised free text: the longer name wins over a name it holds", "[anonymise]")
{
    const Session s = annSession();
    CHECK(exportFreeText(s, QStringLiteral("Ann Janssens belde Ann; ANN JANSSENS kwam."), true) ==
          QStringLiteral("Persoon-2 belde Persoon-1; Persoon-2 kwam."));
    // The order of the partners does not matter.
    Session reversed = s;
    std::swap(reversed.partners[0], reversed.partners[1]);
    CHECK(exportFreeText(reversed, QStringLiteral("Ann Janssens en Ann"), true) ==
          QStringLiteral("Persoon-2 en Persoon-1"));
}

TEST_CASE("Anonymised free text: a name inside a word is not a name", "[anonymise]")
{
    const Session s = annSession();
    // A letter, digit or underscore before or after: another word.
    CHECK(exportFreeText(s,
                         QStringLiteral("Annemie, Hanna, 2Ann, Ann_B, Johann en Ann. "
                                        "De Lindeboom, Oude Linde, de linde."),
                         true) == QStringLiteral("Annemie, Hanna, 2Ann, Ann_B, Johann en "
                                                 "Persoon-1. De Lindeboom, Oude Linde, "
                                                 "School-X."));
    // Punctuation and the ends of the text are word boundaries.
    CHECK(exportFreeText(s, QStringLiteral("Ann"), true) == QStringLiteral("Persoon-1"));
    CHECK(exportFreeText(s, QStringLiteral("(Ann)-Ann"), true) ==
          QStringLiteral("(Persoon-1)-Persoon-1"));
}

TEST_CASE("Anonymised free text: a name too long for one pattern, whole words too", "[anonymise]")
{
    // 70 000 characters: the regular expression engine refuses the pattern (its compiled
    // form passes 64 K units), and the name is searched for on its own.
    const QString huge = QStringLiteral("Ann ") + QString(70000, QLatin1Char('x'));
    Session s = annSession();
    s.partners.push_back(person("pa3", huge, "Persoon-3"));
    CHECK(exportFreeText(s, huge + QStringLiteral(" en Ann"), true) ==
          QStringLiteral("Persoon-3 en Persoon-1"));
    CHECK(exportFreeText(s, QStringLiteral("a") + huge, true) == QStringLiteral("a") + huge);
    CHECK(exportFreeText(s, huge + QStringLiteral("y"), true) ==
          QStringLiteral("Persoon-1 ") + QString(70000, QLatin1Char('x')) + QStringLiteral("y"));
}
