// SPDX-License-Identifier: GPL-3.0-or-later
#include "render_fixtures.h"

namespace nwk::test {

Session realisticSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Basisschool De Regenboog");
    s.meta.schoolPseudonym = QStringLiteral("Basisschool 1");
    s.meta.date = QStringLiteral("2019-03-14");
    for (Category &c : s.categories)
        if (c.id == QLatin1String("werk") || c.id == QLatin1String("onderzoek"))
            c.note = QStringLiteral("niet aan bod gekomen");
    s.participants = {
        participant("pt1", "P1", "leerkracht-beleidsondersteuner", RoleGroup::Teacher),
        participant("pt2", "P2", "zorgcoördinator", RoleGroup::Care),
        participant("pt3", "P3", "zorgleerkracht-ondersteuner type 7", RoleGroup::Care),
        participant("pt4", "P4", "directeur", RoleGroup::Management),
    };
    const QStringList all = {QStringLiteral("pt1"), QStringLiteral("pt2"), QStringLiteral("pt3"),
                             QStringLiteral("pt4")};
    const QString prof = QStringLiteral("professionalisering");
    const QString aanbod = QStringLiteral("aanbod");
    const QString zorg = QStringLiteral("zorg");
    const QString beleid = QStringLiteral("beleid");
    const QString intern = QStringLiteral("intern");
    auto add = [&](const char *id, const char *label, const QString &cat, double d,
                   double f) -> Partner & {
        return addPartner(s, QString::fromUtf8(id), QString::fromUtf8(label), cat, d, f);
    };
    add("pa1", "Expertisenetwerk (ondersteuners type 7)", prof, 0.15, 0.35).marks = all.mid(1, 2);
    add("pa2", "Ondersteuningsnetwerk (stedelijk)", prof, 0.22, 0.75);
    add("pa3", "Pedagogische begeleidingsdienst", prof, 0.45, 0.3);
    add("pa4", "Stedelijk onderwijscentrum (bijscholingen)", prof, 0.55, 0.7);
    add("pa5", "Universiteiten en hogescholen (bijscholingen)", prof, 0.78, 0.25);
    add("pa6", "Familie en vrienden die in het onderwijs werken", prof, 0.7, 0.72).kind =
        PartnerKind::Group;
    add("pa7", "Scholen buitengewoon onderwijs (praktijkdeprivatie)", prof, 0.62, 0.5);
    Partner &stag = add("pa8", "Stagiaires van de lerarenopleiding", prof, 0.36, 0.55);
    stag.count = 3;
    add("pa9", "Klasse en KlasCement", prof, 0.9, 0.45).kind = PartnerKind::Platform;
    add("pa10", "Uitgeverijen (nieuwe uitgaves)", prof, 0.92, 0.8);
    add("pa11", "Verbonden secundaire school (programmeren)", aanbod, 0.3, 0.5);
    add("pa12", "Andere secundaire scholen", aanbod, 0.66, 0.4);
    add("pa13", "CLB (samenwerking elke dinsdag)", zorg, 0.12, 0.5).marks = all;
    add("pa14", "Ouders", zorg, 0.22, 0.2).marks = all;
    add("pa15", "Revalidatiecentra en externe therapeuten", zorg, 0.5, 0.3);
    add("pa16", "UZ (overleg in functie van het kind)", zorg, 0.72, 0.65);
    add("pa17", "Internaat (vijfde en zesde leerjaar)", zorg, 0.42, 0.75);
    add("pa18", "Huiswerkbegeleiding aan huis (studenten en externen)", zorg, 0.82, 0.28);
    add("pa19", "Organisatie die kampen verzorgt voor kwetsbare kinderen", zorg, 0.9, 0.72);
    Partner &sg = add("pa20", "Scholengemeenschap", beleid, 0.3, 0.5);
    sg.disputed = true;
    add("pa21", "Directie verbonden secundaire school", beleid, 0.45, 0.25);
    add("pa22", "Departement Onderwijs", beleid, 0.8, 0.3);
    Partner &min = add("pa23", "Minister van Onderwijs (mails)", beleid, 0.95, 0.7);
    min.kind = PartnerKind::Person;
    min.pseudonym = QStringLiteral("beleidsmaker");
    add("pa24", "Inrichtende macht en Raad van bestuur", beleid, 0.6, 0.6).marks =
        QStringList{QStringLiteral("pt2"), QStringLiteral("pt4")};
    add("pa25", "Schoolraad", beleid, 0.62, 0.88);
    add("pa26", "Schoolteam", intern, 0.06, 0.3).marks = all;
    add("pa27", "Kernteam", intern, 0.12, 0.7).marks = all;
    Partner &brug = add("pa28", "Mevrouw Hilde Janssens (brugfiguur)", intern, 0.26, 0.5);
    brug.kind = PartnerKind::Person;
    brug.pseudonym = QStringLiteral("brugfiguur");
    brug.extraCategories = {zorg};
    brug.marks = all;
    add("pa29", "Deelteams met een zorgleerkracht per leerjaar", intern, 0.45, 0.3);
    Partner &zl = add("pa30", "Zorgleerkracht-ondersteuner type 7 (halftijds)", intern, 0.5, 0.72);
    zl.extraCategories = {prof, zorg};
    Partner &ped = add("pa31", "Mieke Peeters (pedagogisch begeleider)", prof, 0.3, 0.1);
    ped.kind = PartnerKind::Person;
    ped.pseudonym = QStringLiteral("begeleider A");
    ped.marks = QStringList{QStringLiteral("pt1")};
    add("pa32", "Buurtwerking", QString(), 0.85, 0.5);            // no category, in the werk sector
    add("pa33", "Logopediste (nog niet geplaatst)", zorg, -1, 0); // unplaced: in the tray

