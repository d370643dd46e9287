// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdiff_statements.h"

#include <QHash>

#include <algorithm>

namespace nwk {

namespace {

template <typename E> QString spelling(E value)
{
    const std::string_view s = toString(value);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString kindOf(const std::optional<Placement> &p)
{
    return p ? spelling(p->distanceKind) : QString();
}

/// Items of `from` that `in` lacks (by value), as changes of `kind`.
template <typename T, typename Detail>
void missingFrom(const std::vector<T> &from, const std::vector<T> &in, const QString &partnerId,
                 StatementChangeKind kind, Detail &&detail, std::vector<StatementChange> &out)
{
    for (const T &x : from)
        if (std::find(in.begin(), in.end(), x) == in.end())
            out.push_back({kind, partnerId, {}, {}, {}, detail(x)});
}

} // namespace

QString votesText(const Partner &p)
{
    QStringList parts;
    if (p.voteCount >= 0)
        parts << QStringLiteral("%1 votes").arg(p.voteCount);
    for (const RoleVote &v : p.roleVotes)
        parts << QStringLiteral("%1 %2").arg(spelling(v.roleGroup)).arg(v.count);
    if (!p.voteText.isEmpty())
        parts << QStringLiteral("\u201c%1\u201d").arg(p.voteText);
    return parts.join(QStringLiteral("; "));
}

QString linkRolesText(const Link &l)
{
    QStringList parts;
    if (!l.initiatedBy.isEmpty())
        parts << QStringLiteral("initiated by %1").arg(l.initiatedBy);
    if (l.reciprocity != Reciprocity::Unstated)
        parts << spelling(l.reciprocity);
    if (l.schoolRole != SchoolRole::Unstated)
        parts << QStringLiteral("school %1").arg(spelling(l.schoolRole));
    if (!l.via.isEmpty())
        parts << QStringLiteral("via %1").arg(l.via);
    return parts.join(QStringLiteral("; "));
}

void diffStatements(const Partner &was, const Partner &now, std::vector<StatementChange> &out)
{
    using K = StatementChangeKind;
    const QString id = now.id;
    if (was.placement && now.placement && kindOf(was.placement) != kindOf(now.placement))
        out.push_back({K::DistanceKind, id, {}, kindOf(was.placement), kindOf(now.placement), {}});
    const auto participant = [](const AlternativePlacement &a) { return a.participantId; };
    missingFrom(now.alternatives, was.alternatives, id, K::AlternativeAdded, participant, out);
    missingFrom(was.alternatives, now.alternatives, id, K::AlternativeRemoved, participant, out);
    const auto when = [](const FormerPlacement &f) { return f.when; };
    missingFrom(now.formerPlacements, was.formerPlacements, id, K::FormerAdded, when, out);
    missingFrom(was.formerPlacements, now.formerPlacements, id, K::FormerRemoved, when, out);
    if (votesText(was) != votesText(now))
        out.push_back({K::Votes, id, {}, votesText(was), votesText(now), {}});
    if (was.prioritySource != now.prioritySource)
        out.push_back({K::PrioritySource,
                       id,
                       {},
                       spelling(was.prioritySource),
                       spelling(now.prioritySource),
                       {}});
    if (was.neutralZone != now.neutralZone)
        out.push_back(
            {now.neutralZone ? K::NeutralZoneEntered : K::NeutralZoneLeft, id, {}, {}, {}, {}});
}

void diffRelatives(const Snapshot &before, const Snapshot &after, std::vector<StatementChange> &out)
{
    QHash<QString, const RelativePlacement *> was;
    QHash<QString, const RelativePlacement *> now;
    for (const RelativePlacement &r : before.relativePlacements)
        was.insert(r.id, &r);
    for (const RelativePlacement &r : after.relativePlacements)
        now.insert(r.id, &r);
    for (const RelativePlacement &r : before.relativePlacements) {
        const RelativePlacement *n = now.value(r.id);
        if (!n || !(*n == r))
            out.push_back({StatementChangeKind::RelativeRemoved, r.partnerId, r.id, {}, {}, {}});
    }
    for (const RelativePlacement &r : after.relativePlacements) {
        const RelativePlacement *o = was.value(r.id);
        if (!o || !(*o == r))
            out.push_back({StatementChangeKind::RelativeAdded, r.partnerId, r.id, {}, {}, {}});
    }
}

} // namespace nwk
