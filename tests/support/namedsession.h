// SPDX-License-Identifier: GPL-3.0-or-later
// A session with the real names of its persons and of its school in EVERY text member
// of the model (include/nwk/core/session.h, walked member by member below), for the
// tests that grep every anonymised export for them (core, render and cli tests).
// A new text member of the model belongs here too.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/core/session.h"
#include "nwk/core/sessionio.h"

#include <QRegularExpression>
#include <QStringList>

namespace nwk::testdata {

/// Parts of the real names: none of them may appear, in any case, in an anonymised
/// export. Persons: "Xandra" (label) / "Xandra Oosterwijck" (full name) = Persoon-A;
/// "Juf Quistwater" / "Xandra Quistwater" = Persoon-B (so "Xandra Quistwater" must become
/// Persoon-B, not "Persoon-A Quistwater": longest name first); "Meester Zebulon" /
/// "Zebulon Ykema" = Persoon-C. School: "Sint-Ygrainschool" = School-A.
inline const QStringList kRealNameParts{QStringLiteral("xandra"),     QStringLiteral("oosterwijck"),
                                        QStringLiteral("quistwater"), QStringLiteral("zebulon"),
                                        QStringLiteral("ykema"),      QStringLiteral("ygrain")};

/// A free text naming everyone, in several spellings and cases; `field` says where it is.
inline QString namedText(const QString &field)
{
    return field + QStringLiteral(": Xandra Quistwater zei het aan xandra en JUF QUISTWATER, "
                                  "meester zebulon (Zebulon Ykema) en Xandra Oosterwijck van "
                                  "Sint-Ygrainschool; XANDRA's SINT-YGRAINSCHOOL.");
}

/// The parts of kRealNameParts found in `text`, case-insensitively.
inline QStringList realNamesIn(const QString &text)
{
    QStringList found;
    for (const QString &part : kRealNameParts)
        if (text.contains(part, Qt::CaseInsensitive))
            found << part;
    return found;
}

/// Every text member of the model filled with `text(field)` (namedText() by default),
/// the persons' and the school's names, pseudonyms and ids as described above.
template <typename TextOf = QString (*)(const QString &)>
Session namedSession(TextOf text = namedText)
{
    Session s = newSession();
    auto t = [&text](const char *field) { return text(QString::fromLatin1(field)); };
    Meta &m = s.meta;
    m.schoolName = QStringLiteral("Sint-Ygrainschool");
    m.schoolPseudonym = QStringLiteral("School-A");
    m.level = t("meta.level");
    m.schoolType = t("meta.schoolType");
    m.umbrella = t("meta.umbrella");
    m.location = t("meta.location");
    m.date = t("meta.date");
    m.startTime = t("meta.startTime");
    m.facilitators = {QStringLiteral("Xandra Quistwater"), t("meta.facilitators")};
    m.notes = t("meta.notes");
    m.created = t("meta.created");
    m.modified = t("meta.modified");
    m.appVersion = t("meta.appVersion");
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        Category &c = s.categories[i];
        c.labelNl = t("categories.labelNl") + QString::number(i);
        c.labelEn = t("categories.labelEn");
        c.note = t("categories.note");
        c.letter = QStringLiteral("Xandra");
    }
    for (Ring &r : s.rings) {
        r.labelNl = t("rings.labelNl");
        r.labelEn = t("rings.labelEn");
    }
    s.recordingStarted = t("recordingStarted");

    Participant pp;
    pp.id = QStringLiteral("pp1");
    pp.code = t("participants.code");
    pp.role = t("participants.role");
    pp.roleGroup = RoleGroup::Teacher;
    pp.note = t("participants.note");
    s.participants.push_back(pp);

