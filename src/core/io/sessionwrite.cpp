// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the model as the canonical session document.
#include "io/sessionjson.h"

#include "nwk/core/sessionio.h"

namespace nwk::io {

namespace {

Json str(const QString &s)
{
    return ss(s);
}

// Declared up front so that arrayOf() finds every overload.
Json toJson(const Meta &m);
Json toJson(const Category &c);
Json toJson(const Ring &r);
Json toJson(const Participant &p);
Json toJson(const Partner &p);
Json toJson(const Link &l);
Json toJson(const Group &g);
Json toJson(const MissingPartner &m);
Json toJson(const Quote &q);
Json toJson(const QuestionNote &n);
Json toJson(const CardProgress &c);
Json toJson(const ProtocolStepState &p);
Json toJson(const ClosingAnswer &a);
Json toJson(const Metaphor &m);
Json toJson(const Memo &m);
Json toJson(const Code &c);
Json toJson(const Annotation &a);
Json toJson(const DeckRef &d);
Json toJson(const Snapshot &s);

template <typename T> Json arrayOf(const std::vector<T> &items)
{
    Json a = Json::array();
    for (const T &item : items)
        a.push_back(toJson(item));
    return a;
}

Json toJson(const Meta &m)
{
    ObjectWriter w(m.unknown);
    w.text("schoolName", m.schoolName);
    w.text("schoolPseudonym", m.schoolPseudonym);
    w.text("level", m.level);
    w.text("schoolType", m.schoolType);
    w.text("umbrella", m.umbrella);
    w.text("location", m.location);
    w.text("date", m.date);
    w.text("startTime", m.startTime);
    w.textList("facilitators", m.facilitators);
    w.text("language", m.language, QStringLiteral("nl"));
    w.text("notes", m.notes);
    w.text("created", m.created);
    w.text("modified", m.modified);
    w.text("appVersion", m.appVersion);
    return w.finish();
}

Json toJson(const Category &c)
{
    ObjectWriter w(c.unknown);
    w.always("id", str(c.id));
    w.text("labelNl", c.labelNl);
    w.text("labelEn", c.labelEn);
    w.text("color", c.color, QStringLiteral("#808080"));
    w.enumeration("marker", c.marker, MarkerShape::Circle);
    w.text("letter", c.letter);
    w.flag("framed", c.framed);
    w.text("note", c.note);
    return w.finish();
}

Json toJson(const Ring &r)
{
    ObjectWriter w(r.unknown);
    w.text("labelNl", r.labelNl);
    w.text("labelEn", r.labelEn);
    return w.finish();
}

Json toJson(const Participant &p)
{
    ObjectWriter w(p.unknown);
    w.always("id", str(p.id));
    w.text("code", p.code);
    w.text("role", p.role);
    w.enumeration("roleGroup", p.roleGroup, RoleGroup::Other);
    w.integer("joinedMs", p.joinedMs, -1);
    w.integer("leftMs", p.leftMs, -1);
    w.text("note", p.note);
    return w.finish();
}

Json toJson(const Partner &p)
{
    ObjectWriter w(p.unknown);
    w.always("id", str(p.id));
    w.always("label", str(p.label));
    w.text("fullName", p.fullName);
    w.text("pseudonym", p.pseudonym);
    w.enumeration("kind", p.kind, PartnerKind::Organisation);
    w.enumeration("formality", p.formality, Formality::Unknown);
    w.enumeration("scope", p.scope, Scope::External);
    w.text("category", p.category);
    w.textList("extraCategories", p.extraCategories);
    w.integer("count", p.count, 0);
    w.placement("placement", p.placement);
    w.placement("desiredPlacement", p.desiredPlacement);
    w.textList("namedBy", p.namedBy);
    w.textList("marks", p.marks);
    w.flag("disputed", p.disputed);
    w.text("notes", p.notes);
    w.integer("addedMs", p.addedMs, -1);
    return w.finish();
}

Json toJson(const Link &l)
{
    ObjectWriter w(l.unknown);
    w.always("id", str(l.id));
    w.text("from", l.from);
    w.text("to", l.to);
    w.enumeration("kind", l.kind, LinkKind::Collaborates);
    w.enumeration("direction", l.direction, LinkDirection::None);
    w.text("label", l.label);
    w.enumeration("valence", l.valence, Valence::Neutral);
    w.text("note", l.note);
    return w.finish();
}

Json toJson(const Group &g)
{
    ObjectWriter w(g.unknown);
    w.always("id", str(g.id));
    w.text("label", g.label);
    w.textList("members", g.members);
    w.text("note", g.note);
    return w.finish();
}

Json toJson(const MissingPartner &m)
{
    ObjectWriter w(m.unknown);
    w.always("id", str(m.id));
    w.text("label", m.label);
    w.text("category", m.category);
    w.enumeration("status", m.status, MissingStatus::Missing);
    w.text("mentionedBy", m.mentionedBy);
    w.placement("placement", m.placement);
    w.text("note", m.note);
    return w.finish();
}

Json toJson(const Quote &q)
{
    ObjectWriter w(q.unknown);
    w.always("id", str(q.id));
    w.text("questionId", q.questionId);
    w.text("text", q.text);
    w.text("participantId", q.participantId);
    w.textList("partnerIds", q.partnerIds);
    w.integer("atMs", q.atMs, -1);
    return w.finish();
}

Json toJson(const QuestionNote &n)
{
    ObjectWriter w(n.unknown);
    w.text("questionId", n.questionId);
    w.text("text", n.text);
    w.textList("partnerIds", n.partnerIds);
    w.integer("atMs", n.atMs, -1);
    return w.finish();
}

Json toJson(const CardProgress &c)
{
    ObjectWriter w(c.unknown);
    w.text("cardId", c.cardId);
    w.enumeration("status", c.status, CardStatus::NotStarted);
    w.array("notes", arrayOf(c.notes));
    w.array("quotes", arrayOf(c.quotes));
    w.integer("startedMs", c.startedMs, -1);
    w.integer("endedMs", c.endedMs, -1);
    w.integer("spentMs", c.spentMs, 0);
    return w.finish();
}

Json toJson(const ProtocolStepState &p)
{
    ObjectWriter w(p.unknown);
    w.text("stepId", p.stepId);
    w.flag("done", p.done);
    w.integer("atMs", p.atMs, -1);
    w.text("note", p.note);
    return w.finish();
}

Json toJson(const ClosingAnswer &a)
{
    ObjectWriter w(a.unknown);
    w.text("questionId", a.questionId);
    w.text("text", a.text);
    w.integer("atMs", a.atMs, -1);
    return w.finish();
}

Json toJson(const Metaphor &m)
{
    ObjectWriter w(m.unknown);
    w.always("id", str(m.id));
    w.text("text", m.text);
    w.text("participantId", m.participantId);
    w.integer("atMs", m.atMs, -1);
    return w.finish();
}

Json toJson(const Memo &m)
{
    ObjectWriter w(m.unknown);
    w.always("id", str(m.id));
    w.enumeration("kind", m.kind, MemoKind::Other);
    w.text("text", m.text);
    w.integer("atMs", m.atMs, -1);
    return w.finish();
}

Json toJson(const Code &c)
{
    ObjectWriter w(c.unknown);
    w.always("id", str(c.id));
    w.text("label", c.label);
    w.text("description", c.description);
    return w.finish();
}

Json toJson(const Annotation &a)
{
    ObjectWriter w(a.unknown);
    w.always("id", str(a.id));
    w.enumeration("targetKind", a.targetKind, AnnotationTarget::Session);
    w.text("targetId", a.targetId);
    w.text("memo", a.memo);
    w.textList("codes", a.codes);
    w.text("author", a.author);
    w.text("created", a.created);
    return w.finish();
}

Json toJson(const DeckRef &d)
{
    ObjectWriter w;
    w.always("id", str(d.id));
    w.text("version", d.version);
    w.text("language", d.language, QStringLiteral("nl"));
    return w.finish();
}

Json toJson(const Snapshot &s)
{
    ObjectWriter w(s.unknown);
    w.always("id", str(s.id));
    w.text("name", s.name);
    w.text("created", s.created);
    w.always("categories", arrayOf(s.categories));
    w.always("rings", arrayOf(s.rings));
    w.always("participants", arrayOf(s.participants));
    w.always("partners", arrayOf(s.partners));
    w.always("links", arrayOf(s.links));
    w.always("groups", arrayOf(s.groups));
    w.always("missingPartners", arrayOf(s.missingPartners));
    return w.finish();
}

} // namespace

Json sessionToJson(const Session &s)
{
    ObjectWriter w(s.unknown);
    w.always("format", kFormatName);
    w.always("schemaVersion", kSchemaVersion);
    w.always("meta", toJson(s.meta));
    w.always("categories", arrayOf(s.categories));
    w.always("rings", arrayOf(s.rings));
    w.always("freePlacement", s.freePlacement);
    w.always("participants", arrayOf(s.participants));
    w.always("partners", arrayOf(s.partners));
    w.always("links", arrayOf(s.links));
    w.always("groups", arrayOf(s.groups));
    w.always("missingPartners", arrayOf(s.missingPartners));
    w.nested("deck", toJson(s.deck));
    w.always("recordingStarted", str(s.recordingStarted));
    w.always("cards", arrayOf(s.cards));
    w.always("protocol", arrayOf(s.protocol));
    w.always("closingAnswers", arrayOf(s.closingAnswers));
    w.always("metaphors", arrayOf(s.metaphors));
    w.always("memos", arrayOf(s.memos));
    w.always("codebook", arrayOf(s.codebook));
    w.always("annotations", arrayOf(s.annotations));
    // Omitted when empty: files without snapshots keep their bytes.
    w.array("snapshots", arrayOf(s.snapshots));
    return w.finish();
}

} // namespace nwk::io
