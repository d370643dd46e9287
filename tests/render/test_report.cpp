// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report (HTML and PDF) of the example session and of sessions built here.
#include "../support/examplesession.h"
#include "../support/readfile.h"
#include "render_fixtures.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/sessionio.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nwk;
using nwk::testdata::exampleSession;
using nwk::testdata::fileBytes;

namespace {

QString esc(const QString &s)
{
    return s.trimmed().toHtmlEscaped();
}

QString roleOf(const Session &s, const QString &participantId)
{
    const Participant *p = s.participant(participantId);
    return p ? p->role : QStringLiteral("onbekend");
}

/// The HTML of a quote as the report shows it: the text, then the speaker's role.
QString quoteMarkup(const QString &text, const QString &role, bool quotationMarks = true)
{
    const QString body = quotationMarks
                             ? QStringLiteral("\u201c") + esc(text) + QStringLiteral("\u201d")
                             : esc(text);
    return body + QStringLiteral(" <span class=\"role\">(") + esc(role) +
           QStringLiteral(")</span>");
}

int sectionStart(const QString &html, const Deck &deck, const QString &sectionId)
{
    for (std::size_t i = 0; i < deck.reportSections.size(); ++i)
        if (deck.reportSections[i].id == sectionId)
            return static_cast<int>(html.indexOf(QStringLiteral("<h2>%1) %2</h2>")
                                                     .arg(i + 1)
                                                     .arg(esc(deck.reportSections[i].title))));
    return -1;
}

/// The four member-check questions as tests/data/protocol-nl.md (Bijlage 3, 2.3) has them.
QStringList protocolMemberCheckQuestions()
{
    const QString text =
        QString::fromUtf8(fileBytes(QStringLiteral(NWK_TEST_DATA "/protocol-nl.md")));
    const int from = static_cast<int>(text.indexOf(QStringLiteral("### 2.3 Vragen")));
    REQUIRE(from >= 0);
    QStringList out;
    const QRegularExpression item(QStringLiteral("^[1-4]\\. (.+)$"),
                                  QRegularExpression::MultilineOption);
    auto it = item.globalMatch(text.mid(from, 2000));
    while (it.hasNext())
        out << it.next().captured(1).trimmed();
    return out;
}

/// Text content of the <text> elements of the first inline <svg>, without whitespace.
QString svgText(const QString &html)
{
    const int from = static_cast<int>(html.indexOf(QStringLiteral("<svg")));
    const int to = static_cast<int>(html.indexOf(QStringLiteral("</svg>")));
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    QXmlStreamReader xml(html.mid(from, to - from + 6));
    QString out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            out += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

int pdfPageCount(const QByteArray &pdf)
{
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

Session escapingSession()
{
    Session s = exampleSession();
    s.cards[0].notes[0].text = QStringLiteral("<script>alert('x')</script> & co %1 %2");
    s.cards[0].quotes[0].text = QStringLiteral("a < b & \"c\"");
    s.cards[0].quotes[0].participantId.clear();
    s.partners[0].label = QStringLiteral("<b>Vet</b> & zo");
    return s;
}

} // namespace

TEST_CASE("report: the example's HTML holds each section, every quote with its role, the "
          "metaphors, the member check and the map",
          "[render][report]")
{
    const Session s = exampleSession();
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    REQUIRE(deck.reportSections.size() == 5);
    const QString html = reportHtml(s, deck, ReportOptions{});

    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<html lang=\"nl\">")));
    CHECK(html.contains(QStringLiteral("<h2>Profiel van de school en de participanten</h2>")));
    for (const DeckReportSection &sec : deck.reportSections) {
        INFO(sec.title.toStdString());
        CHECK(sectionStart(html, deck, sec.id) > 0);
    }
    for (const char *heading : {"Prioritaire partners", "Afstand t.o.v. de school", "Afwezigheden",
                                "Metaforen", "Member check"})
        CHECK(html.contains(QStringLiteral("<h%1>").arg(heading[0] == 'M' ? 2 : 3) +
                            QString::fromUtf8(heading)));

    // Every quote with its speaker's role, in the section its card feeds (from the deck).
    int quotes = 0;
    for (const CardProgress &card : s.cards) {
        const DeckCard *deckCard = deck.card(card.cardId);
        REQUIRE(deckCard);
        const int start = sectionStart(html, deck, deckCard->reportSection);
        const int next = static_cast<int>(html.indexOf(QStringLiteral("<h2>"), start + 1));
        for (const Quote &q : card.quotes) {
            INFO(q.id.toStdString());
            const int at =
                static_cast<int>(html.indexOf(quoteMarkup(q.text, roleOf(s, q.participantId))));
            CHECK(at > start);
            CHECK(at < next);
            ++quotes;
        }
    }
    CHECK(quotes == 40);
    // Roles, never "P1 leerkracht-..." (code and role together), outside the map's legend.
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<svg.*</svg>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    for (const Participant &p : s.participants)
        CHECK_FALSE(text.contains(esc(exportParticipantLabel(p, false, QString()))));

    for (const Metaphor &m : s.metaphors)
        CHECK(html.contains(quoteMarkup(m.text, roleOf(s, m.participantId), false)));
    const QStringList questions = protocolMemberCheckQuestions();
    REQUIRE(questions.size() == 4);
    for (const QString &q : questions) {
        INFO(q.toStdString());
        CHECK(html.indexOf(esc(q)) > html.indexOf(QStringLiteral("<h2>Member check</h2>")));
    }

    // Not discussed: the section, the empty categories with their note.
    const int waartoe = sectionStart(html, deck, QStringLiteral("waartoe"));
    CHECK(html.indexOf(QStringLiteral("<p class=\"muted\">Deze vraag kwam tijdens het "
                                      "focusgroepgesprek niet aan bod.</p>"),
                       waartoe) == html.indexOf(QStringLiteral("</h2>"), waartoe) + 6);
    CHECK(html.contains(QStringLiteral("Werk en stage buiten de school</h4>\n<p class=\"muted\">"
                                       "niet aan bod gekomen</p>")));

    // Priority partners ranked by marks, with the roles that marked them.
    const int priority = static_cast<int>(html.indexOf(QStringLiteral("<h3>Prioritaire partners")));
    const QString table =
        html.mid(priority, html.indexOf(QStringLiteral("</table>"), priority) - priority);
    CHECK(table.contains(QStringLiteral("<td>CLB</td><td>4</td><td>leerkracht-beleidsondersteuner "
                                        "(leerkracht lichamelijke opvoeding), zorgcoördinator, "
                                        "zorgleerkracht-ondersteuner type 7, directeur</td>")));
    // The two partners that "twee participanten" chose, not named, are no marked rows.
    CHECK_FALSE(table.contains(QStringLiteral("<td>Raad van bestuur</td><td>2</td>")));

    // The map inline as SVG, with the partners' labels as text.
    CHECK_FALSE(html.contains(QStringLiteral("<?xml")));
    const QString mapText = svgText(html);
    for (const Partner &p : s.partners)
        if (p.placement && p.label.size() <= 12)
            CHECK(mapText.contains(
                QString(p.label).remove(QRegularExpression(QStringLiteral("\\s")))));

    // Self-contained: nothing loaded from elsewhere.
    for (const char *external : {"<script", "<link", "src=", "url(", "@import", "href=\"http"})
        CHECK_FALSE(html.contains(QString::fromUtf8(external)));

    // The whole document is well-formed (escaping, inline SVG).
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    CHECK_FALSE(xml.hasError());
}

