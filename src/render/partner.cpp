// SPDX-License-Identifier: GPL-3.0-or-later
// A partner as drawn: marker, extra-category bands, importance marks, badges, label.
#include "marks_p.h"
#include "render_p.h"
#include "statements_p.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk {
namespace detail {

namespace {

QPointF polar(double radius, double degClockwiseFromTop)
{
    const double a = degClockwiseFromTop * std::numbers::pi / 180.0;
    return {radius * std::sin(a), -radius * std::cos(a)};
}

QFont badgeFont(const MapStyle &st)
{
    QFont f = st.labelFont;
    f.setItalic(false);
    f.setBold(true);
    f.setPixelSize(std::max(5, st.labelFont.pixelSize() - 1));
    return f;
}

/// Everything around a partner's marker, computed once for painting and for bounds.
struct Deco {
    double r = 15.0;
    double k = 1.0;
    double shapeR = 15.0;
    double decoR = 17.0;
    const Category *category = nullptr;
    std::vector<QColor> extras;
    std::vector<PlacedMark> marks;
    QString countText;
    QRectF countRect;
    bool disputed = false;
    QPointF disputedPos;
    bool person = false;
    QPointF personPos;
    bool note = false;
    QPointF notePos;
    double badgeR = 6.0;
    PriorityDeco prio; ///< schema 3: votes, inferred priority, added after (priority.cpp)
    QRectF extent;
};

Deco decorate(const Session &s, const Partner &pa, const MapStyle &st, const RenderOptions &o)
{
    Deco d;
    d.r = st.partnerRadius;
    d.k = d.r / 15.0;
    d.category = s.category(pa.category);
    const MarkerShape shape = d.category ? d.category->marker : MarkerShape::Circle;
    d.shapeR = shapeOuterFactor(shape) * d.r + (d.category && d.category->framed ? 4.6 * d.k : 0);
    for (const QString &id : pa.extraCategories) {
        if (const Category *c = s.category(id); c && d.extras.size() < 4)
            d.extras.push_back(colorOf(c->color));
    }
    d.decoR = d.shapeR + (d.extras.empty() ? 1.5 : 5.8) * d.k;
    d.extent = QRectF(-d.decoR, -d.decoR, 2 * d.decoR, 2 * d.decoR);
    d.badgeR = 6.0 * d.k;

    if (o.showMarks && !pa.marks.isEmpty()) {
        // One badge per participant who marked it, above the marker (marks.cpp).
        d.marks = layoutMarks(s, pa, st, d.decoR);
        for (const PlacedMark &m : d.marks)
            d.extent |= m.rect;
    }
    if (pa.count > 1 && o.showCounts) {
        d.countText = QString(QChar(0x00d7)) + QString::number(pa.count);
        const TextMetrics tm(badgeFont(st));
        const QSizeF sz(tm.width(d.countText) + 4 * d.k, tm.lineHeight() + 1 * d.k);
        const QPointF c = polar(d.decoR, 135.0);
        d.countRect = QRectF(c.x() - 2 * d.k, c.y() - sz.height() / 2, sz.width(), sz.height());
        d.extent |= d.countRect;
    }
    auto badge = [&](QPointF c) {
        d.extent |= QRectF(c.x() - d.badgeR, c.y() - d.badgeR, 2 * d.badgeR, 2 * d.badgeR);
        return c;
    };
    if (pa.disputed) {
        d.disputed = true;
        d.disputedPos = badge(polar(d.decoR, 300.0));
    }
    if (pa.kind == PartnerKind::Person) {
        d.person = true;
        d.personPos = badge(polar(d.decoR, 225.0));
    }
    if (o.showNotes && !pa.notes.trimmed().isEmpty()) {
        d.note = true;
        d.notePos = badge(polar(d.decoR + 1.0 * d.k, 80.0));
    }
    double marksTop = 0.0;
    for (const PlacedMark &m : d.marks)
        marksTop = std::min(marksTop, m.rect.top());
    d.prio = priorityDeco(pa, st, o, d.decoR, marksTop, !d.marks.empty());
    if (d.prio.hollowMarks)
        for (PlacedMark &m : d.marks)
            m.badge = hollowBadge(m.badge);
    d.extent |= d.prio.extent;
    return d;
}

void paintDeco(QPainter &p, const Deco &d, const MapStyle &st)
{
    const double k = d.k;
    // Extra categories: coloured segments of a ring around the marker.
    if (!d.extras.empty()) {
        const double ringR = d.shapeR + 3.3 * k;
        const QRectF box(-ringR, -ringR, 2 * ringR, 2 * ringR);
        const double seg = 360.0 / static_cast<double>(d.extras.size());
        const double gap = d.extras.size() > 1 ? 14.0 : 30.0;
        for (std::size_t i = 0; i < d.extras.size(); ++i) {
            QPen pen(d.extras[i], 3.2 * k, Qt::SolidLine, Qt::FlatCap);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            const double start = 90.0 - static_cast<double>(i) * seg - gap / 2.0;
            p.drawArc(box, static_cast<int>(std::lround(start * 16)),
                      static_cast<int>(std::lround(-(seg - gap) * 16)));
        }
    }
    const QFont bf = badgeFont(st);
    const TextMetrics tm(bf);
    p.setFont(bf);
    if (!d.countText.isEmpty()) {
        p.setPen(QPen(st.text, 0.8 * k));
        p.setBrush(Qt::white);
        p.drawRoundedRect(d.countRect, 3 * k, 3 * k);
        drawTextLine(p,
                     QPointF(d.countRect.left() + 2 * k,
                             d.countRect.center().y() + (tm.ascent() - tm.descent()) / 2),
                     d.countText);
    }
    auto disc = [&](QPointF c) {
        p.setPen(QPen(st.text, 0.8 * k));
        p.setBrush(Qt::white);
        p.drawEllipse(c, d.badgeR, d.badgeR);
    };
    if (d.disputed) {
        disc(d.disputedPos);
        p.setPen(st.negative);
        const QString q = QStringLiteral("?");
        drawTextLine(p,
                     QPointF(d.disputedPos.x() - tm.width(q) / 2,
                             d.disputedPos.y() + (tm.ascent() - tm.descent()) / 2),
                     q);
    }
    if (d.person) {
        disc(d.personPos);
        p.setPen(Qt::NoPen);
        p.setBrush(st.text);
        const QPointF c = d.personPos;
        p.drawEllipse(QPointF(c.x(), c.y() - 1.9 * k), 1.7 * k, 1.7 * k);
        QPainterPath body;
        body.moveTo(c.x() - 3.4 * k, c.y() + 3.6 * k);
        body.cubicTo(c.x() - 3.4 * k, c.y() - 0.4 * k, c.x() + 3.4 * k, c.y() - 0.4 * k,
                     c.x() + 3.4 * k, c.y() + 3.6 * k);
        body.closeSubpath();
        p.drawPath(body);
    }
    if (d.note)
        paintNoteGlyph(p, d.notePos, d.badgeR * 0.9, 0.8 * k, st);
}

} // namespace

void paintNoteGlyph(QPainter &p, QPointF c, double h, double lineWidth, const MapStyle &st)
{
    QPainterPath page;
    page.moveTo(c.x() - h * 0.75, c.y() - h);
    page.lineTo(c.x() + h * 0.35, c.y() - h);
    page.lineTo(c.x() + h * 0.75, c.y() - h * 0.6);
    page.lineTo(c.x() + h * 0.75, c.y() + h);
    page.lineTo(c.x() - h * 0.75, c.y() + h);
    page.closeSubpath();
    p.setPen(QPen(st.text, lineWidth));
    p.setBrush(QColor(0xff, 0xf5, 0xb0));
    p.drawPath(page);
    for (int i = 0; i < 3; ++i) {
        const double y = c.y() - h * 0.3 + i * h * 0.45;
        p.drawLine(QPointF(c.x() - h * 0.45, y), QPointF(c.x() + h * 0.45, y));
    }
}

QRectF partnerExtent(const Session &s, const Partner &pa, const MapStyle &st,
                     const RenderOptions &o)
{
    return decorate(s, pa, st, o).extent;
}

PartnerBoxes partnerBoxes(const Session &s, const Partner &pa, const MapStyle &st,
                          const RenderOptions &o)
{
    const Deco d = decorate(s, pa, st, o);
    const double h = d.decoR + 4 * d.k;
    return {d.extent, QRectF(-h, -h, 2 * h, 2 * h)};
}

QRectF partnerItemBounds(const PartnerBoxes &b, const QRectF &labelRect, bool selected)
{
    QRectF r = b.marker.adjusted(-1, -1, 1, 1); // antialiased edges
    if (selected)
        r |= b.halo;
    if (!labelRect.isEmpty())
        r |= labelRect.adjusted(-1, -1, 1, 1);
    return r;
}

QRectF ghostExtent(const Session &s, const MissingPartner &m, const MapStyle &st)
{
    const Category *c = s.category(m.category);
    const double r = shapeOuterFactor(c ? c->marker : MarkerShape::Circle) * st.partnerRadius + 2;
    return {-r, -r, 2 * r, 2 * r};
}

LabelText partnerLabelText(const Partner &pa, const MapStyle &st, const RenderOptions &o)
{
    QString text = partnerDisplayLabel(pa, o);
    if (o.labelMaxChars > 0 && text.size() > o.labelMaxChars)
        text = text.left(std::max(1, o.labelMaxChars - 1)).trimmed() + QChar(0x2026);
    return makeLabelText(text, labelFontFor(st, false), st.labelMaxWidth);
}

LabelText missingLabelText(const MissingPartner &m, const MapStyle &st, const RenderOptions &o)
{
    return makeLabelText(missingDisplayLabel(m, o), labelFontFor(st, true), st.labelMaxWidth);
}

void paintLeader(QPainter &p, double markerRadius, const QRectF &labelRect, const MapStyle &st)
{
    const QPointF q(std::clamp(0.0, labelRect.left(), labelRect.right()),
                    std::clamp(0.0, labelRect.top(), labelRect.bottom()));
    const double len = std::hypot(q.x(), q.y());
    if (len < markerRadius + 7.0 * st.partnerRadius / 15.0)
        return;
    const QPointF from = q * (markerRadius / len);
    p.save();
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 0.7 * st.lineWidth / 1.5));
    p.drawLine(from, q);
    p.restore();
}

