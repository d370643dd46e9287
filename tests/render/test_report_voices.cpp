// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report (#23): annotations on every voice (metaphors, closing answers,
// memos) listed like those on quotes; what was not recorded worded as the researcher
// marked it, "no notes were recorded" by default and never "not discussed" unless said;
// reserved codes in the report's language; no number for a distance not stated.
#include "../support/examplesession.h"

#include "nwk/core/clocktext.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <algorithm>

using namespace nwk;
using nwk::testdata::exampleSession;

namespace {

QString esc(const QString &s)
{
    return s.trimmed().toHtmlEscaped();
}

QString report(const Session &s, const QString &language)
{
    ReportOptions o;
    o.language = language;
    o.includeAnnotations = true;
    return reportHtml(s, builtinDeck(language), o);
}

void annotate(Session &s, AnnotationTarget kind, const QString &targetId, const QString &memo,
              const QStringList &codes = {})
{
    Annotation a;
    a.id = QStringLiteral("an%1").arg(s.annotations.size() + 100);
    a.targetKind = kind;
    a.targetId = targetId;
    a.memo = memo;
    a.codes = codes;
    s.annotations.push_back(a);
}

/// The annotation table's row: target, codes, memo.
QString row(const QString &target, const QString &codes, const QString &memo)
{
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>").arg(target, codes, memo);
}

void mark(Session &s, const QString &cardId, const QString &questionId, SectionState state,
          CardStatus status = CardStatus::NotStarted)
{
    auto it = std::find_if(s.cards.begin(), s.cards.end(),
                           [&](const CardProgress &p) { return p.cardId == cardId; });
    if (it == s.cards.end()) {
        CardProgress p;
        p.cardId = cardId;
        p.status = status;
        s.cards.push_back(p);
        it = s.cards.end() - 1;
    }
    SectionMark m;
    m.questionId = questionId;
    m.state = state;
    it->sectionMarks.push_back(m);
}

} // namespace

TEST_CASE("report: annotations on a metaphor, a closing answer and a memo name what they "
          "are about, in Dutch and English",
          "[render][report][annotation]")
{
    Session s = exampleSession();
    s.annotations.clear();
    REQUIRE_FALSE(s.metaphors.empty());
    REQUIRE_FALSE(s.closingAnswers.empty());
    REQUIRE(s.memos.size() >= 2);
    const Metaphor &metaphor = s.metaphors.front();
    const ClosingAnswer &answer = s.closingAnswers.front();
    const Memo &memo = s.memos[1]; // kind "other", at 2:00
    annotate(s, AnnotationTarget::Metaphor, metaphor.id, QStringLiteral("Beeld van zorg."));
    annotate(s, AnnotationTarget::ClosingAnswer, answer.questionId,
             QStringLiteral("Werkvorm gewaardeerd."));
    annotate(s, AnnotationTarget::Memo, memo.id, QStringLiteral("Kleinere groep."));
    annotate(s, AnnotationTarget::Metaphor, QStringLiteral("mf-gone"), QStringLiteral("Weg."));
    const QString role = esc(s.participant(metaphor.participantId)->role);
    const QString metaphorText = esc(metaphor.text.left(80)) + QStringLiteral("\u2026");
    const QString memoText = esc(memo.text.left(80)) + QStringLiteral("\u2026");

    const QString nl = report(s, QStringLiteral("nl"));
    const Deck nlDeck = builtinDeck(QStringLiteral("nl"));
    CHECK(nl.contains(row(QStringLiteral("metafoor: \u201c") + metaphorText +
                              QStringLiteral("\u201d (") + role + QStringLiteral(")"),
                          QString(), QStringLiteral("Beeld van zorg."))));
    CHECK(nl.contains(row(QStringLiteral("antwoord op een vraag ter afronding: ") +
                              esc(nlDeck.closingQuestions.front().text),
                          QString(), QStringLiteral("Werkvorm gewaardeerd."))));
    CHECK(nl.contains(row(QStringLiteral("onderzoeksmemo: [") + shortClockText(memo.atMs) +
                              QStringLiteral(", andere] \u201c") + memoText +
                              QStringLiteral("\u201d"),
                          QString(), QStringLiteral("Kleinere groep."))));
    CHECK(nl.contains(row(QStringLiteral("metafoor: mf-gone"), QString(), QStringLiteral("Weg."))));

    const QString en = report(s, QStringLiteral("en"));
    const Deck enDeck = builtinDeck(QStringLiteral("en"));
    CHECK(en.contains(row(QStringLiteral("metaphor: \u201c") + metaphorText +
                              QStringLiteral("\u201d (") + role + QStringLiteral(")"),
                          QString(), QStringLiteral("Beeld van zorg."))));
    CHECK(en.contains(
        row(QStringLiteral("closing answer: ") + esc(enDeck.closingQuestions.front().text),
            QString(), QStringLiteral("Werkvorm gewaardeerd."))));
    CHECK(
        en.contains(row(QStringLiteral("research memo: [") + shortClockText(memo.atMs) +
                            QStringLiteral(", other] \u201c") + memoText + QStringLiteral("\u201d"),
                        QString(), QStringLiteral("Kleinere groep."))));
}

