// SPDX-License-Identifier: GPL-3.0-or-later
// The .qdpx export: project.qde (QDA-XML project 1.0) and the archive around it.
#include "qdpxmodel.h"

#include "dataexport/exportcommon.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"
#include "nwk/core/geometry.h"
#include "nwk/core/qdpx.h"
#include "nwk/core/zipwriter.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace nwk {

using namespace dataexport;
using namespace qdpx;

namespace {

const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");

/// A case variable: its key (for its GUID), its names, its type, what it means.
struct Variable {
    const char *key;
    const char *english;
    const char *dutch;
    const char *type; ///< typeOfVariable
    const char *aboutEnglish;
    const char *aboutDutch;
};

constexpr Variable kVariables[] = {
    {"kind", "kind", "soort", "Text", "organisation, person, group, platform, project, ...",
     "organisation, person, group, platform, project, ... (de bestandsspelling)"},
    {"scope", "scope", "intern of extern", "Text", "external, internal or both",
     "external, internal of both"},
    {"category", "category", "categorie", "Text", "The partner's (primary) category",
     "De (eerste) categorie van de partner"},
    {"extra-categories", "extra categories", "extra categorieën", "Text",
     "Further categories, separated by '; '", "Verdere categorieën, gescheiden door '; '"},
    {"placed", "placed", "geplaatst", "Boolean", "On the map (false: in the unplaced tray)",
     "Op de kaart (false: bij de niet-geplaatste partners)"},
    {"distance-stated", "distance stated as", "afstand uitgedrukt als", "Text",
     "ring, not-discussed, on-school or in-school",
     "ring, not-discussed (niet besproken), on-school (bijna erop) of in-school (in de school)"},
    {"ring", "ring", "ring", "Integer",
     "1 = innermost; no value when the distance was not discussed",
     "1 = binnenste; geen waarde wanneer de afstand niet besproken is"},
    {"ring-label", "ring label", "ringnaam", "Text", "The ring's name", "De naam van de ring"},
    {"distance", "distance", "afstand", "Float",
     "0 at the school, 1 at the map's edge; no value when the distance was not discussed",
     "0 bij de school, 1 aan de rand van de kaart; geen waarde wanneer de afstand niet "
     "besproken is"},
    {"marks", "marks", "markeringen", "Integer", "Participants for whom the partner matters",
     "Participanten voor wie de partner belangrijk is"},
    {"disputed", "disputed", "betwist", "Boolean", "The group disagreed on the placement",
     "De groep was het niet eens over de plaats"},
};

class ProjectWriter {
public:
    ProjectWriter(const Session &shown, const DataExportOptions &o, QByteArray *out)
        : m_s(shown)
        , m_o(o)
        , m_guids(shown)
        , m_xml(out)
        , m_docs(textDocs(shown, o))
    {
        for (const TextDoc &doc : m_docs)
            m_layouts.push_back(layOut(doc));
        for (const TextDoc &doc : m_docs)
            for (const Item &item : doc.items)
                m_itemName.insert(item.key, item.name);
        for (const Annotation &a : m_s.annotations) {
            QString key = annotationTargetKey(a);
            if (!m_itemName.contains(key)) // the session, or a target no longer there
                key.clear();
            m_annotationsOn[key].append(&a);
            if (!a.author.isEmpty() && !m_authors.contains(a.author))
                m_authors << a.author;
        }
        for (const Code &c : m_s.codebook)
            m_codeIds << c.id;
    }

    void write();
    const std::vector<TextDoc> &docs() const { return m_docs; }
    const std::vector<Layout> &layouts() const { return m_layouts; }
    QString guid(const QString &what) const { return m_guids.of(what); }

private:
    void text(const QString &element, const QString &value)
    {
        m_xml.writeTextElement(element, xmlSafe(value));
    }
    void ref(const QString &element, const QString &what)
    {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(QStringLiteral("targetGUID"), guid(what));
    }
    void writeUsersAndCodes();
    void writeVariables();
    void writeCase(const Partner &p, const MapGeometry &g);
    void writeValue(const char *variable, const char *element, const QString &value);
    void writeSource(std::size_t index);
    /// The codings and note references of the annotations on `key` (empty: the session).
    void writeAnnotationRefs(const QString &key);
    void writeNotes();

