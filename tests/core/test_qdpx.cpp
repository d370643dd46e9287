// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA export (.qdpx): the project validates against the standard's schema
// (xmllint), and the archive read back by Python (zipfile, ElementTree) holds the session's
// partners as cases, its codebook, its annotations as codings on the text they annotate,
// and its notes, quotes, metaphors and memos as text with a selection per item.
#include "dataexportfixture.h"
#include "namedsession.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/qdpx.h"
#include "nwk/core/sessionio.h"

#include "readfile.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::testdata;

namespace {

const QString kSchema = QStringLiteral(NWK_TEST_DATA "/refi-qda/Project-mrt2019.xsd");

/// The data-export session with what the QDA export adds: a distance not discussed,
/// annotations on a quote, a card note, the session, a metaphor and a memo, and saved times.
Session qdaSession()
{
    Session s = dataExportSession();
    s.meta.created = QStringLiteral("2019-03-14T08:00:00Z");
    s.meta.modified = QStringLiteral("2019-03-20T16:45:12Z");
    Partner vague;
    vague.id = QStringLiteral("pa5");
    vague.label = QStringLiteral("Gemeente");
    vague.category = QStringLiteral("beleid");
    vague.placement = Placement{0.7, 200.0, DistanceKind::NotDiscussed};
    s.partners.push_back(vague);
    Code second;
    second.id = QStringLiteral("c2");
    second.label = QStringLiteral("expertise van buitenaf");
    second.description = QStringLiteral("Kennis die een externe partner binnenbrengt");
    s.codebook.push_back(second);
    Annotation onQuote;
    onQuote.id = QStringLiteral("an2");
    onQuote.targetKind = AnnotationTarget::Quote;
    onQuote.targetId = QStringLiteral("qu1");
    onQuote.memo = QStringLiteral("samen, niet apart");
    onQuote.codes = {QStringLiteral("c1"), QStringLiteral("c2")};
    onQuote.author = QStringLiteral("onderzoeker");
    onQuote.created = QStringLiteral("2019-03-16T11:00:00Z");
    Annotation onNote = onQuote;
    onNote.id = QStringLiteral("an3");
    onNote.targetKind = AnnotationTarget::CardNote;
    onNote.targetId = QStringLiteral("betekenisonderhandeling/betekenisonderhandeling.h1");
    onNote.codes = {QStringLiteral("c2")};
    onNote.author = QStringLiteral("tweede lezer");
    Annotation onSession = onQuote;
    onSession.id = QStringLiteral("an4");
    onSession.targetKind = AnnotationTarget::Session;
    onSession.targetId.clear();
    onSession.memo = QStringLiteral("Sterk zorgnetwerk.");
    onSession.codes = {QStringLiteral("c1")};
    Annotation onMetaphor = onQuote;
    onMetaphor.id = QStringLiteral("an5");
    onMetaphor.targetKind = AnnotationTarget::Metaphor;
    onMetaphor.targetId = QStringLiteral("me1");
    onMetaphor.memo = QStringLiteral("het web als beeld van vertrouwen");
    onMetaphor.codes = {QStringLiteral("c1")};
    Annotation onMemo = onMetaphor;
    onMemo.id = QStringLiteral("an6");
    onMemo.targetKind = AnnotationTarget::Memo;
    onMemo.targetId = QStringLiteral("mo1");
    onMemo.memo = QStringLiteral("laat komen telt mee");
    onMemo.codes = {QStringLiteral("c2")};
    s.annotations.insert(s.annotations.end(), {onQuote, onNote, onSession, onMetaphor, onMemo});
    return s;
}

QString tool(const char *name, const char *package)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        NWK_SKIP(name << " (Debian: " << package << ") is not available");
    return path;
}

