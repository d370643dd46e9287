// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report cites quotes and metaphors with their session-clock time as a
// transcript stamps it ("[00:41:12]"), the way back into the recording (issue #26, item 5);
// in the HTML, the PDF and the anonymised report alike; no time where none was recorded.
#include "../support/examplesession.h"
#include "../support/pdftext.h"

#include "nwk/core/anonymise.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace nwk;
using nwk::testdata::exampleSession;

namespace {

/// The example with its first quote at 0:41:12.4, its second without a time and its first
/// metaphor at 1:05:07.
Session timedSession(QString *timed, QString *untimed)
{
    Session s = exampleSession();
    for (auto &p : s.cards)
        for (auto &q : p.quotes)
            q.atMs = -1;
    for (auto &m : s.metaphors)
        m.atMs = -1;
    std::vector<Quote *> quotes;
    for (auto &p : s.cards)
        for (auto &q : p.quotes)
            quotes.push_back(&q);
    REQUIRE(quotes.size() >= 2);
    REQUIRE_FALSE(s.metaphors.empty());
    quotes[0]->atMs = 41 * 60 * 1000 + 12 * 1000 + 400;
    *timed = quotes[0]->text.trimmed().toHtmlEscaped();
    *untimed = quotes[1]->text.trimmed().toHtmlEscaped();
    s.metaphors[0].atMs = 3907000;
    return s;
}

} // namespace

TEST_CASE("report: a quote with a time is cited with its session-clock time", "[render][report]")
{
    QString timed, untimed;
    const Session s = timedSession(&timed, &untimed);
    ReportOptions o;
    const QString html = reportHtml(s, builtinDeck(), o);
    const QRegularExpression timedQuote(
        QStringLiteral("\u201c%1\u201d <span class=\"role\">\\(.*?\\)</span> "
                       "<span class=\"time\">\\[00:41:12\\]</span></p>")
            .arg(QRegularExpression::escape(timed)));
    CHECK(html.contains(timedQuote));
    const QRegularExpression untimedQuote(
        QStringLiteral("\u201c%1\u201d <span class=\"role\">\\(.*?\\)</span></p>")
            .arg(QRegularExpression::escape(untimed)));
    CHECK(html.contains(untimedQuote));
    CHECK(html.contains(QStringLiteral("<span class=\"time\">[01:05:07]</span>"))); // metaphor
    CHECK(html.count(QStringLiteral("<span class=\"time\">")) == 2);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(exportReportPdf(s, builtinDeck(), pdf, o).isEmpty());
    const QString text = testpdf::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("[00:41:12]")));
    CHECK(text.contains(QStringLiteral("[01:05:07]")));
}

TEST_CASE("report: the anonymised report keeps the quotes' times", "[render][report]")
{
    QString timed, untimed;
    const Session s = timedSession(&timed, &untimed);
    ReportOptions o;
    o.anonymise = true;
    const QString html = reportHtml(sessionForExport(s, true), builtinDeck(), o);
    CHECK(html.contains(QStringLiteral("<span class=\"time\">[00:41:12]</span>")));
}
