// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG paint engine's text (text stays text: a <text> element per line) and images.
#include "svgattrs.h"
#include "svgwriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTextItem>

#include <string>

namespace nwk::detail {

using namespace svgattr;

const std::string &SvgPaintEngine::fontAttrs(const QFont &f)
{
    for (const auto &[font, text] : m_fontAttrs)
        if (font == f)
            return text;
    if (m_fontAttrs.size() >= 32)
        m_fontAttrs.clear();
    std::string &out = m_fontAttrs.emplace_back(f, std::string()).second;
    const QString family = cssFontFamily(f);
    if (family != m_body->defaultFamily) {
        out += " font-family=\"";
        appendXmlEscaped(out, family);
        out += '"';
    }
    const double size = f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 96.0 / 72.0;
    numberAttr(out, "font-size", size);
    if (f.weight() >= QFont::Bold)
        attr(out, "font-weight", "bold");
    else if (f.weight() != QFont::Normal)
        attr(out, "font-weight", std::to_string(f.weight()));
    if (f.italic())
        attr(out, "font-style", "italic");
    return out;
}

void SvgPaintEngine::drawTextItem(const QPointF &p, const QTextItem &textItem)
{
    writeText(p, textItem.text(), textItem.font());
}

bool SvgPaintEngine::drawPlainText(const QPainter &p, const QPointF &baseline, const QString &text)
{
    // Latin letters, digits, punctuation and diacritics: one script and one font, so
    // QPainter would hand the whole line over as one item.
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() >= 0x370)
            return false;
    // The painter hands its state over on its own draw calls only: take it here.
    if (p.pen() != m_pen) {
        m_pen = p.pen();
        m_strokeAttrs.valid = m_textFillAttrs.valid = false;
    }
    if (p.opacity() != m_opacity) {
        m_opacity = p.opacity();
        m_fillAttrs.valid = m_strokeAttrs.valid = m_textFillAttrs.valid = false;
    }
    if (const QTransform t = p.combinedTransform(); t != m_transform) {
        m_transform = t;
        m_translateOnly = m_transform.type() <= QTransform::TxTranslate;
        m_dx = m_transform.dx();
        m_dy = m_transform.dy();
        m_transformAttr.valid = false;
    }
    // QPainter::drawText() starts the line at x in 26.6 fixed point (QFixed::fromReal).
    const double x = static_cast<int>(baseline.x() * 64.0) / 64.0;
    writeText(QPointF(x, baseline.y()), text, p.font());
    return true;
}

void SvgPaintEngine::writeText(const QPointF &p, const QString &text, const QFont &font)
{
    if (text.isEmpty())
        return;
    const QPointF q = at(p);
    std::string &e = m_body->beginLine();
    e += "<text";
    numberAttr(e, "x", q.x());
    numberAttr(e, "y", q.y());
    e += fontAttrs(font);
    e += textFillAttrs();
    if (text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')) ||
        text.contains(QLatin1String("  ")))
        attr(e, "xml:space", "preserve");
    if (m_textHidden)
        attr(e, "aria-hidden", "true");
    e += transformAttr();
    e += '>';
    appendXmlEscaped(e, text);
    e += "</text>";
    m_body->endLine();
}

void SvgPaintEngine::drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                               Qt::ImageConversionFlags flags)
{
    Q_UNUSED(flags);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.copy(sr.toAlignedRect()).save(&buffer, "PNG");
    const QByteArray base64 = png.toBase64();
    std::string &e = m_body->beginLine();
    e += "<image";
    boxAttrs(e, at(r.topLeft()), r.size());
    attr(e, "preserveAspectRatio", "none");
    e += " xlink:href=\"data:image/png;base64,";
    e.append(base64.constData(), std::size_t(base64.size()));
    e += '"';
    finish(e);
}

void SvgPaintEngine::drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr)
{
    drawImage(r, pm.toImage(), sr);
}

} // namespace nwk::detail
