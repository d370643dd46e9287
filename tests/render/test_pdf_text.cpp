// SPDX-License-Identifier: GPL-3.0-or-later
// The text of the PDFs and SVGs as a reader gets it (issue #22): pdftotext finds words as
// typed (no ligature characters), reads each sector's name whole, reads no line twice at
// a page break of the report; an SVG has each sector's name once as text.
#include "../support/examplesession.h"
#include "../support/readfile.h"

#include "pdftext.h"

#include "nwk/core/sessionio.h"
#include "nwk/render/exporters.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QXmlStreamReader>

using namespace nwk;
using nwk::testdata::exampleSession;
using nwk::testdata::fileBytes;

namespace {

const QStringList kLigatureWords = {QStringLiteral("financiën"), QStringLiteral("officiële"),
                                    QStringLiteral("flyers"), QStringLiteral("affiches")};

/// The example with words that a font draws with ligatures (fi, fl, ffi) in a partner's
/// label, a category's name and a quote.
Session ligatureSession()
{
    Session s = exampleSession();
    REQUIRE(s.partners.size() >= 2);
    s.partners[0].label = QStringLiteral("financiën");
    s.partners[1].label = QStringLiteral("officiële flyers");
    REQUIRE_FALSE(s.categories.empty());
    s.categories[0].labelNl = QStringLiteral("Officiële affiches");
    REQUIRE(s.cards.size() > 2);
    Quote q;
    q.id = QStringLiteral("ligatures");
    q.text = QStringLiteral("De financiën en officiële flyers, affiches.");
    q.participantId = s.participants.front().id;
    s.cards[2].quotes.push_back(q);
    return s;
}

/// pdftotext's text as it is (pdfPages() folds ligatures into letters).
QString rawText(const QString &pdf)
{
    return nwk::testpdf::runPoppler(
        "pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

/// The ligature characters (U+FB00 ff … U+FB06 st) in `text`, as code points.
QStringList ligatures(const QString &text)
{
    QStringList found;
    for (const QChar c : text)
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            found << QStringLiteral("U+%1").arg(c.unicode(), 4, 16).toUpper();
    return found;
}

/// Every <text> of an SVG: its content and whether it is hidden from assistive technology.
struct SvgText {
    QString text;
    bool ariaHidden = false;
};

std::vector<SvgText> svgTexts(const QByteArray &svg)
{
    std::vector<SvgText> out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            const bool hidden =
                xml.attributes().value(QLatin1String("aria-hidden")) == QLatin1String("true");
            out.push_back({xml.readElementText(QXmlStreamReader::IncludeChildElements), hidden});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("map PDF: words without ligature characters, each sector's name whole",
          "[render][export][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Session s = ligatureSession();
    PdfExportOptions o;
    o.render.showLegend = false; // the legend would name the categories in a line of its own
    const QString path = dir.filePath(QStringLiteral("kaart.pdf"));
    REQUIRE(exportPdf(s, path, o) == QString());
    const QString text = rawText(path);
    CHECK(ligatures(text) == QStringList());
    const QStringList words = text.simplified().split(QLatin1Char(' '));
    for (const QString &word : kLigatureWords)
        CHECK(words.contains(word));
    // The sector names are drawn letter by letter along the rim: the text layer has each
    // whole name once, in one line.
    const QString lines = QLatin1Char('\n') + text + QLatin1Char('\n');
    for (const Category &c : s.categories) {
        INFO("category " << c.labelNl.toStdString());
        CHECK(lines.count(QLatin1Char('\n') + c.labelNl + QLatin1Char('\n')) == 1);
    }
}

TEST_CASE("report PDF: no line twice at a page break, and no ligature characters",
          "[render][report][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = ligatureSession();
    // Paragraphs of several lines, so that page breaks fall inside them.
    for (int i = 0; i < 12; ++i) {
        Quote q;
        q.id = QStringLiteral("long%1").arg(i);
        for (int j = 0; j < 12; ++j) // every line different
            q.text += QStringLiteral("Zin %1 van citaat %2: we werken samen met partner %3 van de "
                                     "school, week %4. ")
                          .arg(j + 1)
                          .arg(i + 1)
                          .arg(i * 12 + j)
                          .arg(j * 7 + i);
        q.participantId = s.participants.front().id;
        s.cards[2].quotes.push_back(q);
    }
    const QString path = dir.filePath(QStringLiteral("verslag.pdf"));
    REQUIRE(exportReportPdf(s, builtinDeck(QStringLiteral("nl")), path, ReportOptions{}) ==
            QString());
    const QString text = rawText(path);
    CHECK(ligatures(text) == QStringList());
    const QStringList words = text.simplified().split(QLatin1Char(' '));
    for (const QString &word : kLigatureWords)
        CHECK(words.contains(word));

    // Each page's lines without its footer (school and date, page number).
    static const QRegularExpression footer(QStringLiteral("^(pagina \\d+|Basisschool 1.*)$"));
    std::vector<QStringList> pages;
    for (const QString &page : text.split(QLatin1Char('\f'))) {
        QStringList lines;
        for (const QString &line : page.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty() && !footer.match(line.trimmed()).hasMatch())
                lines << line.trimmed();
        if (!lines.isEmpty())
            pages.push_back(lines);
    }
    REQUIRE(pages.size() >= 8);
    int breaks = 0;
    for (std::size_t i = 1; i + 1 < pages.size(); ++i) {
        const QStringList &before = pages[i];
        const QStringList &after = pages[i + 1];
        INFO("page " << i + 1 << " ends with: " << before.last().toStdString() << "\npage " << i + 2
                     << " begins with: " << after.first().toStdString());
        // The last line of a page is not the first of the next (a page's last lines are
        // all different from the next page's first line).
        CHECK_FALSE(before.mid(before.size() - 3).contains(after.first()));
        ++breaks;
    }
    CHECK(breaks >= 7);
}

TEST_CASE("PDF exports: the same input gives the same bytes", "[render][export][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Session s = exampleSession();
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    auto exportBoth = [&](const QString &name) {
        const QString map = dir.filePath(name + QStringLiteral(".pdf"));
        const QString report = dir.filePath(name + QStringLiteral("-verslag.pdf"));
        REQUIRE(exportPdf(s, map, PdfExportOptions{}) == QString());
        REQUIRE(exportReportPdf(s, deck, report, ReportOptions{}) == QString());
        return std::pair{fileBytes(map), fileBytes(report)};
    };
    const auto first = exportBoth(QStringLiteral("a"));
    // A second later: the time of the export is not in the file.
    QThread::msleep(1100);
    const auto second = exportBoth(QStringLiteral("b"));
    CHECK(first.first == second.first);
    CHECK(first.second == second.second);
    CHECK_FALSE(first.first.contains("/CreationDate"));
    CHECK_FALSE(first.second.contains("/CreationDate"));
    // Also when a long school name makes the title (before the date) long.
    Session named = s;
    named.meta.schoolName = QStringLiteral("Basisschool met een lange naam ").repeated(200);
    const QString longTitle = dir.filePath(QStringLiteral("lang.pdf"));
    REQUIRE(exportPdf(named, longTitle, PdfExportOptions{}) == QString());
    CHECK_FALSE(fileBytes(longTitle).contains("/CreationDate"));

    // SOURCE_DATE_EPOCH (reproducible builds) gives the creation date.
    qputenv("SOURCE_DATE_EPOCH", "1552564800"); // 2019-03-14 12:00:00 UTC
    const QString dated = dir.filePath(QStringLiteral("dated.pdf"));
    const QString error = exportPdf(s, dated, PdfExportOptions{});
    qunsetenv("SOURCE_DATE_EPOCH");
    REQUIRE(error == QString());
    CHECK(fileBytes(dated).contains("/CreationDate (D:20190314120000Z)"));
    CHECK(nwk::testpdf::pdfText(dated).contains(QStringLiteral("2019")));
}

TEST_CASE("SVG: each sector's name once whole as text, its letters hidden from screen readers",
          "[render][export][svg]")
{
    const Session s = ligatureSession();
    RenderOptions o;
    o.showLegend = false;
    const std::vector<SvgText> texts = svgTexts(renderMapSvg(s, o));
    for (const Category &c : s.categories) {
        INFO("category " << c.labelNl.toStdString());
        int whole = 0;
        for (const SvgText &t : texts)
            if (t.text == c.labelNl) {
                ++whole;
                CHECK_FALSE(t.ariaHidden);
            }
        CHECK(whole == 1);
    }
    // The letters along the rim are hidden; every other text is not.
    int hidden = 0;
    for (const SvgText &t : texts)
        if (t.ariaHidden) {
            ++hidden;
            CHECK(t.text.size() <= 2); // one grapheme
        }
    CHECK(hidden >= 60);
}
