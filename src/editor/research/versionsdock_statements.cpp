// SPDX-License-Identifier: GPL-3.0-or-later
// The versions dock's words for changes of what the group stated (schema 3).
#include "versionsdock_names.h"

#include "../shared/rolestyle.h"

namespace nwk::versions {

namespace {

const Partner *partnerIn(const Snapshot &map, const QString &id)
{
    for (const Partner &p : map.partners)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString distanceKindText(const QString &spelling)
{
    if (spelling == QLatin1String("not-discussed"))
        return VersionsDock::tr("not discussed");
    if (spelling == QLatin1String("on-school"))
        return VersionsDock::tr("on the school");
    if (spelling == QLatin1String("in-school"))
        return VersionsDock::tr("in the school");
    return VersionsDock::tr("in a ring");
}

/// "3 votes, Teacher 2, “de meeste”"; "none" when no vote is stated.
QString votesOf(const Partner *p)
{
    QStringList parts;
    if (p && p->voteCount >= 0)
        parts << VersionsDock::tr("%1 votes").arg(p->voteCount);
    if (p)
        for (const RoleVote &v : p->roleVotes)
            parts << QStringLiteral("%1 %2").arg(roleGroupName(v.roleGroup)).arg(v.count);
    if (p && !p->voteText.isEmpty())
        parts << QStringLiteral("\u201c%1\u201d").arg(p->voteText);
    return parts.isEmpty() ? VersionsDock::tr("none") : parts.join(QStringLiteral(", "));
}

QString relativeText(const Snapshot &map, const Names &names, const QString &id)
{
    for (const RelativePlacement &r : map.relativePlacements) {
        if (r.id != id)
            continue;
        const QString how = r.relation == RelativeRelation::Closer ? VersionsDock::tr("closer than")
                            : r.relation == RelativeRelation::Further
                                ? VersionsDock::tr("further than")
                                : VersionsDock::tr("as close as");
        return QStringLiteral("%1 %2 %3")
            .arg(names.partner(r.partnerId), how, names.partner(r.referenceId));
    }
    return id;
}

QString linkRoles(const Snapshot &map, const Names &names, const QString &linkId)
{
    for (const Link &l : map.links) {
        if (l.id != linkId)
            continue;
        QStringList parts;
        if (!l.initiatedBy.isEmpty())
            parts << VersionsDock::tr("initiated by %1").arg(names.partner(l.initiatedBy));
        if (l.reciprocity == Reciprocity::Reciprocal)
            parts << VersionsDock::tr("reciprocal");
        else if (l.reciprocity == Reciprocity::OneSided)
            parts << VersionsDock::tr("one-sided");
        if (l.schoolRole == SchoolRole::Learning)
            parts << VersionsDock::tr("the school learns");
        else if (l.schoolRole == SchoolRole::Offering)
            parts << VersionsDock::tr("the school offers");
        else if (l.schoolRole == SchoolRole::Both)
            parts << VersionsDock::tr("the school learns and offers");
        if (!l.via.isEmpty())
            parts << VersionsDock::tr("via %1").arg(names.partner(l.via));
        return parts.isEmpty() ? VersionsDock::tr("none") : parts.join(QStringLiteral(", "));
    }
    return {};
}

QString linkEnds(const Snapshot &map, const Names &names, const QString &linkId)
{
    for (const Link &l : map.links)
        if (l.id == linkId)
            return names.partner(l.from) + QStringLiteral(" \u2013 ") + names.partner(l.to);
    return linkId;
}

} // namespace

QStringList statementLines(const MapDiff &d, const Names &was, const Names &now)
{
    using K = StatementChangeKind;
    QStringList lines;
    for (const StatementChange &c : d.statements) {
        const QString partner = now.partner(c.partnerId);
        const QString who =
            c.detail.isEmpty() ? VersionsDock::tr("someone") : now.participant(c.detail);
        switch (c.kind) {
        case K::DistanceKind:
            lines << VersionsDock::tr("Distance of %1: %2 \u2192 %3")
                         .arg(partner, distanceKindText(c.before), distanceKindText(c.after));
            break;
        case K::AlternativeAdded:
            lines << VersionsDock::tr("Own placement added: %1 by %2").arg(partner, who);
            break;
        case K::AlternativeRemoved:
            lines << VersionsDock::tr("Own placement removed: %1 by %2")
                         .arg(partner, c.detail.isEmpty() ? who : was.participant(c.detail));
            break;
        case K::FormerAdded:
            lines << VersionsDock::tr("Former placement added: %1 (%2)").arg(partner, c.detail);
            break;
        case K::FormerRemoved:
            lines << VersionsDock::tr("Former placement removed: %1 (%2)").arg(partner, c.detail);
            break;
        case K::Votes:
            lines << VersionsDock::tr("Votes on %1: %2 \u2192 %3")
                         .arg(partner, votesOf(partnerIn(was.map, c.partnerId)),
                              votesOf(partnerIn(now.map, c.partnerId)));
            break;
        case K::PrioritySource:
            lines << (c.after == QLatin1String("researchers")
                          ? VersionsDock::tr("Priority of %1 now inferred by the researchers")
                          : VersionsDock::tr("Priority of %1 now set by the participants"))
                         .arg(partner);
            break;
        case K::NeutralZoneEntered:
            lines << VersionsDock::tr("Into the neutral zone: %1").arg(partner);
            break;
        case K::NeutralZoneLeft:
            lines << VersionsDock::tr("Out of the neutral zone: %1").arg(partner);
            break;
        case K::RelativeAdded:
            lines << VersionsDock::tr("Relative placement added: %1")
                         .arg(relativeText(now.map, now, c.id));
            break;
        case K::RelativeRemoved:
            lines << VersionsDock::tr("Relative placement removed: %1")
                         .arg(relativeText(was.map, was, c.id));
            break;
        case K::LinkRoles:
            lines << VersionsDock::tr("Link changed: %1 (%2 \u2192 %3)")
                         .arg(linkEnds(now.map, now, c.id), linkRoles(was.map, was, c.id),
                              linkRoles(now.map, now, c.id));
            break;
        }
    }
    return lines;
}

} // namespace nwk::versions