/// Runs `program` with `arguments`; the test fails on a non-zero exit. Standard output.
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    const QByteArray out = process.readAllStandardOutput();
    INFO(QString::fromUtf8(out + process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return out;
}

/// What Python reads from the archive: the entries, and the project as plain JSON (cases
/// with their variables and selections, codes, selections with their text and codes, notes).
const QString kReadBack = QStringLiteral(R"(
import sys, json, zipfile, xml.etree.ElementTree as ET
ns = {'q': 'urn:QDA-XML:project:1.0'}
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
root = ET.fromstring(z.read('project.qde'))
codes = {c.get('guid'): c.get('name') for c in root.iterfind('.//q:Code', ns)}
variables = {v.get('guid'): v.get('name') for v in root.iterfind('.//q:Variable', ns)}
notes = {n.get('guid'): n.findtext('q:PlainTextContent', '', ns) for n in root.iterfind('.//q:Note', ns)}
selections, sources = {}, {}
for src in root.iterfind('q:Sources/q:TextSource', ns):
    path = src.get('plainTextPath')
    assert path.startswith('internal://')
    text = z.read('sources/' + path[len('internal://'):]).decode('utf-8')
    sources[src.get('name')] = {
        'codes': [codes[c.get('targetGUID')] for c in src.iterfind('q:Coding/q:CodeRef', ns)]}
    for sel in src.iterfind('q:PlainTextSelection', ns):
        start, end = int(sel.get('startPosition')), int(sel.get('endPosition'))
        selections[sel.get('guid')] = {
            'name': sel.get('name'), 'source': src.get('name'), 'text': text[start:end],
            'description': sel.findtext('q:Description', '', ns),
            'codes': [codes[c.get('targetGUID')] for c in sel.iterfind('q:Coding/q:CodeRef', ns)],
            'notes': [notes[n.get('targetGUID')] for n in sel.iterfind('q:NoteRef', ns)]}
cases = {}
for case in root.iterfind('q:Cases/q:Case', ns):
    values = {}
    for v in case.iterfind('q:VariableValue', ns):
        value = v[1]
        values[variables[v.find('q:VariableRef', ns).get('targetGUID')]] = \
            value.tag.split('}')[1] + ':' + (value.text or '')
    cases[case.get('name')] = {'values': values, 'selections': sorted(
        selections[r.get('targetGUID')]['name'] for r in case.iterfind('q:SelectionRef', ns))}
print(json.dumps({'entries': z.namelist(), 'cases': cases, 'codes': sorted(codes.values()),
                  'sources': sources,
                  'selections': {s['name']: s for s in selections.values()},
                  'projectNotes': [notes[n.get('targetGUID')] for n in root.iterfind('q:NoteRef', ns)]}))
)");

QJsonObject readBack(const QString &archive)
{
    const QString python = tool("python3", "python3");
    if (python.isEmpty())
        return {};
    return QJsonDocument::fromJson(run(python, {QStringLiteral("-c"), kReadBack, archive}))
        .object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

TEST_CASE("The .qdpx project validates against the REFI-QDA schema, plain and anonymised",
          "[qdpx][xmllint]")
{
    const QString xmllint = tool("xmllint", "libxml2-utils");
    if (xmllint.isEmpty())
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    for (const bool anonymise : {false, true})
        for (const Session &s : {qdaSession(), newSession()}) {
            DataExportOptions o;
            o.anonymise = anonymise;
            o.deck = &deck;
            const std::vector<ZipEntry> entries = qdpxEntries(s, o);
            REQUIRE(entries.front().name == QStringLiteral("project.qde"));
            const QString file = dir.filePath(QStringLiteral("project.qde"));
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(entries.front().data);
            f.close();
            INFO("anonymised " << anonymise << ", partners " << s.partners.size());
            run(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), kSchema, file});
        }
}

