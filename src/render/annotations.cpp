// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation layer: the researcher's annotations drawn apart from the group's
// map, as small numbered note badges in one colour of their own.
#include "nwk/render/mappainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <optional>

namespace nwk {

namespace {

const QColor kBadgeFill(0x7b, 0x3f, 0xa0); ///< violet: no category or role uses it
constexpr double kBadgeHeight = 14.0;

QHash<QString, int> countsOf(const Session &s, AnnotationTarget kind)
{
    QHash<QString, int> counts;
    for (const Annotation &a : s.annotations)
        if (a.targetKind == kind)
            ++counts[a.targetId];
    return counts;
}

QRectF badgeAt(QPointF anchor, int count)
{
    const double width = count > 9 ? 20.0 : 14.0;
    return {anchor.x(), anchor.y() - kBadgeHeight, width, kBadgeHeight};
}

} // namespace

std::vector<AnnotationBadge> MapPainter::annotationBadges(const Session &s) const
{
    std::vector<AnnotationBadge> badges;
    if (s.annotations.empty())
        return badges;
    const MapGeometry g = MapGeometry::forSession(s);
    const double r = m_style.partnerRadius;
    auto centre = [&](const QString &end) -> std::optional<QPointF> {
        if (end == kSchoolId)
            return QPointF(0, 0);
        const Partner *p = s.partner(end);
        if (!p || !p->placement)
            return std::nullopt;
        return g.toPoint(*p->placement);
    };

    const auto partners = countsOf(s, AnnotationTarget::Partner);
    for (const Partner &p : s.partners) {
        const int n = partners.value(p.id);
        if (n > 0 && p.placement) {
            const QPointF c = g.toPoint(*p.placement);
            badges.push_back(
                {AnnotationTarget::Partner, p.id, n, badgeAt(c + QPointF(r * 0.7, -r * 0.7), n)});
        }
    }
    const auto links = countsOf(s, AnnotationTarget::Link);
    for (const Link &l : s.links) {
        const int n = links.value(l.id);
        const auto a = centre(l.from);
        const auto b = centre(l.to);
        if (n > 0 && a && b) {
            const QPointF mid = (*a + *b) / 2.0;
            badges.push_back({AnnotationTarget::Link, l.id, n, badgeAt(mid + QPointF(3, -3), n)});
        }
    }
    const auto missing = countsOf(s, AnnotationTarget::MissingPartner);
    for (const MissingPartner &m : s.missingPartners) {
        const int n = missing.value(m.id);
        if (n > 0)
            badges.push_back({AnnotationTarget::MissingPartner, m.id, n,
                              badgeAt(missingPosition(s, m.id) + QPointF(r * 0.7, -r * 0.7), n)});
    }
    return badges;
}

void MapPainter::paintAnnotationBadge(QPainter &p, const AnnotationBadge &badge) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // A folded note: a rounded box with a small tail towards the object.
    const QRectF r = badge.rect;
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    QPolygonF tail;
    tail << QPointF(r.left() + 2, r.bottom() - 1) << QPointF(r.left() - 3, r.bottom() + 4)
         << QPointF(r.left() + 6, r.bottom() - 1);
    path.addPolygon(tail);
    p.setPen(QPen(Qt::white, 1.0));
    p.setBrush(kBadgeFill);
    p.drawPath(path.simplified());
    QFont font = m_style.linkFont;
    font.setPixelSize(10);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, QString::number(badge.count));
    p.restore();
}

void MapPainter::paintAnnotations(QPainter &p, const Session &s, const RenderOptions &) const
{
    for (const AnnotationBadge &badge : annotationBadges(s))
        paintAnnotationBadge(p, badge);
}

} // namespace nwk
