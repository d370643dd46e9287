// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report as HTML: profile, the deck's report sections (report_cards.cpp),
// metaphors, closing answers, the member-check sheet.
#include "report_p.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"
#include "nwk/core/clocktext.h"

#include "render_p.h"

#include <QRegularExpression>

#include <algorithm>

namespace nwk::report {

namespace {

const char *kCss = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
       color: #202020; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 15pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 12.5pt; margin-top: 1.2em; }
h4 { font-size: 11pt; margin-top: 1em; }
p.subtitle { font-size: 12pt; color: #555; margin-top: 0; }
p.question { font-style: italic; color: #444; margin-bottom: 0.2em; }
p.muted, span.muted { color: #666; }
p.about { font-size: 9pt; color: #666; margin-top: 0; }
blockquote { margin: 0.5em 0 0.7em 1.5em; padding-left: 0.7em; border-left: 3px solid #bbb;
             font-style: italic; }
span.role { font-style: normal; color: #555; }
span.time { font-style: normal; color: #555; font-variant-numeric: tabular-nums; }
table.facts td { padding: 1px 10px 1px 0; vertical-align: top; }
table.grid { border-collapse: collapse; }
table.grid th, table.grid td { border: 1px solid #bbb; padding: 2px 6px; text-align: left;
             vertical-align: top; }
span.swatch { font-weight: bold; }
figure { margin: 1em 0; text-align: center; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #555; }
div.answer { border: 1px solid #999; min-height: 6em; margin: 0.3em 0 1em 0; }
section.membercheck { page-break-before: always; }
footer { margin-top: 3em; font-size: 8.5pt; color: #777; }
)";

} // namespace

QString esc(const QString &s)
{
    return withoutBidiControls(s).toHtmlEscaped();
}

QString quoteHtml(const Context &c, const QString &quoteText, const QString &participantId,
                  bool addQuotationMarks, qint64 atMs)
{
    QString body = c.html(quoteText);
    if (addQuotationMarks)
        body = QStringLiteral("\u201c") + body + QStringLiteral("\u201d");
    // The session clock's time, as a transcript stamps it: the way back into the recording.
    const QString time =
        atMs >= 0 ? QStringLiteral(" <span class=\"time\">[%1]</span>").arg(stampClockText(atMs))
                  : QString();
    return QStringLiteral("<blockquote><p>%1 <span class=\"role\">(%2)</span>%3</p></blockquote>\n")
        .arg(body, esc(c.role(participantId)), time);
}

QString Context::html(const QString &freeText) const
{
    QString out = esc(freeText.trimmed());
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

QString Context::role(const QString &participantId) const
{
    const Participant *p = participantId.isEmpty() ? nullptr : s.participant(participantId);
    if (!p)
        return t(Text::Unknown);
    const QString r = p->role.trimmed();
    return r.isEmpty() ? detail::roleGroupText(p->roleGroup, names) : r;
}

QString Context::partnerName(const QString &partnerId) const
{
    if (partnerId == kSchoolId)
        return detail::schoolDisplayName(s, names);
    const Partner *p = s.partner(partnerId);
    return p ? exportPartnerLabel(*p, o.anonymise) : partnerId;
}

Context makeContext(const Session &s, const Deck &deck, const ReportOptions &o, bool forPdf)
{
    RenderOptions names = o.map;
    names.language = o.language;
    names.anonymise = o.anonymise;
    return Context{s, deck, o, names, forPdf, {}};
}

QString reportBody(const Context &c)
{
    QString out = QStringLiteral("<h1>%1</h1>\n").arg(esc(c.t(Text::DocumentTitle)));
    QString subtitle = detail::schoolDisplayName(c.s, c.names);
    if (!c.s.meta.date.isEmpty())
        subtitle += QStringLiteral(", ") + c.s.meta.date;
    out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(subtitle));
    out += profileHtml(c);
    if (!c.forPdf) {
        out += QStringLiteral("<figure>\n%1\n<figcaption>%2</figcaption>\n</figure>\n")
                   .arg(inlineMapSvg(c.s, c.names),
                        esc(c.t(Text::MapFigure).arg(detail::schoolDisplayName(c.s, c.names))));
    } else {
        out += c.figureHtml;
    }
    int number = 0;
    bool actorsShown = false;
    for (const DeckReportSection &sec : c.deck.reportSections) {
        std::vector<const DeckCard *> cards;
        for (const DeckCard &card : c.deck.cards)
            if (card.reportSection == sec.id)
                cards.push_back(&card);
        actorsShown = actorsShown || sec.id == QStringLiteral("wie");
        out += sectionHtml(c, ++number, sec.id, sec.title, cards);
    }
    // Cards that feed no known section, and the partner inventory when the deck has no "wie".
    std::vector<const DeckCard *> rest;
    for (const DeckCard &card : c.deck.cards) {
        const bool known =
            std::any_of(c.deck.reportSections.begin(), c.deck.reportSections.end(),
                        [&](const DeckReportSection &sec) { return sec.id == card.reportSection; });
        if (!known)
            rest.push_back(&card);
    }
    if (!actorsShown)
        out += QStringLiteral("<section id=\"actoren\">\n<h2>%1</h2>\n%2</section>\n")
                   .arg(esc(c.t(Text::PartnersByCategory)), actorsHtml(c));
    if (!rest.empty()) {
        out += QStringLiteral("<section id=\"andere\">\n<h2>%1</h2>\n")
                   .arg(esc(c.t(Text::OtherCards)));
        for (const DeckCard *card : rest)
            out += cardHtml(c, card, card->id);
        out += QStringLiteral("</section>\n");
    }
    out += metaphorsHtml(c);
    out += closingHtml(c);
    if (c.o.includeAnnotations)
        out += annotationsHtml(c);
    out += memberCheckHtml(c);
    return out;
}

} // namespace nwk::report

namespace nwk {

QString reportHtml(const Session &session, const Deck &deck, const ReportOptions &o)
{
    // Everything the report shows comes from this copy (names replaced when anonymising).
    const Session s = sessionForExport(session, o.anonymise);
    const report::Context c = report::makeContext(s, deck, o, false);
    const QString lang =
        o.language.startsWith(QStringLiteral("en")) ? QStringLiteral("en") : QStringLiteral("nl");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n%4"
                          "<footer>%5</footer>\n</body>\n</html>\n")
        .arg(lang,
             report::esc(c.t(report::Text::DocumentTitle) + QStringLiteral(": ") +
                         detail::schoolDisplayName(s, c.names)),
             QString::fromUtf8(report::kCss), report::reportBody(c),
             report::esc(c.t(report::Text::Generated)));
}

QString exportReportHtml(const Session &s, const Deck &deck, const QString &fileName,
                         const ReportOptions &o)
{
    const QString refused = report::refuseAnonymised(s, fileName, o);
    if (!refused.isEmpty())
        return refused;
    return writeFileAtomically(fileName, reportHtml(s, deck, o).toUtf8());
}

} // namespace nwk
