// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolestyle.h"

#include "nwk/render/mappainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace nwk {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::RoleStyle)
};
constexpr int kDot = 12; // px, one dot of a row of marks
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
    const int n = static_cast<int>(participantIds.size());
    if (n == 0)
        return {};
    QPixmap pixmap(n * (kDot + 2), kDot);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0x40, 0x40, 0x40));
    for (int i = 0; i < n; ++i) {
        const Participant *who = session.participant(participantIds[i]);
        p.setBrush(roleColor(who ? who->roleGroup : RoleGroup::Other));
        p.drawEllipse(QRectF(i * (kDot + 2) + 0.5, 0.5, kDot - 1, kDot - 1));
    }
    return QIcon(pixmap);
}

QString clockText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString participantTitle(const Participant &p)
{
    return p.role.isEmpty() ? p.code : QStringLiteral("%1 (%2)").arg(p.code, p.role);
}

} // namespace nwk