TEST_CASE("report: the reserved code of an inferred priority reads in the report's language",
          "[render][report][annotation]")
{
    Session s = exampleSession();
    s.annotations.clear();
    Code inferred;
    inferred.id = QString::fromLatin1(kInferredPriorityCodeId);
    inferred.label = QStringLiteral("Inferred priority"); // made in an English interface
    Code own;
    own.id = QStringLiteral("vertrouwen");
    own.label = QStringLiteral("Vertrouwen");
    s.codebook = {inferred, own};
    annotate(s, AnnotationTarget::Partner, s.partners.front().id, QStringLiteral("Afgeleid."),
             {inferred.id, own.id});
    const QString name = esc(s.partners.front().label);
    CHECK(report(s, QStringLiteral("nl"))
              .contains(row(QStringLiteral("partner: ") + name,
                            QStringLiteral("Afgeleide prioriteit, Vertrouwen"),
                            QStringLiteral("Afgeleid."))));
    CHECK_FALSE(report(s, QStringLiteral("nl")).contains(QStringLiteral("Inferred priority")));
    s.codebook.front().label = QStringLiteral("Afgeleide prioriteit"); // a Dutch interface
    CHECK(report(s, QStringLiteral("en"))
              .contains(row(QStringLiteral("partner: ") + name,
                            QStringLiteral("Inferred priority, Vertrouwen"),
                            QStringLiteral("Afgeleid."))));
}

