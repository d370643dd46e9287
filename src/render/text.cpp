// SPDX-License-Identifier: GPL-3.0-or-later
// Texts of the map: measuring and wrapping in map units, drawing lines, natural order.
#include "render_p.h"
#include "svgwriter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace nwk::detail {

// ---- text -----------------------------------------------------------------------------------

namespace {
constexpr double kMeasureScale = 8.0;
}

/// Metrics and widths of one font: QFontMetricsF of the enlarged copy, and the widths
/// asked so far (bounded, so that it cannot grow without limit).
struct FontEntry {
    QFont requested;
    QFont measured;
    QFontMetricsF metrics;
    double scale = 1.0;
    double ascent = 0.0; ///< map units (QFontMetricsF asks the font engine each time)
    double descent = 0.0;
    QHash<QString, double> widths;
};

namespace {

/// The entries of the fonts used so far, per thread (the painter is used from one
/// thread at a time, but keep it safe). Looked up by QFont equality, which is much
/// cheaper than QFont::key(); a map uses a handful of fonts.
std::shared_ptr<FontEntry> entryFor(const QFont &font)
{
    thread_local std::vector<std::shared_ptr<FontEntry>> entries;
    for (const auto &e : entries)
        if (e->requested == font)
            return e;
    if (entries.size() >= 64)
        entries.clear(); // live TextMetrics keep their entries
    QFont measured = font;
    const double base = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
    measured.setPixelSize(std::max(1, static_cast<int>(std::lround(base * kMeasureScale))));
    const QFontMetricsF metrics(measured);
    const double scale = measured.pixelSize() / std::max(1.0, base);
    auto e = std::make_shared<FontEntry>(FontEntry{
        font, measured, metrics, scale, metrics.ascent() / scale, metrics.descent() / scale, {}});
    entries.push_back(e);
    return e;
}

} // namespace

TextMetrics::TextMetrics(const QFont &font)
    : m_entry(entryFor(font))
{
    m_ascent = m_entry->ascent;
    m_descent = m_entry->descent;
}

double TextMetrics::width(const QString &text) const
{
    QHash<QString, double> &widths = m_entry->widths;
    if (auto it = widths.constFind(text); it != widths.constEnd())
        return *it;
    const double w = m_entry->metrics.horizontalAdvance(text) / m_entry->scale;
    if (widths.size() > 20000)
        widths.clear();
    widths.insert(text, w);
    return w;
}

QSizeF linesSize(const QStringList &lines, const QFont &font)
{
    const TextMetrics tm(font);
    double w = 0.0;
    for (const QString &l : lines)
        w = std::max(w, tm.width(l));
    return {w, lines.size() * tm.lineHeight()};
}

void drawTextLine(QPainter &p, const QPointF &baseline, const QString &text)
{
    QPaintEngine *engine = p.paintEngine();
    if (engine && engine->type() == QPaintEngine::User)
        if (auto *svg = dynamic_cast<SvgPaintEngine *>(engine))
            if (svg->drawPlainText(p, baseline, text))
                return;
    p.drawText(baseline, text);
}

void drawLines(QPainter &p, const QStringList &lines, const QFont &font, const QRectF &rect)
{
    const TextMetrics tm(font);
    p.setFont(font);
    const double h = lines.size() * tm.lineHeight();
    double y = rect.center().y() - h / 2.0 + tm.ascent();
    for (const QString &l : lines) {
        drawTextLine(p, QPointF(rect.center().x() - tm.width(l) / 2.0, y), l);
        y += tm.lineHeight();
    }
}

QFont labelFontFor(const MapStyle &st, bool italic)
{
    QFont f = st.labelFont;
    f.setItalic(italic);
    return f;
}

namespace {

LabelText layOutLabel(const QString &text, const QFont &font, double maxWidth)
{
    LabelText t;
    t.lines = wrapText(text, font, maxWidth, 3);
    const QSizeF sz = linesSize(t.lines, font);
    t.size = QSizeF(sz.width() + 2 * kLabelPadX, sz.height() + 2 * kLabelPadY);
    return t;
}

} // namespace

LabelText makeLabelText(const QString &text, const QFont &font, double maxWidth)
{
    // Wrapping measures the text word by word; the map is laid out again after every
    // change (a drag's release lays out every label), with the same labels in the same
    // font. So each thread remembers what it laid out (#24 item 2), keyed by everything
    // the layout reads: the font's description (and what toString() leaves out), the width
    // and the text. Bounded: forgotten at once when it grows past a few maps' worth.
    thread_local QHash<QString, LabelText> cache;
    // The key's font and width part, made again only when they change (a map's labels
    // come in one or two fonts): equal fonts (QFont's ==) describe themselves alike.
    thread_local QFont lastFont;
    thread_local double lastWidth = 0.0;
    thread_local QString prefix;
    if (prefix.isEmpty() || !(font == lastFont) || !(maxWidth == lastWidth) ||
        std::signbit(maxWidth) != std::signbit(lastWidth)) {
        prefix = font.toString();
        prefix += QStringLiteral("|%1|%2|%3|%4|%5|")
                      .arg(int(font.styleStrategy()))
                      .arg(int(font.hintingPreference()))
                      .arg(font.kerning() ? 1 : 0)
                      .arg(font.letterSpacing(), 0, 'g', 17)
                      .arg(maxWidth, 0, 'g', 17);
        lastFont = font;
        lastWidth = maxWidth;
    }
    QString key = prefix;
    key += text;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() > 50000)
        cache.clear();
    return *cache.insert(key, layOutLabel(text, font, maxWidth));
}

void paintLabelBox(QPainter &p, const LabelText &t, const QFont &font, const QRectF &rect,
                   const QColor &textColor, const QColor &frame)
{
    p.save();
    if (frame.isValid())
        p.setPen(QPen(frame, 0.8));
    else
        p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 218));
    p.drawRoundedRect(rect, 3.0, 3.0);
    p.setPen(textColor);
    drawLines(p, t.lines, font, rect);
    p.restore();
}

namespace {

/// The value of a run of digits as QString::toULongLong() reads it: ASCII digits
/// only, 0 when it cannot (other digits, or too large).
unsigned long long runValue(const QChar *begin, const QChar *end)
{
    unsigned long long v = 0;
    for (const QChar *c = begin; c != end; ++c) {
        const char16_t u = c->unicode();
        if (u < '0' || u > '9')
            return 0;
        const unsigned digit = u - '0';
        if (v > (~0ULL - digit) / 10)
            return 0;
        v = v * 10 + digit;
    }
    return v;
}

} // namespace

bool naturalLess(const QString &a, const QString &b)
{
    // Without allocations: the layout sorts every partner id with it.
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    const qsizetype na = a.size();
    const qsizetype nb = b.size();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < na && j < nb) {
        if (pa[i].isDigit() && pb[j].isDigit()) {
            qsizetype ie = i;
            qsizetype je = j;
            while (ie < na && pa[ie].isDigit())
                ++ie;
            while (je < nb && pb[je].isDigit())
                ++je;
            const unsigned long long va = runValue(pa + i, pa + ie);
            const unsigned long long vb = runValue(pb + j, pb + je);
            if (va != vb)
                return va < vb;
            if (ie - i != je - j)
                return ie - i < je - j;
            i = ie;
            j = je;
            continue;
        }
        if (pa[i] != pb[j])
            return pa[i] < pb[j];
        ++i;
        ++j;
    }
    if (na - i != nb - j)
        return na - i < nb - j;
    return a < b;
}

} // namespace nwk::detail
