// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on a partner's marker: priorities inferred by the researchers (hollow), votes
// without names ("×2"), a priority said only as a quantifier (a star), and a partner
// added after the session (a dotted ring).
#include "statements_p.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace nwk::detail {

namespace {

QFont voteFont(const MapStyle &st)
{
    QFont f = st.labelFont;
    f.setItalic(false);
    f.setBold(true);
    f.setPixelSize(std::max(5, st.labelFont.pixelSize() - 1));
    return f;
}

/// Votes whose voters are not named: the stated count and the role groups' counts; -1
/// when none is stated.
int unnamedVotes(const Partner &pa)
{
    if (pa.voteCount < 0 && pa.roleVotes.empty())
        return -1;
    int n = std::max(0, pa.voteCount);
    for (const RoleVote &rv : pa.roleVotes)
        n += std::max(0, rv.count);
    return n;
}

QPainterPath starPath(QPointF c, double r)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double a = i * std::numbers::pi / 5.0;
        const double rr = i % 2 ? r * 0.45 : r;
        const QPointF pt(c.x() + rr * std::sin(a), c.y() - rr * std::cos(a));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    path.closeSubpath();
    return path;
}

} // namespace

MarkBadge hollowBadge(MarkBadge b)
{
    const QColor role = b.fill;
    b.fill = Qt::white;
    b.outline = role.darker(b.known ? 115 : 100);
    b.textColor = b.known ? role.darker(140) : b.textColor;
    return b;
}

PriorityDeco priorityDeco(const Partner &pa, const MapStyle &st, const RenderOptions &o,
                          double decoR, double marksTop, bool hasMarks)
{
    PriorityDeco d;
    const double k = st.partnerRadius / 15.0;
    if (pa.addedAfterSession) {
        d.addedAfter = true;
        d.addedR = decoR + 2.5 * k;
        d.extent = QRectF(-d.addedR, -d.addedR, 2 * d.addedR, 2 * d.addedR).adjusted(-1, -1, 1, 1);
    }
    if (!o.showMarks)
        return d;
    const bool researchers = pa.prioritySource == PrioritySource::Researchers;
    d.hollowMarks = researchers && hasMarks;
    d.hollowVotes = researchers;
    const int votes = unnamedVotes(pa);
    // Above the marker, or above its mark badges: right of the centre line.
    const double top = hasMarks ? marksTop : -decoR;
    if (votes >= 0) {
        d.voteText = QString(QChar(0x00d7)) + QString::number(votes);
        const TextMetrics tm(voteFont(st));
        const QSizeF sz(tm.width(d.voteText) + 4 * k, tm.lineHeight() + 1 * k);
        const double left = hasMarks ? 0.5 * decoR : 0.35 * decoR;
        d.voteRect = QRectF(left, top - 1.5 * k - sz.height(), sz.width(), sz.height());
        d.extent |= d.voteRect.adjusted(-1, -1, 1, 1);
    } else if (!hasMarks && (researchers || !pa.voteText.trimmed().isEmpty())) {
        d.star = true;
        d.hollowStar = researchers;
        const double r = 5.5 * k;
        d.starPos = QPointF(0, top - 1.5 * k - r);
        d.extent |= QRectF(-r - 1, d.starPos.y() - r - 1, 2 * r + 2, 2 * r + 2);
    }
    return d;
}

void paintPriorityDeco(QPainter &p, const PriorityDeco &d, const MapStyle &st)
{
    if (!d.addedAfter && d.voteText.isEmpty() && !d.star)
        return;
    const double k = st.partnerRadius / 15.0;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (d.addedAfter) {
        QPen pen(st.text, 1.0 * k, Qt::SolidLine, Qt::RoundCap);
        pen.setDashPattern({0.01, 2.6});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(0, 0), d.addedR, d.addedR);
    }
    if (!d.voteText.isEmpty()) {
        QPen pen(st.text, 0.8 * k);
        if (d.hollowVotes)
            pen.setDashPattern({2.0, 1.5});
        p.setPen(pen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(d.voteRect, 3 * k, 3 * k);
        const QFont f = voteFont(st);
        const TextMetrics tm(f);
        p.setFont(f);
        p.setPen(st.text);
        drawTextLine(p,
                     QPointF(d.voteRect.left() + 2 * k,
                             d.voteRect.center().y() + (tm.ascent() - tm.descent()) / 2),
                     d.voteText);
    }
    if (d.star) {
        const QColor gold(0xc8, 0x8a, 0x00);
        p.setPen(QPen(gold.darker(120), 1.0 * k));
        p.setBrush(d.hollowStar ? QColor(Qt::white) : gold);
        p.drawPath(starPath(d.starPos, 5.5 * k));
    }
    p.restore();
}

} // namespace nwk::detail