    const Session &m_s;
    const DataExportOptions &m_o;
    Guids m_guids;
    QXmlStreamWriter m_xml;
    std::vector<TextDoc> m_docs;
    std::vector<Layout> m_layouts;
    QHash<QString, QString> m_itemName;
    QHash<QString, QList<const Annotation *>> m_annotationsOn;
    QStringList m_authors;
    QStringList m_codeIds;
};

void ProjectWriter::write()
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("Project"));
    m_xml.writeDefaultNamespace(kNamespace);
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafe(QStringLiteral("Netwerkkaart: ") +
                                                         schoolName(m_s, m_o.anonymise)));
    m_xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Netwerkkaart " NWK_VERSION));
    if (const QString created = dateTime(m_s.meta.created); !created.isEmpty())
        m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
    if (const QString modified = dateTime(m_s.meta.modified); !modified.isEmpty())
        m_xml.writeAttribute(QStringLiteral("modifiedDateTime"), modified);
    writeUsersAndCodes();
    if (!m_s.partners.empty()) {
        writeVariables();
        m_xml.writeStartElement(QStringLiteral("Cases"));
        const MapGeometry g = MapGeometry::forSession(m_s);
        for (const Partner &p : m_s.partners)
            writeCase(p, g);
        m_xml.writeEndElement();
    }
    m_xml.writeStartElement(QStringLiteral("Sources"));
    for (std::size_t i = 0; i < m_docs.size(); ++i)
        writeSource(i);
    m_xml.writeEndElement();
    writeNotes();
    QStringList about{schoolName(m_s, m_o.anonymise), m_s.meta.date, m_s.meta.level};
    about.removeAll(QString());
    text(QStringLiteral("Description"),
         fixedText(m_o, "A focus group's network map (%1), exported by Netwerkkaart%2.",
                   "De netwerkkaart van een focusgroep (%1), geëxporteerd door Netwerkkaart%2.")
             .arg(about.join(QStringLiteral(", ")),
                  m_o.anonymise ? fixedText(m_o, ", anonymised", ", geanonimiseerd") : QString()));
    for (const Annotation *a : m_annotationsOn.value(QString()))
        ref(QStringLiteral("NoteRef"), QStringLiteral("note:") + a->id);
    m_xml.writeEndElement(); // Project
    m_xml.writeEndDocument();
}

void ProjectWriter::writeUsersAndCodes()
{
    if (!m_authors.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("Users"));
        for (const QString &author : std::as_const(m_authors)) {
            m_xml.writeEmptyElement(QStringLiteral("User"));
            m_xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("user:") + author));
            m_xml.writeAttribute(QStringLiteral("name"), xmlSafe(author));
        }
        m_xml.writeEndElement();
    }
    if (m_s.codebook.empty())
        return;
    m_xml.writeStartElement(QStringLiteral("CodeBook"));
    m_xml.writeStartElement(QStringLiteral("Codes"));
    for (const Code &c : m_s.codebook) {
        m_xml.writeStartElement(QStringLiteral("Code"));
        m_xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("code:") + c.id));
        m_xml.writeAttribute(QStringLiteral("name"), xmlSafe(c.label.isEmpty() ? c.id : c.label));
        m_xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (!c.description.isEmpty())
            text(QStringLiteral("Description"), c.description);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // Codes
    m_xml.writeEndElement(); // CodeBook
}

