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

namespace {

struct Piece {
    QString text;
    bool spaceBefore = false;
};

/// Words, also split after hyphens and slashes so long compounds can wrap.
std::vector<Piece> pieces(const QString &text)
{
    std::vector<Piece> out;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        int start = 0;
        bool first = true;
        for (int i = 0; i < w.size(); ++i) {
            const QChar c = w.at(i);
            if ((c == QLatin1Char('-') || c == QLatin1Char('/')) && i > 0 && i + 1 < w.size()) {
                out.push_back({w.mid(start, i + 1 - start), first && !out.empty()});
                start = i + 1;
                first = false;
            }
        }
        out.push_back({w.mid(start), first && !out.empty()});
    }
    return out;
}

QStringList greedy(const std::vector<Piece> &ps, const TextMetrics &tm, double width)
{
    QStringList lines;
    QString line;
    for (const Piece &pc : ps) {
        const QString candidate =
            line.isEmpty() ? pc.text
                           : line + (pc.spaceBefore ? QStringLiteral(" ") : QString()) + pc.text;
        if (line.isEmpty() || tm.width(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = pc.text;
        }
        // A single piece wider than the line: hard break by characters.
        while (tm.width(line) > width && line.size() > 1) {
            int n = line.size() - 1;
            while (n > 1 && tm.width(line.left(n)) > width)
                --n;
            lines << line.left(n);
            line = line.mid(n);
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

QStringList wrapText(const QString &text, const QFont &font, double maxWidth, int maxLines)
{
    const TextMetrics tm(font);
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return {};
    const double total = tm.width(simple);
    if (total <= maxWidth)
        return {simple};
    const std::vector<Piece> ps = pieces(simple);
    double longest = 0.0;
    for (const Piece &pc : ps)
        longest = std::max(longest, tm.width(pc.text));
    // A single long word may make the line a little wider rather than break.
    maxWidth = std::max(maxWidth, std::min(longest, maxWidth * 1.35));
    if (total <= maxWidth)
        return {simple};
    // Balanced lines at the wrap width; when that needs too many lines, widen a little
    // (up to a third) before eliding.
    QStringList lines;
    const double widest = maxWidth * 1.35;
    for (double w = maxWidth; w <= widest + 1e-9; w += maxWidth * 0.05) {
        const int n = std::clamp(static_cast<int>(std::ceil(total / w)), 1, std::max(1, maxLines));
        lines = greedy(ps, tm, std::min(w, std::max(longest, total / n * 1.1)));
        if (lines.size() <= n)
            return lines;
        lines = greedy(ps, tm, w);
        if (lines.size() <= maxLines)
            return lines;
    }
    maxWidth = widest;
    if (lines.size() > maxLines) {
        QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        const QString ellipsis = QString(QChar(0x2026));
        while (rest.size() > 1 && tm.width(rest + ellipsis) > maxWidth)
            rest.chop(1);
        lines << rest.trimmed() + ellipsis;
    }
    return lines;
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

LabelText makeLabelText(const QString &text, const QFont &font, double maxWidth)
{
    LabelText t;
    t.lines = wrapText(text, font, maxWidth, 3);
    const QSizeF sz = linesSize(t.lines, font);
    t.size = QSizeF(sz.width() + 2 * kLabelPadX, sz.height() + 2 * kLabelPadY);
    return t;
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
