// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli export with several sessions and formats: every output as the user
// gets it, and one bad session that does not stop the others.
#include "clitest.h"
#include "mapfeatures.h"
#include "pdftext.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nwk;
using nwk::test::MapFeatures;
using namespace nwk::clitest;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Node ids and edge count of a GraphML file; fails the test when it is not well-formed.
struct GraphSummary {
    QStringList nodes;
    int edges = 0;
};

GraphSummary readGraphml(const QByteArray &bytes)
{
    GraphSummary g;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("node"))
            g.nodes << xml.attributes().value(QLatin1String("id")).toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("edge"))
            ++g.edges;
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return g;
}

/// CRLF-separated records (the sample's texts hold no line breaks).
QStringList csvRecords(const QByteArray &bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty()); // the last record ends with CRLF too
    lines.removeLast();
    return lines;
}

struct Fixture {
    QTemporaryDir dir;
    QString a;
    QString b;
    QString out;
    Fixture()
    {
        REQUIRE(dir.isValid());
        a = dir.filePath(QStringLiteral("school-a.nwk"));
        b = dir.filePath(QStringLiteral("school-b.nwk"));
        Session second = sampleSession();
        second.meta.schoolName = QStringLiteral("De Regenboog");
        second.partners.pop_back();
        REQUIRE(writeSessionFile(sampleSession(), a).isEmpty());
        REQUIRE(writeSessionFile(second, b).isEmpty());
        out = dir.filePath(QStringLiteral("out"));
    }
    QString output(const char *name) const { return QDir(out).filePath(QString::fromUtf8(name)); }
};

const QString kBroken = QStringLiteral(NWK_TEST_DATA "/invalid/dangling-link-to.nwk");

} // namespace

TEST_CASE("export --out-dir exports the good sessions and names the bad one",
          "[cli][export][batch]")
{
    Fixture f;
    const CliResult r =
        runCli({QStringLiteral("export"), f.a, kBroken, f.b, QStringLiteral("--out-dir"), f.out,
                QStringLiteral("--format"), QStringLiteral("svg,graphml,csv")});
    INFO(r.err.toStdString());
    CHECK(r.normalExit);
    CHECK(r.exitCode == 1);
    // The broken file's located problem, and nothing of it written.
    CHECK_FALSE(linesStartingWith(r.err, kBroken + QStringLiteral(": /links/")).isEmpty());
    CHECK(QDir(f.out).entryList({QStringLiteral("dangling-link-to*")}, QDir::Files).isEmpty());
    CHECK(r.err.contains(QStringLiteral("1 of 3 sessions")));

    // Both good sessions, each output named after its session file.
    for (const auto &[name, partners] : {std::pair{"school-a", 7}, std::pair{"school-b", 6}}) {
        INFO(name);
        const QString base = QDir(f.out).filePath(QString::fromUtf8(name));
        CHECK(readAll(base + QStringLiteral(".svg")).contains("<svg"));
        const GraphSummary g = readGraphml(readAll(base + QStringLiteral(".graphml")));
        CHECK(g.nodes.size() == partners + 1);
        CHECK(g.nodes.contains(QStringLiteral("school")));
        CHECK(g.edges == 4);
        const QStringList records = csvRecords(readAll(base + QStringLiteral("-partners.csv")));
        CHECK(records.size() == partners + 1);
        CHECK(records.first().startsWith(QStringLiteral("egoID,alterID,label,")));
        for (const char *table : {"ego", "links", "school-links", "participants", "marks",
                                  "missing", "notes", "annotations"})
            CHECK(QFile::exists(base + QLatin1Char('-') + QString::fromLatin1(table) +
                                QStringLiteral(".csv")));
        CHECK(r.err.contains(QStringLiteral("wrote %1.graphml (GraphML, %2 nodes, 4 edges)")
                                 .arg(base)
                                 .arg(partners + 1)));
        CHECK_FALSE(QFile::exists(base + QStringLiteral(".png"))); // not asked for
    }
    CHECK(csvRecords(readAll(f.output("school-b-ego.csv")))
              .at(1)
              .startsWith(QStringLiteral("De Regenboog,")));
}