    const MapGeometry g = MapGeometry::forSession(s);
    auto partner = [&](const char *id, const QString &label, const QString &fullName,
                       const char *pseudonym, PartnerKind kind, double distance) {
        Partner p;
        p.id = QString::fromLatin1(id);
        p.label = label;
        p.fullName = fullName;
        p.pseudonym = QString::fromLatin1(pseudonym);
        p.kind = kind;
        p.category = s.categories[s.partners.size() % s.categories.size()].id;
        p.placement = Placement{distance, g.sectorMid(s.categoryIndex(p.category))};
        p.desiredPlacement = Placement{0.2, 40.0};
        p.marks = {pp.id};
        p.namedBy = {pp.id};
        p.notes = t("partners.notes");
        s.partners.push_back(p);
    };
    partner("pa1", QStringLiteral("Xandra"), QStringLiteral("Xandra Oosterwijck"), "Persoon-A",
            PartnerKind::Person, 0.3);
    partner("pa2", QStringLiteral("Juf Quistwater"), QStringLiteral("Xandra Quistwater"),
            "Persoon-B", PartnerKind::Person, 0.5);
    partner("pa3", QStringLiteral("Meester Zebulon"), QStringLiteral("Zebulon Ykema"), "Persoon-C",
            PartnerKind::Person, 0.7);
    partner("pa4", t("partners.label"), t("partners.fullName"), "", PartnerKind::Organisation, 0.4);
    s.partners.back().pseudonym = t("partners.pseudonym (organisation)");
    partner("pa5", t("partners.label (unplaced)"), QString(), "", PartnerKind::Group, 0.6);
    s.partners.back().placement.reset();
    // Schema 3 texts: on an organisation and on a person (whose texts must lose the names too).
    for (Partner *p : {&s.partners[3], &s.partners[0]}) {
        p->members = {t("partners.members")};
        p->placementNote = t("partners.placementNote");
        p->geoDistance = t("partners.geoDistance");
        p->voteText = t("partners.voteText");
        p->addedAfterSession = true;
        p->addedAfterAt = t("partners.addedAfterAt");
        p->alternatives.push_back(
            {pp.id, Placement{0.1, 10.0}, t("partners.alternatives.note"), {}});
        p->formerPlacements.push_back({Placement{0.9, 10.0},
                                       t("partners.formerPlacements.when"),
                                       t("partners.formerPlacements.why"),
                                       {}});
        p->choiceChanges.push_back({pp.id,
                                    ChoiceChangeKind::Supplemented,
                                    QStringLiteral("pa3"),
                                    t("partners.choiceChanges.note"),
                                    {}});
    }
    m.priorMaps = t("meta.priorMaps");
    m.mapWords = t("meta.mapWords");

    auto link = [&](const char *id, const char *from, const char *to) {
        Link l;
        l.id = QString::fromLatin1(id);
        l.from = QString::fromLatin1(from);
        l.to = QString::fromLatin1(to);
        l.label = t("links.label");
        l.note = t("links.note");
        s.links.push_back(l);
    };
    link("li1", "school", "pa1");
    link("li2", "pa2", "pa4");
    link("li3", "pa3", "pa1");

    Group gr;
    gr.id = QStringLiteral("gr1");
    gr.label = t("groups.label");
    gr.members = {QStringLiteral("pa1"), QStringLiteral("pa2")};
    gr.note = t("groups.note");
    s.groups.push_back(gr);

    MissingPartner mi;
    mi.id = QStringLiteral("mi1");
    mi.label = t("missingPartners.label");
    mi.decidedBy = t("missingPartners.decidedBy");
    mi.reason = t("missingPartners.reason");
    mi.category = s.categories[1].id;
    mi.mentionedBy = pp.id;
    mi.note = t("missingPartners.note");
    s.missingPartners.push_back(mi);