void paintPartnerParts(QPainter &p, const Session &s, const Partner &pa, const RenderOptions &o,
                       const MapStyle &st, const QRectF &labelRect, bool selected, int parts,
                       const LabelText *label, PaintGroups *groups)
{
    const Deco d = decorate(s, pa, st, o);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if ((parts & PartLeader) && !labelRect.isEmpty())
        paintLeader(p, d.shapeR, labelRect, st);
    if (parts & PartMarker) {
        if (selected) {
            QColor halo = st.selection;
            halo.setAlpha(70);
            p.setPen(QPen(st.selection, 1.5 * d.k));
            p.setBrush(halo);
            p.drawEllipse(QPointF(0, 0), d.decoR + 3 * d.k, d.decoR + 3 * d.k);
        }
        paintCategoryMarker(p, d.category, d.r, st.lineWidth, st, false, pa.disputed);
        paintDeco(p, d, st);
        paintMarks(p, s, d.marks, o, pa.id, groups);
        paintPriorityDeco(p, d.prio, st);
    }
    if ((parts & PartLabel) && !labelRect.isEmpty()) {
        paintLabelBox(p, label ? *label : partnerLabelText(pa, st, o), labelFontFor(st, false),
                      labelRect, st.text, selected ? st.selection : QColor());
    }
    p.restore();
}