TEST_CASE("The .qdpx archive read back holds the session's cases, codes, codings and sources",
          "[qdpx][python]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.qdpx"));
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    DataExportOptions o;
    o.deck = &deck;
    REQUIRE(exportQdpx(qdaSession(), file, o).isEmpty());
    const QJsonObject read = readBack(file);
    if (read.isEmpty())
        return;
    // project.qde and one text file per source: the map, the card, metaphors, memos.
    const QStringList entries = strings(read[QStringLiteral("entries")]);
    CHECK(entries.size() == 5);
    CHECK(entries.first() == QStringLiteral("project.qde"));

    const QJsonObject cases = read[QStringLiteral("cases")].toObject();
    CHECK(cases.keys() ==
          QStringList({QStringLiteral("CLB"), QStringLiteral("Gemeente"), QStringLiteral("Juf Ann"),
                       kTrickyLabel, QStringLiteral("Stageplaatsen")}));
    const QJsonObject clb = cases[QStringLiteral("CLB")].toObject();
    const QJsonObject clbValues = clb[QStringLiteral("values")].toObject();
    CHECK(clbValues[QStringLiteral("ring")] == QStringLiteral("IntegerValue:1"));
    CHECK(clbValues[QStringLiteral("afstand")] == QStringLiteral("FloatValue:0.1"));
    CHECK(clbValues[QStringLiteral("markeringen")] == QStringLiteral("IntegerValue:2"));
    CHECK(clbValues[QStringLiteral("soort")] == QStringLiteral("TextValue:organisation"));
    CHECK(clbValues[QStringLiteral("categorie")] ==
          QStringLiteral("TextValue:Zorg voor leerlingen"));
    // The CLB's line on the map, the note and the quote that name it, its link and group.
    CHECK(strings(clb[QStringLiteral("selections")]).size() == 6);
    // A distance not discussed is not a number: no ring, no distance, said so.
    const QJsonObject vague =
        cases[QStringLiteral("Gemeente")][QStringLiteral("values")].toObject();
    CHECK(vague[QStringLiteral("afstand uitgedrukt als")] ==
          QStringLiteral("TextValue:not-discussed"));
    CHECK_FALSE(vague.contains(QStringLiteral("ring")));
    CHECK_FALSE(vague.contains(QStringLiteral("afstand")));
    const QJsonObject tray =
        cases[QStringLiteral("Stageplaatsen")][QStringLiteral("values")].toObject();
    CHECK(tray[QStringLiteral("geplaatst")] == QStringLiteral("BooleanValue:false"));
    CHECK_FALSE(tray.contains(QStringLiteral("ring")));

    CHECK(strings(read[QStringLiteral("codes")]) ==
          QStringList({QStringLiteral("expertise van buitenaf"), QStringLiteral("vertrouwen")}));

    // Each annotation codes the text it annotates; its memo is the note.
    const QJsonObject selections = read[QStringLiteral("selections")].toObject();
    const QJsonObject quote = selections[QStringLiteral("Citaat qu1")].toObject();
    QString quoteText = kTrickyQuote;
    quoteText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    CHECK(quote[QStringLiteral("text")] == quoteText); // positions count the 🌍 as one
    CHECK(strings(quote[QStringLiteral("codes")]) ==
          QStringList({QStringLiteral("vertrouwen"), QStringLiteral("expertise van buitenaf")}));
    CHECK(strings(quote[QStringLiteral("notes")]) ==
          QStringList{QStringLiteral("samen, niet apart")});
    const QString description = quote[QStringLiteral("description")].toString();
    CHECK(description.contains(QStringLiteral("1:02:03 (3723000 ms")));
    CHECK(description.contains(QStringLiteral("P2 zorgcoördinator")));
    const QJsonObject note =
        selections[QStringLiteral("Notitie betekenisonderhandeling.h1")].toObject();
    CHECK(note[QStringLiteral("text")] == QStringLiteral("Iedereen, ook de \"nieuwe\" collega's"));
    CHECK(strings(note[QStringLiteral("codes")]) ==
          QStringList{QStringLiteral("expertise van buitenaf")});
    const QJsonObject person = selections[QStringLiteral("Juf Ann")].toObject();
    CHECK(person[QStringLiteral("text")] == QStringLiteral("Juf Ann: Ann's private note"));
    CHECK(strings(person[QStringLiteral("codes")]) == QStringList{QStringLiteral("vertrouwen")});
    const QJsonObject metaphor = selections[QStringLiteral("Metafoor me1")].toObject();
    CHECK(metaphor[QStringLiteral("text")] == QStringLiteral("een spinnenweb, zei Juf Ann"));
    CHECK(strings(metaphor[QStringLiteral("codes")]) == QStringList{QStringLiteral("vertrouwen")});
    CHECK(strings(metaphor[QStringLiteral("notes")]) ==
          QStringList{QStringLiteral("het web als beeld van vertrouwen")});
    const QJsonObject memo = selections[QStringLiteral("Memo mo1")].toObject();
    CHECK(memo[QStringLiteral("text")] == QStringLiteral("open sfeer; ann janssens kwam later"));
    CHECK(strings(memo[QStringLiteral("codes")]) ==
          QStringList{QStringLiteral("expertise van buitenaf")});
    // The session's annotation codes the whole map and is a note of the project.
    CHECK(strings(
              read[QStringLiteral("sources")][QStringLiteral("Kaart")][QStringLiteral("codes")]) ==
          QStringList{QStringLiteral("vertrouwen")});
    CHECK(strings(read[QStringLiteral("projectNotes")]) ==
          QStringList{QStringLiteral("Sterk zorgnetwerk.")});
}

