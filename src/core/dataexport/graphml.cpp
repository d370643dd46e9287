// SPDX-License-Identifier: GPL-3.0-or-later
// GraphML export: the school as ego node, partners as nodes, links as edges.
#include "exportcommon.h"
#include "maptables.h"
#include "statementfields.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"

#include <QXmlStreamWriter>

namespace nwk {

using namespace dataexport;

namespace {

struct Key {
    const char *domain; ///< "graph", "node" or "edge"
    const char *name;
    const char *type; ///< GraphML attr.type
};

// Every attribute the export may write. Key ids are "<g|v|e>_<name>".
constexpr Key kKeys[] = {
    {"graph", "school", "string"},
    {"graph", "date", "string"},
    {"graph", "level", "string"},
    {"graph", "schoolType", "string"},
    {"graph", "umbrella", "string"},
    {"graph", "location", "string"},
    {"graph", "participants", "string"},
    {"graph", "anonymised", "boolean"},
    {"graph", "durationMinutes", "int"},
    {"graph", "participantsSaid", "int"},
    {"graph", "priorMaps", "string"},
    {"graph", "mapWords", "string"},
    {"graph", "egoID", "string"},
    {"node", "label", "string"},
    {"node", "ego", "boolean"},
    {"node", "kind", "string"},
    {"node", "fullName", "string"},
    {"node", "pseudonym", "string"},
    {"node", "formality", "string"},
    {"node", "scope", "string"},
    {"node", "category", "string"},
    {"node", "categoryLabel", "string"},
    {"node", "extraCategories", "string"},
    {"node", "extraCategoryLabels", "string"},
    {"node", "placed", "boolean"},
    {"node", "ring", "int"},
    {"node", "ringLabel", "string"},
    {"node", "distance", "double"},
    {"node", "angle", "double"},
    {"node", "x", "double"},
    {"node", "y", "double"},
    {"node", "desiredDistance", "double"},
    {"node", "desiredAngle", "double"},
    {"node", "marks", "int"},
    {"node", "markedBy", "string"},
    {"node", "markedByRoleGroups", "string"},
    {"node", "namedBy", "string"},
    {"node", "disputed", "boolean"},
    {"node", "count", "int"},
    {"node", "groups", "string"},
    {"node", "groupLabels", "string"},
    {"node", "schoolLinks", "int"},
    {"node", "notes", "string"},
    {"node", "addedMs", "long"},
    // The colour the map draws the node in (Gephi reads r, g, b).
    {"node", "color", "string"},
    {"node", "r", "int"},
    {"node", "g", "int"},
    {"node", "b", "int"},
    {"edge", "kind", "string"},
    {"edge", "direction", "string"},
    {"edge", "fromId", "string"},
    {"edge", "toId", "string"},
    {"edge", "label", "string"},
    {"edge", "valence", "string"},
    {"edge", "schoolTie", "boolean"},
    {"edge", "note", "string"},
    {"edge", "type", "string"},
    {"edge", "relation", "string"},
    {"edge", "text", "string"},
    {"edge", "participant", "string"},
};

QString keyId(const char *domain, const char *name)
{
    const QChar prefix = QLatin1Char(domain[0] == 'n' ? 'v' : domain[0]);
    return QString(prefix) + QLatin1Char('_') + QString::fromLatin1(name);
}

class Writer {
public:
    explicit Writer(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }
    QXmlStreamWriter &xml() { return m_xml; }

    /// `<data key="...">value</data>`; nothing for an empty string (missing value).
    void data(const char *domain, const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("data"));
        m_xml.writeAttribute(QStringLiteral("key"), keyId(domain, name));
        // XML readers turn a literal CR (and CR LF) into LF: write CRs as references.
        const QStringList parts = xmlSafe(value).split(QLatin1Char('\r'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                m_xml.writeEntityReference(QStringLiteral("#13"));
            m_xml.writeCharacters(parts.at(i));
        }
        m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter m_xml;
};

void writeKeys(QXmlStreamWriter &xml)
{
    auto key = [&xml](const Key &k) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), keyId(k.domain, k.name));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(k.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(k.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(k.type));
    };
    for (const Key &k : kKeys)
        key(k);
    // Schema 3: the same columns as the CSV tables.
    for (const Column &c : partnerStatementColumns())
        key({"node", c.name, c.type});
    for (const Column &c : linkStatementColumns())
        key({"edge", c.name, c.type});
}

/// The values of `columns` as data elements (empty ones left out, as everywhere).
void statementData(Writer &w, const char *domain, const std::vector<Column> &columns,
                   const QStringList &values)
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        w.data(domain, columns[i].name, values.at(static_cast<qsizetype>(i)));
}

