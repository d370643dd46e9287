// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report as a vector PDF: A4 portrait, page 1 the map drawn by the
// MapPainter on the model, then the report's text laid out by QTextDocument.
#include "report_p.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"

#include "pdfoutput.h"
#include "render_p.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace nwk {

namespace {

constexpr int kResolution = 96; // device pixels per inch: CSS pixels of the text layout
constexpr double kFooterHeight = 28.0;

const char *kPdfCss = R"(
h1 { font-size: 18pt; }
h2 { font-size: 14pt; margin-top: 18px; }
h3 { font-size: 12pt; margin-top: 12px; }
h4 { font-size: 10.5pt; margin-top: 8px; }
p.subtitle { font-size: 12pt; color: #555555; }
p.question { font-style: italic; color: #444444; margin-bottom: 2px; }
p.muted, span.muted, span.role, span.time { color: #666666; }
p.about { font-size: 8.5pt; color: #666666; }
blockquote { margin-left: 22px; margin-right: 10px; font-style: italic; }
span.role, span.time { font-style: normal; }
th { background-color: #eeeeee; }
)";

QString msg(const char *text)
{
    return QCoreApplication::translate("nwk::export", text);
}

/// Words longer than this (UTF-16 units between spaces and tags) get break chances.
constexpr qsizetype kLongWord = 60;
/// ... every this many units.
constexpr qsizetype kWordPiece = 20;
/// A title or footer longer than this is elided (at most a few lines on the page).
constexpr qsizetype kMaxHeading = 400;
/// The PDF shows at most this many UTF-16 units of one text (some pages); the HTML
/// report has every text whole.
constexpr qsizetype kMaxText = 10000;

/// Appends a run of text without spaces, with a zero-width space every kWordPiece
/// units when it is longer than kLongWord (never inside an entity such as &amp; or
/// between a letter and its marks or surrogate halves).
void appendRun(QString &out, QStringView run)
{
    if (run.size() <= kLongWord) {
        out += run;
        return;
    }
    qsizetype piece = 0;
    bool entity = false;
    for (const QChar ch : run) {
        if (piece >= kWordPiece && !entity && !ch.isLowSurrogate() && !ch.isMark()) {
            out += QChar(0x200B);
            piece = 0;
        }
        out += ch;
        ++piece;
        if (ch == QLatin1Char('&'))
            entity = true;
        else if (ch == QLatin1Char(';'))
            entity = false;
    }
}

/// Appends a text with appendRun() for each of its runs between spaces.
void appendRuns(QString &out, QStringView text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace()) {
            appendRun(out, text.mid(start, i - start));
            out += text.at(i);
            start = i + 1;
        }
    }
    appendRun(out, text.mid(start));
}

/// Appends a text between two tags: its first kMaxText units (not ending inside an
/// entity or a surrogate pair) and, when it is longer, a note of what is left out; its
/// runs with break chances (appendRun()).
void appendText(QString &out, QStringView text, const QString &language)
{
    qsizetype cut = text.size();
    if (cut > kMaxText) {
        cut = kMaxText;
        const qsizetype amp = text.first(cut).lastIndexOf(QLatin1Char('&'));
        if (amp >= 0 && text.first(cut).lastIndexOf(QLatin1Char(';')) < amp)
            cut = amp;
        if (text.at(cut).isLowSurrogate())
            --cut;
    }
    appendRuns(out, text.first(cut));
    if (cut < text.size())
        out += QStringLiteral(" <i>%1</i>")
                   .arg(report::text(report::Text::TextCut, language).arg(text.size() - cut));
}

/// The report's HTML made fit for QTextDocument, which lays out a word in time
/// quadratic in its length (and lets it run off the page), and a text of a million
/// characters in minutes on thousands of pages: over-long words get break chances and
/// a text longer than kMaxText is cut, with a note. Normal text is left as it is.
QString pdfHtml(const QString &html, const QString &language)
{
    QString out;
    out.reserve(html.size() + html.size() / kWordPiece);
    const QStringView all(html);
    qsizetype pos = 0;
    while (pos < all.size()) {
        qsizetype lt = all.indexOf(QLatin1Char('<'), pos);
        if (lt < 0)
            lt = all.size();
        appendText(out, all.mid(pos, lt - pos), language);
        if (lt == all.size())
            break;
        qsizetype gt = all.indexOf(QLatin1Char('>'), lt);
        gt = gt < 0 ? all.size() : gt + 1;
        out += all.mid(lt, gt - lt);
        pos = gt;
    }
    return out;
}

/// A one-line text (title, footer) elided to at most `width` device pixels.
QString elideText(const QString &text, const QFont &font, QPaintDevice *device, double width)
{
    const QString head = text.size() > kMaxHeading ? text.left(kMaxHeading) + QChar(0x2026) : text;
    return QFontMetricsF(font, device).elidedText(head, Qt::ElideRight, width);
}

void paintFooter(QPainter &p, const QRectF &rect, const QString &left, int page,
                 const QString &language)
{
    p.save();
    QFont font = detail::withoutLigatures(QFont(QStringLiteral("DejaVu Sans")));
    font.setPointSizeF(8);
    p.setFont(font);
    p.setPen(QColor(0x70, 0x70, 0x70));
    p.drawText(rect, Qt::AlignLeft | Qt::AlignBottom,
               elideText(left, font, p.device(), rect.width() * 0.8));
    p.drawText(rect, Qt::AlignRight | Qt::AlignBottom,
               report::text(report::Text::Page, language).arg(page));
    p.restore();
}

/// Page 1: the title and the map, scaled to fit the page.
void paintMapPage(QPainter &p, const Session &s, const ReportOptions &o, const QRectF &area,
                  const QString &title)
{
    QFont titleFont = detail::withoutLigatures(QFont(QStringLiteral("DejaVu Sans")));
    titleFont.setPointSizeF(15);
    titleFont.setBold(true);
    p.save();
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    // At most three lines (a long title is elided): the map keeps most of the page.
    QString shown;
    appendRuns(shown, elideText(title, titleFont, p.device(), 3 * area.width()));
    const QRectF titleRect = p.boundingRect(
        QRectF(area.left(), area.top(), area.width(), area.height() / 4), flags, shown);
    p.drawText(titleRect, flags, shown);
    p.restore();

    RenderOptions ro = o.map;
    ro.language = o.language;
    ro.anonymise = o.anonymise;
    ro.transparentBackground = true;
    ro.ligatures = false;
    const MapPainter painter(MapStyle::forOptions(ro));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    painter.paintMapFitted(p, s, ro, area.adjusted(0, titleRect.height() + 12, 0, 0),
                           Qt::AlignHCenter | Qt::AlignTop);
    p.restore();
}

} // namespace

QString exportReportPdf(const Session &session, const Deck &deck, const QString &fileName,
                        const ReportOptions &o)
{
    const QString refused = report::refuseAnonymised(session, fileName, o);
    if (!refused.isEmpty())
        return refused;
    // Everything the report shows comes from this copy (names replaced when anonymising).
    const Session s = sessionForExport(session, o.anonymise);

    const report::Context c = report::makeContext(s, deck, o, true);
    const QString school = detail::schoolDisplayName(s, c.names);
    const QString title = c.t(report::Text::DocumentTitle) + QStringLiteral(": ") + school;

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    const detail::StablePdfScope stable;
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Netwerkkaart"));

    QPainter p;
    if (!p.begin(&writer))
        return msg("Cannot write %1: the PDF could not be made").arg(fileName);
    const double width = writer.width();
    const double height = writer.height();
    const double textHeight = height - kFooterHeight;
    const QString footer =
        s.meta.date.isEmpty() ? school : school + QStringLiteral(", ") + s.meta.date;

    paintMapPage(p, s, o, QRectF(0, 0, width, textHeight), title);
    paintFooter(p, QRectF(0, textHeight, width, kFooterHeight), footer, 1, o.language);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base = detail::withoutLigatures(QFont(QStringLiteral("DejaVu Sans")));
    base.setPointSizeF(10);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(QString::fromUtf8(kPdfCss));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>")
                    .arg(pdfHtml(report::reportBody(c), o.language)));
    doc.setPageSize(QSizeF(width, textHeight));

    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        writer.newPage();
        detail::drawDocumentPage(p, doc, QRectF(0, i * textHeight, width, textHeight));
        paintFooter(p, QRectF(0, textHeight, width, kFooterHeight), footer, i + 2, o.language);
    }
    doc.documentLayout()->setPaintDevice(nullptr);
    if (!p.end())
        return msg("Cannot write %1: the PDF could not be made").arg(fileName);
    buffer.close();
    return writeFileAtomically(fileName, detail::reproduciblePdf(data));
}

} // namespace nwk
