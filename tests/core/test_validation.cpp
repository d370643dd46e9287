// SPDX-License-Identifier: GPL-3.0-or-later
// validate(): ids, references and ranges of an in-memory session, located by file path.
#include <catch2/catch.hpp>

#include "nwk/core/validation.h"

#include <cmath>
#include <limits>

using namespace nwk;

namespace {

/// A small valid session: two participants, two partners, a link, a group, a quote.
Session sample()
{
    Session s = newSession();
    for (const char *id : {"p1", "p2"}) {
        Participant p;
        p.id = QString::fromLatin1(id);
        s.participants.push_back(p);
    }
    for (const char *id : {"pa1", "pa2"}) {
        Partner p;
        p.id = QString::fromLatin1(id);
        p.label = p.id.toUpper();
        p.category = QStringLiteral("zorg");
        p.placement = Placement{0.4, 100.0};
        s.partners.push_back(p);
    }
    Link l;
    l.id = QStringLiteral("l1");
    l.from = kSchoolId;
    l.to = QStringLiteral("pa1");
    s.links.push_back(l);
    Group g;
    g.id = QStringLiteral("g1");
    g.members = {QStringLiteral("pa1"), QStringLiteral("pa2")};
    s.groups.push_back(g);
    CardProgress c;
    c.cardId = QStringLiteral("leren");
    Quote q;
    q.id = QStringLiteral("q1");
    q.participantId = QStringLiteral("p1");
    q.partnerIds = {QStringLiteral("pa2")};
    c.quotes.push_back(q);
    s.cards.push_back(c);
    Code code;
    code.id = QStringLiteral("c1");
    s.codebook.push_back(code);
    return s;
}

QStringList messages(const Session &s)
{
    QStringList out;
    for (const Diagnostic &d : validate(s)) {
        CHECK(d.severity == Diagnostic::Severity::Error);
        out << d.toString();
    }
    return out;
}

} // namespace

TEST_CASE("a valid session has no problems", "[validation]")
{
    CHECK(messages(sample()).isEmpty());
    CHECK(messages(newSession()).isEmpty());
    CHECK(messages(Session{}).isEmpty());
}

TEST_CASE("ids are non-empty and unique per collection", "[validation]")
{
    Session s = sample();
    s.partners[1].id = QStringLiteral("pa1");
    s.groups[0].members = {QStringLiteral("pa1")};
    s.cards[0].quotes[0].partnerIds.clear();
    CHECK(messages(s) ==
          QStringList{QStringLiteral(
              "/partners/1/id: duplicate id \"pa1\" (also used at /partners/0/id)")});

    s = sample();
    s.participants[0].id.clear();
    s.cards[0].quotes[0].participantId.clear();
    CHECK(messages(s) == QStringList{QStringLiteral("/participants/0/id: empty id")});

    // The same id in two collections is fine.
    s = sample();
    s.groups[0].id = QStringLiteral("pa1");
    CHECK(messages(s).isEmpty());

    s = sample();
    s.categories[3].id = s.categories[0].id;
    CHECK(messages(s).contains(
        QStringLiteral("/categories/3/id: duplicate id \"professionalisering\" (also used at "
                       "/categories/0/id)")));
}

TEST_CASE("partner ids may not be the school's", "[validation]")
{
    Session s = sample();
    s.partners[1].id = kSchoolId;
    s.groups[0].members.removeLast();
    s.cards[0].quotes[0].partnerIds.clear();
    CHECK(messages(s) ==
          QStringList{QStringLiteral(
              "/partners/1/id: \"school\" is reserved for the school at the centre")});
}

TEST_CASE("references name existing objects", "[validation]")
{
    Session s = sample();
    s.links[0].to = QStringLiteral("pa9");
    s.partners[0].category = QStringLiteral("x");
    s.partners[0].marks = {QStringLiteral("p1"), QStringLiteral("p3")};
    s.partners[1].namedBy = {QStringLiteral("p2"), QStringLiteral("p2")};
    s.groups[0].members << QStringLiteral("pa5");
    s.cards[0].quotes[0].participantId = QStringLiteral("p8");
    const QStringList m = messages(s);
    CHECK(m.contains(QStringLiteral("/links/0/to: unknown partner \"pa9\"")));
    CHECK(m.contains(QStringLiteral("/partners/0/category: unknown category \"x\"")));
    CHECK(m.contains(QStringLiteral("/partners/0/marks/1: unknown participant \"p3\"")));
    CHECK(m.contains(QStringLiteral("/partners/1/namedBy/1: participant \"p2\" is listed twice")));
    CHECK(m.contains(QStringLiteral("/groups/0/members/2: unknown partner \"pa5\"")));
    CHECK(
        m.contains(QStringLiteral("/cards/0/quotes/0/participantId: unknown participant \"p8\"")));
    CHECK(m.size() == 6);
}