TEST_CASE("report: a deck decides which card feeds which section", "[render][report]")
{
    const Session s = exampleSession();
    Deck deck = builtinDeck(QStringLiteral("nl"));
    for (DeckCard &card : deck.cards)
        if (card.id == QStringLiteral("beweegredenen"))
            card.reportSection = QStringLiteral("waartoe");
    const QString html = reportHtml(s, deck, ReportOptions{});
    const int waarom = sectionStart(html, deck, QStringLiteral("waarom"));
    const int waartoe = sectionStart(html, deck, QStringLiteral("waartoe"));
    REQUIRE(waarom > 0);
    REQUIRE(waartoe > waarom);
    for (const CardProgress &card : s.cards)
        if (card.cardId == QStringLiteral("beweegredenen"))
            for (const Quote &q : card.quotes)
                CHECK(html.indexOf(quoteMarkup(q.text, roleOf(s, q.participantId))) > waartoe);
}

TEST_CASE("report: English texts and the English deck's titles", "[render][report]")
{
    Session s = exampleSession();
    s.cards[0].quotes[0].participantId.clear();
    const Deck deck = builtinDeck(QStringLiteral("en"));
    ReportOptions o;
    o.language = QStringLiteral("en");
    const QString html = reportHtml(s, deck, o);
    CHECK(html.contains(QStringLiteral("<html lang=\"en\">")));
    CHECK(html.contains(QStringLiteral("<h2>1) Conceptualisation: what?</h2>")));
    CHECK(html.contains(QStringLiteral("<h2>Profile of the school and the participants</h2>")));
    CHECK(html.contains(QStringLiteral("<h2>Metaphors</h2>")));
    CHECK(html.contains(quoteMarkup(s.cards[0].quotes[0].text, QStringLiteral("unknown"))));
    CHECK(html.contains(QStringLiteral("What strikes you when you look at the network map?")));
    CHECK_FALSE(html.contains(QStringLiteral("Prioritaire partners")));
}