    const Deck deck = builtinDeck(QStringLiteral("nl"));
    for (std::size_t i = 0; i < deck.cards.size() && i < 3; ++i) {
        CardProgress c;
        c.cardId = deck.cards[i].id;
        c.status = CardStatus::Done;
        c.startedMs = qint64(i) * 600000; // ten minutes a card: the timeline table has rows
        c.endedMs = c.startedMs + 590000;
        const QString question =
            deck.cards[i].mainQuestions.empty() ? QString() : deck.cards[i].mainQuestions[0].id;
        QuestionNote n;
        n.questionId = question;
        n.text = t("cards.notes.text");
        n.partnerIds = {QStringLiteral("pa1"), QStringLiteral("pa2")};
        c.notes.push_back(n);
        Quote q;
        q.id = QStringLiteral("qu%1").arg(i + 1);
        q.questionId = question;
        q.text = t("cards.quotes.text");
        q.participantId = pp.id;
        q.partnerIds = {QStringLiteral("pa3")};
        q.atMs = c.startedMs + 61000;
        c.quotes.push_back(q);
        s.cards.push_back(c);
    }
    ProtocolStepState step;
    step.stepId = QStringLiteral("stap-1");
    step.done = true;
    step.note = t("protocol.note");
    s.protocol.push_back(step);
    if (!deck.closingQuestions.empty()) {
        ClosingAnswer a;
        a.questionId = deck.closingQuestions[0].id;
        a.text = t("closingAnswers.text");
        s.closingAnswers.push_back(a);
    }
    Metaphor me;
    me.id = QStringLiteral("me1");
    me.text = t("metaphors.text");
    me.participantId = pp.id;
    s.metaphors.push_back(me);
    me.id = QStringLiteral("me2");
    me.text = t("metaphors.text (by a role)");
    me.participantId.clear();
    me.role = t("metaphors.role");
    s.metaphors.push_back(me);
    RelativePlacement rp;
    rp.id = QStringLiteral("rp1");
    rp.partnerId = QStringLiteral("pa4");
    rp.referenceId = QStringLiteral("pa1");
    rp.text = t("relativePlacements.text");
    rp.participantId = pp.id;
    s.relativePlacements.push_back(rp);
    Memo memo;
    memo.id = QStringLiteral("mo1");
    memo.kind = MemoKind::Atmosphere;
    memo.text = t("memos.text");
    memo.atMs = 125000;
    s.memos.push_back(memo);
    Code code;
    code.id = QStringLiteral("co1");
    code.label = t("codebook.label");
    code.description = t("codebook.description");
    s.codebook.push_back(code);

    auto annotate = [&](const char *id, AnnotationTarget kind, const QString &target) {
        Annotation a;
        a.id = QString::fromLatin1(id);
        a.targetKind = kind;
        a.targetId = target;
        a.memo = t("annotations.memo");
        a.codes = {code.id};
        a.author = t("annotations.author");
        a.created = t("annotations.created");
        s.annotations.push_back(a);
    };
    annotate("an1", AnnotationTarget::Session, QString());
    annotate("an2", AnnotationTarget::Partner, QStringLiteral("pa1"));
    annotate("an3", AnnotationTarget::Link, QStringLiteral("li2"));
    annotate("an4", AnnotationTarget::MissingPartner, QStringLiteral("mi1"));
    annotate("an5", AnnotationTarget::Group, QStringLiteral("gr1"));
    annotate("an6", AnnotationTarget::Quote, QStringLiteral("qu1"));
    annotate("an7", AnnotationTarget::CardNote,
             s.cards[0].cardId + QLatin1Char('/') + s.cards[0].notes[0].questionId);

    Snapshot snap;
    snap.id = QStringLiteral("sn1");
    snap.name = t("snapshots.name");
    snap.created = t("snapshots.created");
    snap.categories = s.categories;
    snap.rings = s.rings;
    snap.participants = s.participants;
    snap.partners = s.partners;
    snap.partners[0].label = QStringLiteral("Juffrouw Xandra"); // an older spelling
    snap.links = s.links;
    snap.groups = s.groups;
    snap.missingPartners = s.missingPartners;
    snap.relativePlacements = s.relativePlacements;
    s.snapshots.push_back(snap);

    // The recording (issue #26): audio parts, a transcript with speakers' names, the map's
    // history. Anonymised exports hold none of the file names, devices or speaker labels.
    s.recording.parts.push_back({QStringLiteral("Sint-Ygrainschool.audio/Xandra-001.wav"),
                                 0,
                                 90000,
                                 t("recording.parts.device"),
                                 {}});
    s.recording.parts.push_back(
        {QStringLiteral("Sint-Ygrainschool.audio/Xandra-002.wav"), 120000, 60000, QString(), {}});
    s.recording.consentedBy = {pp.id};
    s.recording.stoppedMs = 180000;
    s.transcript.file = QStringLiteral("Zebulon Ykema.srt");
    s.transcript.offsetMs = -1500;
    s.transcript.speakers.push_back({QStringLiteral("Xandra Quistwater"), pp.id, {}});
    s.transcript.speakers.push_back({QStringLiteral("Meester Zebulon"), QString(), {}});
    MapEvent added;
    added.atMs = 45000;
    added.kind = MapObjectKind::Partner;
    added.id = QStringLiteral("pa1");
    added.partner = s.partners[0];
    s.history.push_back(added);
    MapEvent linked;
    linked.atMs = 47000;
    linked.kind = MapObjectKind::Link;
    linked.id = QStringLiteral("li1");
    linked.link = s.links[0];
    s.history.push_back(linked);
    return s;
}

} // namespace nwk::testdata