/// The colour attributes of a node: "#rrggbb" and Gephi's r, g, b.
void colourData(Writer &w, const std::optional<NodeColour> &c)
{
    if (!c)
        return;
    w.data("node", "color", c->hex);
    w.data("node", "r", QString::number(c->r));
    w.data("node", "g", QString::number(c->g));
    w.data("node", "b", QString::number(c->b));
}

void writeSchool(Writer &w, const Session &s, const DataExportOptions &o)
{
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartElement(QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("id"), kSchoolId);
    w.data("node", "label", schoolName(s, o.anonymise));
    w.data("node", "ego", boolean(true));
    w.data("node", "kind", QStringLiteral("school"));
    w.data("node", "placed", boolean(true));
    w.data("node", "x", coordinate(0));
    w.data("node", "y", coordinate(0));
    int links = 0;
    for (const Link &l : s.links)
        links += (l.from == kSchoolId || l.to == kSchoolId) ? 1 : 0;
    w.data("node", "schoolLinks", QString::number(links));
    colourData(w, schoolColour());
    xml.writeEndElement();
}

void writePartner(Writer &w, const Session &s, const MapGeometry &g, const Partner &p,
                  const DataExportOptions &o)
{
    const bool hidePerson = o.anonymise && p.kind == PartnerKind::Person;
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartElement(QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("id"), xmlSafe(p.id));
    w.data("node", "label", exportPartnerLabel(p, o.anonymise));
    w.data("node", "ego", boolean(false));
    w.data("node", "kind", QString::fromLatin1(toString(p.kind)));
    if (!hidePerson)
        w.data("node", "fullName", p.fullName);
    w.data("node", "pseudonym", p.pseudonym);
    w.data("node", "formality", QString::fromLatin1(toString(p.formality)));
    w.data("node", "scope", QString::fromLatin1(toString(p.scope)));
    w.data("node", "category", p.category);
    w.data("node", "categoryLabel", categoryLabel(s, p.category, o.language));
    w.data("node", "extraCategories", joined(p.extraCategories));
    QStringList extraLabels;
    for (const QString &id : p.extraCategories)
        extraLabels << categoryLabel(s, id, o.language);
    w.data("node", "extraCategoryLabels", joined(extraLabels));
    w.data("node", "placed", boolean(p.placement.has_value()));
    if (const auto v = placedValues(s, g, p.placement, o.language)) {
        w.data("node", "ring", ringText(*v));
        w.data("node", "ringLabel", v->ringLabel);
        w.data("node", "distance", v->distance);
        w.data("node", "angle", number(p.placement->angle));
        w.data("node", "x", coordinate(v->x));
        w.data("node", "y", coordinate(v->y));
    }
    if (p.desiredPlacement) {
        w.data("node", "desiredDistance", number(p.desiredPlacement->distance));
        w.data("node", "desiredAngle", number(p.desiredPlacement->angle));
    }
    QStringList markedBy;
    QStringList roleGroups;
    for (const QString &id : p.marks) {
        markedBy << participantLabel(s, id, o.anonymise);
        const Participant *pp = s.participant(id);
        roleGroups << (pp ? QString::fromLatin1(toString(pp->roleGroup)) : QString());
    }
    w.data("node", "marks", QString::number(p.marks.size()));
    w.data("node", "markedBy", joined(markedBy));
    w.data("node", "markedByRoleGroups", joined(roleGroups));
    QStringList namedBy;
    for (const QString &id : p.namedBy)
        namedBy << participantLabel(s, id, o.anonymise);
    w.data("node", "namedBy", joined(namedBy));
    w.data("node", "disputed", boolean(isDisputed(p)));
    w.data("node", "count", QString::number(p.count));
    w.data("node", "groups", joined(groupIdsOf(s, p.id)));
    w.data("node", "groupLabels", joined(groupLabelsOf(s, p.id)));
    w.data("node", "schoolLinks", QString::number(schoolLinkCount(s, p.id)));
    if (!hidePerson)
        w.data("node", "notes", p.notes);
    w.data("node", "addedMs", timeMs(p.addedMs));
    QStringList more = partnerStatementValues(s, p, o);
    if (hidePerson) // a person's placement note follows its notes: left out
        more[statementColumn(partnerStatementColumns(), "placementNote")].clear();
    statementData(w, "node", partnerStatementColumns(), more);
    colourData(w, categoryColour(s, p.category));
    xml.writeEndElement();
}

