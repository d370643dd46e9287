// SPDX-License-Identifier: GPL-3.0-or-later
// A crowded, realistic map built in code (issue #17, "How it is checked"): 55 partners,
// 18 in one sector and 8 in that sector's innermost ring, 6 participants of whom 3 share a
// role group, marks on a third of the partners, missing partners with and without a
// category, a group whose members sit in two far-apart sectors, long Dutch labels (up to
// 63 characters). Shared by the render tests and whoever needs a hard map.
#pragma once

#include "render_fixtures.h"

#include <QStringList>

namespace nwk::test {

inline Session crowdedRealisticSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Basisschool De Drukke Kaart");
    s.meta.date = QStringLiteral("2024-05-21");
    for (Category &c : s.categories)
        if (c.id == QLatin1String("onderzoek"))
            c.note = QStringLiteral("niet aan bod gekomen");
    s.participants = {
        participant("pt1", "Z1", "zorgcoördinator", RoleGroup::Care),
        participant("pt2", "Z2", "zorgleerkracht", RoleGroup::Care),
        participant("pt3", "Z3", "CLB-medewerker op school", RoleGroup::Care),
        participant("pt4", "L1", "leerkracht derde leerjaar", RoleGroup::Teacher),
        participant("pt5", "D1", "directeur", RoleGroup::Management),
        participant("pt6", "O1", "ouder in de schoolraad", RoleGroup::Other),
    };
    const QString zorg = QStringLiteral("zorg");
    static const char *const zorgLabels[] = {
        "Centrum voor Leerlingenbegeleiding Vrij Gesubsidieerd Onderwijs",
        "Ondersteuningsnetwerk Antwerpen Zuid (ondersteuners type 9)",
        "Ouders van leerlingen met een individueel aangepast curriculum",
        "Revalidatiecentrum en logopedisten van de regio",
        "Kinderpsychiatrie van het Universitair Ziekenhuis",
        "Huiswerkbegeleiding door studenten van de hogeschool",
        "Jeugdhulp en het Agentschap Opgroeien (consulenten)",
        "Thuisbegeleidingsdienst voor kinderen met autisme",
        "Schoolarts en verpleegkundige van het CLB",
        "Welzijnsschakel en het OCMW van de gemeente",
        "Kinesisten en ergotherapeuten aan huis",
        "Buitenschoolse kinderopvang (vrije tijd en opvang)",
        "Zorgteam van de scholengemeenschap (gedeelde zorgleerkracht)",
        "Centrum voor Geestelijke Gezondheidszorg (kinderen en jongeren)",
        "Vertrouwenscentrum Kindermishandeling",
        "Politie (jeugdinspecteur en wijkagent)",
        "Organisatie die kampen verzorgt voor kwetsbare kinderen",
        "Tolken en intercultureel bemiddelaars van de stad",
    };
    // 18 in the care sector: 8 in its innermost ring, the rest farther out.
    for (int i = 0; i < 18; ++i) {
        const double d = i < 8 ? 0.06 + 0.035 * (i % 4) : 0.38 + 0.06 * ((i - 8) % 10);
        const double f = i < 8 ? 0.12 + 0.11 * i : 0.08 + 0.09 * (i - 8);
        addPartner(s, QStringLiteral("pz%1").arg(i + 1), QString::fromUtf8(zorgLabels[i]), zorg, d,
                   f);
    }
    struct Other {
        const char *category;
        const char *label;
        double distance;
        double frac;
    };
    static const Other others[] = {
        {"professionalisering", "Pedagogische begeleidingsdienst van het Katholiek Onderwijs", 0.2,
         0.3},
        {"professionalisering", "Universiteiten en hogescholen (nascholingen)", 0.55, 0.6},
        {"professionalisering", "Stedelijk onderwijscentrum", 0.8, 0.35},
        {"professionalisering", "Lerarenopleiding (stagiaires)", 0.35, 0.75},
        {"professionalisering", "Klasse en KlasCement", 0.9, 0.7},
        {"professionalisering", "Uitgeverijen van methodes", 0.7, 0.15},
        {"aanbod", "Verbonden secundaire school (programmeren)", 0.25, 0.5},
        {"aanbod", "Bibliotheek van de gemeente", 0.5, 0.25},
        {"aanbod", "Muziekacademie en kunstacademie", 0.7, 0.7},
        {"aanbod", "Sportdienst en sportclubs", 0.88, 0.4},
        {"aanbod", "Natuurpunt (schooltuin)", 0.6, 0.85},
        {"beleid", "Scholengemeenschap Sint-Jozef", 0.15, 0.5},
        {"beleid", "Inrichtende macht en Raad van bestuur", 0.45, 0.3},
        {"beleid", "Departement Onderwijs en Vorming", 0.85, 0.6},
        {"beleid", "Onderwijsinspectie", 0.7, 0.2},
        {"beleid", "Lokaal Overleg Platform (gelijke onderwijskansen)", 0.4, 0.8},
        {"beleid", "Schoolraad", 0.6, 0.55},
        {"werk", "Bedrijven uit de buurt (bedrijfsbezoeken)", 0.5, 0.5},
        {"werk", "Vrijwilligers van de leesouders", 0.3, 0.3},
        {"werk", "Jeugdbewegingen (Chiro en scouts)", 0.8, 0.75},
        {"intern", "Schoolteam", 0.08, 0.3},
        {"intern", "Kernteam", 0.12, 0.7},
        {"intern", "Leerlingenraad", 0.45, 0.5},
        {"intern", "Oudervereniging", 0.62, 0.25},
        {"intern", "Mevrouw Hilde Janssens (brugfiguur)", 0.3, 0.8},
        {"intern", "Beleidsondersteuner", 0.75, 0.55},
        {"onderzoek", "Universiteit (onderzoeksproject)", 0.6, 0.5},
        {"aanbod", "Parochie en vzw van de school", 0.4, 0.4},
        {"werk", "Buurtcomité", 0.7, 0.6},
        {"beleid", "Gemeentebestuur (schepen van onderwijs)", 0.25, 0.65},
        {"onderzoek", "Lokale media", 0.9, 0.3},
        {"werk", "Vzw Kinderarmoede (sociale kruidenier)", 0.55, 0.8},
        {"beleid", "Katholiek Onderwijs Vlaanderen (koepel)", 0.95, 0.45},
        {"aanbod", "Cultuurcentrum", 0.35, 0.6},
        {"professionalisering", "Expertisenetwerk voor leerkrachten", 0.45, 0.45},
        {"intern", "Zorgteam", 0.2, 0.5},
        {"werk", "Kinderboerderij", 0.65, 0.2},
    };
    int n = 0;
    for (const Other &o : others)
        addPartner(s, QStringLiteral("pa%1").arg(++n), QString::fromUtf8(o.label),
                   QString::fromUtf8(o.category), o.distance, o.frac);
    // Marks on a third of the partners (18 of 55), by participants of every role group.
    const QStringList ids = {QStringLiteral("pt1"), QStringLiteral("pt2"), QStringLiteral("pt3"),
                             QStringLiteral("pt4"), QStringLiteral("pt5"), QStringLiteral("pt6")};
    for (int i = 0; i < static_cast<int>(s.partners.size()); i += 3)
        s.partners[static_cast<std::size_t>(i)].marks = ids.mid((i / 3) % 6, 1 + (i / 3) % 3);
    // Missing partners: with a category (placed and automatic), without one, and of a
    // category the session does not have.
    auto missing = [&](const char *id, const char *label, const char *category) {
        MissingPartner m;
        m.id = QString::fromUtf8(id);
        m.label = QString::fromUtf8(label);
        m.category = QString::fromUtf8(category);
        s.missingPartners.push_back(m);
        return &s.missingPartners.back();
    };
    missing("m1", "Centrum voor Volwassenenonderwijs", "zorg");
    missing("m2", "Academie voor beeldende kunsten", "aanbod")->placement = Placement{0.8, 95.0};
    missing("m3", "Andere basisscholen van de scholengemeenschap", "");
    missing("m4", "Sociale huisvestingsmaatschappij", "");
    missing("m5", "Welzijnsoverleg", "bestaat-niet");
    // A group whose members sit in two far-apart sectors.
    Group g;
    g.id = QStringLiteral("g1");
    g.label = QStringLiteral("Stad");
    g.members = {QStringLiteral("pz10"), QStringLiteral("pz11"), QStringLiteral("pa21"),
                 QStringLiteral("pa22")};
    s.groups.push_back(g);
    return s;
}

} // namespace nwk::test
