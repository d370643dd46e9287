// SPDX-License-Identifier: GPL-3.0-or-later
// A session for the data-export tests: every kind of object, and text with commas,
// quotes, line breaks and non-ASCII characters.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/core/session.h"

namespace nwk::testdata {

inline const QString kTrickyLabel = QStringLiteral("Ouders, \"actief\"\nen betrokken");
inline const QString kTrickyQuote =
    QStringLiteral("We zeiden: \"samen\", niet apart.\r\nTweede regel – café 🌍");

inline Session dataExportSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Sint-Jozefschool");
    s.meta.schoolPseudonym = QStringLiteral("School-A");
    s.meta.level = QStringLiteral("basisonderwijs");
    s.meta.date = QStringLiteral("2019-03-14");
    s.meta.facilitators = {QStringLiteral("Dr. Facilitator")};

    auto participant = [&](const char *id, const char *code, const char *role, RoleGroup g) {
        Participant p;
        p.id = QString::fromUtf8(id);
        p.code = QString::fromUtf8(code);
        p.role = QString::fromUtf8(role);
        p.roleGroup = g;
        p.note = QStringLiteral("note about ") + p.code;
        s.participants.push_back(p);
    };
    participant("pp1", "P1", "leerkracht", RoleGroup::Teacher);
    participant("pp2", "P2", "zorgcoördinator", RoleGroup::Care);
    participant("pp3", "P3", "directeur", RoleGroup::Management);

    Partner clb;
    clb.id = QStringLiteral("pa1");
    clb.label = QStringLiteral("CLB");
    clb.fullName = QStringLiteral("Centrum voor Leerlingenbegeleiding");
    clb.category = QStringLiteral("zorg");
    clb.extraCategories = {QStringLiteral("beleid"), QStringLiteral("aanbod")};
    clb.placement = Placement{0.1, 130.0};
    clb.desiredPlacement = Placement{0.05, 125.5};
    clb.marks = {QStringLiteral("pp1"), QStringLiteral("pp2")};
    clb.namedBy = {QStringLiteral("pp3")};
    clb.formality = Formality::Formal;
    clb.notes = QStringLiteral("vaste contactpersoon");
    clb.addedMs = 61000;
    s.partners.push_back(clb);

    Partner parents;
    parents.id = QStringLiteral("pa2");
    parents.label = kTrickyLabel;
    parents.kind = PartnerKind::Group;
    parents.scope = Scope::Internal;
    parents.category = QStringLiteral("intern");
    parents.placement = Placement{0.9, 330.0};
    parents.disputed = true;
    parents.count = 3;
    parents.notes = QStringLiteral("eerste regel\r\ntweede\tregel <&>");
    s.partners.push_back(parents);

    Partner person;
    person.id = QStringLiteral("pa3");
    person.label = QStringLiteral("Juf Ann");
    person.fullName = QStringLiteral("Ann Janssens");
    person.pseudonym = QStringLiteral("Persoon-A");
    person.kind = PartnerKind::Person;
    person.category = QStringLiteral("aanbod");
    person.placement = Placement{0.5, 70.0};
    person.marks = {QStringLiteral("pp3")};
    person.notes = QStringLiteral("Ann's private note");
    s.partners.push_back(person);

    Partner unplaced;
    unplaced.id = QStringLiteral("pa4");
    unplaced.label = QStringLiteral("Stageplaatsen");
    unplaced.category = QStringLiteral("werk");
    s.partners.push_back(unplaced);

    auto link = [&](const char *id, const char *from, const char *to, LinkKind kind,
                    LinkDirection direction) -> Link & {
        Link l;
        l.id = QString::fromUtf8(id);
        l.from = QString::fromUtf8(from);
        l.to = QString::fromUtf8(to);
        l.kind = kind;
        l.direction = direction;
        s.links.push_back(l);
        return s.links.back();
    };
    link("li1", "school", "pa1", LinkKind::Collaborates, LinkDirection::None).label =
        QStringLiteral("wekelijks, \"MDO\"");
    Link &l2 = link("li2", "pa1", "pa3", LinkKind::RefersTo, LinkDirection::OneWay);
    l2.valence = Valence::Positive;
    l2.note = QStringLiteral("verwijst door");
    link("li3", "pa2", "school", LinkKind::PartOf, LinkDirection::BothWays).valence =
        Valence::Negative;

    Group g;
    g.id = QStringLiteral("gr1");
    g.label = QStringLiteral("Zorgteam");
    g.members = {QStringLiteral("pa1"), QStringLiteral("pa3")};
    s.groups.push_back(g);

    MissingPartner m;
    m.id = QStringLiteral("mi1");
    m.label = QStringLiteral("Logopedist");
    m.category = QStringLiteral("zorg");
    m.status = MissingStatus::HopedFor;
    m.mentionedBy = QStringLiteral("pp2");
    s.missingPartners.push_back(m);

    CardProgress card;
    card.cardId = QStringLiteral("betekenisonderhandeling");
    card.status = CardStatus::Done;
    QuestionNote note;
    note.questionId = QStringLiteral("betekenisonderhandeling.h1");
    note.text = QStringLiteral("Iedereen, ook de \"nieuwe\" collega's");
    note.partnerIds = {QStringLiteral("pa1")};
    note.atMs = 300000;
    card.notes.push_back(note);
    Quote q;
    q.id = QStringLiteral("qu1");
    q.questionId = QStringLiteral("betekenisonderhandeling.h1");
    q.text = kTrickyQuote;
    q.participantId = QStringLiteral("pp2");
    q.partnerIds = {QStringLiteral("pa3"), QStringLiteral("pa1")};
    q.atMs = 3723000;
    card.quotes.push_back(q);
    s.cards.push_back(card);

    Metaphor me;
    me.id = QStringLiteral("me1");
    me.text = QStringLiteral("een spinnenweb, zei Juf Ann");
    me.participantId = QStringLiteral("pp1");
    s.metaphors.push_back(me);
    Memo memo;
    memo.id = QStringLiteral("mo1");
    memo.kind = MemoKind::Atmosphere;
    memo.text = QStringLiteral("open sfeer; ann janssens kwam later");
    s.memos.push_back(memo);

    Code code;
    code.id = QStringLiteral("c1");
    code.label = QStringLiteral("vertrouwen");
    s.codebook.push_back(code);
    Annotation a;
    a.id = QStringLiteral("an1");
    a.targetKind = AnnotationTarget::Partner;
    a.targetId = QStringLiteral("pa3");
    a.memo = QStringLiteral("sleutelfiguur,\nzie transcript");
    a.codes = {QStringLiteral("c1")};
    a.author = QStringLiteral("onderzoeker");
    a.created = QStringLiteral("2019-03-15T10:00:00Z");
    s.annotations.push_back(a);
    return s;
}

} // namespace nwk::testdata