/// A relative placement as an edge of type "relative-placement" from the partner to its
/// reference (docs/exports.md).
void writeRelative(Writer &w, const Session &s, const RelativePlacement &r,
                   const DataExportOptions &o)
{
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartElement(QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("id"), xmlSafe(QStringLiteral("relative:") + r.id));
    xml.writeAttribute(QStringLiteral("source"), xmlSafe(r.partnerId));
    xml.writeAttribute(QStringLiteral("target"), xmlSafe(r.referenceId));
    w.data("edge", "type", QStringLiteral("relative-placement"));
    w.data("edge", "fromId", r.partnerId);
    w.data("edge", "toId", r.referenceId);
    w.data("edge", "relation", QString::fromLatin1(toString(r.relation)));
    w.data("edge", "schoolTie", boolean(r.referenceId == kSchoolId));
    w.data("edge", "text", r.text);
    if (!r.participantId.isEmpty())
        w.data("edge", "participant", participantLabel(s, r.participantId, o.anonymise));
    xml.writeEndElement();
}

void writeLink(Writer &w, const Session &s, const Link &l, const DataExportOptions &o)
{
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartElement(QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("id"), xmlSafe(l.id));
    xml.writeAttribute(QStringLiteral("source"), xmlSafe(l.from));
    xml.writeAttribute(QStringLiteral("target"), xmlSafe(l.to));
    w.data("edge", "kind", QString::fromLatin1(toString(l.kind)));
    w.data("edge", "direction", QString::fromLatin1(toString(l.direction)));
    // Readers of undirected graphs may swap source and target: the ends as drawn.
    w.data("edge", "fromId", l.from);
    w.data("edge", "toId", l.to);
    w.data("edge", "label", l.label);
    w.data("edge", "valence", QString::fromLatin1(toString(l.valence)));
    w.data("edge", "schoolTie", boolean(l.from == kSchoolId || l.to == kSchoolId));
    w.data("edge", "note", l.note);
    w.data("edge", "type", QStringLiteral("link"));
    statementData(w, "edge", linkStatementColumns(), linkStatementValues(s, l, o));
    xml.writeEndElement();
}

} // namespace

QByteArray graphmlDocument(const Session &session, const DataExportOptions &o)
{
    const Session s = sessionForExport(session, o.anonymise);
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    writeKeys(xml);

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("netwerkkaart"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    w.data("graph", "school", schoolName(s, o.anonymise));
    w.data("graph", "date", s.meta.date);
    w.data("graph", "level", s.meta.level);
    w.data("graph", "schoolType", s.meta.schoolType);
    w.data("graph", "umbrella", s.meta.umbrella);
    w.data("graph", "location", s.meta.location);
    QStringList participants;
    for (const Participant &p : s.participants)
        participants << participantLabel(s, p.id, o.anonymise);
    w.data("graph", "participants", joined(participants));
    w.data("graph", "anonymised", boolean(o.anonymise));
    if (s.meta.durationMinutes >= 0)
        w.data("graph", "durationMinutes", QString::number(s.meta.durationMinutes));
    if (s.meta.participantCountSaid >= 0)
        w.data("graph", "participantsSaid", QString::number(s.meta.participantCountSaid));
    w.data("graph", "priorMaps", s.meta.priorMaps);
    w.data("graph", "mapWords", s.meta.mapWords);
    w.data("graph", "egoID", egoId(s, o));

    writeSchool(w, s, o);
    const MapGeometry g = MapGeometry::forSession(s);
    for (const Partner &p : s.partners)
        writePartner(w, s, g, p, o);
    for (const Link &l : s.links)
        writeLink(w, s, l, o);
    for (const RelativePlacement &r : s.relativePlacements)
        writeRelative(w, s, r, o);
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QString exportGraphml(const Session &s, const QString &fileName, const DataExportOptions &o)
{
    if (QString refusal = anonymisationRefusal(s, o); !refusal.isEmpty())
        return refusal;
    return writeFileAtomically(fileName, graphmlDocument(s, o));
}

} // namespace nwk
