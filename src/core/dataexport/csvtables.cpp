// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: one RFC 4180 table per kind of object, joinable on their id columns.
#include "csvtable.h"
#include "exportcommon.h"
#include "maptables.h"
#include "statementfields.h"

#include "nwk/core/anonymise.h"

namespace nwk::dataexport {

namespace {

QString name(std::string_view spelling)
{
    return QString::fromLatin1(spelling.data(), static_cast<qsizetype>(spelling.size()));
}

CsvRows egoTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID",
               "school",
               "anonymised",
               "level",
               "schoolType",
               "umbrella",
               "location",
               "date",
               "facilitators",
               "language",
               "deck",
               "participants",
               "partners",
               "placedPartners",
               "links",
               "schoolLinks",
               "missingPartners",
               "durationMinutes",
               "participantsSaid",
               "priorMaps",
               "mapWords"}};
    t.numbers({"participants", "partners", "placedPartners", "links", "schoolLinks",
               "missingPartners", "durationMinutes", "participantsSaid"});
    t.lists({"facilitators"});
    t.idColumn = 0;
    int placed = 0;
    for (const Partner &p : s.partners)
        placed += p.placement ? 1 : 0;
    int schoolLinks = 0;
    for (const Link &l : s.links)
        schoolLinks += (l.from == kSchoolId || l.to == kSchoolId) ? 1 : 0;
    t.add(
        {egoId(s, o),
         schoolName(s, o.anonymise),
         csvBoolean(o.anonymise),
         s.meta.level,
         s.meta.schoolType,
         s.meta.umbrella,
         s.meta.location,
         s.meta.date,
         o.anonymise ? QString() : joined(s.meta.facilitators),
         s.meta.language,
         s.deck.id,
         QString::number(s.participants.size()),
         QString::number(s.partners.size()),
         QString::number(placed),
         QString::number(s.links.size() - schoolLinks),
         QString::number(schoolLinks),
         QString::number(s.missingPartners.size()),
         s.meta.durationMinutes < 0 ? QString() : QString::number(s.meta.durationMinutes),
         s.meta.participantCountSaid < 0 ? QString() : QString::number(s.meta.participantCountSaid),
         s.meta.priorMaps,
         s.meta.mapWords});
    return t;
}

/// A partner's row of the partners table.
QStringList partnerRow(const Session &s, const MapGeometry &g, const QString &ego, const Partner &p,
                       const DataExportOptions &o)
{
    const bool hidePerson = o.anonymise && p.kind == PartnerKind::Person;
    QStringList extraLabels;
    for (const QString &id : p.extraCategories)
        extraLabels << categoryLabel(s, id, o.language);
    const auto v = placedValues(s, g, p.placement, o.language);
    QStringList markedBy;
    QStringList roleGroups;
    for (const QString &id : p.marks) {
        markedBy << participantLabel(s, id, o.anonymise);
        const Participant *pp = s.participant(id);
        roleGroups << (pp ? name(toString(pp->roleGroup)) : QString());
    }
    QStringList namedBy;
    for (const QString &id : p.namedBy)
        namedBy << participantLabel(s, id, o.anonymise);
    QStringList row{ego,
                    p.id,
                    exportPartnerLabel(p, o.anonymise),
                    hidePerson ? QString() : p.fullName,
                    p.pseudonym,
                    name(toString(p.kind)),
                    name(toString(p.formality)),
                    name(toString(p.scope)),
                    p.category,
                    categoryLabel(s, p.category, o.language),
                    joined(p.extraCategories),
                    joined(extraLabels),
                    csvBoolean(v.has_value()),
                    v ? ringText(*v) : QString(),
                    v ? v->ringLabel : QString(),
                    v ? v->distance : QString(),
                    v ? number(p.placement->angle) : QString(),
                    v ? coordinate(v->x) : QString(),
                    v ? coordinate(v->y) : QString(),
                    p.desiredPlacement ? number(p.desiredPlacement->distance) : QString(),
                    p.desiredPlacement ? number(p.desiredPlacement->angle) : QString(),
                    QString::number(p.marks.size()),
                    joined(markedBy),
                    joined(roleGroups),
                    joined(namedBy),
                    csvBoolean(isDisputed(p)),
                    QString::number(p.count),
                    joined(groupIdsOf(s, p.id)),
                    joined(groupLabelsOf(s, p.id)),
                    QString::number(schoolLinkCount(s, p.id)),
                    hidePerson ? QString() : p.notes,
                    timeMs(p.addedMs)};
    QStringList more = partnerStatementValues(s, p, o);
    if (hidePerson) // a person's placement note follows its notes: left out
        more[statementColumn(partnerStatementColumns(), "placementNote")].clear();
    return row + csvBooleans(partnerStatementColumns(), more) + QStringList{uniqueId(ego, p.id)};
}

