// SPDX-License-Identifier: GPL-3.0-or-later
// The report's profile of the school and the participants, the metaphors, the closing
// answers and the member-check sheet.
#include "report_p.h"

#include "render_p.h"

#include "nwk/core/clocktext.h"

#include <map>
#include <utility>

namespace nwk::report {

namespace {

QString line(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(esc(label), value);
}

QString coverageHtml(const Context &c)
{
    const std::pair<Record, Text> lines[] = {
        {Record::Recorded, Text::SectionsCovered},
        {Record::NotDiscussed, Text::SectionsNotCovered},
        {Record::NotRecorded, Text::SectionsNotRecorded},
        {Record::LeftOut, Text::SectionsLeftOut},
        {Record::NoNotes, Text::SectionsNoNotes},
    };
    std::map<Record, QStringList> titles;
    for (const DeckReportSection &sec : c.deck.reportSections) {
        std::vector<const DeckCard *> cards;
        for (const DeckCard &card : c.deck.cards)
            if (card.reportSection == sec.id)
                cards.push_back(&card);
        titles[sectionRecord(c.s, cards)] << sec.title;
    }
    QString out;
    for (const auto &[record, text] : lines)
        if (const QStringList &t = titles[record]; !t.isEmpty())
            out +=
                QStringLiteral("<p>%1</p>\n").arg(esc(c.t(text).arg(t.join(QStringLiteral(", ")))));
    return out;
}

} // namespace

QString memoKindText(const Context &c, MemoKind k)
{
    switch (k) {
    case MemoKind::Atmosphere:
        return c.t(Text::MemoAtmosphere);
    case MemoKind::Disturbance:
        return c.t(Text::MemoDisturbance);
    case MemoKind::Emotion:
        return c.t(Text::MemoEmotion);
    case MemoKind::Other:
        break;
    }
    return c.t(Text::MemoOther);
}

QString profileHtml(const Context &c)
{
    const Meta &m = c.s.meta;
    QString out = QStringLiteral("<section id=\"profiel\">\n<h2>%1</h2>\n<table class=\"facts\">\n")
                      .arg(esc(c.t(Text::Profile)));
    out += line(c.t(Text::School), esc(detail::schoolDisplayName(c.s, c.names)));
    out += line(c.t(Text::Level), esc(m.level));
    out += line(c.t(Text::SchoolType), esc(m.schoolType));
    out += line(c.t(Text::Umbrella), esc(m.umbrella));
    out += line(c.t(Text::Location), esc(m.location));
    out += line(c.t(Text::Date), esc(m.date));
    out += line(c.t(Text::StartTime), esc(m.startTime));
    if (!c.o.anonymise)
        out += line(c.t(Text::Facilitators), esc(m.facilitators.join(QStringLiteral(", "))));
    out += QStringLiteral("</table>\n");
    if (!m.notes.trimmed().isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(c.html(m.notes));

    out += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
               .arg(esc(c.t(Text::Participants)),
                    esc(c.t(Text::ParticipantsCount).arg(c.s.participants.size())));
    if (!c.s.participants.empty()) {
        out += QStringLiteral(
            "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
        if (!c.o.anonymise)
            out += QStringLiteral("<th>%1</th>").arg(esc(c.t(Text::Code)));
        out += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th></tr>\n")
                   .arg(esc(c.t(Text::Role)), esc(c.t(Text::RoleGroup)), esc(c.t(Text::Present)));
        for (const Participant &p : c.s.participants) {
            QStringList presence;
            if (p.joinedMs >= 0)
                presence << c.t(Text::Joined).arg(shortClockText(p.joinedMs));
            if (p.leftMs >= 0)
                presence << c.t(Text::Left).arg(shortClockText(p.leftMs));
            if (presence.isEmpty())
                presence << c.t(Text::FromStart);
            QString presenceHtml = esc(presence.join(QStringLiteral(", ")));
            if (!p.note.trimmed().isEmpty())
                presenceHtml += QStringLiteral("<br/>") + c.html(p.note);
            out += QStringLiteral("<tr>");
            if (!c.o.anonymise)
                out += QStringLiteral("<td>%1</td>").arg(esc(p.code.isEmpty() ? p.id : p.code));
            out += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td></tr>\n")
                       .arg(esc(c.role(p.id)), esc(detail::roleGroupText(p.roleGroup, c.names)),
                            presenceHtml);
        }
        out += QStringLiteral("</table>\n");
    }

    // Which of the deck's report sections the conversation covered, and what the others
    // were: each in its own words, "not discussed" only where the researcher said so.
    out += coverageHtml(c);

    if (!c.s.memos.empty()) {
        out += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(c.t(Text::Memos)));
        for (const Memo &memo : c.s.memos) {
            const QString when =
                memo.atMs >= 0 ? shortClockText(memo.atMs) + QStringLiteral(", ") : QString();
            out += QStringLiteral("<li><span class=\"muted\">[%1%2]</span> %3</li>\n")
                       .arg(esc(when), esc(memoKindText(c, memo.kind)), c.html(memo.text));
        }
        out += QStringLiteral("</ul>\n");
    }
    return out + QStringLiteral("</section>\n");
}

QString metaphorsHtml(const Context &c)
{
    QString out =
        QStringLiteral("<section id=\"metaforen\">\n<h2>%1</h2>\n").arg(esc(c.t(Text::Metaphors)));
    if (c.s.metaphors.empty())
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(c.t(Text::NoMetaphors)));
    for (const Metaphor &m : c.s.metaphors)
        out += quoteHtml(c, m.text, m.participantId, false, m.atMs);
    return out + QStringLiteral("</section>\n");
}

QString closingHtml(const Context &c)
{
    if (c.deck.closingQuestions.empty() && c.s.closingAnswers.empty())
        return {};
    QString out =
        QStringLiteral("<section id=\"afronding\">\n<h2>%1</h2>\n").arg(esc(c.t(Text::Closing)));
    QStringList known;
    for (const DeckQuestion &q : c.deck.closingQuestions) {
        known << q.id;
        out += QStringLiteral("<p class=\"question\">%1</p>\n").arg(esc(q.text));
        bool answered = false;
        for (const ClosingAnswer &a : c.s.closingAnswers)
            if (a.questionId == q.id && !a.text.trimmed().isEmpty()) {
                out += QStringLiteral("<p>%1</p>\n").arg(c.html(a.text));
                answered = true;
            }
        if (!answered)
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(c.t(Text::NoAnswer)));
    }
    for (const ClosingAnswer &a : c.s.closingAnswers)
        if (!known.contains(a.questionId) && !a.text.trimmed().isEmpty())
            out += QStringLiteral("<p class=\"question\">%1</p>\n<p>%2</p>\n")
                       .arg(esc(a.questionId), c.html(a.text));
    return out + QStringLiteral("</section>\n");
}

