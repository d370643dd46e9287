// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report's PDF and failed writes.
#include "../support/examplesession.h"
#include "../support/readfile.h"
#include "nwk/core/sessionio.h"
#include "nwk/render/report.h"

#include "pdftext.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nwk;
using nwk::testdata::exampleSession;
using nwk::testdata::fileBytes;

namespace {

/// The PDF's text as pdftotext reads it, every run of white space (line and page
/// breaks too) one space, ligatures as their letters.
QString pdfWords(const QString &path)
{
    // Without each page's footer ("pagina 3"), so that a sentence running over a page break
    // reads as one.
    QString words = nwk::testpdf::pdfPages(path).join(QLatin1Char(' '));
    static const QRegularExpression footer(QStringLiteral(" (pagina|page) \\d+ "));
    return words.replace(footer, QStringLiteral(" "));
}

/// The headings (h1, h2) of the report's HTML, in order, as plain text.
QStringList headings(const QString &html)
{
    QStringList out;
    const QRegularExpression h(QStringLiteral("<h[12][^>]*>(.*?)</h[12]>"));
    for (auto it = h.globalMatch(html); it.hasNext();) {
        QString text = it.next().captured(1);
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        out << text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).simplified();
    }
    return out;
}

/// Page objects ("/Type /Page"), not the page tree ("/Type /Pages").
int pdfPageCount(const QByteArray &pdf)
{
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

} // namespace

TEST_CASE("report: the PDF is A4 with the map first, then the text over pages",
          "[render][report][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    Session s = exampleSession();
    const QString path = dir.filePath(QStringLiteral("verslag.pdf"));
    const QString error = exportReportPdf(s, deck, path, ReportOptions{});
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    const QByteArray pdf = fileBytes(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    const int pages = pdfPageCount(pdf);
    CHECK(pages >= 6); // the map, then several pages of notes and 40 quotes
    CHECK(pages <= 30);
    // A4 portrait (595 x 842 points) and the map as vector drawing, not an image.
    CHECK(QString::fromLatin1(pdf).contains(
        QRegularExpression(QStringLiteral("/MediaBox \\[0 0 595(\\.0+)? 842(\\.0+)?\\]"))));
    CHECK_FALSE(pdf.contains("/Subtype /Image"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("verslag.pdf")});

    // The text is text (pdftotext reads it): the map's title first, then every heading of
    // the report, in the report's order.
    const QStringList pagesText = nwk::testpdf::pdfPages(path);
    CHECK(pagesText.size() == pages);
    REQUIRE_FALSE(pagesText.isEmpty());
    CHECK(pagesText.first().contains(QStringLiteral("Basisschool 1"))); // the map's title
    QStringList labels;
    for (const Partner &p : s.partners)
        if (p.placement)
            labels << p.label;
    CHECK(nwk::testpdf::wordsNotIn(pagesText.first(), labels) == QStringList());
    const QString words = pdfWords(path);
    const QStringList heads = headings(reportHtml(s, deck, ReportOptions{}));
    REQUIRE(heads.size() >= 5);
    qsizetype at = 0;
    for (const QString &head : heads) {
        INFO("heading " << head.toStdString());
        const qsizetype found = words.indexOf(head, at);
        CHECK(found >= at);
        if (found >= 0)
            at = found + head.size();
    }

    // More text, more pages: the text is laid out over pages, not cut off.
    for (int i = 0; i < 60; ++i) {
        Quote q;
        q.id = QStringLiteral("extra%1").arg(i);
        q.text = QString(QStringLiteral("Een lang citaat over samenwerken met externe partners. "))
                     .repeated(8);
        q.participantId = QStringLiteral("p2");
        s.cards[2].quotes.push_back(q);
    }
    const QString longer = dir.filePath(QStringLiteral("langer.pdf"));
    REQUIRE(exportReportPdf(s, deck, longer, ReportOptions{}).isEmpty());
    CHECK(pdfPageCount(fileBytes(longer)) >= pages + 5);
    // Every sentence of the 60 long quotes is there: nothing cut off at a page's end.
    // (A sentence that runs over a page break has the page's footer in between: without it.)
    const QString footer = QStringLiteral(" %1, %2 ").arg(s.meta.schoolName, s.meta.date);
    CHECK(pdfWords(longer)
              .replace(footer, QStringLiteral(" "))
              .count(QStringLiteral("Een lang citaat over samenwerken met externe "
                                    "partners.")) == 60 * 8);
}

TEST_CASE("report: a failed write names the file and keeps what was there", "[render][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("map"));
    {
        QFile f(blocker);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep");
    }
    const Session s = exampleSession();
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    const QString pdfPath = blocker + QStringLiteral("/verslag.pdf");
    const QString htmlPath = blocker + QStringLiteral("/verslag.html");
    CHECK(exportReportPdf(s, deck, pdfPath, ReportOptions{}).contains(pdfPath));
    CHECK(exportReportHtml(s, deck, htmlPath, ReportOptions{}).contains(htmlPath));
    CHECK(fileBytes(blocker) == QByteArray("keep"));
    const QString missing = dir.filePath(QStringLiteral("bestaat-niet/verslag.html"));
    CHECK(exportReportHtml(s, deck, missing, ReportOptions{}).contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));
}