TEST_CASE("report: free text is escaped", "[render][report]")
{
    const Session s = escapingSession();
    Deck deck = builtinDeck(QStringLiteral("nl"));
    deck.reportSections[0].title = QStringLiteral("Wat? <i>%2</i> & %1");
    const QString html = reportHtml(s, deck, ReportOptions{});
    CHECK(html.contains(QStringLiteral("<h2>1) Wat? &lt;i&gt;%2&lt;/i&gt; &amp; %1</h2>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co %1 %2")));
    CHECK(html.contains(quoteMarkup(QStringLiteral("a < b & \"c\""), QStringLiteral("onbekend"))));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Vet&lt;/b&gt; &amp; zo")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Vet</b>")));
}

TEST_CASE("report: anonymised shows pseudonyms and roles and refuses without pseudonyms",
          "[render][report][anonymise]")
{
    Session s = exampleSession();
    Partner &juf = s.partners[5];
    juf.kind = PartnerKind::Person;
    juf.label = QStringLiteral("Juf Ann");
    juf.fullName = QStringLiteral("Ann Peeters");
    juf.pseudonym = QStringLiteral("Leerkracht A");
    s.partners[6].notes = QStringLiteral("Samen met juf ann en Ann Peeters.");
    ReportOptions o;
    o.anonymise = true;
    const Deck deck = builtinDeck(QStringLiteral("nl"));

    const QString html = reportHtml(s, deck, o);
    for (const Partner &p : s.partners) {
        if (p.kind != PartnerKind::Person || p.label == p.pseudonym)
            continue;
        CHECK_FALSE(html.contains(p.label, Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(p.fullName, Qt::CaseInsensitive));
        CHECK(html.contains(p.pseudonym));
    }
    CHECK(html.contains(QStringLiteral("Samen met Leerkracht A en Leerkracht A.")));
    CHECK(html.contains(QStringLiteral("<b>BaO1</b>")) == false); // the school: pseudonym, as text
    CHECK(html.contains(QStringLiteral("BaO1")));
    CHECK_FALSE(html.contains(QStringLiteral("Basisschool 1"), Qt::CaseInsensitive));
    // The session notes name the school in lower case: replaced there too.
    CHECK(html.contains(QStringLiteral("Netwerkkaart BaO1")));
    CHECK_FALSE(
        html.contains(QStringLiteral("Onderzoeker 1"), Qt::CaseInsensitive)); // facilitators
    CHECK_FALSE(html.contains(QStringLiteral("<th>Code</th>")));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    juf.pseudonym.clear();
    for (const QString &name : {QStringLiteral("verslag.html"), QStringLiteral("verslag.pdf")}) {
        const QString path = dir.filePath(name);
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("keep");
        }
        const QString error = name.endsWith(QStringLiteral(".pdf"))
                                  ? exportReportPdf(s, deck, path, o)
                                  : exportReportHtml(s, deck, path, o);
        INFO(error.toStdString());
        CHECK(error.contains(path));
        CHECK(error.contains(QStringLiteral("'Juf Ann' (pa6) is a person and has no pseudonym")));
        CHECK(fileBytes(path) == QByteArray("keep"));
    }
}

TEST_CASE("report: researcher annotations only when asked for", "[render][report]")
{
    Session s = exampleSession();
    s.codebook.push_back(
        Code{QStringLiteral("c1"), QStringLiteral("professionele klik"), QString(), {}});
    Annotation a;
    a.id = QStringLiteral("an2");
    a.targetKind = AnnotationTarget::Partner;
    a.targetId = QStringLiteral("pa20");
    a.memo = QStringLiteral("Brugfiguur als schakel <tussen> school en gezin.");
    a.codes = QStringList{QStringLiteral("c1")};
    a.author = QStringLiteral("onderzoeker 2");
    s.annotations.push_back(a);
    const Deck deck = builtinDeck(QStringLiteral("nl"));

    ReportOptions o;
    CHECK_FALSE(reportHtml(s, deck, o).contains(QStringLiteral("Annotaties")));
    o.includeAnnotations = true;
    const QString html = reportHtml(s, deck, o);
    CHECK(html.contains(QStringLiteral("<h2>Annotaties van de onderzoeker</h2>")));
    CHECK(html.contains(
        QStringLiteral("<tr><td>partner: Brugfiguur</td><td>professionele klik</td>"
                       "<td>Brugfiguur als schakel &lt;tussen&gt; school en gezin.</td>"
                       "<td>onderzoeker 2</td></tr>")));
    CHECK(html.contains(QStringLiteral("<tr><td>sessie</td><td></td><td>") +
                        esc(s.annotations[0].memo)));
    // Before the member-check sheet, which stays last.
    CHECK(html.indexOf(QStringLiteral("Annotaties van de onderzoeker")) <
          html.indexOf(QStringLiteral("<h2>Member check</h2>")));
}

