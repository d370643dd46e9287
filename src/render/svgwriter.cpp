// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG writer: the paint device, its groups and the document around the body.
#include "svgwriter.h"

#include "nwk/core/anonymise.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace nwk::detail {

namespace {

constexpr double kDpi = 96.0;

/// True for the UTF-16 code units that xmlEscape() copies as they are: everything but
/// the markup characters, controls other than tab/LF/CR, surrogates, U+FFFE/U+FFFF,
/// U+FEFF (a byte order mark; the first xmlEscape() lost it in QString::fromUcs4()) and
/// the bidi controls (isBidiControl(): no export carries them, docs/exports.md).
bool plainUnit(char16_t u)
{
    if (u < 0x20)
        return u == 0x9 || u == 0xA || u == 0xD;
    if (u < 0x80)
        return u != '&' && u != '<' && u != '>' && u != '"';
    if (isBidiControl(u))
        return false;
    return u < 0xD800 || (u >= 0xE000 && u <= 0xFFFD && u != 0xFEFF);
}

/// The markup character `u` escaped, or nullptr.
const char *entity(char16_t u)
{
    switch (u) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    default:
        return nullptr;
    }
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        const char b[] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
        out.append(b, 2);
    } else if (c < 0x10000) {
        const char b[] = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)),
                          char(0x80 | (c & 0x3F))};
        out.append(b, 3);
    } else {
        const char b[] = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)),
                          char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
        out.append(b, 4);
    }
}

/// Appends `text` as a token usable as an XML id or CSS class: [A-Za-z0-9_-], not
/// starting with a digit or hyphen-digit.
void appendSafeToken(std::string &out, QStringView text)
{
    const auto digit = [](char16_t u) { return u >= '0' && u <= '9'; };
    const qsizetype n = text.size();
    if (n == 0 || digit(text[0].unicode()) ||
        (text[0] == u'-' && n > 1 && digit(text[1].unicode())))
        out += '_';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '_' || u == '-';
        out += ok ? char(u) : '_';
    }
}

/// svgNumber(v, decimals) the quick way: v * 10^decimals rounded to a whole number and
/// written with the point put back. Below 2^40 the product is within 2^-14 of the exact
/// one, so it rounds as the exact value does (as QString::number() does) unless it is
/// that close to a half; returns false then (exact ties among them, which Qt rounds away
/// from zero) and for large numbers: the slow way takes those.
bool appendQuickNumber(std::string &out, double v, int decimals)
{
    static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const double p = v * kPow10[decimals];
    if (!(std::fabs(p) < 0x1p40))
        return false;
    const double whole = std::floor(p);
    const double frac = p - whole; // exact
    if (std::fabs(frac - 0.5) <= 0x1p-12)
        return false;
    const auto n = static_cast<std::int64_t>(whole) + (frac > 0.5 ? 1 : 0);
    if (n == 0) {
        out += '0';
        return true;
    }
    auto m = static_cast<std::uint64_t>(n < 0 ? -n : n);
    int shown = decimals; // decimals left after dropping trailing zeros
    while (shown > 0 && m % 10 == 0) {
        m /= 10;
        --shown;
    }
    char buf[32];
    char *const end = buf + sizeof buf;
    char *q = end;
    for (int i = 0; i < shown; ++i) {
        *--q = char('0' + m % 10);
        m /= 10;
    }
    if (shown > 0)
        *--q = '.';
    do {
        *--q = char('0' + m % 10);
        m /= 10;
    } while (m != 0);
    if (n < 0)
        *--q = '-';
    out.append(q, std::size_t(end - q));
    return true;
}

/// svgNumber() the slow way, for what appendQuickNumber() does not take.
QString qtSvgNumber(double v, int decimals)
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

} // namespace

void appendSvgNumber(std::string &out, double v, int decimals)
{
    if (decimals >= 0 && decimals <= 15 && std::isfinite(v) && appendQuickNumber(out, v, decimals))
        return;
    out += qtSvgNumber(v, decimals).toStdString();
}

QString svgNumber(double v, int decimals)
{
    std::string out;
    appendSvgNumber(out, v, decimals);
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

QString xmlEscape(const QString &text)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return plainUnit(c.unicode()); }))
        return text;
    std::string out;
    appendXmlEscaped(out, text);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

void appendXmlEscaped(std::string &out, QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    // ASCII without markup, the common case, byte for byte.
    while (i < n && text[i].unicode() < 0x80 && plainUnit(text[i].unicode()))
        ++i;
    const std::size_t at = out.size();
    out.resize(at + std::size_t(i));
    for (qsizetype k = 0; k < i; ++k)
        out[at + std::size_t(k)] = char(text[k].unicode());
    // The rest code point by code point, as QString::toUcs4() reads them.
    for (; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (const char *e = entity(u)) {
            out += e;
        } else if (QChar::isHighSurrogate(u) && i + 1 < n &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendUtf8(out, 0xFFFD); // unpaired
        } else if (plainUnit(u)) {
            appendUtf8(out, u);
        }
    }
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

std::string &SvgBody::beginLine()
{
    text.append(std::size_t(depth) * 2, ' ');
    return text;
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
    std::string base;
    appendSafeToken(base, id);
    std::string unique = base;
    if (m_ids.count(unique) != 0) {
        // The first free "-n"; those below the last one given out stay taken.
        int &n = m_nextSuffix[base];
        for (n = std::max(n, 2);; ++n) {
            unique = base + '-' + std::to_string(n);
            if (m_ids.count(unique) == 0)
                break;
        }
    }
    std::string &g = m_body.beginLine();
    g += "<g id=\"";
    g += unique;
    g += '"';
    m_ids.insert(std::move(unique));
    bool first = true;
    const QStringView classes(cssClass);
    for (qsizetype i = 0, n = classes.size(); i < n;) {
        if (classes[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && classes[end] != u' ')
            ++end;
        g += first ? " class=\"" : " ";
        appendSafeToken(g, classes.sliced(i, end - i));
        first = false;
        i = end;
    }
    if (!first)
        g += '"';
    g += '>';
    m_body.endLine();
    ++m_body.depth;
    const QStringView trimmed = QStringView(title).trimmed();
    if (!trimmed.isEmpty()) {
        std::string &t = m_body.beginLine();
        t += "<title>";
        appendXmlEscaped(t, trimmed);
        t += "</title>";
        m_body.endLine();
    }
}

void SvgWriter::end()
{
    if (m_body.depth > 1)
        --m_body.depth;
    m_body.beginLine() += "</g>";
    m_body.endLine();
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
    QByteArray out = head.toUtf8();
    out.reserve(out.size() + qsizetype(m_body.text.size()) + 8);
    out.append(m_body.text.data(), qsizetype(m_body.text.size()));
    out += "</svg>\n";
    return out;
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