    addLink(s, "li1", "pa13", "pa14", LinkKind::Collaborates, LinkDirection::BothWays);
    addLink(s, "li2", kSchoolId, "pa20", LinkKind::PartOf, LinkDirection::None, Valence::Negative,
            QStringLiteral("win-win gaat eruit"));
    addLink(s, "li3", "pa1", "pa2", LinkKind::PartOf);
    addLink(s, "li4", "pa22", kSchoolId, LinkKind::Imposed, LinkDirection::OneWay);
    addLink(s, "li5", "pa3", kSchoolId, LinkKind::Collaborates, LinkDirection::None,
            Valence::Positive, QStringLiteral("professionele klik"));
    addLink(s, "li6", "pa28", "pa4", LinkKind::MemberOf, LinkDirection::OneWay);
    addLink(s, "li7", kSchoolId, "pa13", LinkKind::Collaborates);
    addLink(s, "li8", kSchoolId, "pa13", LinkKind::RefersTo, LinkDirection::OneWay);
    addLink(s, "li9", "pa33", "pa13", LinkKind::Collaborates); // unplaced end: not drawn

    MissingPartner m1;
    m1.id = QStringLiteral("mp1");
    m1.label = QStringLiteral("Stagebedrijven");
    m1.category = QStringLiteral("werk");
    m1.status = MissingStatus::HopedFor;
    MissingPartner m2;
    m2.id = QStringLiteral("mp2");
    m2.label = QStringLiteral("Onderzoeksgroep hogeschool");
    m2.category = QStringLiteral("onderzoek");
    MissingPartner m3;
    m3.id = QStringLiteral("mp3");
    m3.label = QStringLiteral("Taalondersteuner");
    m3.category = prof;
    m3.status = MissingStatus::Former;
    m3.placement = Placement{0.97, sectorAngle(s, prof, 0.6)};
    s.missingPartners = {m1, m2, m3};

    Group g;
    g.id = QStringLiteral("gr1");
    g.label = QStringLiteral("Zorgteam rond het kind");
    g.members = {QStringLiteral("pa13"), QStringLiteral("pa14"), QStringLiteral("pa15"),
                 QStringLiteral("pa17")};
    s.groups = {g};
    return s;
}

Session crowdedSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Drukke school");
    static const char *const labels[] = {
        "Pedagogische begeleidingsdienst van het katholiek onderwijs",
        "Centrum voor leerlingenbegeleiding (vestiging centrum)",
        "Ondersteuningsnetwerk Antwerpen-Noord en omliggende gemeenten",
        "Revalidatiecentrum voor kinderen met een motorische beperking",
        "Huiswerkbegeleiding door studenten van de hogeschool",
        "Organisatie die vakantiekampen voor kwetsbare kinderen verzorgt",
    };
    unsigned state = 12345u;
    auto next = [&state]() {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % 10000 / 10000.0;
    };
    for (int i = 0; i < 50; ++i) {
        const QString label =
            QString::fromUtf8(labels[i % 6]) + QStringLiteral(" ") + QString::number(i + 1);
        addPartner(s, QStringLiteral("pa%1").arg(i + 1), label, QStringLiteral("zorg"),
                   0.1 + 0.85 * next(), 0.05 + 0.9 * next());
    }
    return s;
}

} // namespace nwk::test
