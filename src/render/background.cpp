// SPDX-License-Identifier: GPL-3.0-or-later
// The map's background (sector tints, rings, sector and ring labels) and the school.
#include "render_p.h"
#include "svgwriter.h"
#include "statements_p.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk {
namespace detail {

namespace {

/// The smallest pixel size a sector label shrinks to.
constexpr int kMinArcPx = 6;

constexpr double kDeg = std::numbers::pi / 180.0;

QPointF polarPoint(double radius, double deg)
{
    return {radius * std::sin(deg * kDeg), -radius * std::cos(deg * kDeg)};
}

/// Grapheme clusters of a text with their start offsets.
std::vector<std::pair<int, QString>> clusters(const QString &text)
{
    std::vector<std::pair<int, QString>> out;
    QTextBoundaryFinder f(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (f.toNextBoundary() != -1) {
        const qsizetype end = f.position();
        out.emplace_back(static_cast<int>(start), text.mid(start, end - start));
        start = end;
    }
    return out;
}

double distanceToRay(QPointF p, double deg)
{
    const QPointF u = polarPoint(1.0, deg);
    const double t = p.x() * u.x() + p.y() * u.y();
    if (t < 0)
        return std::hypot(p.x(), p.y());
    return std::hypot(p.x() - t * u.x(), p.y() - t * u.y());
}

QFont ringFont(const MapStyle &st)
{
    QFont f = st.linkFont;
    f.setItalic(true);
    return f;
}

} // namespace

double sectorLabelOuterRadius(const MapStyle &st, const MapGeometry &g)
{
    return g.outerRadius + 6.0 + 2.0 * TextMetrics(st.sectorFont).lineHeight() + 2.0;
}

std::vector<SectorLabel> sectorLabels(const Session &s, const RenderOptions &o, const MapStyle &st,
                                      const MapGeometry &g)
{
    std::vector<SectorLabel> out;
    if (g.sectorCount <= 0)
        return out;
    const double r0 = g.outerRadius + 6.0;
    for (int i = 0; i < g.sectorCount; ++i) {
        const Category &c = s.categories[static_cast<std::size_t>(i)];
        const QString text = categoryLabel(c, o);
        SectorLabel sl;
        sl.font = st.sectorFont;
        sl.color = colorOf(c.color).darker(135);
        const double avail = g.sectorSpan() * kDeg * r0 * 0.9;
        QStringList lines = {text};
        if (const double w = TextMetrics(sl.font).width(text); w > avail) {
            // Two lines, at most as wide as fits the sector at the smallest font (a longer
            // label is elided rather than wound round the map).
            const double widest = avail * std::max(1, sl.font.pixelSize()) / double(kMinArcPx);
            lines = wrapText(text, sl.font, std::max(avail, std::min(w * 0.55, widest)), 2);
        }
        sl.text = lines.join(QLatin1Char(' '));
        double widest = 0.0;
        for (const QString &l : lines)
            widest = std::max(widest, TextMetrics(sl.font).width(l));
        if (widest > avail && widest > 0) {
            const int px =
                std::max(kMinArcPx, static_cast<int>(sl.font.pixelSize() * avail / widest));
            sl.font.setPixelSize(px);
        }
        const TextMetrics tm(sl.font);
        const double mid = g.sectorMid(i);
        const bool top = std::cos(mid * kDeg) >= -1e-9;
        const int n = static_cast<int>(lines.size());
        for (int j = 0; j < n; ++j) {
            const QString &line = lines[j];
            // Reading order: on top the first line is outermost, at the bottom innermost.
            const int band = top ? (n - 1 - j) : j;
            const double rb = r0 + band * tm.lineHeight() + (top ? tm.descent() : tm.ascent());
            const double total = tm.width(line);
            for (const auto &[startIdx, cl] : clusters(line)) {
                const double before = tm.width(line.left(startIdx));
                const double adv =
                    tm.width(line.left(startIdx + static_cast<int>(cl.size()))) - before;
                if (cl.trimmed().isEmpty())
                    continue;
                const double sc = before + adv / 2.0 - total / 2.0;
                const double theta = top ? mid + sc / rb / kDeg : mid - sc / rb / kDeg;
                ArcGlyph gl;
                gl.text = cl;
                gl.pos = polarPoint(rb, theta);
                gl.rotation = top ? theta : theta - 180.0;
                gl.advance = adv;
                QTransform t;
                t.translate(gl.pos.x(), gl.pos.y());
                t.rotate(gl.rotation);
                gl.box = t.mapRect(QRectF(-adv / 2.0, -tm.ascent(), adv, tm.lineHeight()));
                sl.bounds |= gl.box;
                sl.glyphs.push_back(gl);
            }
        }
        out.push_back(std::move(sl));
    }
    return out;
}

std::vector<RingLabelBox> ringLabels(const Session &s, const RenderOptions &o, const MapStyle &st,
                                     const MapPositions &pos)
{
    std::vector<RingLabelBox> out;
    const MapGeometry &g = pos.geometry;
    if (s.rings.empty())
        return out;
    // Along the sector boundary with the fewest partners and ghosts near it.
    double bestAngle = 0.0;
    double bestScore = 1e300;
    const int boundaries = std::max(1, g.sectorCount);
    for (int i = 0; i < boundaries; ++i) {
        const double b = g.sectorCount > 0 ? g.sectorStart(i) : 0.0;
        double score = 0.0;
        auto consider = [&](QPointF p) { score += std::max(0.0, 70.0 - distanceToRay(p, b)); };
        for (const QPointF &p : pos.partners)
            consider(p);
        for (const QPointF &p : pos.missing)
            consider(p);
        if (score < bestScore - 1e-9) {
            bestScore = score;
            bestAngle = b;
        }
    }
    const QFont f = ringFont(st);
    const TextMetrics tm(f);
    for (int i = 0; i < static_cast<int>(s.rings.size()) && i < g.ringCount; ++i) {
        RingLabelBox rl;
        // At most as wide as the disc (a longer label is elided).
        rl.text = elideLine(ringLabel(s.rings[static_cast<std::size_t>(i)], i, o), f,
                            2.0 * g.outerRadius);
        const QPointF c = polarPoint(g.radiusFor(g.ringMidDistance(i)), bestAngle);
        const QSizeF sz(tm.width(rl.text) + 2 * kLabelPadX + 2, tm.lineHeight() + 2 * kLabelPadY);
        rl.rect = QRectF(c.x() - sz.width() / 2, c.y() - sz.height() / 2, sz.width(), sz.height());
        out.push_back(rl);
    }
    if (g.bandWidth > 0.0) { // the band's name, once, where the rings' names are
        RingLabelBox rl;
        rl.text = notDiscussedText(o);
        const QPointF c = polarPoint(g.bandMidRadius(), bestAngle);
        const QSizeF sz(tm.width(rl.text) + 2 * kLabelPadX + 2, tm.lineHeight() + 2 * kLabelPadY);
        rl.rect = QRectF(c.x() - sz.width() / 2, c.y() - sz.height() / 2, sz.width(), sz.height());
        out.push_back(rl);
    }
    return out;
}

namespace {

/// A sector's note ("niet aan bod gekomen"), faint, in the middle of sector i.
void paintSectorNote(QPainter &p, const Category &c, const MapGeometry &g, int i,
                     const MapStyle &st)
{
    QFont f = st.labelFont;
    f.setItalic(true);
    const double radius = g.radiusFor(0.5);
    const double chord = std::min(2.0 * radius * std::sin(g.sectorSpan() / 2.0 * kDeg), 200.0);
    const QStringList lines = wrapText(c.note, f, chord * 0.7, 3);
    const QSizeF sz = linesSize(lines, f);
    const QPointF ctr = polarPoint(radius, g.sectorMid(i));
    QColor tc = colorOf(c.color).darker(160);
    tc.setAlpha(150);
    p.setPen(tc);
    drawLines(p, lines, f,
              QRectF(ctr.x() - sz.width() / 2, ctr.y() - sz.height() / 2, sz.width(), sz.height()));
}

/// The whole name of a sector once, as text that is not seen: horizontal, inside the
/// label's bounds (smaller when it does not fit), so that a PDF's or SVG's text layer
/// reads it as one word where the letters along the rim are drawn one by one.
void paintSectorName(QPainter &p, const SectorLabel &sl)
{
    QFont f = sl.font;
    const double width = TextMetrics(f).width(sl.text);
    if (width <= 0.0 || sl.bounds.isEmpty())
        return;
    if (const double fit = 0.9 * sl.bounds.width() / width; fit < 1.0)
        f.setPixelSize(std::max(1, static_cast<int>(f.pixelSize() * fit)));
    const TextMetrics tm(f);
    QColor none = sl.color;
    none.setAlpha(0);
    p.setFont(f);
    p.setPen(none);
    const QPointF c = sl.bounds.center();
    drawTextLine(
        p, QPointF(c.x() - tm.width(sl.text) / 2.0, c.y() + (tm.ascent() - tm.descent()) / 2.0),
        sl.text);
}

/// A sector's label along the rim (never upside down), one letter at a time. In an SVG
/// the letters are hidden from assistive technology and in a PDF they are outlines (no
/// text): both get the whole name once as text (paintSectorName()); the screen and PNG
/// draw the letters only.
void paintSectorLabel(QPainter &p, const SectorLabel &sl)
{
    QPaintEngine *engine = p.paintEngine();
    const bool pdf = engine && engine->type() == QPaintEngine::Pdf;
    auto *svg = engine && engine->type() == QPaintEngine::User
                    ? dynamic_cast<SvgPaintEngine *>(engine)
                    : nullptr;
    p.setFont(sl.font);
    p.setPen(sl.color);
    if (svg)
        svg->setTextHidden(true);
    for (const ArcGlyph &gl : sl.glyphs) {
        p.save();
        p.translate(gl.pos);
        p.rotate(gl.rotation);
        if (pdf) {
            QPainterPath outline;
            outline.addText(QPointF(-gl.advance / 2.0, 0.0), sl.font, gl.text);
            p.fillPath(outline, sl.color);
        } else {
            p.drawText(QPointF(-gl.advance / 2.0, 0.0), gl.text);
        }
        p.restore();
    }
    if (svg)
        svg->setTextHidden(false);
    if (pdf || svg)
        paintSectorName(p, sl);
}

/// The rings (inner circles light, the rim stronger) and the sector separators.
void paintRingLines(QPainter &p, const MapGeometry &g, const MapStyle &st)
{
    const double R = g.outerRadius;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(st.ringLine, st.lineWidth * 0.6, Qt::DashLine));
    for (int i = 0; i + 1 < g.ringCount; ++i) {
        const double r = g.ringOuterRadius(i);
        p.drawEllipse(QPointF(0, 0), r, r);
    }
    p.setPen(QPen(st.ringLine.darker(120), st.lineWidth));
    p.drawEllipse(QPointF(0, 0), R, R);
    // Sector separators.
    if (g.sectorCount > 1) {
        p.setPen(QPen(st.ringLine, st.lineWidth * 0.8));
        for (int i = 0; i < g.sectorCount; ++i) {
            const double a = g.sectorStart(i);
            p.drawLine(polarPoint(g.schoolRadius, a), polarPoint(R, a));
        }
    }
}

/// Ring labels along one sector boundary.
void paintRingLabels(QPainter &p, const Session &s, const RenderOptions &o, const MapStyle &st,
                     const MapPositions &pos, PaintGroups *groups)
{
    const QFont rf = ringFont(st);
    int ring = 0;
    for (const RingLabelBox &rl : ringLabels(s, o, st, pos)) {
        const GroupScope label(groups, QStringLiteral("ring-") + QString::number(++ring),
                               QStringLiteral("ring-label"), rl.text);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 200));
        p.drawRoundedRect(rl.rect, rl.rect.height() / 2, rl.rect.height() / 2);
        p.setPen(st.ringLine.darker(170));
        drawLines(p, {rl.text}, rf, rl.rect);
    }
}

} // namespace