void ProjectWriter::writeVariables()
{
    m_xml.writeStartElement(QStringLiteral("Variables"));
    for (const Variable &v : kVariables) {
        m_xml.writeStartElement(QStringLiteral("Variable"));
        m_xml.writeAttribute(QStringLiteral("guid"),
                             guid(QStringLiteral("variable:") + QLatin1String(v.key)));
        m_xml.writeAttribute(QStringLiteral("name"), fixedText(m_o, v.english, v.dutch));
        m_xml.writeAttribute(QStringLiteral("typeOfVariable"), QLatin1String(v.type));
        text(QStringLiteral("Description"), fixedText(m_o, v.aboutEnglish, v.aboutDutch));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void ProjectWriter::writeValue(const char *variable, const char *element, const QString &value)
{
    m_xml.writeStartElement(QStringLiteral("VariableValue"));
    ref(QStringLiteral("VariableRef"), QStringLiteral("variable:") + QLatin1String(variable));
    text(QLatin1String(element), value);
    m_xml.writeEndElement();
}

void ProjectWriter::writeCase(const Partner &p, const MapGeometry &g)
{
    m_xml.writeStartElement(QStringLiteral("Case"));
    m_xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("case:") + p.id));
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafe(exportPartnerLabel(p, m_o.anonymise)));
    text(QStringLiteral("Description"),
         fixedText(m_o, "partner %1 on the map", "partner %1 op de kaart").arg(p.id));
    auto spelled = [](std::string_view s) {
        return QString::fromLatin1(s.data(), qsizetype(s.size()));
    };
    writeValue("kind", "TextValue", spelled(toString(p.kind)));
    writeValue("scope", "TextValue", spelled(toString(p.scope)));
    if (!p.category.isEmpty())
        writeValue("category", "TextValue", categoryLabel(m_s, p.category, m_o.language));
    QStringList extra;
    for (const QString &id : p.extraCategories)
        extra << categoryLabel(m_s, id, m_o.language);
    if (!extra.isEmpty())
        writeValue("extra-categories", "TextValue", extra.join(QStringLiteral("; ")));
    writeValue("placed", "BooleanValue", boolean(p.placement.has_value()));
    if (const auto v = placedValues(m_s, g, p.placement, m_o.language)) {
        writeValue("distance-stated", "TextValue", spelled(toString(p.placement->distanceKind)));
        if (v->ring > 0) { // a distance not discussed is in no ring and has no number
            writeValue("ring", "IntegerValue", QString::number(v->ring));
            writeValue("ring-label", "TextValue", v->ringLabel);
        }
        if (p.placement->distanceDiscussed())
            writeValue("distance", "FloatValue", decimal(p.placement->statedDistance()));
    }
    writeValue("marks", "IntegerValue", QString::number(p.marks.size()));
    writeValue("disputed", "BooleanValue", boolean(isDisputed(p)));
    for (const TextDoc &doc : m_docs)
        for (const Item &item : doc.items)
            if (item.partnerIds.contains(p.id))
                ref(QStringLiteral("SelectionRef"), QStringLiteral("selection:") + item.key);
    m_xml.writeEndElement();
}

void ProjectWriter::writeAnnotationRefs(const QString &key)
{
    const QList<const Annotation *> annotations = m_annotationsOn.value(key);
    for (const Annotation *a : annotations)
        for (const QString &code : a->codes) {
            if (!m_codeIds.contains(code))
                continue;
            m_xml.writeStartElement(QStringLiteral("Coding"));
            m_xml.writeAttribute(QStringLiteral("guid"),
                                 guid(QStringLiteral("coding:%1:%2").arg(a->id, code)));
            if (!a->author.isEmpty())
                m_xml.writeAttribute(QStringLiteral("creatingUser"),
                                     guid(QStringLiteral("user:") + a->author));
            if (const QString created = dateTime(a->created); !created.isEmpty())
                m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
            ref(QStringLiteral("CodeRef"), QStringLiteral("code:") + code);
            ref(QStringLiteral("NoteRef"), QStringLiteral("note:") + a->id);
            m_xml.writeEndElement();
        }
    for (const Annotation *a : annotations)
        ref(QStringLiteral("NoteRef"), QStringLiteral("note:") + a->id);
}

