// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on the map: statements that relate two partners. Relative placements ("a bit
// further than our own CLB", on request) and contact persons attached to an organisation.
#include "statements_p.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace nwk::detail {

namespace {

/// Where an end of a relation is drawn: the school's centre or a placed partner.
std::optional<QPointF> endAt(const PaintContext &ctx, const QString &id)
{
    if (id == kSchoolId)
        return QPointF(0, 0);
    const Partner *pa = ctx.partner(id);
    if (!pa || !pa->placement)
        return std::nullopt;
    return ctx.drawnAt(*pa, ctx.positions().geometry);
}

QColor relationColor(const MapStyle &st)
{
    QColor c = st.groupColor.darker(120);
    c.setAlpha(210);
    return c;
}

struct Arrow {
    QPointF from; ///< at the partner's marker edge
    QPointF to;   ///< at the reference's edge
    QString text;
    QRectF textRect;
};

std::optional<Arrow> arrowOf(const PaintContext &ctx, const RelativePlacement &rp,
                             const RenderOptions &o, const MapStyle &st)
{
    const auto a = endAt(ctx, rp.partnerId);
    const auto b = endAt(ctx, rp.referenceId);
    if (!a || !b || rp.partnerId == rp.referenceId)
        return std::nullopt;
    const QPointF d = *b - *a;
    const double len = std::hypot(d.x(), d.y());
    const double ra = 1.3 * st.partnerRadius;
    const double rb = rp.referenceId == kSchoolId ? ctx.positions().geometry.schoolRadius + 2.0
                                                  : 1.3 * st.partnerRadius;
    if (len <= ra + rb + 4.0)
        return std::nullopt;
    const QPointF u = d / len;
    Arrow ar{*a + u * ra, *b - u * rb, relationText(rp.relation, o), {}};
    const QFont f = st.linkFont;
    const TextMetrics tm(f);
    const QSizeF sz(tm.width(ar.text) + 2 * kLabelPadX, tm.lineHeight() + 2 * kLabelPadY);
    // At a third from the partner: clear of the middle, where a link's label goes.
    const QPointF c = ar.from + (ar.to - ar.from) / 3.0;
    ar.textRect = QRectF(c.x() - sz.width() / 2, c.y() - sz.height() / 2, sz.width(), sz.height());
    return ar;
}

} // namespace

QString relationText(RelativeRelation r, const RenderOptions &o)
{
    switch (r) {
    case RelativeRelation::Closer:
        return nlEn(o, "dichter dan", "closer than");
    case RelativeRelation::Further:
        return nlEn(o, "verder dan", "further than");
    case RelativeRelation::Same:
        break;
    }
    return nlEn(o, "even ver als", "as close as");
}

void paintRelativePlacements(QPainter &p, const PaintContext &ctx, const RenderOptions &o,
                             const MapStyle &st, PaintGroups *groups)
{
    if (!o.showRelativePlacements)
        return;
    const QColor color = relationColor(st);
    for (const RelativePlacement &rp : ctx.s.relativePlacements) {
        const auto ar = arrowOf(ctx, rp, o, st);
        if (!ar)
            continue;
        const GroupScope scope(groups, QStringLiteral("relative-") + rp.id,
                               QStringLiteral("relative-placement relation-") +
                                   QString::fromLatin1(toString(rp.relation).data()),
                               ar->text);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(color, st.lineWidth * 0.9, Qt::SolidLine, Qt::RoundCap);
        pen.setDashPattern({5.0, 3.0});
        p.setPen(pen);
        p.drawLine(ar->from, ar->to);
        const QPointF u =
            (ar->to - ar->from) / std::hypot((ar->to - ar->from).x(), (ar->to - ar->from).y());
        const QPointF n(-u.y(), u.x());
        const double head = 3.0 * st.lineWidth + 4.0;
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(QPolygonF(
            {ar->to, ar->to - u * head + n * head * 0.5, ar->to - u * head - n * head * 0.5}));
        paintLabelBox(p, makeLabelText(ar->text, st.linkFont, 200.0), st.linkFont, ar->textRect,
                      color.darker(140));
        p.restore();
    }
}

void paintContactConnectors(QPainter &p, const PaintContext &ctx, const MapStyle &st,
                            PaintGroups *groups)
{
    for (const Partner &pa : ctx.s.partners) {
        if (pa.contactOf.isEmpty() || !pa.placement)
            continue;
        const auto a = endAt(ctx, pa.id);
        const auto b = endAt(ctx, pa.contactOf);
        if (!a || !b || pa.contactOf == kSchoolId)
            continue;
        const GroupScope scope(groups, QStringLiteral("contact-") + pa.id,
                               QStringLiteral("contact-of"), QString());
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(st.linkColor, st.lineWidth * 0.8, Qt::SolidLine, Qt::RoundCap);
        pen.setDashPattern({0.01, 2.2});
        p.setPen(pen);
        p.drawLine(*a, *b);
        p.restore();
    }
}

QRectF relationsBounds(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st)
{
    QRectF out;
    if (o.showRelativePlacements)
        for (const RelativePlacement &rp : ctx.s.relativePlacements)
            if (const auto ar = arrowOf(ctx, rp, o, st))
                out |= ar->textRect | QRectF(ar->from, ar->to).normalized();
    return out; // contact connectors run between markers: inside the markers' bounds
}

} // namespace nwk::detail

namespace nwk {

using namespace detail;

void MapPainter::paintPartnerStatements(QPainter &p, const Session &s, const QString &partnerId,
                                        const RenderOptions &o) const
{
    if (const Partner *pa = s.partner(partnerId); pa && hasStatements(*pa))
        detail::paintPartnerStatements(p, s, *pa, MapGeometry::forSession(s), o, m_style);
}

void MapPainter::paintPartnerStatements(QPainter &p, const Session &s, const Partner &partner,
                                        const RenderOptions &o) const
{
    if (hasStatements(partner))
        detail::paintPartnerStatements(p, s, partner, MapGeometry::forSession(s), o, m_style);
}

QRectF MapPainter::partnerStatementsBounds(const Session &s, const QString &partnerId) const
{
    const Partner *pa = s.partner(partnerId);
    return pa ? partnerStatementsBounds(s, *pa) : QRectF();
}

QRectF MapPainter::partnerStatementsBounds(const Session &s, const Partner &partner) const
{
    return hasStatements(partner)
               ? detail::partnerStatementsBounds(s, partner, MapGeometry::forSession(s), m_style)
               : QRectF();
}

void MapPainter::paintRelations(QPainter &p, const Session &s, const RenderOptions &o) const
{
    const PaintContext ctx(s, false);
    paintContactConnectors(p, ctx, m_style, nullptr);
    paintRelativePlacements(p, ctx, o, m_style, nullptr);
}

QRectF MapPainter::relationsBounds(const Session &s, const RenderOptions &o) const
{
    const PaintContext ctx(s, false);
    QRectF out = detail::relationsBounds(ctx, o, m_style);
    const MapGeometry g = MapGeometry::forSession(s);
    for (const Partner &pa : s.partners) // contact connectors
        if (!pa.contactOf.isEmpty() && pa.placement)
            if (const Partner *org = s.partner(pa.contactOf); org && org->placement)
                out |= QRectF(g.toPoint(*pa.placement), g.toPoint(*org->placement)).normalized();
    return out;
}

} // namespace nwk
