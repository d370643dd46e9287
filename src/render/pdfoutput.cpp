// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the PDF exports: no ligatures, the same bytes for the same input, and page
// breaks of the report's text without a line twice in the text layer.
#include "pdfoutput.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QHashSeed>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <vector>

namespace nwk::detail {

QFont withoutLigatures(QFont font)
{
    font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
    return font;
}

StablePdfScope::StablePdfScope()
    : m_wasDeterministic(QHashSeed::globalSeed() == QHashSeed(0))
{
    QHashSeed::setDeterministicGlobalSeed();
}

StablePdfScope::~StablePdfScope()
{
    if (!m_wasDeterministic)
        QHashSeed::resetRandomGlobalSeed();
}

namespace {

/// SOURCE_DATE_EPOCH as a PDF date ("D:20190314120000Z"), or "" when unset or invalid.
QByteArray sourceDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (!ok || epoch < 0)
        return {};
    const QDateTime t = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    if (t.date().year() > 9999)
        return {};
    return "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

} // namespace

QByteArray reproduciblePdf(QByteArray pdf)
{
    // QPdfWriter writes the info dictionary as the first object:
    // "/CreationDate (D:20261207062637Z)" or "(D:20261207072637+01'00')". Its title and
    // creator are UTF-16, so the key cannot occur in them.
    const QByteArray key = "/CreationDate (D:";
    const qsizetype start = pdf.indexOf(key);
    if (start < 0 || start > pdf.indexOf("endobj"))
        return pdf;
    const qsizetype close = pdf.indexOf(')', start + key.size());
    if (close < 0)
        return pdf;
    const qsizetype length = close + 1 - start;
    QByteArray entry;
    if (const QByteArray date = sourceDate(); !date.isEmpty())
        entry = "/CreationDate (" + date + ')';
    if (entry.size() > length)
        entry.clear();
    entry.append(length - entry.size(), ' ');
    pdf.replace(start, length, entry);
    return pdf;
}

void drawDocumentPage(QPainter &p, QTextDocument &doc, const QRectF &page)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    // Paragraphs that began on an earlier page and go on on this one: hidden from the
    // layout's draw() and their lines on this page drawn here.
    struct RunOn {
        QTextBlock block;
        QPointF origin; ///< where the block's lines are drawn from
    };
    std::vector<RunOn> runOn;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *tl = b.layout();
        if (!b.isVisible() || !tl || tl->lineCount() < 2)
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        const QTextLine first = tl->lineAt(0);
        if (r.bottom() < page.top() || r.top() + first.y() + first.height() >= page.top())
            continue;
        runOn.push_back({b, r.topLeft()});
        b.setVisible(false);
    }
    p.save();
    p.translate(-page.topLeft());
    p.setClipRect(page);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = page;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    layout->draw(&p, ctx);
    p.setPen(Qt::black);
    for (RunOn &r : runOn) {
        r.block.setVisible(true);
        const QTextLayout *tl = r.block.layout();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const double top = r.origin.y() + line.y();
            if (top >= page.top() && top <= page.bottom())
                line.draw(&p, r.origin);
        }
    }
    p.restore();
}

} // namespace nwk::detail
