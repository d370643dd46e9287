// SPDX-License-Identifier: GPL-3.0-or-later
// Wrapping and eliding texts of the map in map units. Near-linear in the text's length:
// an over-long word is broken by a galloping search over its prefix widths, a wrap stops
// once enough lines are made, and only the start of a very long text is wrapped at all
// (labels and names may have 10 000 characters, notes 1 000 000).
#include "render_p.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nwk::detail {

namespace {

/// Texts up to this many UTF-16 units are measured whole when asked whether they fit;
/// a longer one is first measured by its start (which usually settles it).
constexpr qsizetype kMeasureWhole = 256;
/// A text longer than this is cut to its start before wrapping (when the start alone
/// is far too wide for the lines: the result is elided either way).
constexpr qsizetype kWrapChars = 4096;
/// Units past a cut that the grapheme check looks at (a longer cluster may be cut).
constexpr qsizetype kClusterWindow = 64;

QString ellipsis()
{
    return QString(QChar(0x2026));
}

bool fitsWidth(const TextMetrics &tm, const QString &text, double width)
{
    if (text.size() > kMeasureWhole && tm.width(text.left(kMeasureWhole)) > width)
        return false;
    return tm.width(text) <= width;
}

/// `n` units after `from` moved back to a grapheme boundary (forward when that leaves
/// nothing): never splits a surrogate pair or a letter from its combining marks.
qsizetype graphemeCut(const QString &text, qsizetype from, qsizetype n)
{
    const qsizetype rest = text.size() - from;
    if (n >= rest)
        return rest;
    const qsizetype len = std::min(rest, n + kClusterWindow);
    QTextBoundaryFinder f(QTextBoundaryFinder::Grapheme, text.constData() + from, len);
    f.setPosition(n);
    if (f.isAtBoundary())
        return n;
    if (const qsizetype back = f.toPreviousBoundary(); back > 0)
        return back;
    f.setPosition(n);
    const qsizetype ahead = f.toNextBoundary();
    return ahead > 0 ? ahead : len;
}

/// The length of the longest start of text[from..] that, followed by `suffix`, is at
/// most `width` wide, cut at a grapheme boundary; at least one grapheme (even when that
/// is wider). Widths grow with the length, so a galloping search finds it with
/// O(log n) measurements of texts at most about twice as long as the result.
qsizetype fittingPrefix(const TextMetrics &tm, const QString &text, qsizetype from, double width,
                        const QString &suffix = QString())
{
    const qsizetype rest = text.size() - from;
    const auto fits = [&](qsizetype n) { return tm.width(text.mid(from, n) + suffix) <= width; };
    qsizetype lo = 1;        // the longest length known to fit (or the least we take)
    qsizetype hi = rest + 1; // the shortest length known not to fit
    for (qsizetype n = 2; n <= rest; n *= 2) {
        if (!fits(n)) {
            hi = n;
            break;
        }
        lo = n;
    }
    if (hi > rest && lo < rest) {
        if (fits(rest))
            lo = rest;
        else
            hi = rest;
    }
    while (hi - lo > 1) {
        const qsizetype mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return graphemeCut(text, from, lo);
}

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

/// When a wrap may stop: once it has more than `lines` lines and the lines from the
/// last one kept on are together wider than `tail` (so that the elided last line,
/// which is at most half as wide, is a start of them).
struct WrapStop {
    int lines;
    double tail;
};

bool enough(const QStringList &lines, const TextMetrics &tm, const WrapStop &stop)
{
    if (lines.size() <= stop.lines)
        return false;
    double w = 0.0;
    for (qsizetype i = stop.lines - 1; i < lines.size(); ++i)
        w += tm.width(lines.at(i));
    return w > stop.tail;
}

QStringList greedy(const std::vector<Piece> &ps, const TextMetrics &tm, double width,
                   const WrapStop &stop)
{
    QStringList lines;
    QString line;
    for (const Piece &pc : ps) {
        const QString candidate =
            line.isEmpty() ? pc.text
                           : line + (pc.spaceBefore ? QStringLiteral(" ") : QString()) + pc.text;
        if (line.isEmpty() || fitsWidth(tm, candidate, width)) {
            line = candidate;
        } else {
            lines << line;
            line = pc.text;
            if (enough(lines, tm, stop))
                return lines;
        }
        // A single piece wider than the line: hard break between graphemes.
        while (line.size() > 1) {
            if (line.size() <= kMeasureWhole && tm.width(line) <= width)
                break;
            const qsizetype n = fittingPrefix(tm, line, 0, width);
            if (n >= line.size())
                break;
            lines << line.left(n);
            line = line.mid(n);
            if (enough(lines, tm, stop))
                return lines;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

/// The last line: the start of `rest` that fits `width` with an ellipsis.
QString elided(const QString &rest, const TextMetrics &tm, double width)
{
    const QString e = ellipsis();
    return rest.left(fittingPrefix(tm, rest, 0, width, e)).trimmed() + e;
}

} // namespace

QStringList wrapText(const QString &text, const QFont &font, double maxWidth, int maxLines)
{
    const TextMetrics tm(font);
    QString simple = text.simplified();
    if (simple.isEmpty())
        return {};
    maxLines = std::max(1, maxLines);
    if (simple.size() > kWrapChars) {
        const QString head = simple.left(graphemeCut(simple, 0, kWrapChars));
        if (tm.width(head) > 4.0 * maxLines * maxWidth * 1.35)
            simple = head;
    }
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
    const WrapStop stop{maxLines, 2.0 * widest};
    for (double w = maxWidth; w <= widest + 1e-9; w += maxWidth * 0.05) {
        const int n = std::clamp(static_cast<int>(std::ceil(total / w)), 1, maxLines);
        lines = greedy(ps, tm, std::min(w, std::max(longest, total / n * 1.1)), stop);
        if (lines.size() <= n)
            return lines;
        lines = greedy(ps, tm, w, stop);
        if (lines.size() <= maxLines)
            return lines;
    }
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << elided(rest, tm, widest);
    }
    return lines;
}

QString elideLine(const QString &text, const QFont &font, double maxWidth)
{
    const TextMetrics tm(font);
    if (fitsWidth(tm, text, maxWidth))
        return text;
    const qsizetype n = std::min(text.size(), kWrapChars);
    return elided(text.left(graphemeCut(text, 0, n)), tm, maxWidth);
}

} // namespace nwk::detail