void paintBackgroundGrouped(QPainter &p, const Session &s, const RenderOptions &o,
                            const MapStyle &st, PaintGroups *groups)
{
    const MapPositions pos = computePositions(s);
    const MapGeometry &g = pos.geometry;
    const double R = g.outerRadius;
    const QRectF disc(-R, -R, 2 * R, 2 * R);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);

    // Per sector: its tint, its note ("niet aan bod gekomen", faint, in the middle) and
    // its label along the rim (never upside down). Sectors do not overlap, so drawing
    // them one by one looks the same as drawing each layer for all of them.
    const std::vector<SectorLabel> labels = sectorLabels(s, o, st, g);
    for (int i = 0; i < g.sectorCount; ++i) {
        const Category &c = s.categories[static_cast<std::size_t>(i)];
        const GroupScope scope(groups, QStringLiteral("category-") + c.id,
                               QStringLiteral("category category-") + c.id, categoryLabel(c, o));
        QColor tint = colorOf(c.color);
        tint.setAlpha(st.sectorTintAlpha);
        QPainterPath pie;
        pie.moveTo(0, 0);
        pie.arcTo(disc, 90.0 - g.sectorStart(i), -g.sectorSpan());
        pie.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(tint);
        p.drawPath(pie);
        if (!c.note.trimmed().isEmpty())
            paintSectorNote(p, c, g, i, st);
        if (static_cast<std::size_t>(i) < labels.size())
            paintSectorLabel(p, labels[static_cast<std::size_t>(i)]);
    }
    if (const BandCaption band = ghostBandCaption(pos, o, st); !band.rect.isEmpty()) {
        const GroupScope scope(groups, QStringLiteral("missing-band"),
                               QStringLiteral("missing-band"), band.text);
        paintGhostBandCaption(p, band, st);
    }
    if (const BandCaption zone = neutralZoneCaption(pos, o, st); !zone.rect.isEmpty()) {
        const GroupScope scope(groups, QStringLiteral("neutral-zone"),
                               QStringLiteral("neutral-zone"), zone.text);
        paintGhostBandCaption(p, zone, st);
    }
    if (g.bandWidth > 0.0) {
        const GroupScope scope(groups, QStringLiteral("distance-band"),
                               QStringLiteral("distance-band"), notDiscussedText(o));
        paintDistanceBand(p, g, st);
    }
    const GroupScope rings(groups, QStringLiteral("rings"), QStringLiteral("rings"), QString());
    paintRingLines(p, g, st);
    paintRingLabels(p, s, o, st, pos, groups);
    p.restore();
}

} // namespace detail

using namespace detail;

void MapPainter::paintBackground(QPainter &p, const Session &s, const RenderOptions &o) const
{
    paintBackgroundGrouped(p, s, o, m_style, nullptr);
}

void MapPainter::paintSchool(QPainter &p, const Session &s, const RenderOptions &o) const
{
    const MapGeometry g = MapGeometry::forSession(s);
    const double R = g.schoolRadius;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, m_style.lineWidth * 1.2));
    p.setBrush(m_style.schoolFill);
    p.drawEllipse(QPointF(0, 0), R, R);
    const QString name = schoolDisplayName(s, o);
    QFont f = m_style.sectorFont;
    f.setBold(true);
    QStringList lines;
    for (int px = f.pixelSize(); px >= 6; --px) {
        f.setPixelSize(px);
        lines = wrapText(name, f, 1.5 * R, 3);
        const bool elided = !lines.isEmpty() && lines.last().endsWith(QChar(0x2026));
        if (!elided && linesSize(lines, f).height() <= 1.3 * R)
            break;
    }
    p.setPen(contrastText(m_style.schoolFill));
    drawLines(p, lines, f, QRectF(-R, -R, 2 * R, 2 * R));
    p.restore();
}

} // namespace nwk