CsvRows partnerTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID",
               "alterID",
               "label",
               "fullName",
               "pseudonym",
               "kind",
               "formality",
               "scope",
               "category",
               "categoryLabel",
               "extraCategories",
               "extraCategoryLabels",
               "placed",
               "ring",
               "ringLabel",
               "distance",
               "angle",
               "x",
               "y",
               "desiredDistance",
               "desiredAngle",
               "marks",
               "markedBy",
               "markedByRoleGroups",
               "namedBy",
               "disputed",
               "count",
               "groups",
               "groupLabels",
               "schoolLinks",
               "notes",
               "addedMs"}};
    t.numbers({"ring", "distance", "angle", "x", "y", "desiredDistance", "desiredAngle", "marks",
               "count", "schoolLinks", "addedMs"});
    appendColumns(t, partnerStatementColumns());
    t.header << QStringLiteral("alterUid");
    t.lists({"extraCategories", "extraCategoryLabels", "markedBy", "markedByRoleGroups", "namedBy",
             "groups", "groupLabels", "desiredBy", "members"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QString ego = egoId(s, o);
    for (const Partner &p : s.partners)
        t.add(partnerRow(s, g, ego, p, o));
    return t;
}

CsvRows linkTable(const Session &s, const DataExportOptions &o, bool schoolLinks)
{
    CsvRows t{{"egoID", "linkId", "Source", "Target", "sourceLabel", "targetLabel", "kind",
               "direction", "label", "valence", "note"}};
    appendColumns(t, linkStatementColumns());
    t.header << QStringLiteral("sourceUid") << QStringLiteral("targetUid");
    const QString ego = egoId(s, o);
    for (const Link &l : s.links) {
        if ((l.from == kSchoolId || l.to == kSchoolId) != schoolLinks)
            continue;
        t.add(QStringList{ego, l.id, l.from, l.to, endLabel(s, l.from, o.anonymise),
                          endLabel(s, l.to, o.anonymise), name(toString(l.kind)),
                          name(toString(l.direction)), l.label, name(toString(l.valence)), l.note} +
              csvBooleans(linkStatementColumns(), linkStatementValues(s, l, o)) +
              QStringList{uniqueId(ego, l.from), uniqueId(ego, l.to)});
    }
    return t;
}

CsvRows participantTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "participantId", "code", "role", "roleGroup", "label", "joinedMs", "leftMs",
               "marks", "named", "quotes", "note", "joinedLate", "leftEarly"}};
    t.numbers({"joinedMs", "leftMs", "marks", "named", "quotes"});
    const QString ego = egoId(s, o);
    for (const Participant &pp : s.participants) {
        int marks = 0;
        int named = 0;
        for (const Partner &p : s.partners) {
            marks += p.marks.contains(pp.id) ? 1 : 0;
            named += p.namedBy.contains(pp.id) ? 1 : 0;
        }
        int quotes = 0;
        for (const CardProgress &c : s.cards)
            for (const Quote &q : c.quotes)
                quotes += q.participantId == pp.id ? 1 : 0;
        t.add({ego, pp.id, o.anonymise ? QString() : pp.code, pp.role, name(toString(pp.roleGroup)),
               participantLabel(s, pp.id, o.anonymise), timeMs(pp.joinedMs), timeMs(pp.leftMs),
               QString::number(marks), QString::number(named), QString::number(quotes),
               o.anonymise ? QString() : pp.note, csvBoolean(pp.joinedLate),
               csvBoolean(pp.leftEarly)});
    }
    return t;
}

CsvRows markTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{
        {"egoID", "alterID", "partner", "participantId", "participant", "roleGroup", "alterUid"}};
    const QString ego = egoId(s, o);
    for (const Partner &p : s.partners)
        for (const QString &id : p.marks) {
            const Participant *pp = s.participant(id);
            t.add({ego, p.id, exportPartnerLabel(p, o.anonymise), id,
                   participantLabel(s, id, o.anonymise),
                   pp ? name(toString(pp->roleGroup)) : QString(), uniqueId(ego, p.id)});
        }
    return t;
}