QString memberCheckHtml(const Context &c)
{
    QStringList questions;
    for (const DeckQuestion &q : c.deck.memberCheckQuestions)
        questions << q.text;
    if (questions.isEmpty())
        questions = fallbackMemberCheckQuestions(c.o.language);
    QString out;
    if (c.forPdf)
        out += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n")
                   .arg(esc(c.t(Text::MemberCheck)));
    else
        out += QStringLiteral("<section id=\"membercheck\" class=\"membercheck\">\n<h2>%1</h2>\n")
                   .arg(esc(c.t(Text::MemberCheck)));
    out += QStringLiteral("<p>%1</p>\n<p>%2</p>\n<p>%3: %4</p>\n")
               .arg(esc(c.t(Text::MemberCheckIntro)), esc(c.t(Text::MemberCheckReport)),
                    esc(c.t(Text::School)), esc(detail::schoolDisplayName(c.s, c.names)));
    for (int i = 0; i < questions.size(); ++i) {
        out += QStringLiteral("<h4>%1. %2</h4>\n").arg(i + 1).arg(esc(questions.at(i)));
        if (c.forPdf)
            out += QStringLiteral(
                "<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                "cellpadding=\"4\"><tr><td>&nbsp;<br/><br/><br/><br/><br/><br/></td></tr>"
                "</table>\n");
        else
            out += QStringLiteral("<div class=\"answer\"></div>\n");
    }
    return c.forPdf ? out : out + QStringLiteral("</section>\n");
}

} // namespace nwk::report