TEST_CASE("report: a section without notes is worded as the researcher marked it, and by "
          "default as no notes recorded, never as not discussed, in Dutch and English",
          "[render][report]")
{
    struct Words {
        QString language, noNotesSection, noNotesCard, notDiscussed, notRecorded, leftOut,
            questionNotRecorded, profileNoNotes, profileNotDiscussed, profileNotRecorded,
            profileLeftOut, never;
    };
    const Words languages[] = {
        {QStringLiteral("nl"), QStringLiteral("Bij deze vraag werden geen notities genoteerd."),
         QStringLiteral("Er werden geen notities genoteerd."),
         QStringLiteral("Deze vraag kwam tijdens het focusgroepgesprek niet aan bod."),
         QStringLiteral("Wat over deze vraag gezegd werd, werd niet genoteerd."),
         QStringLiteral("Deze vraag werd bewust weggelaten."),
         QStringLiteral("Besproken, maar niet genoteerd."),
         QStringLiteral("Geen notities genoteerd: "), QStringLiteral("Niet aan bod gekomen: "),
         QStringLiteral("Besproken maar niet genoteerd: "), QStringLiteral("Bewust weggelaten: "),
         QStringLiteral("aan bod")},
        {QStringLiteral("en"), QStringLiteral("No notes were recorded for this question."),
         QStringLiteral("No notes were recorded."),
         QStringLiteral("This question was not discussed in the focus group."),
         QStringLiteral("What was said on this question was not recorded."),
         QStringLiteral("This question was left out on purpose."),
         QStringLiteral("Discussed, but not recorded."), QStringLiteral("No notes recorded: "),
         QStringLiteral("Not discussed: "), QStringLiteral("Discussed but not recorded: "),
         QStringLiteral("Left out on purpose: "), QStringLiteral("not discussed")},
    };
    for (const Words &w : languages) {
        INFO(w.language.toStdString());
        const Deck deck = builtinDeck(w.language);
        const auto title = [&](const char *id) {
            for (const DeckReportSection &sec : deck.reportSections)
                if (sec.id == QLatin1String(id))
                    return esc(sec.title);
            FAIL(id);
            return QString();
        };
        // Nothing recorded and nothing marked: no notes, never "not discussed".
        Session s = newSession();
        const QString empty = report(s, w.language);
        CHECK(empty.count(w.noNotesSection) == static_cast<int>(deck.reportSections.size()));
        CHECK_FALSE(empty.contains(w.never));
        CHECK(empty.contains(w.profileNoNotes + title("wat")));

        // The researcher's marks: each section in its own words.
        mark(s, QStringLiteral("betekenisonderhandeling"), QString(), SectionState::NotDiscussed);
        for (const char *card : {"beweegredenen", "instroomopties"})
            mark(s, QString::fromLatin1(card), QString(), SectionState::NotRecorded,
                 CardStatus::Done);
        for (const char *card : {"leren", "win-win", "in-ontwikkeling"})
            mark(s, QString::fromLatin1(card), QString(), SectionState::LeftOut);
        CardProgress done;
        done.cardId = QStringLiteral("doelgerichtheid");
        done.status = CardStatus::Done; // done without notes: no notes were recorded
        s.cards.push_back(done);
        mark(s, QStringLiteral("soort-samenwerkingsverband"),
             QStringLiteral("soort-samenwerkingsverband.h1"), SectionState::NotRecorded);
        const QString html = report(s, w.language);
        const auto after = [&](const char *section, const QString &text) {
            const int at = static_cast<int>(
                html.indexOf(QStringLiteral(") ") + title(section) + QStringLiteral("</h2>")));
            REQUIRE(at > 0);
            return html.indexOf(QStringLiteral("<p class=\"muted\">") + esc(text) +
                                    QStringLiteral("</p>"),
                                at) == html.indexOf(QStringLiteral("</h2>"), at) + 6;
        };
        CHECK(after("wat", w.notDiscussed));
        CHECK(after("waarom", w.notRecorded));
        CHECK(after("waartoe", w.leftOut));
        CHECK(after("wie", w.noNotesSection));
        const int hoe = static_cast<int>(html.indexOf(title("hoe") + QStringLiteral("</h2>")));
        const QString hoeText =
            html.mid(hoe, html.indexOf(QStringLiteral("</section>"), hoe) - hoe);
        CHECK(hoeText.count(QStringLiteral(">") + esc(w.noNotesCard) + QStringLiteral("<")) == 4);
        const DeckCard *card = deck.card(QStringLiteral("soort-samenwerkingsverband"));
        REQUIRE(card);
        CHECK(hoeText.contains(QStringLiteral("<p class=\"question\">") +
                               esc(card->mainQuestions.front().text) +
                               QStringLiteral("</p>\n<p class=\"muted\">") +
                               esc(w.questionNotRecorded) + QStringLiteral("</p>")));
        CHECK(html.contains(w.profileNotDiscussed + title("wat") + QStringLiteral(".")));
        CHECK(html.contains(w.profileNotRecorded + title("waarom") + QStringLiteral(".")));
        CHECK(html.contains(w.profileLeftOut + title("waartoe") + QStringLiteral(".")));
        CHECK(html.contains(w.profileNoNotes + title("wie") + QStringLiteral(".")));
    }
}

TEST_CASE("report: a partner without a stated distance never prints a number",
          "[render][report][schema3]")
{
    Session s = newSession();
    Partner stated;
    stated.id = QStringLiteral("pa1");
    stated.label = QStringLiteral("Gemeten");
    stated.category = s.categories.front().id;
    stated.placement = Placement{0.37, 10.0, DistanceKind::Ring};
    Partner unstated = stated;
    unstated.id = QStringLiteral("pa2");
    unstated.label = QStringLiteral("Ongemeten");
    unstated.placement = Placement{0.63, 20.0, DistanceKind::NotDiscussed};
    AlternativePlacement own;
    own.placement = Placement{0.71, 30.0, DistanceKind::NotDiscussed};
    unstated.alternatives = {own};
    FormerPlacement former;
    former.placement = Placement{0.83, 40.0, DistanceKind::NotDiscussed};
    unstated.formerPlacements = {former};
    Partner neutral = stated;
    neutral.id = QStringLiteral("pa3");
    neutral.label = QStringLiteral("Neutraal");
    neutral.placement.reset();
    neutral.neutralZone = true;
    s.partners = {stated, unstated, neutral};
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        QString html = report(s, language); // its text, without the map's SVG numbers
        html.remove(QRegularExpression(QStringLiteral("<svg.*</svg>"),
                                       QRegularExpression::DotMatchesEverythingOption));
        CHECK(html.contains(language == QLatin1String("nl") ? QStringLiteral("0,37")
                                                            : QStringLiteral("0.37")));
        for (const char *number : {"0,63", "0.63", "0,71", "0.71", "0,83", "0.83", "0,50", "0.50"})
            CHECK_FALSE(html.contains(QString::fromLatin1(number)));
    }
}