TEST_CASE("A re-export of the .qdpx is byte-identical, also after saving and reading the session",
          "[qdpx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Session s = qdaSession();
    const QString first = dir.filePath(QStringLiteral("a.qdpx"));
    const QString second = dir.filePath(QStringLiteral("b.qdpx"));
    REQUIRE(exportQdpx(s, first, {}).isEmpty());
    REQUIRE(exportQdpx(s, second, {}).isEmpty());
    CHECK(fileBytes(first) == fileBytes(second));
    // The GUIDs come from the session's ids, not from chance: the same after a save and read.
    const QString saved = dir.filePath(QStringLiteral("s.nwk"));
    REQUIRE(writeSessionFile(s, saved).isEmpty());
    const SessionReadResult reread = readSessionFile(saved);
    REQUIRE(reread.session);
    Session again = *reread.session;
    again.meta.modified = s.meta.modified; // the save stamps its own time
    CHECK(qdpxEntries(again, {}).front().data == qdpxEntries(s, {}).front().data);
    // Another session (created at another time) has other GUIDs for the same ids.
    Session other = s;
    other.meta.created = QStringLiteral("2020-01-01T00:00:00Z");
    CHECK(qdpxEntries(other, {}).front().data != qdpxEntries(s, {}).front().data);
}

TEST_CASE("An anonymised .qdpx holds no real name in the project or any source",
          "[qdpx][anonymise]")
{
    const Session s = namedSession();
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    DataExportOptions o;
    o.deck = &deck;
    QString all;
    for (const ZipEntry &e : qdpxEntries(s, o))
        all += QString::fromUtf8(e.data);
    CHECK_FALSE(realNamesIn(all).isEmpty()); // the grep can find them
    o.anonymise = true;
    all.clear();
    for (const ZipEntry &e : qdpxEntries(s, o)) {
        const QString text = QString::fromUtf8(e.data);
        INFO(e.name.toStdString() << "\n" << text.toStdString());
        CHECK(realNamesIn(text).isEmpty());
        all += text;
    }
    CHECK(all.contains(QStringLiteral("Persoon-B")));

    // A person without a pseudonym: refused, named, nothing written.
    Session missing = s;
    for (Partner &p : missing.partners)
        if (p.kind == PartnerKind::Person) {
            p.pseudonym.clear();
            break;
        }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.qdpx"));
    const QString error = exportQdpx(missing, file, o);
    CHECK(error.startsWith(QStringLiteral("cannot export anonymised: 1 person partner(s)")));
    CHECK_FALSE(QFile::exists(file));
}

// The project holds no ego id (egoID): a school without a pseudonym is no reason to refuse
// it (the CSV, GraphML and R pack refuse, their ego id would be "school" for every such
// school); the school appears as "school" and its name nowhere.
TEST_CASE("An anonymised .qdpx of a school without a pseudonym is written, the school as "
          "'school'",
          "[qdpx][anonymise][ego]")
{
    Session s = namedSession();
    s.meta.schoolPseudonym.clear();
    REQUIRE(anonymisationProblems(s).isEmpty()); // every person has a pseudonym
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    DataExportOptions o;
    o.anonymise = true;
    o.deck = &deck;
    REQUIRE_FALSE(egoIdProblem(s, o).isEmpty()); // the CSV would be refused
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.qdpx"));
    const QString error = exportQdpx(s, file, o);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(QFileInfo(file).size() > 0);
    QString all;
    for (const ZipEntry &e : qdpxEntries(s, o))
        all += QString::fromUtf8(e.data);
    CHECK(realNamesIn(all).isEmpty());
    CHECK(all.contains(QStringLiteral("name=\"Netwerkkaart: school\"")));
}
