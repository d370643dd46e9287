// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report's fixed texts in Dutch and English. Section titles of the
// findings come from the deck (Deck::reportSections); these are the rest.
#include "report_p.h"

#include <array>
#include <utility>

namespace nwk::report {

namespace {

using Pair = std::pair<const char *, const char *>; // Dutch, English

constexpr std::array<Pair, static_cast<std::size_t>(Text::Count)> kTexts{{
    {"Bevindingen focusgroepgesprek en netwerkkaart",
     "Findings of the focus group and the network map"},
    {"Opgemaakt met Netwerkkaart", "Made with Netwerkkaart"},
    {"Profiel van de school en de participanten", "Profile of the school and the participants"},
    {"School", "School"},
    {"Onderwijsniveau", "Level"},
    {"Type", "Type"},
    {"Onderwijskoepel", "Umbrella"},
    {"Ligging", "Location"},
    {"Datum", "Date"},
    {"Aanvang", "Start time"},
    {"Gespreksleiding", "Facilitators"},
    {"Context", "Context"},
    {"Participanten", "Participants"},
    {"Aan het focusgroepgesprek namen %1 participanten deel.",
     "%1 participants took part in the focus group."},
    {"Code", "Code"},
    {"Functie", "Role"},
    {"Rolgroep", "Role group"},
    {"Aanwezigheid", "Presence"},
    {"kwam erbij om %1", "joined at %1"},
    {"vertrok om %1", "left at %1"},
    {"van begin tot einde", "from start to end"},
    {"geen partners genoteerd", "no partners recorded"},
    {"Expliciet besproken: %1.", "Discussed explicitly: %1."},
    {"Niet aan bod gekomen: %1.", "Not discussed: %1."},
    {"Onderzoeksmemo's", "Research memos"},
    {"Figuur: netwerkkaart %1", "Figure: network map of %1"},
    {"Deze vraag kwam tijdens het focusgroepgesprek niet aan bod.",
     "This question was not discussed in the focus group."},
    {"Er werden geen notities genoteerd.", "No notes were recorded."},
    {"Algemeen", "General"},
    {"Deze gesprekskaart kwam niet aan bod.", "This card was not discussed."},
    {"Over", "About"},
    {"onbekend", "unknown"},
    {"Collectief leren met externe partners", "Collective learning with external partners"},
    {"De partners op de netwerkkaart per categorie, met hun afstand tot de school.",
     "The partners on the network map by category, with their distance from the school."},
    {"Zonder categorie", "Without category"},
    {"niet op de kaart geplaatst", "not placed on the map"},
    {"Partner", "Partner"},
    {"Ring", "Ring"},
    {"Afstand", "Distance"},
    {"Markeringen", "Marks"},
    {"Genoemd door", "Named by"},
    {"Notities", "Notes"},
    {"Prioritaire partners", "Priority partners"},
    {"Partners die participanten als belangrijk aanduidden, gerangschikt naar het aantal "
     "markeringen.",
     "Partners that participants marked as important, ranked by the number of marks."},
    {"Geen partners als prioritair aangeduid.", "No partners were marked as priority partners."},
    {"Aangeduid door", "Marked by"},
    {"Afstand t.o.v. de school", "Distance from the school"},
    {"De partners per ring, van dichtbij naar veraf.", "The partners per ring, from close to far."},
    {"Afwezigheden", "Absences"},
    {"De participanten vermelden geen ontbrekende partners.",
     "The participants mentioned no missing partners."},
    {"Status", "Status"},
    {"Vermeld door", "Mentioned by"},
    {"Categorie", "Category"},
    {"Ook in", "Also in"},
    {"Subgroepen", "Subgroups"},
    {"Leden", "Members"},
    {"Andere gesprekskaarten", "Other cards"},
    {"Metaforen", "Metaphors"},
    {"Geen metaforen genoteerd.", "No metaphors were noted."},
    {"Vragen ter afronding", "Closing questions"},
    {"Geen antwoord genoteerd.", "No answer noted."},
    {"Member check", "Member check"},
    {"De directeur toont de netwerkkaart en stelt de bevindingen voor aan het bredere "
     "schoolteam (maximaal 30 minuten). Er zijn geen foute antwoorden: het gaat om "
     "perspectieven op collectief leren met externe partners.",
     "The principal shows the network map and presents the findings to the wider school team "
     "(at most 30 minutes). There are no wrong answers: these are perspectives on collective "
     "learning with external partners."},
    {"Een collega die aan het focusgroepgesprek deelnam, noteert de antwoorden geanonimiseerd: "
     "functies, geen namen (bv. \xe2\x80\x9c"
     "Collega 1 (leraar) mist \xe2\x80\xa6\xe2\x80\x9d).",
     "A colleague who took part in the focus group notes the answers anonymously: roles, no "
     "names (e.g. \xe2\x80\x9c"
     "Colleague 1 (teacher) misses \xe2\x80\xa6\xe2\x80\x9d)."},
    {"Annotaties van de onderzoeker", "Researcher's annotations"},
    {"Geen annotaties.", "No annotations."},
    {"Over", "Target"},
    {"Codes", "Codes"},
    {"Memo", "Memo"},
    {"Auteur", "Author"},
    {"Aangemaakt", "Created"},
    {"pagina %1", "page %1"},
    {"sessie", "session"},
    {"partner", "partner"},
    {"verbinding", "link"},
    {"ontbrekende partner", "missing partner"},
    {"notitie bij een gesprekskaart", "card note"},
    {"citaat", "quote"},
    {"groep", "group"},
    {"sfeer", "atmosphere"},
    {"storend element", "disturbance"},
    {"emotie", "emotion"},
    {"andere", "other"},
    {"[… nog %1 tekens; het HTML-verslag bevat de hele tekst]",
     "[… %1 more characters; the HTML report has the whole text]"},
    {"afstand niet besproken", "distance not discussed"},
    {"op de school", "on the school"},
    {"in de school", "in the school"},
    {"Anders geplaatst door", "Placed otherwise by"},
    {"Vroeger", "Formerly"},
    {"prioriteit afgeleid door de onderzoekers", "priority inferred by the researchers"},
    {"Stemmen", "Votes"},
    {"Nog geen categorie", "No category yet"},
    {"Door de onderzoekers afgeleide prioriteiten (niet door de participanten gemarkeerd):",
     "Priorities inferred by the researchers (not marked by the participants):"},
    {"metafoor", "metaphor"},
    {"antwoord op een vraag ter afronding", "closing answer"},
    {"onderzoeksmemo", "research memo"},
    {"Afgeleide prioriteit", "Inferred priority"},
    {"Wat over deze vraag gezegd werd, werd niet genoteerd.",
     "What was said on this question was not recorded."},
    {"Deze vraag werd bewust weggelaten.", "This question was left out on purpose."},
    {"Bij deze vraag werden geen notities genoteerd.", "No notes were recorded for this question."},
    {"Wat bij deze gesprekskaart gezegd werd, werd niet genoteerd.",
     "What was said on this card was not recorded."},
    {"Deze gesprekskaart werd bewust weggelaten.", "This card was left out on purpose."},
    {"Kwam niet aan bod.", "Not discussed."},
    {"Besproken, maar niet genoteerd.", "Discussed, but not recorded."},
    {"Bewust weggelaten.", "Left out on purpose."},
    {"Besproken maar niet genoteerd: %1.", "Discussed but not recorded: %1."},
    {"Bewust weggelaten: %1.", "Left out on purpose: %1."},
    {"Geen notities genoteerd: %1.", "No notes recorded: %1."},
}};

} // namespace

QString text(Text id, const QString &language)
{
    const Pair &p = kTexts[static_cast<std::size_t>(id)];
    return QString::fromUtf8(language.startsWith(QStringLiteral("en")) ? p.second : p.first);
}

QStringList fallbackMemberCheckQuestions(const QString &language)
{
    if (language.startsWith(QStringLiteral("en")))
        return {
            QStringLiteral("What strikes you when you look at the network map?"),
            QStringLiteral("What can the network map mean for your school team?"),
            QStringLiteral("To what extent do you recognise the network map from your own role? "
                           "Which external partners, if any, are missing in your view? Why?"),
            QStringLiteral("What image, if any, does the network map evoke for you? What "
                           "metaphor comes to mind? Why?"),
        };
    return {
        QStringLiteral("Wat valt u op als u de netwerkkaart bekijkt?"),
        QStringLiteral("Wat kan de netwerkkaart voor uw schoolteam betekenen?"),
        QStringLiteral("In welke mate is de netwerkkaart herkenbaar voor u in uw functie? Welke "
                       "externe partners ontbreken er eventueel volgens u? Waarom?"),
        QStringLiteral("Welk beeld roept de netwerkkaart eventueel bij u op? Aan welke metafoor "
                       "denkt u? Waarom?"),
    };
}

} // namespace nwk::report