void ProjectWriter::writeSource(std::size_t index)
{
    const TextDoc &doc = m_docs[index];
    const Layout &layout = m_layouts[index];
    const QString id = guid(QStringLiteral("source:") + doc.key);
    m_xml.writeStartElement(QStringLiteral("TextSource"));
    m_xml.writeAttribute(QStringLiteral("guid"), id);
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafe(doc.name));
    m_xml.writeAttribute(QStringLiteral("plainTextPath"),
                         QStringLiteral("internal://%1.txt").arg(id));
    text(QStringLiteral("Description"), doc.description);
    for (std::size_t i = 0; i < doc.items.size(); ++i) {
        const Item &item = doc.items[i];
        m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        m_xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("selection:") + item.key));
        m_xml.writeAttribute(QStringLiteral("name"), item.name);
        m_xml.writeAttribute(QStringLiteral("startPosition"),
                             QString::number(layout.spans[i].first));
        m_xml.writeAttribute(QStringLiteral("endPosition"),
                             QString::number(layout.spans[i].second));
        text(QStringLiteral("Description"), item.description);
        writeAnnotationRefs(item.key);
        m_xml.writeEndElement();
    }
    if (doc.key == QLatin1String("map")) // annotations on the session code the whole map
        writeAnnotationRefs(QString());
    m_xml.writeEndElement();
}

void ProjectWriter::writeNotes()
{
    if (m_s.annotations.empty())
        return;
    m_xml.writeStartElement(QStringLiteral("Notes"));
    for (const Annotation &a : m_s.annotations) {
        QString key = annotationTargetKey(a);
        m_xml.writeStartElement(QStringLiteral("Note"));
        m_xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("note:") + a.id));
        m_xml.writeAttribute(QStringLiteral("name"),
                             fixedText(m_o, "Annotation %1", "Annotatie %1").arg(a.id));
        if (!a.author.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creatingUser"),
                                 guid(QStringLiteral("user:") + a.author));
        if (const QString created = dateTime(a.created); !created.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        text(QStringLiteral("Description"),
             m_itemName.contains(key) ? fixedText(m_o, "The researcher's annotation on %1",
                                                  "Annotatie van de onderzoeker bij %1")
                                            .arg(m_itemName.value(key))
                                      : fixedText(m_o, "The researcher's annotation on the session",
                                                  "Annotatie van de onderzoeker bij de sessie"));
        if (!a.memo.isEmpty())
            text(QStringLiteral("PlainTextContent"), a.memo);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

} // namespace

std::vector<ZipEntry> qdpxEntries(const Session &session, const DataExportOptions &o)
{
    const Session shown = sessionForExport(session, o.anonymise);
    QByteArray project;
    ProjectWriter writer(shown, o, &project);
    writer.write();
    std::vector<ZipEntry> entries{{QStringLiteral("project.qde"), project}};
    for (std::size_t i = 0; i < writer.docs().size(); ++i)
        entries.push_back({QStringLiteral("sources/%1.txt")
                               .arg(writer.guid(QStringLiteral("source:") + writer.docs()[i].key)),
                           writer.layouts()[i].text.toUtf8()});
    return entries;
}

QByteArray qdpxArchive(const Session &s, const DataExportOptions &o)
{
    // Every entry carries the session's last save (UTC), so a re-export is byte-identical.
    const QDateTime saved = QDateTime::fromString(s.meta.modified, Qt::ISODate).toUTC();
    return zipArchive(qdpxEntries(s, o), saved);
}

QString exportQdpx(const Session &s, const QString &fileName, const DataExportOptions &o)
{
    // The project holds no ego id, so a school without a pseudonym is no reason to refuse.
    if (QString refusal = pseudonymRefusal(s, o); !refusal.isEmpty())
        return refusal;
    const QByteArray archive = qdpxArchive(s, o);
    // Empty only past ZIP's limits (4 GiB, 65535 entries), which no session reaches.
    if (archive.isEmpty())
        return QStringLiteral("%1: cannot write: the project does not fit in a ZIP archive without "
                              "ZIP64")
            .arg(fileName);
    return writeFileAtomically(fileName, archive);
}

} // namespace nwk
