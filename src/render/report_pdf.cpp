// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report as a vector PDF: A4 portrait, page 1 the map drawn by the
// MapPainter on the model, then the report's text laid out by QTextDocument.
#include "report_p.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"

#include "render_p.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
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
p.muted, span.muted, span.role { color: #666666; }
p.about { font-size: 8.5pt; color: #666666; }
blockquote { margin-left: 22px; margin-right: 10px; font-style: italic; }
span.role { font-style: normal; }
th { background-color: #eeeeee; }
)";

QString msg(const char *text)
{
    return QCoreApplication::translate("nwk::export", text);
}

void paintFooter(QPainter &p, const QRectF &rect, const QString &left, int page,
                 const QString &language)
{
    p.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    p.setFont(font);
    p.setPen(QColor(0x70, 0x70, 0x70));
    p.drawText(rect, Qt::AlignLeft | Qt::AlignBottom, left);
    p.drawText(rect, Qt::AlignRight | Qt::AlignBottom,
               report::text(report::Text::Page, language).arg(page));
    p.restore();
}

/// Page 1: the title and the map, scaled to fit the page.
void paintMapPage(QPainter &p, const Session &s, const ReportOptions &o, const QRectF &area,
                  const QString &title)
{
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(15);
    titleFont.setBold(true);
    p.save();
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF titleRect = p.boundingRect(
        QRectF(area.left(), area.top(), area.width(), area.height() / 4), flags, title);
    p.drawText(titleRect, flags, title);
    p.restore();

    RenderOptions ro = o.map;
    ro.language = o.language;
    ro.anonymise = o.anonymise;
    ro.transparentBackground = true;
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
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(10);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(QString::fromUtf8(kPdfCss));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(report::reportBody(c)));
    doc.setPageSize(QSizeF(width, textHeight));

    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        writer.newPage();
        const QRectF clip(0, i * textHeight, width, textHeight);
        p.save();
        p.translate(0, -clip.top());
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, ctx);
        p.restore();
        paintFooter(p, QRectF(0, textHeight, width, kFooterHeight), footer, i + 2, o.language);
    }
    doc.documentLayout()->setPaintDevice(nullptr);
    if (!p.end())
        return msg("Cannot write %1: the PDF could not be made").arg(fileName);
    buffer.close();
    return writeFileAtomically(fileName, data);
}

} // namespace nwk