TEST_CASE("export --out-dir without --format writes every format", "[cli][export][batch]")
{
    Fixture f;
    const CliResult r = runCli({QStringLiteral("export"), f.a, QStringLiteral("--out-dir"), f.out,
                                QStringLiteral("--width"), QStringLiteral("300")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(f.output("school-a.svg")).contains("<svg"));
    CHECK(decodePng(readAll(f.output("school-a.png"))).width == 300);
    CHECK(readAll(f.output("school-a.pdf")).startsWith("%PDF-"));
    CHECK(readGraphml(readAll(f.output("school-a.graphml"))).nodes.size() == 8);
    CHECK(QFile::exists(f.output("school-a-partners.csv")));
    const QString html = QString::fromUtf8(readAll(f.output("school-a-report.html")));
    CHECK(html.contains(QStringLiteral("<html")));
    CHECK(html.contains(QStringLiteral("Sint-Jozefschool")));
    CHECK(readAll(f.output("school-a-report.pdf")).startsWith("%PDF-"));
    // The PDFs' text as poppler reads it: the map with its title and labels; the report
    // with the map first, then the text of the HTML report (its title).
    const QStringList map = nwk::testpdf::pdfPages(f.output("school-a.pdf"));
    REQUIRE(map.size() == 1);
    CHECK(map.first().contains(QStringLiteral("Sint-Jozefschool")));
    CHECK(nwk::testpdf::wordsNotIn(map.first(), {QStringLiteral("CLB Hogeschool Ouderraad")}) ==
          QStringList());
    const QStringList report = nwk::testpdf::pdfPages(f.output("school-a-report.pdf"));
    REQUIRE(report.size() >= 2);
    CHECK(report.first().contains(QStringLiteral("Sint-Jozefschool")));
    const QRegularExpression h1(QStringLiteral("<h1>([^<]+)</h1>"));
    const QString title = h1.match(html).captured(1);
    REQUIRE_FALSE(title.isEmpty());
    CHECK(report.mid(1).join(QLatin1Char(' ')).contains(title.simplified()));
}

TEST_CASE("export -o picks the format from the extension or --format", "[cli][export][batch]")
{
    Fixture f;
    const QString graphml = f.dir.filePath(QStringLiteral("net.graphml"));
    const CliResult r = runCli({QStringLiteral("export"), f.a, QStringLiteral("-o"), graphml});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(readGraphml(readAll(graphml)).nodes.size() == 8);

    // A3 portrait: 842 x 1191 points.
    const QString pdf = f.dir.filePath(QStringLiteral("map.pdf"));
    const CliResult p =
        runCli({QStringLiteral("export"), f.a, QStringLiteral("-o"), pdf, QStringLiteral("--page"),
                QStringLiteral("A3"), QStringLiteral("--portrait")});
    INFO(p.err.toStdString());
    REQUIRE(p.exitCode == 0);
    CHECK(linesStartingWith(p.err, QStringLiteral("wrote ")) ==
          QStringList{QStringLiteral("wrote %1 (PDF, A3 portrait)").arg(pdf)});
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("/MediaBox [0 0 842.000000 1191.000000]"));
    const QStringList mapText = nwk::testpdf::pdfPages(pdf);
    REQUIRE(mapText.size() == 1);
    CHECK(mapText.first().contains(QStringLiteral("Sint-Jozefschool")));

    const QString report = f.dir.filePath(QStringLiteral("findings.pdf"));
    const CliResult rp = runCli({QStringLiteral("export"), f.a, QStringLiteral("-o"), report,
                                 QStringLiteral("--format"), QStringLiteral("report-pdf")});
    INFO(rp.err.toStdString());
    REQUIRE(rp.exitCode == 0);
    CHECK(rp.err.contains(QStringLiteral("findings report, PDF")));
    CHECK(readAll(report).startsWith("%PDF-"));
    const QStringList reportText = nwk::testpdf::pdfPages(report);
    REQUIRE(reportText.size() >= 2); // the map, then the findings
    CHECK(reportText.first().contains(QStringLiteral("Sint-Jozefschool")));
}