TEST_CASE("report: an annotation names its group or missing partner or quote or card note",
          "[render][report]")
{
    Session s = exampleSession();
    s.annotations.clear();
    const auto annotate = [&s](AnnotationTarget kind, const QString &targetId) {
        Annotation a;
        a.id = QStringLiteral("an%1").arg(s.annotations.size() + 10);
        a.targetKind = kind;
        a.targetId = targetId;
        a.memo = QStringLiteral("memo %1").arg(s.annotations.size());
        s.annotations.push_back(a);
    };
    annotate(AnnotationTarget::Group, QStringLiteral("g1"));
    annotate(AnnotationTarget::Group, QStringLiteral("g-gone"));
    annotate(AnnotationTarget::MissingPartner, QStringLiteral("mp-gone"));
    annotate(AnnotationTarget::Quote, QStringLiteral("q5"));
    annotate(AnnotationTarget::Quote, QStringLiteral("q-gone"));
    annotate(AnnotationTarget::CardNote, QStringLiteral("actoreninventarisatie/h1"));
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    ReportOptions o;
    o.includeAnnotations = true;
    const QString html = reportHtml(s, deck, o);

    const auto row = [](const QString &target, int memo) {
        return QStringLiteral("<tr><td>%1</td><td></td><td>memo %2</td>").arg(target).arg(memo);
    };
    CHECK(html.contains(row(QStringLiteral("groep: ") + esc(s.groups.front().label), 0)));
    CHECK(html.contains(row(QStringLiteral("groep: g-gone"), 1)));
    CHECK(html.contains(row(QStringLiteral("ontbrekende partner: mp-gone"), 2)));
    const Quote *quote = nullptr;
    for (const CardProgress &p : s.cards)
        for (const Quote &q : p.quotes)
            if (q.id == QStringLiteral("q5"))
                quote = &q;
    REQUIRE(quote);
    REQUIRE(quote->text.size() > 80);
    CHECK(html.contains(row(QStringLiteral("citaat: \u201c") + esc(quote->text.left(80)) +
                                QStringLiteral("\u2026\u201d (") +
                                esc(roleOf(s, quote->participantId)) + QStringLiteral(")"),
                            3)));
    CHECK(html.contains(row(QStringLiteral("citaat: q-gone"), 4)));
    const DeckCard *card = deck.card(QStringLiteral("actoreninventarisatie"));
    REQUIRE(card);
    CHECK(html.contains(row(QStringLiteral("notitie bij een gesprekskaart: ") + esc(card->theme) +
                                QStringLiteral(" (h1)"),
                            5)));
}

TEST_CASE("report: a new session without conversation still makes a complete report",
          "[render][report]")
{
    Session s = newSession();
    s.rings.clear();
    Partner p;
    p.id = QStringLiteral("pa1");
    p.label = QStringLiteral("Zonder plaats");
    s.partners.push_back(p);
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    const QString html = reportHtml(s, deck, ReportOptions{});
    for (const DeckReportSection &sec : deck.reportSections)
        CHECK(sectionStart(html, deck, sec.id) > 0);
    CHECK(html.contains(QStringLiteral("Geen partners als prioritair aangeduid.")));
    CHECK(html.contains(QStringLiteral("Geen metaforen genoteerd.")));
    CHECK(html.contains(QStringLiteral("<b>niet op de kaart geplaatst</b>: Zonder plaats")));
    CHECK(html.count(QStringLiteral("<div class=\"answer\"></div>")) == 4);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("leeg.pdf"));
    REQUIRE(exportReportPdf(s, deck, path, ReportOptions{}).isEmpty());
    CHECK(pdfPageCount(fileBytes(path)) >= 3); // map, text, member-check sheet
}
