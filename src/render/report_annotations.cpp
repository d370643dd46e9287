// SPDX-License-Identifier: GPL-3.0-or-later
// The report's table of the researcher's annotations: what each is about (a partner,
// a link, a quote, a metaphor, a closing answer, a memo, ...), its codes, memo and author.
#include "report_p.h"

#include "nwk/core/clocktext.h"

#include <algorithm>

namespace nwk::report {

namespace {

QString muted(const QString &s)
{
    return QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(s));
}

/// The label of the item with `id` in `items` (missing partners, groups), or `id` when
/// there is none.
template <typename Items> QString labelOr(const Items &items, const QString &id)
{
    for (const auto &item : items)
        if (item.id == id)
            return item.label;
    return id;
}

/// "“text”", cut at 80 characters.
QString quoted(const QString &text)
{
    return QStringLiteral("\u201c") + text.left(80) +
           (text.size() > 80 ? QStringLiteral("\u2026") : QString()) + QStringLiteral("\u201d");
}

/// A quote as "“text” (role)", the text cut at 80 characters; the bare id of a
/// quote that is gone.
QString quoteText(const Context &c, const QString &quoteId)
{
    for (const CardProgress &p : c.s.cards)
        for (const Quote &q : p.quotes)
            if (q.id == quoteId)
                return quoted(q.text) + QStringLiteral(" (") + c.role(q.participantId) +
                       QStringLiteral(")");
    return quoteId;
}

/// A metaphor as "“text” (role)", like a quote; the bare id of one that is gone.
QString metaphorText(const Context &c, const QString &metaphorId)
{
    for (const Metaphor &m : c.s.metaphors)
        if (m.id == metaphorId)
            return quoted(m.text) + QStringLiteral(" (") + c.role(m.participantId) +
                   QStringLiteral(")");
    return metaphorId;
}

/// A closing answer by its question: the deck's question text, else the question id.
QString closingText(const Context &c, const QString &questionId)
{
    for (const DeckQuestion &q : c.deck.closingQuestions)
        if (q.id == questionId)
            return q.text;
    return questionId;
}

/// A memo as "[12:05, sfeer] “text”"; the bare id of one that is gone.
QString memoText(const Context &c, const QString &memoId)
{
    for (const Memo &m : c.s.memos)
        if (m.id == memoId) {
            const QString when =
                m.atMs >= 0 ? shortClockText(m.atMs) + QStringLiteral(", ") : QString();
            return QStringLiteral("[") + when + memoKindText(c, m.kind) + QStringLiteral("] ") +
                   quoted(m.text);
        }
    return memoId;
}

QString targetText(const Context &c, const Annotation &a)
{
    // "Kind: what", e.g. "Partner: Jeugdzorg".
    const auto titled = [&c](Text kind, const QString &what) {
        return c.t(kind) + QStringLiteral(": ") + what;
    };
    switch (a.targetKind) {
    case AnnotationTarget::Session:
        return c.t(Text::TargetSession);
    case AnnotationTarget::Partner:
        return titled(Text::TargetPartner, c.partnerName(a.targetId));
    case AnnotationTarget::Link:
        if (const Link *l = c.s.link(a.targetId))
            return titled(Text::TargetLink, c.partnerName(l->from) + QStringLiteral(" \u2013 ") +
                                                c.partnerName(l->to));
        return titled(Text::TargetLink, a.targetId);
    case AnnotationTarget::MissingPartner:
        return titled(Text::TargetMissing, labelOr(c.s.missingPartners, a.targetId));
    case AnnotationTarget::CardNote: {
        const QString cardId = a.targetId.section(QLatin1Char('/'), 0, 0);
        const DeckCard *card = c.deck.card(cardId);
        return titled(Text::TargetCardNote, (card ? card->theme : cardId) + QStringLiteral(" (") +
                                                a.targetId.section(QLatin1Char('/'), 1) +
                                                QStringLiteral(")"));
    }
    case AnnotationTarget::Quote:
        return titled(Text::TargetQuote, quoteText(c, a.targetId));
    case AnnotationTarget::Group:
        return titled(Text::TargetGroup, labelOr(c.s.groups, a.targetId));
    case AnnotationTarget::Metaphor:
        return titled(Text::TargetMetaphor, metaphorText(c, a.targetId));
    case AnnotationTarget::ClosingAnswer:
        return titled(Text::TargetClosingAnswer, closingText(c, a.targetId));
    case AnnotationTarget::Memo:
        return titled(Text::TargetMemo, memoText(c, a.targetId));
    }
    return a.targetId;
}

} // namespace

QString annotationsHtml(const Context &c)
{
    QString out = QStringLiteral("<section id=\"annotaties\">\n<h2>%1</h2>\n")
                      .arg(esc(c.t(Text::Annotations)));
    if (c.s.annotations.empty())
        return out + muted(c.t(Text::NoAnnotations)) + QStringLiteral("</section>\n");
    out += QStringLiteral(
               "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
               "<tr><th width=\"25%\">%1</th><th width=\"15%\">%2</th><th width=\"45%\">%3</th>"
               "<th width=\"15%\">%4</th></tr>\n")
               .arg(esc(c.t(Text::Target)), esc(c.t(Text::Codes)), esc(c.t(Text::Memo)),
                    esc(c.t(Text::Author)));
    for (const Annotation &a : c.s.annotations) {
        QStringList codes;
        for (const QString &id : a.codes)
            codes << codeLabel(c, id);
        QString author = esc(a.author);
        if (!a.created.isEmpty())
            author += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(a.created));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(esc(targetText(c, a)), esc(codes.join(QStringLiteral(", "))),
                        c.html(a.memo), author);
    }
    return out + QStringLiteral("</table>\n</section>\n");
}

QString codeLabel(const Context &c, const QString &codeId)
{
    if (codeId == QLatin1String(kInferredPriorityCodeId)) // reserved: in the report's language
        return c.t(Text::InferredPriorityCode);
    const auto it = std::find_if(c.s.codebook.begin(), c.s.codebook.end(),
                                 [&](const Code &code) { return code.id == codeId; });
    return it != c.s.codebook.end() && !it->label.isEmpty() ? it->label : codeId;
}

} // namespace nwk::report