TEST_CASE("extra categories: known, at most three, not repeating the primary", "[validation]")
{
    Session s = sample();
    s.partners[0].extraCategories = {QStringLiteral("beleid"), QStringLiteral("werk"),
                                     QStringLiteral("aanbod")};
    CHECK(messages(s).isEmpty());
    s.partners[0].extraCategories << QStringLiteral("intern");
    CHECK(messages(s) == QStringList{QStringLiteral(
                             "/partners/0/extraCategories: 4 extra categories; at most 3")});
    s.partners[0].extraCategories = {QStringLiteral("zorg")};
    CHECK(messages(s) ==
          QStringList{QStringLiteral(
              "/partners/0/extraCategories/0: category \"zorg\" is already the primary category")});
}

TEST_CASE("placements and numbers are in range", "[validation]")
{
    Session s = sample();
    s.partners[0].placement = Placement{1.0, 0.0};
    s.partners[1].placement = Placement{0.0, 359.999};
    CHECK(messages(s).isEmpty());

    s.partners[0].placement = Placement{1.5, 360.0};
    s.partners[1].desiredPlacement = Placement{std::nan(""), -0.5};
    s.partners[1].count = -1;
    s.participants[0].leftMs = -2;
    s.cards[0].spentMs = -1;
    const QStringList m = messages(s);
    CHECK(m.contains(QStringLiteral("/partners/0/placement/distance: 1.5 is outside 0..1")));
    CHECK(m.contains(QStringLiteral("/partners/0/placement/angle: 360 is outside [0, 360)")));
    CHECK(m.contains(QStringLiteral("/partners/1/desiredPlacement/distance: not a finite number")));
    CHECK(
        m.contains(QStringLiteral("/partners/1/desiredPlacement/angle: -0.5 is outside [0, 360)")));
    CHECK(m.contains(QStringLiteral("/partners/1/count: -1 is negative")));
    CHECK(m.contains(QStringLiteral(
        "/participants/0/leftMs: -2 is not a valid time (milliseconds >= 0, or -1 for unknown)")));
    CHECK(m.contains(QStringLiteral("/cards/0/spentMs: -1 is negative")));
    CHECK(m.size() == 7);

    s = sample();
    s.missingPartners.push_back(MissingPartner{});
    s.missingPartners[0].id = QStringLiteral("m1");
    s.missingPartners[0].placement = Placement{std::numeric_limits<double>::infinity(), 0.0};
    CHECK(messages(s) == QStringList{QStringLiteral(
                             "/missingPartners/0/placement/distance: not a finite number")});
}

TEST_CASE("links: ends exist, may be the school, never the same", "[validation]")
{
    Session s = sample();
    s.links[0].from = QStringLiteral("pa2");
    s.links[0].to = QStringLiteral("pa2");
    CHECK(messages(s) ==
          QStringList{QStringLiteral("/links/0/to: a link cannot connect \"pa2\" to itself")});
    s.links[0].to.clear();
    CHECK(messages(s) == QStringList{QStringLiteral("/links/0/to: missing partner id")});
}

TEST_CASE("annotations point at existing targets and codes", "[validation]")
{
    Session s = sample();
    auto annotate = [&](AnnotationTarget kind, const char *target) {
        Annotation a;
        a.id = QStringLiteral("an%1").arg(s.annotations.size() + 1);
        a.targetKind = kind;
        a.targetId = QString::fromLatin1(target);
        a.codes = {QStringLiteral("c1")};
        s.annotations.push_back(a);
    };
    annotate(AnnotationTarget::Session, "");
    annotate(AnnotationTarget::Partner, "pa1");
    annotate(AnnotationTarget::Link, "l1");
    annotate(AnnotationTarget::Group, "g1");
    annotate(AnnotationTarget::Quote, "q1");
    annotate(AnnotationTarget::CardNote, "leren/leren.h1");
    CHECK(messages(s).isEmpty());
    // Every voice: a metaphor and a memo by id, a closing answer by its question id.
    Metaphor metaphor;
    metaphor.id = QStringLiteral("me1");
    s.metaphors.push_back(metaphor);
    Memo memo;
    memo.id = QStringLiteral("mo1");
    s.memos.push_back(memo);
    ClosingAnswer answer;
    answer.questionId = QStringLiteral("afronding1");
    s.closingAnswers.push_back(answer);
    annotate(AnnotationTarget::Metaphor, "me1");
    annotate(AnnotationTarget::ClosingAnswer, "afronding1");
    annotate(AnnotationTarget::Memo, "mo1");
    CHECK(messages(s).isEmpty());
    annotate(AnnotationTarget::Metaphor, "mo1");
    annotate(AnnotationTarget::ClosingAnswer, "afronding2");
    annotate(AnnotationTarget::Memo, "me1");
    CHECK(messages(s) ==
          QStringList{
              QStringLiteral("/annotations/9/targetId: unknown metaphor \"mo1\""),
              QStringLiteral("/annotations/10/targetId: unknown closing answer \"afronding2\""),
              QStringLiteral("/annotations/11/targetId: unknown memo \"me1\""),
          });
    s.annotations.resize(9);

    annotate(AnnotationTarget::MissingPartner, "pa1");
    annotate(AnnotationTarget::Quote, "q2");
    annotate(AnnotationTarget::CardNote, "/leren.h1");
    s.annotations[0].codes << QStringLiteral("c9");
    CHECK(messages(s) ==
          QStringList{
              QStringLiteral("/annotations/0/codes/1: unknown code \"c9\""),
              QStringLiteral("/annotations/9/targetId: unknown missing partner \"pa1\""),
              QStringLiteral("/annotations/10/targetId: unknown quote \"q2\""),
              QStringLiteral("/annotations/11/targetId: \"/leren.h1\" is not of the form "
                             "cardId/questionId"),
          });
}

