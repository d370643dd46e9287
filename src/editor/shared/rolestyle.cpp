// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolestyle.h"

#include "nwk/render/mappainter.h"
#include "nwk/render/marks.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace nwk {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::RoleStyle)
};
constexpr int kDot = 12; // px, a swatch and the height of a mark badge
} // namespace

QString roleGroupName(RoleGroup group)
{
    switch (group) {
    case RoleGroup::Teacher:
        return Tr::tr("Teacher");
    case RoleGroup::Management:
        return Tr::tr("Management");
    case RoleGroup::Care:
        return Tr::tr("Care");
    case RoleGroup::Other:
        break;
    }
    return Tr::tr("Other");
}

QStringList roleGroupNames()
{
    QStringList names;
    for (std::size_t i = 0; i < enumCount<RoleGroup>(); ++i)
        names.append(roleGroupName(static_cast<RoleGroup>(i)));
    return names;
}

QString missingStatusName(MissingStatus status)
{
    switch (status) {
    case MissingStatus::Missing:
        return Tr::tr("Missing");
    case MissingStatus::HopedFor:
        return Tr::tr("Hoped for");
    case MissingStatus::Former:
        return Tr::tr("Former");
    case MissingStatus::LeftOff:
        return Tr::tr("Deliberately left off");
    case MissingStatus::AddedAfter:
        break;
    }
    return Tr::tr("Added after the session");
}

QStringList missingStatusNames()
{
    QStringList names;
    for (std::size_t i = 0; i < enumCount<MissingStatus>(); ++i)
        names.append(missingStatusName(static_cast<MissingStatus>(i)));
    return names;
}

QIcon roleSwatch(RoleGroup group)
{
    QPixmap pixmap(kDot, kDot);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0x40, 0x40, 0x40));
    p.setBrush(roleColor(group));
    p.drawRect(0, 0, kDot - 1, kDot - 1);
    return QIcon(pixmap);
}

QIcon markDots(const Session &session, const QStringList &participantIds)
{
    // The map's badges (render's paintMarkBadge()), in the map's order.
    const std::vector<MarkBadge> badges = markBadges(session, participantIds);
    if (badges.empty())
        return {};
    const double h = kDot - 1;
    const double gap = 2;
    double width = 0;
    for (const MarkBadge &b : badges)
        width += markBadgeSize(b, h).width() + gap;
    QPixmap pixmap(static_cast<int>(std::ceil(width)), kDot);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    double x = 0.5;
    for (const MarkBadge &b : badges) {
        const double w = markBadgeSize(b, h).width();
        paintMarkBadge(p, b, QPointF(x + w / 2, kDot / 2.0), h);
        x += w + gap;
    }
    return QIcon(pixmap);
}

QIcon markBadgeIcon(const Session &session, const QString &participantId)
{
    const MarkBadge b = markBadge(session, participantId);
    const double h = kDot + 3;
    const double w = markBadgeSize(b, h).width();
    QPixmap pixmap(static_cast<int>(std::ceil(w)) + 1, kDot + 4);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paintMarkBadge(p, b, QPointF(pixmap.width() / 2.0, pixmap.height() / 2.0), h);
    return QIcon(pixmap);
}

QString participantTitle(const Participant &p)
{
    return p.role.isEmpty() ? p.code : QStringLiteral("%1 (%2)").arg(p.code, p.role);
}

} // namespace nwk