TEST_CASE("export --anonymise refuses a session with a person without pseudonym, not the others",
          "[cli][export][batch][anonymise]")
{
    Fixture f;
    Session s = sampleSession();
    s.partners[4].pseudonym.clear(); // Janssens, a person
    const QString bad = f.dir.filePath(QStringLiteral("school-c.nwk"));
    REQUIRE(writeSessionFile(s, bad).isEmpty());
    const CliResult r = runCli({QStringLiteral("export"), bad, f.a, QStringLiteral("--out-dir"),
                                f.out, QStringLiteral("--format"), QStringLiteral("graphml,csv"),
                                QStringLiteral("--anonymise")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(bad + QStringLiteral(": partner 'Janssens' (pa5) is a person and has no "
                                              "pseudonym")));
    CHECK(QDir(f.out).entryList({QStringLiteral("school-c*")}, QDir::Files).isEmpty());
    const QByteArray graphml = readAll(f.output("school-a.graphml"));
    CHECK(graphml.contains("Persoon-A"));
    CHECK_FALSE(graphml.contains("Janssens"));
    CHECK_FALSE(graphml.contains("Sint-Jozefschool"));
    CHECK_FALSE(readAll(f.output("school-a-participants.csv")).contains("P1"));
}

TEST_CASE("export usage errors for several sessions and formats", "[cli][export][batch]")
{
    Fixture f;
    auto run = [&](QStringList extra) {
        return runCli(QStringList{QStringLiteral("export")} + extra);
    };
    const QString svg = f.dir.filePath(QStringLiteral("x.svg"));
    const struct {
        QStringList args;
        const char *message;
    } cases[] = {
        {{f.a, f.b, QStringLiteral("-o"), svg}, "need --out-dir"},
        {{f.a, QStringLiteral("-o"), svg, QStringLiteral("--out-dir"), f.out}, "not both"},
        {{f.a, QStringLiteral("--out-dir"), f.out, QStringLiteral("--format"),
          QStringLiteral("svg,jpeg")},
         "unknown format 'jpeg'"},
        {{f.a, QStringLiteral("-o"), svg, QStringLiteral("--format"), QStringLiteral("csv")},
         "use --out-dir"},
        {{f.a, QStringLiteral("-o"), svg, QStringLiteral("--format"), QStringLiteral("svg,png")},
         "one format"},
        {{f.a, QStringLiteral("--out-dir"), f.out, QStringLiteral("--page"), QStringLiteral("A5")},
         "--page must be A4 or A3"},
        {{f.a, QStringLiteral("--out-dir"), f.out, QStringLiteral("--portrait"),
          QStringLiteral("--landscape")},
         "either --portrait or --landscape"},
        {{f.a, f.dir.filePath(QStringLiteral("sub/school-a.nwk")), QStringLiteral("--out-dir"),
          f.out},
         "would both write"},
        {{f.a, f.dir.filePath(QStringLiteral("school-a-school.nwk")), QStringLiteral("--out-dir"),
          f.out, QStringLiteral("--format"), QStringLiteral("csv")},
         "school-a-school-links.csv'"},
        {{QStringLiteral("--out-dir"), f.out}, "no session file given"},
    };
    for (const auto &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = run(c.args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
    }
    CHECK_FALSE(QFile::exists(svg));
    CHECK_FALSE(QFile::exists(f.out));
}

TEST_CASE("export finds the session's deck next to it or through --deck", "[cli][export][batch]")
{
    Fixture f;
    Session s = sampleSession();
    s.deck.id = QStringLiteral("eigen-set");
    REQUIRE_FALSE(s.cards.empty());
    QuestionNote note;
    note.text = QStringLiteral("een notitie");
    s.cards.front().notes.push_back(note);
    const QString session = f.dir.filePath(QStringLiteral("own.nwk"));
    REQUIRE(writeSessionFile(s, session).isEmpty());
    const QStringList args{QStringLiteral("export"),    session,
                           QStringLiteral("--out-dir"), f.out,
                           QStringLiteral("--format"),  QStringLiteral("csv")};

    // No such deck: a warning, the built-in deck's texts, and the export still succeeds.
    const CliResult missing = runCli(args);
    INFO(missing.err.toStdString());
    CHECK(missing.exitCode == 0);
    CHECK(missing.err.contains(session + QStringLiteral(": warning: deck \"eigen-set\" (nl) not "
                                                        "found")));
    const Deck builtin = builtinDeck(QStringLiteral("nl"));
    CHECK(readAll(f.output("own-notes.csv")).contains(builtin.cards.front().theme.toUtf8()));

    // The deck given with --deck.
    Deck own = builtin;
    own.id = QStringLiteral("eigen-set");
    own.cards.front().theme = QStringLiteral("Eigen thema");
    const QString deckFile = f.dir.filePath(QStringLiteral("decks.json"));
    REQUIRE(writeText(deckFile, serializeDeck(own)));
    const CliResult found = runCli(args + QStringList{QStringLiteral("--deck"), deckFile});
    INFO(found.err.toStdString());
    CHECK(found.exitCode == 0);
    CHECK_FALSE(found.err.contains(QStringLiteral("warning")));
    CHECK(readAll(f.output("own-notes.csv")).contains("Eigen thema"));
}

TEST_CASE("export map options reach the drawing", "[cli][export][batch]")
{
    Fixture f;
    Session s = sampleSession();
    Group g;
    g.id = QStringLiteral("gr1");
    g.label = QStringLiteral("Zorgteam");
    g.members = {QStringLiteral("pa1"), QStringLiteral("pa4")};
    s.groups.push_back(g);
    s.partners[1].notes = QStringLiteral("Afspraak in juni.");
    const QString session = f.dir.filePath(QStringLiteral("groups.nwk"));
    REQUIRE(writeSessionFile(s, session).isEmpty());
    auto svg = [&](const QString &name, QStringList extra) {
        const QString out = f.dir.filePath(name + QStringLiteral(".svg"));
        const CliResult r = runCli(
            QStringList{QStringLiteral("export"), session, QStringLiteral("-o"), out} + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return nwk::test::inspectSvg(readAll(out));
    };
    // Everything shown (notes too); then each option on its own takes its part away.
    const QStringList showNotes{QStringLiteral("--show-notes")};
    const nwk::test::SvgDocument full = svg(QStringLiteral("full"), showNotes);
    const QSet<QString> dots = nwk::test::markColours(full);
    REQUIRE_FALSE(dots.isEmpty());
    const MapFeatures base = nwk::test::mapFeatures(full, dots);
    INFO("all shown: " << base);
    REQUIRE((base.legend && base.title && base.markDots > 0 && base.noteGlyphs > 0 &&
             base.missing > 0 && base.groups > 0));
    const std::pair<const char *, void (*)(MapFeatures &)> flags[] = {
        {"--no-legend", [](MapFeatures &m) { m.legend = false; }},
        {"--no-title", [](MapFeatures &m) { m.title = false; }},
        {"--no-marks", [](MapFeatures &m) { m.markDots = 0; }},
        {"--no-missing", [](MapFeatures &m) { m.missing = 0; }},
        {"--no-groups", [](MapFeatures &m) { m.groups = 0; }},
    };
    for (const auto &[flag, gone] : flags) {
        INFO(flag);
        MapFeatures expected = base;
        gone(expected);
        const QString option = QString::fromLatin1(flag);
        CHECK(nwk::test::mapFeatures(svg(option.mid(2), showNotes + QStringList{option}), dots) ==
              expected);
    }
    MapFeatures withoutNotes = base;
    withoutNotes.noteGlyphs = 0;
    CHECK(nwk::test::mapFeatures(svg(QStringLiteral("default"), {}), dots) == withoutNotes);
}
