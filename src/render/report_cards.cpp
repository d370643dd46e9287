// SPDX-License-Identifier: GPL-3.0-or-later
// The report's sections of the deck: each card's notes and quotes by question, and for
// what was not recorded the words that say why: not discussed, not recorded or left out
// (the researcher's marks, CardProgress::sectionMarks; a card the facilitators skipped
// was not discussed), or by default "no notes were recorded" (never "not discussed"
// unless someone said so).
#include "report_p.h"

#include <algorithm>

namespace nwk::report {

namespace {

QString mutedLine(const Context &c, Text id)
{
    return QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(c.t(id)));
}

bool hasMaterial(const CardProgress &p)
{
    return std::any_of(p.notes.begin(), p.notes.end(),
                       [](const QuestionNote &n) { return !n.text.trimmed().isEmpty(); }) ||
           std::any_of(p.quotes.begin(), p.quotes.end(),
                       [](const Quote &q) { return !q.text.trimmed().isEmpty(); });
}

Record recordOfMark(SectionState state)
{
    switch (state) {
    case SectionState::NotDiscussed:
        return Record::NotDiscussed;
    case SectionState::NotRecorded:
        return Record::NotRecorded;
    case SectionState::LeftOut:
        break;
    }
    return Record::LeftOut;
}

Text sectionText(Record r)
{
    switch (r) {
    case Record::NotDiscussed:
        return Text::NotCovered;
    case Record::NotRecorded:
        return Text::SectionNotRecorded;
    case Record::LeftOut:
        return Text::SectionLeftOut;
    case Record::Recorded:
    case Record::Done:
    case Record::NoNotes:
        break;
    }
    return Text::SectionNoNotes;
}

Text cardText(Record r)
{
    switch (r) {
    case Record::NotDiscussed:
        return Text::CardNotDiscussed;
    case Record::NotRecorded:
        return Text::CardNotRecorded;
    case Record::LeftOut:
        return Text::CardLeftOut;
    case Record::Recorded:
    case Record::Done:
    case Record::NoNotes:
        break;
    }
    return Text::NoNotes;
}

Text questionText(SectionState state)
{
    switch (state) {
    case SectionState::NotDiscussed:
        return Text::QuestionNotDiscussed;
    case SectionState::NotRecorded:
        return Text::QuestionNotRecorded;
    case SectionState::LeftOut:
        break;
    }
    return Text::QuestionLeftOut;
}

QString aboutHtml(const Context &c, const QStringList &partnerIds)
{
    QStringList names;
    for (const QString &id : partnerIds)
        names << esc(c.partnerName(id));
    if (names.isEmpty())
        return {};
    return QStringLiteral("<p class=\"about\">%1: %2</p>\n")
        .arg(esc(c.t(Text::AboutPartners)), names.join(QStringLiteral(", ")));
}

QString notesAndQuotes(const Context &c, const CardProgress &p, const QString &questionId)
{
    QString out;
    for (const QuestionNote &n : p.notes) {
        if (n.questionId != questionId || n.text.trimmed().isEmpty())
            continue;
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(c.html(n.text));
        out += aboutHtml(c, n.partnerIds);
    }
    for (const Quote &q : p.quotes)
        if (q.questionId == questionId && !q.text.trimmed().isEmpty())
            out += quoteHtml(c, q.text, q.participantId, true, q.atMs);
    return out;
}

/// A question's part: its notes and quotes, or the researcher's mark on it; empty when
/// it has neither.
QString questionPart(const Context &c, const CardProgress &p, const QString &questionId,
                     const QString &title)
{
    QString part = notesAndQuotes(c, p, questionId);
    if (part.isEmpty() && !questionId.isEmpty())
        if (const SectionMark *m = p.sectionMark(questionId))
            part = mutedLine(c, questionText(m->state));
    if (part.isEmpty())
        return {};
    return QStringLiteral("<p class=\"question\">%1</p>\n").arg(esc(title)) + part;
}

} // namespace

const CardProgress *progressOf(const Session &s, const QString &cardId)
{
    for (const CardProgress &p : s.cards)
        if (p.cardId == cardId)
            return &p;
    return nullptr;
}

Record recordOf(const CardProgress *p)
{
    if (!p)
        return Record::NoNotes;
    if (const SectionMark *m = p->sectionMark(QString())) // the researcher's word first
        return recordOfMark(m->state);
    const bool quoted = std::any_of(p->quotes.begin(), p->quotes.end(),
                                    [](const Quote &q) { return !q.text.trimmed().isEmpty(); });
    if (p->status == CardStatus::Skipped && !quoted) // its notes say why, if anything
        return Record::NotDiscussed;
    if (hasMaterial(*p))
        return Record::Recorded;
    if (p->status == CardStatus::Done || p->status == CardStatus::InProgress)
        return Record::Done;
    return Record::NoNotes;
}

Record sectionRecord(const Session &s, const std::vector<const DeckCard *> &cards)
{
    std::optional<Record> shared;
    bool same = true;
    for (const DeckCard *card : cards) {
        const Record r = recordOf(progressOf(s, card->id));
        if (r == Record::Recorded || r == Record::Done)
            return Record::Recorded;
        same = same && (!shared || *shared == r);
        shared = r;
    }
    return shared && same ? *shared : Record::NoNotes;
}

QString cardHtml(const Context &c, const DeckCard *card, const QString &cardId,
                 std::optional<Record> saidAlready)
{
    const CardProgress *p = progressOf(c.s, cardId);
    QString out = QStringLiteral("<h3>%1</h3>\n").arg(esc(card ? card->theme : cardId));
    const Record record = recordOf(p);
    if (record != Record::Recorded && record != saidAlready)
        out += mutedLine(c, cardText(record));
    if (!p)
        return out;
    QStringList known;
    if (card) {
        std::vector<const DeckQuestion *> questions;
        for (const DeckQuestion &q : card->mainQuestions)
            questions.push_back(&q);
        for (const DeckQuestionGroup &g : card->subquestions)
            for (const DeckQuestion &q : g.questions)
                questions.push_back(&q);
        for (const DeckQuestion *q : questions) {
            known << q->id;
            out += questionPart(c, *p, q->id, q->text);
        }
    }
    // Card-level material and notes on questions this deck does not know.
    QStringList other{QString()};
    for (const QuestionNote &n : p->notes)
        if (!known.contains(n.questionId) && !other.contains(n.questionId))
            other << n.questionId;
    for (const Quote &q : p->quotes)
        if (!known.contains(q.questionId) && !other.contains(q.questionId))
            other << q.questionId;
    for (const SectionMark &m : p->sectionMarks)
        if (!known.contains(m.questionId) && !other.contains(m.questionId))
            other << m.questionId;
    for (const QString &qid : other)
        out += questionPart(c, *p, qid, qid.isEmpty() ? c.t(Text::General) : qid);
    return out;
}

QString sectionHtml(const Context &c, int number, const QString &id, const QString &title,
                    const std::vector<const DeckCard *> &cards)
{
    QString out = QStringLiteral("<section id=\"sectie-%1\">\n<h2>%2) %3</h2>\n")
                      .arg(esc(id), QString::number(number), esc(title));
    std::optional<Record> said;
    if (const Record r = sectionRecord(c.s, cards); r != Record::Recorded) {
        out += mutedLine(c, sectionText(r));
        said = r; // the cards that share it do not say it again
    }
    if (id == QStringLiteral("wie"))
        out += actorsHtml(c);
    for (const DeckCard *card : cards)
        out += cardHtml(c, card, card->id, said);
    return out + QStringLiteral("</section>\n");
}

} // namespace nwk::report
