// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG writer: the paint device, its groups and the document around the body.
#include "svgwriter.h"

#include <cmath>
#include <limits>

namespace nwk::detail {

namespace {

constexpr double kDpi = 96.0;

bool xmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/// A token usable as an XML id or CSS class: [A-Za-z0-9_-], not starting with a digit
/// or hyphen-digit.
QString safeToken(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '_' || u == '-';
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || out.front().isDigit() ||
        (out.front() == QLatin1Char('-') && out.size() > 1 && out.at(1).isDigit()))
        out.prepend(QLatin1Char('_'));
    return out;
}

} // namespace

QString svgNumber(double v, int decimals)
{
    if (!std::isfinite(v))
        return QStringLiteral("0");
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        default:
            if (xmlChar(c))
                out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString cssFontFamily(const QFont &font)
{
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    QStringList out;
    for (const QString &f : families) {
        if (f.isEmpty())
            continue;
        const bool plain = !f.contains(QLatin1Char(' ')) && !f.contains(QLatin1Char('\''));
        out << (plain
                    ? f
                    : QLatin1Char('\'') + QString(f).remove(QLatin1Char('\'')) + QLatin1Char('\''));
    }
    switch (font.styleHint()) {
    case QFont::Serif:
        out << QStringLiteral("serif");
        break;
    case QFont::Monospace:
    case QFont::TypeWriter:
        out << QStringLiteral("monospace");
        break;
    default:
        out << QStringLiteral("sans-serif");
    }
    return out.join(QStringLiteral(", "));
}

void SvgBody::line(const QString &element)
{
    text += QString(depth * 2, QLatin1Char(' ')) + element + QLatin1Char('\n');
}

SvgWriter::SvgWriter(const QRectF &viewBox, const QFont &defaultFont)
    : m_viewBox(viewBox)
    , m_engine(std::make_unique<SvgPaintEngine>(&m_body))
{
    m_body.defaultFamily = cssFontFamily(defaultFont);
}

SvgWriter::~SvgWriter() = default;

QPaintEngine *SvgWriter::paintEngine() const
{
    return m_engine.get();
}

void SvgWriter::begin(const QString &id, const QString &cssClass, const QString &title)
{
    const QString base = safeToken(id);
    QString unique = base;
    for (int n = 2; m_ids.contains(unique); ++n)
        unique = base + QLatin1Char('-') + QString::number(n);
    m_ids.insert(unique);
    QStringList classes;
    for (const QString &c : cssClass.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        classes << safeToken(c);
    QString g = QStringLiteral("<g id=\"") + unique + QLatin1Char('"');
    if (!classes.isEmpty())
        g += QStringLiteral(" class=\"") + classes.join(QLatin1Char(' ')) + QLatin1Char('"');
    m_body.line(g + QLatin1Char('>'));
    ++m_body.depth;
    if (!title.trimmed().isEmpty())
        m_body.line(QStringLiteral("<title>") + xmlEscape(title.trimmed()) +
                    QStringLiteral("</title>"));
}

void SvgWriter::end()
{
    if (m_body.depth > 1)
        --m_body.depth;
    m_body.line(QStringLiteral("</g>"));
}

QByteArray SvgWriter::document(const QString &title, const QString &description,
                               const QString &lang) const
{
    const QRectF &b = m_viewBox;
    QString head = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    head += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
    head += QStringLiteral(" width=\"%1\" height=\"%2\" viewBox=\"%3 %4 %1 %2\"")
                .arg(svgNumber(b.width()), svgNumber(b.height()), svgNumber(b.left()),
                     svgNumber(b.top()));
    head += QStringLiteral(" role=\"img\" aria-labelledby=\"map-title map-desc\"");
    if (!lang.isEmpty())
        head += QStringLiteral(" xml:lang=\"") + xmlEscape(lang) + QLatin1Char('"');
    // Qt's pen defaults, so that elements repeat them only when they differ.
    head += QStringLiteral(" font-family=\"") + xmlEscape(m_body.defaultFamily) +
            QStringLiteral("\" stroke-linecap=\"square\" stroke-linejoin=\"bevel\""
                           " stroke-miterlimit=\"2\">\n");
    head += QStringLiteral("  <title id=\"map-title\">") + xmlEscape(title) +
            QStringLiteral("</title>\n");
    head += QStringLiteral("  <desc id=\"map-desc\">") + xmlEscape(description) +
            QStringLiteral("</desc>\n");
    return (head + m_body.text + QStringLiteral("</svg>\n")).toUtf8();
}

int SvgWriter::metric(PaintDeviceMetric metric) const
{
    const int w = static_cast<int>(std::ceil(m_viewBox.width()));
    const int h = static_cast<int>(std::ceil(m_viewBox.height()));
    switch (metric) {
    case PdmWidth:
        return w;
    case PdmHeight:
        return h;
    case PdmWidthMM:
        return static_cast<int>(std::lround(w * 25.4 / kDpi));
    case PdmHeightMM:
        return static_cast<int>(std::lround(h * 25.4 / kDpi));
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return static_cast<int>(kDpi);
    case PdmNumColors:
        return std::numeric_limits<int>::max();
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

} // namespace nwk::detail
