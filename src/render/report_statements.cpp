// SPDX-License-Identifier: GPL-3.0-or-later
// The report's words for what the group stated (schema 3): distances not discussed or on
// the school, participants' own placements, former placements, votes and the
// researchers' inferred priorities.
#include "report_p.h"

#include "nwk/core/geometry.h"

#include "render_p.h"

#include <QLocale>

#include <algorithm>

namespace nwk::report {

int ringOf(const Session &s, const Placement &p)
{
    const int rings = static_cast<int>(s.rings.size());
    if (!p.distanceDiscussed() || rings <= 0)
        return -1;
    if (p.distanceKind != DistanceKind::Ring) // on or in the school: distance 0
        return 0;
    return std::clamp(MapGeometry::forSession(s).ringAt(p.distance), 0, rings - 1);
}

QString placementText(const Context &c, const Placement &p)
{
    switch (p.distanceKind) {
    case DistanceKind::NotDiscussed:
        return c.t(Text::DistanceNotDiscussed);
    case DistanceKind::OnSchool:
        return c.t(Text::OnSchool);
    case DistanceKind::InSchool:
        return c.t(Text::InSchool);
    case DistanceKind::Ring:
        break;
    }
    const int ring = MapGeometry::forSession(c.s).ringAt(p.distance);
    const QLocale locale(c.o.language.startsWith(QStringLiteral("en")) ? QLocale::English
                                                                       : QLocale::Dutch);
    const QString number = locale.toString(p.distance, 'f', 2);
    if (ring < 0 || ring >= static_cast<int>(c.s.rings.size()))
        return number;
    return QStringLiteral("%1 (%2)").arg(
        detail::ringLabel(c.s.rings[static_cast<std::size_t>(ring)], ring, c.names), number);
}

QString participantWho(const Context &c, const QString &participantId)
{
    const Participant *p = participantId.isEmpty() ? nullptr : c.s.participant(participantId);
    if (!p || c.o.anonymise || p->code.trimmed().isEmpty())
        return c.role(participantId);
    return p->code.trimmed() + QLatin1Char(' ') + c.role(participantId);
}

int statedVotes(const Partner &p)
{
    int votes = p.voteCount > 0 ? p.voteCount : 0;
    for (const RoleVote &v : p.roleVotes)
        votes += std::max(v.count, 0);
    return votes;
}

QString votesHtml(const Context &c, const Partner &p)
{
    QStringList parts;
    if (p.voteCount >= 0 || !p.roleVotes.empty())
        parts << QString::number(statedVotes(p));
    for (const RoleVote &v : p.roleVotes)
        parts << QStringLiteral("%1 %2")
                     .arg(detail::roleGroupText(v.roleGroup, c.names))
                     .arg(v.count);
    if (!p.voteText.trimmed().isEmpty())
        parts << QStringLiteral("\u201c%1\u201d").arg(p.voteText.trimmed());
    return esc(parts.join(QStringLiteral(", ")));
}

QStringList statementFacts(const Context &c, const Partner &p)
{
    QStringList facts;
    const QString sep = QStringLiteral(": ");
    if (p.prioritySource == PrioritySource::Researchers)
        facts << esc(c.t(Text::InferredPriority));
    if (p.voteCount >= 0 || !p.roleVotes.empty() || !p.voteText.trimmed().isEmpty())
        facts << esc(c.t(Text::Votes)) + sep + votesHtml(c, p);
    QStringList otherwise;
    for (const AlternativePlacement &a : p.alternatives) {
        QString one = participantWho(c, a.participantId) + sep + placementText(c, a.placement);
        if (!a.note.trimmed().isEmpty())
            one += QStringLiteral(" (\u201c%1\u201d)").arg(a.note.trimmed());
        otherwise << one;
    }
    if (!otherwise.isEmpty())
        facts << esc(c.t(Text::PlacedOtherwise)) + sep + esc(otherwise.join(QStringLiteral("; ")));
    QStringList former;
    for (const FormerPlacement &f : p.formerPlacements) {
        QStringList one{placementText(c, f.placement)};
        for (const QString &t : {f.when, f.why})
            if (!t.trimmed().isEmpty())
                one << t.trimmed();
        former << one.join(QStringLiteral(", "));
    }
    if (!former.isEmpty())
        facts << esc(c.t(Text::Formerly)) + sep + esc(former.join(QStringLiteral("; ")));
    return facts;
}

} // namespace nwk::report