void paintGhost(QPainter &p, const Session &s, const MissingPartner &m, const RenderOptions &o,
                const MapStyle &st, const QRectF &labelRect, const LabelText *label)
{
    const Category *c = s.category(m.category);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = st.partnerRadius;
    if (!labelRect.isEmpty())
        paintLeader(p, shapeOuterFactor(c ? c->marker : MarkerShape::Circle) * r, labelRect, st);
    paintCategoryMarker(p, c, r, st.lineWidth, st, true);
    if (!labelRect.isEmpty()) {
        QColor tc = st.text;
        tc.setAlpha(200);
        paintLabelBox(p, label ? *label : missingLabelText(m, st, o), labelFontFor(st, true),
                      labelRect, tc);
    }
    p.restore();
}

} // namespace detail

using namespace detail;

namespace {
const MissingPartner *findMissing(const Session &s, const QString &id)
{
    for (const MissingPartner &m : s.missingPartners)
        if (m.id == id)
            return &m;
    return nullptr;
}
} // namespace

void MapPainter::paintPartner(QPainter &p, const Session &s, const QString &partnerId,
                              const RenderOptions &o, const QRectF &labelRect, bool selected) const
{
    if (const Partner *pa = s.partner(partnerId))
        paintPartnerParts(p, s, *pa, o, m_style, labelRect, selected, PartAll);
}

void MapPainter::paintMissing(QPainter &p, const Session &s, const QString &missingId,
                              const RenderOptions &o) const
{
    if (const MissingPartner *m = findMissing(s, missingId))
        paintGhost(p, s, *m, o, m_style, layoutMissingLabels(s, o).value(missingId));
}

void MapPainter::paintMissing(QPainter &p, const Session &s, const QString &missingId,
                              const RenderOptions &o, const QRectF &labelRect) const
{
    if (const MissingPartner *m = findMissing(s, missingId))
        paintGhost(p, s, *m, o, m_style, labelRect);
}

QRectF MapPainter::markerBounds(const Session &s, const QString &partnerId,
                                const RenderOptions &o) const
{
    const Partner *pa = s.partner(partnerId);
    if (!pa)
        return {};
    return decorate(s, *pa, m_style, o).extent;
}

QRectF MapPainter::partnerBounds(const Session &s, const QString &partnerId, const RenderOptions &o,
                                 const QRectF &labelRect, bool selected) const
{
    const Partner *pa = s.partner(partnerId);
    if (!pa)
        return {};
    return partnerItemBounds(partnerBoxes(s, *pa, m_style, o), labelRect, selected);
}

QRectF MapPainter::partnerBounds(const Session &s, const QString &partnerId,
                                 const RenderOptions &o) const
{
    return partnerBounds(s, partnerId, o, layoutLabels(s, o).value(partnerId), false);
}

} // namespace nwk
