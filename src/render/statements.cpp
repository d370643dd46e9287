// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on the map: the band of distances not discussed, and a partner's statements
// about its place: participants' own placements (alternatives) and former placements.
#include "statements_p.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace nwk::detail {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

QPointF polarAt(double radius, double deg)
{
    return {radius * std::sin(deg * kDeg), -radius * std::cos(deg * kDeg)};
}

QFont tagFont(const MapStyle &st)
{
    QFont f = st.linkFont;
    f.setItalic(false);
    f.setBold(true);
    return f;
}

QFont whenFont(const MapStyle &st)
{
    QFont f = st.linkFont;
    f.setItalic(true);
    return f;
}

/// The faint colour of the partner's category (grey without one).
QColor faint(const Session &s, const Partner &pa, const MapStyle &st, int alpha)
{
    const Category *c = s.category(pa.category);
    QColor col = c ? colorOf(c->color) : st.noCategory;
    col.setAlpha(alpha);
    return col;
}

/// The rect of a small text left-aligned right of `at` (vertically centred).
QRectF tagRect(const QString &text, const QFont &f, QPointF at)
{
    const TextMetrics tm(f);
    return {at.x(), at.y() - tm.lineHeight() / 2, tm.width(text), tm.lineHeight()};
}

void drawTag(QPainter &p, const QString &text, const QFont &f, const QRectF &r, const QColor &c)
{
    const TextMetrics tm(f);
    p.setFont(f);
    p.setPen(c);
    drawTextLine(p, QPointF(r.left(), r.top() + tm.ascent()), text);
}

double smallR(const MapStyle &st)
{
    return 0.55 * st.partnerRadius;
}

} // namespace

QString notDiscussedText(const RenderOptions &o)
{
    return nlEn(o, "afstand niet besproken", "distance not discussed");
}

void paintDistanceBand(QPainter &p, const MapGeometry &g, const MapStyle &st)
{
    if (g.bandWidth <= 0.0)
        return;
    const double inner = g.ringsRadius();
    const double outer = g.outerRadius;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Lighter: a white veil over the sectors' tints.
    QPainterPath annulus;
    annulus.addEllipse(QPointF(0, 0), outer, outer);
    annulus.addEllipse(QPointF(0, 0), inner, inner);
    annulus.setFillRule(Qt::OddEvenFill);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 150));
    p.drawPath(annulus);
    // Hatched: short slanted strokes across the band (plain lines: every output draws them).
    QColor hatch = st.ringLine;
    hatch.setAlpha(90);
    p.setPen(QPen(hatch, st.lineWidth * 0.5));
    const double step = 14.0 / outer / kDeg; // about 14 map units apart along the rim
    const double slant = (outer - inner) * 0.6 / outer / kDeg;
    for (double a = 0.0; a < 360.0 - 1e-9; a += step)
        p.drawLine(polarAt(inner + 1.0, a), polarAt(outer - 1.0, a + slant));
    // The rings' edge: where stated distances end.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(st.ringLine, st.lineWidth * 0.8));
    p.drawEllipse(QPointF(0, 0), inner, inner);
    p.restore();
}

QString participantTag(const Session &s, const QString &participantId)
{
    const Participant *pt = participantId.isEmpty() ? nullptr : s.participant(participantId);
    if (!pt)
        return QStringLiteral("?");
    return pt->code.trimmed().isEmpty() ? pt->id : pt->code.trimmed();
}

bool hasStatements(const Partner &pa)
{
    return pa.placement && (!pa.alternatives.empty() || !pa.formerPlacements.empty());
}

void paintPartnerStatements(QPainter &p, const Session &s, const Partner &pa, const MapGeometry &g,
                            const RenderOptions &o, const MapStyle &st)
{
    if (!hasStatements(pa))
        return;
    const QPointF agreed = g.toPoint(*pa.placement);
    const double r = smallR(st);
    const double lw = st.lineWidth * (o.highContrast ? 1.2 : 0.7);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Former placements: a dotted trail oldest first to where it is now, faint ghosts.
    const QColor trail = faint(s, pa, st, 150);
    for (std::size_t i = 0; i < pa.formerPlacements.size(); ++i) {
        const FormerPlacement &f = pa.formerPlacements[i];
        const QPointF at = g.toPoint(f.placement);
        const QPointF next = i + 1 < pa.formerPlacements.size()
                                 ? g.toPoint(pa.formerPlacements[i + 1].placement)
                                 : agreed;
        QPen dotted(trail, lw * 1.4, Qt::SolidLine, Qt::RoundCap);
        dotted.setDashPattern({0.01, 2.6});
        p.setPen(dotted);
        p.setBrush(Qt::NoBrush);
        p.drawLine(at, next);
        QPen ghost(trail, lw);
        ghost.setDashPattern({2.0, 2.0});
        p.setPen(ghost);
        p.setBrush(QColor(255, 255, 255, 120));
        p.drawEllipse(at, r, r);
        if (!f.when.trimmed().isEmpty())
            drawTag(p, f.when.trimmed(), whenFont(st),
                    tagRect(f.when.trimmed(), whenFont(st), at + QPointF(r + 2, 0)),
                    st.text.lighter(250));
    }
    // Alternatives: a faint marker with the participant's code, a thin line to the agreed spot.
    const QColor alt = faint(s, pa, st, 110);
    for (const AlternativePlacement &a : pa.alternatives) {
        const QPointF at = g.toPoint(a.placement);
        p.setPen(QPen(alt, lw * 0.8));
        p.drawLine(at, agreed);
        p.setPen(QPen(alt.darker(130), lw));
        p.setBrush(alt);
        p.drawEllipse(at, r, r);
        const QString tag = participantTag(s, a.participantId);
        QColor tc = st.text;
        tc.setAlpha(170);
        drawTag(p, tag, tagFont(st), tagRect(tag, tagFont(st), at + QPointF(r + 2, 0)), tc);
    }
    p.restore();
}

QRectF partnerStatementsBounds(const Session &s, const Partner &pa, const MapGeometry &g,
                               const MapStyle &st)
{
    if (!hasStatements(pa))
        return {};
    const double r = smallR(st) + 2.0;
    QRectF out;
    auto add = [&](QPointF at, const QString &text, const QFont &f) {
        out |= QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r);
        if (!text.isEmpty())
            out |= tagRect(text, f, at + QPointF(r, 0));
    };
    for (const FormerPlacement &f : pa.formerPlacements)
        add(g.toPoint(f.placement), f.when.trimmed(), whenFont(st));
    for (const AlternativePlacement &a : pa.alternatives)
        add(g.toPoint(a.placement), participantTag(s, a.participantId), tagFont(st));
    return out | QRectF(g.toPoint(*pa.placement), QSizeF(0, 0)).adjusted(-r, -r, r, r);
}

} // namespace nwk::detail