CsvRows missingTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "missingId", "label", "category", "categoryLabel", "status",
               "mentionedById", "mentionedBy", "placed", "distance", "angle", "note"}};
    t.numbers({"distance", "angle"});
    appendColumns(t, missingStatementColumns());
    const QString ego = egoId(s, o);
    for (const MissingPartner &m : s.missingPartners) {
        t.add(QStringList{ego, m.id, m.label, m.category, categoryLabel(s, m.category, o.language),
                          name(toString(m.status)), m.mentionedBy,
                          m.mentionedBy.isEmpty() ? QString()
                                                  : participantLabel(s, m.mentionedBy, o.anonymise),
                          csvBoolean(m.placement.has_value()),
                          m.placement ? number(m.placement->distance) : QString(),
                          m.placement ? number(m.placement->angle) : QString(), m.note} +
              csvBooleans(missingStatementColumns(), missingStatementValues(m)));
    }
    return t;
}

QString annotationTarget(const Session &s, const Annotation &a, bool anonymise)
{
    switch (a.targetKind) {
    case AnnotationTarget::Session:
        return schoolName(s, anonymise);
    case AnnotationTarget::Partner:
        return endLabel(s, a.targetId, anonymise);
    case AnnotationTarget::Link:
        if (const Link *l = s.link(a.targetId))
            return endLabel(s, l->from, anonymise) + QStringLiteral(" \u2013 ") +
                   endLabel(s, l->to, anonymise);
        return {};
    case AnnotationTarget::MissingPartner:
        for (const MissingPartner &m : s.missingPartners)
            if (m.id == a.targetId)
                return m.label;
        return {};
    case AnnotationTarget::Group:
        for (const Group &g : s.groups)
            if (g.id == a.targetId)
                return g.label;
        return {};
    case AnnotationTarget::CardNote:
    case AnnotationTarget::Quote:
    case AnnotationTarget::Metaphor:
    case AnnotationTarget::ClosingAnswer:
    case AnnotationTarget::Memo:
        return {};
    }
    return {};
}

CsvRows annotationTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "annotationId", "targetKind", "targetId", "target", "memo", "codes",
               "codeLabels", "author", "created"}};
    t.lists({"codes", "codeLabels"});
    const QString ego = egoId(s, o);
    for (const Annotation &a : s.annotations) {
        QStringList labels;
        for (const QString &id : a.codes) {
            QString label = id;
            for (const Code &c : s.codebook)
                if (c.id == id && !c.label.isEmpty())
                    label = c.label;
            labels << label;
        }
        t.add({ego, a.id, name(toString(a.targetKind)), a.targetId,
               annotationTarget(s, a, o.anonymise), a.memo, joined(a.codes), joined(labels),
               a.author, a.created});
    }
    return t;
}

} // namespace

CsvRows csvRows(const Session &s, CsvTable table, const DataExportOptions &o)
{
    switch (table) {
    case CsvTable::Ego:
        return egoTable(s, o);
    case CsvTable::Partners:
        return partnerTable(s, o);
    case CsvTable::Links:
        return linkTable(s, o, false);
    case CsvTable::SchoolLinks:
        return linkTable(s, o, true);
    case CsvTable::Participants:
        return participantTable(s, o);
    case CsvTable::Marks:
        return markTable(s, o);
    case CsvTable::MissingPartners:
        return missingTable(s, o);
    case CsvTable::NotesAndQuotes:
        return notesTable(s, o);
    case CsvTable::Annotations:
        return annotationTable(s, o);
    case CsvTable::Alternatives:
    case CsvTable::FormerPlacements:
    case CsvTable::ChoiceChanges:
    case CsvTable::RelativePlacements:
        return statementTable(s, table, o);
    case CsvTable::ListItems:
        return listItemsTable(s, o);
    case CsvTable::Categories:
        return categoryTable(s, o);
    case CsvTable::Rings:
        return ringTable(s, o);
    case CsvTable::Timeline:
        return timelineTable(s, o);
    }
    return {};
}

} // namespace nwk::dataexport