TEST_CASE("card, protocol and closing ids are unique, quote ids across all cards", "[validation]")
{
    Session s = sample();
    CardProgress other;
    other.cardId = QStringLiteral("win-win");
    Quote q;
    q.id = QStringLiteral("q1");
    other.quotes.push_back(q);
    QuestionNote n1, n2;
    n1.questionId = n2.questionId = QStringLiteral("win-win.h1");
    other.notes = {n1, n2};
    s.cards.push_back(other);
    s.cards.push_back(CardProgress{});
    ProtocolStepState step;
    step.stepId = QStringLiteral("stap1");
    s.protocol = {step, step};
    const QStringList m = messages(s);
    CHECK(m.contains(QStringLiteral(
        "/cards/1/quotes/0/id: duplicate id \"q1\" (also used at /cards/0/quotes/0/id)")));
    CHECK(m.contains(QStringLiteral("/cards/1/notes/1/questionId: a second note for question "
                                    "\"win-win.h1\" (the first is at /cards/1/notes/0)")));
    CHECK(m.contains(QStringLiteral("/cards/2/cardId: empty id")));
    CHECK(m.contains(QStringLiteral(
        "/protocol/1/stepId: duplicate id \"stap1\" (also used at /protocol/0/stepId)")));
    CHECK(m.size() == 4);
}

TEST_CASE("a card's section marks are one per question, the card's own once", "[validation]")
{
    Session s = sample();
    CardProgress card;
    card.cardId = QStringLiteral("win-win");
    SectionMark whole, question;
    whole.state = SectionState::NotRecorded;
    question.questionId = QStringLiteral("win-win.h1");
    card.sectionMarks = {whole, question};
    s.cards.push_back(card);
    const QString at = QStringLiteral("/cards/%1/sectionMarks/").arg(s.cards.size() - 1);
    CHECK(messages(s).isEmpty());
    s.cards.back().sectionMarks.push_back(question);
    s.cards.back().sectionMarks.push_back(whole);
    CHECK(messages(s) ==
          QStringList{at +
                          QStringLiteral("2/questionId: a second mark for question "
                                         "\"win-win.h1\" (the first is at ") +
                          at + QStringLiteral("1)"),
                      at +
                          QStringLiteral("3/questionId: a second mark for the card (the first "
                                         "is at ") +
                          at + QStringLiteral("0)")});
}

TEST_CASE("category colours are #rrggbb", "[validation]")
{
    Session s = sample();
    s.categories[2].color = QStringLiteral("#ABCDEF");
    CHECK(messages(s).isEmpty());
    s.categories[2].color = QStringLiteral("#abc");
    CHECK(messages(s) == QStringList{QStringLiteral(
                             "/categories/2/color: \"#abc\" is not a colour of the form #rrggbb")});
}

TEST_CASE("snapshots are checked by the same rules, each located under its own index",
          "[validation]")
{
    Session s = sample();
    Snapshot first;
    first.id = QStringLiteral("s1");
    first.name = QStringLiteral("  ");
    Snapshot second;
    second.id = QStringLiteral("s2");
    second.name = QStringLiteral("Na de pauze");
    second.categories = s.categories;
    second.partners = {s.partners[0]};
    Link loop;
    loop.id = QStringLiteral("l1");
    loop.from = QStringLiteral("pa1");
    loop.to = QStringLiteral("pa1");
    second.links = {loop};
    Group g;
    g.id = QStringLiteral("g1");
    g.members = {QStringLiteral("pa2")}; // in the session, not in this snapshot
    second.groups = {g};
    s.snapshots = {first, second};
    CHECK(messages(s) ==
          QStringList{
              QStringLiteral("/snapshots/0/name: empty snapshot name"),
              QStringLiteral("/snapshots/1/links/0/to: a link cannot connect \"pa1\" to itself"),
              QStringLiteral("/snapshots/1/groups/0/members/0: unknown partner \"pa2\"")});
}
