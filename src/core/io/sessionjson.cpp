// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a session document into the model.
#include "io/sessionjson.h"

#include "nwk/core/deckresolver.h"

namespace nwk::io {

namespace {

/// A nested placement object; its unknown members are collected in `nested` under key.
void readPlacement(ObjectReader &r, const char *key, std::optional<Placement> &out, Json &nested)
{
    const Json *object = r.object(key);
    if (!object)
        return;
    ObjectReader pr(r.problems(), *object, r.pathOf(key));
    Placement p;
    pr.number("distance", p.distance);
    pr.number("angle", p.angle);
    Json unknown = pr.unknownMembers();
    if (!unknown.empty())
        nested[key] = std::move(unknown);
    out = p;
}

void readMeta(ObjectReader &r, Meta &m)
{
    r.text("schoolName", m.schoolName);
    r.text("schoolPseudonym", m.schoolPseudonym);
    r.text("level", m.level);
    r.text("schoolType", m.schoolType);
    r.text("umbrella", m.umbrella);
    r.text("location", m.location);
    r.text("date", m.date);
    r.text("startTime", m.startTime);
    r.textList("facilitators", m.facilitators);
    r.text("language", m.language);
    r.text("notes", m.notes, kLongText);
    r.text("created", m.created);
    r.text("modified", m.modified);
    r.text("appVersion", m.appVersion);
    m.unknown = r.unknown();
}

void readCategory(ObjectReader &r, Category &c)
{
    r.text("id", c.id);
    r.text("labelNl", c.labelNl);
    r.text("labelEn", c.labelEn);
    r.text("color", c.color);
    r.enumeration("marker", c.marker);
    r.text("letter", c.letter);
    r.flag("framed", c.framed);
    r.text("note", c.note, kLongText);
    c.unknown = r.unknown();
}

void readRing(ObjectReader &r, Ring &ring)
{
    r.text("labelNl", ring.labelNl);
    r.text("labelEn", ring.labelEn);
    ring.unknown = r.unknown();
}

void readParticipant(ObjectReader &r, Participant &p)
{
    r.text("id", p.id);
    r.text("code", p.code);
    r.text("role", p.role);
    r.enumeration("roleGroup", p.roleGroup);
    r.integer("joinedMs", p.joinedMs);
    r.integer("leftMs", p.leftMs);
    r.text("note", p.note, kLongText);
    p.unknown = r.unknown();
}

void readPartner(ObjectReader &r, Partner &p)
{
    Json nested = Json::object();
    r.text("id", p.id);
    r.text("label", p.label);
    r.text("fullName", p.fullName);
    r.text("pseudonym", p.pseudonym);
    r.enumeration("kind", p.kind);
    r.enumeration("formality", p.formality);
    r.enumeration("scope", p.scope);
    r.text("category", p.category);
    r.textList("extraCategories", p.extraCategories);
    r.integer("count", p.count);
    readPlacement(r, "placement", p.placement, nested);
    readPlacement(r, "desiredPlacement", p.desiredPlacement, nested);
    r.textList("namedBy", p.namedBy);
    r.textList("marks", p.marks);
    r.flag("disputed", p.disputed);
    r.text("notes", p.notes, kLongText);
    r.integer("addedMs", p.addedMs);
    p.unknown = r.unknown(nested);
}

void readLink(ObjectReader &r, Link &l)
{
    r.text("id", l.id);
    r.text("from", l.from);
    r.text("to", l.to);
    r.enumeration("kind", l.kind);
    r.enumeration("direction", l.direction);
    r.text("label", l.label);
    r.enumeration("valence", l.valence);
    r.text("note", l.note, kLongText);
    l.unknown = r.unknown();
}

void readGroup(ObjectReader &r, Group &g)
{
    r.text("id", g.id);
    r.text("label", g.label);
    r.textList("members", g.members);
    r.text("note", g.note, kLongText);
    g.unknown = r.unknown();
}

void readMissingPartner(ObjectReader &r, MissingPartner &m)
{
    Json nested = Json::object();
    r.text("id", m.id);
    r.text("label", m.label);
    r.text("category", m.category);
    r.enumeration("status", m.status);
    r.text("mentionedBy", m.mentionedBy);
    readPlacement(r, "placement", m.placement, nested);
    r.text("note", m.note, kLongText);
    m.unknown = r.unknown(nested);
}

void readQuote(ObjectReader &r, Quote &q)
{
    r.text("id", q.id);
    r.text("questionId", q.questionId);
    r.text("text", q.text, kLongText);
    r.text("participantId", q.participantId);
    r.textList("partnerIds", q.partnerIds);
    r.integer("atMs", q.atMs);
    q.unknown = r.unknown();
}

void readQuestionNote(ObjectReader &r, QuestionNote &n)
{
    r.text("questionId", n.questionId);
    r.text("text", n.text, kLongText);
    r.textList("partnerIds", n.partnerIds);
    r.integer("atMs", n.atMs);
    n.unknown = r.unknown();
}

void readCardProgress(ObjectReader &r, CardProgress &c)
{
    r.text("cardId", c.cardId);
    r.enumeration("status", c.status);
    r.objects("notes", c.notes, readQuestionNote);
    r.objects("quotes", c.quotes, readQuote);
    r.integer("startedMs", c.startedMs);
    r.integer("endedMs", c.endedMs);
    r.integer("spentMs", c.spentMs);
    c.unknown = r.unknown();
}

void readProtocolStep(ObjectReader &r, ProtocolStepState &p)
{
    r.text("stepId", p.stepId);
    r.flag("done", p.done);
    r.integer("atMs", p.atMs);
    r.text("note", p.note, kLongText);
    p.unknown = r.unknown();
}

void readClosingAnswer(ObjectReader &r, ClosingAnswer &a)
{
    r.text("questionId", a.questionId);
    r.text("text", a.text, kLongText);
    r.integer("atMs", a.atMs);
    a.unknown = r.unknown();
}

void readMetaphor(ObjectReader &r, Metaphor &m)
{
    r.text("id", m.id);
    r.text("text", m.text, kLongText);
    r.text("participantId", m.participantId);
    r.integer("atMs", m.atMs);
    m.unknown = r.unknown();
}

void readMemo(ObjectReader &r, Memo &m)
{
    r.text("id", m.id);
    r.enumeration("kind", m.kind);
    r.text("text", m.text, kLongText);
    r.integer("atMs", m.atMs);
    m.unknown = r.unknown();
}

void readCode(ObjectReader &r, Code &c)
{
    r.text("id", c.id);
    r.text("label", c.label);
    r.text("description", c.description, kLongText);
    c.unknown = r.unknown();
}

void readAnnotation(ObjectReader &r, Annotation &a)
{
    r.text("id", a.id);
    r.enumeration("targetKind", a.targetKind);
    r.text("targetId", a.targetId);
    r.text("memo", a.memo, kLongText);
    r.textList("codes", a.codes);
    r.text("author", a.author);
    r.text("created", a.created);
    a.unknown = r.unknown();
}

void readSnapshot(ObjectReader &r, Snapshot &snap)
{
    r.text("id", snap.id);
    r.text("name", snap.name);
    r.text("created", snap.created);
    r.objects("categories", snap.categories, readCategory);
    r.objects("rings", snap.rings, readRing);
    r.objects("participants", snap.participants, readParticipant);
    r.objects("partners", snap.partners, readPartner);
    r.objects("links", snap.links, readLink);
    r.objects("groups", snap.groups, readGroup);
    r.objects("missingPartners", snap.missingPartners, readMissingPartner);
    snap.unknown = r.unknown();
}

} // namespace

std::optional<Session> sessionFromJson(const Json &document, Problems &problems)
{
    const int errorsBefore = problems.errorCount();
    Session s;
    Json nested = Json::object();
    ObjectReader r(problems, document, std::string());
    r.member("format"); // checked by the caller
    r.member("schemaVersion");
    if (const Json *meta = r.object("meta")) {
        ObjectReader mr(problems, *meta, r.pathOf("meta"));
        readMeta(mr, s.meta);
    }
    r.objects("categories", s.categories, readCategory);
    r.objects("rings", s.rings, readRing);
    r.flag("freePlacement", s.freePlacement);
    r.objects("participants", s.participants, readParticipant);
    r.objects("partners", s.partners, readPartner);
    r.objects("links", s.links, readLink);
    r.objects("groups", s.groups, readGroup);
    r.objects("missingPartners", s.missingPartners, readMissingPartner);
    if (const Json *deck = r.object("deck")) {
        ObjectReader dr(problems, *deck, r.pathOf("deck"));
        dr.text("id", s.deck.id);
        if (!s.deck.id.isEmpty() && !isSafeDeckId(s.deck.id))
            problems.warning(childPath(dr.path(), "id"),
                             QStringLiteral("\"%1\" cannot name a deck file next to the "
                                            "session (only letters, digits, '.', '-' and '_', "
                                            "not starting with '.'); it is looked for only "
                                            "among known deck files")
                                 .arg(s.deck.id.left(200)));
        dr.text("version", s.deck.version);
        dr.text("language", s.deck.language);
        Json unknown = dr.unknownMembers();
        if (!unknown.empty())
            nested["deck"] = std::move(unknown);
    }
    r.text("recordingStarted", s.recordingStarted);
    r.objects("cards", s.cards, readCardProgress);
    r.objects("protocol", s.protocol, readProtocolStep);
    r.objects("closingAnswers", s.closingAnswers, readClosingAnswer);
    r.objects("metaphors", s.metaphors, readMetaphor);
    r.objects("memos", s.memos, readMemo);
    r.objects("codebook", s.codebook, readCode);
    r.objects("annotations", s.annotations, readAnnotation);
    r.objects("snapshots", s.snapshots, readSnapshot);
    s.unknown = r.unknown(nested);
    if (problems.errorCount() > errorsBefore)
        return std::nullopt;
    return s;
}

} // namespace nwk::io
