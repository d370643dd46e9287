// SPDX-License-Identifier: GPL-3.0-or-later
#include "priority.h"

namespace nwk::analysis {

int statedVotes(const Partner &p)
{
    int votes = p.voteCount > 0 ? p.voteCount : 0;
    for (const RoleVote &v : p.roleVotes)
        votes += v.count > 0 ? v.count : 0;
    return votes;
}

void countPriority(Measures &m, const Partner &p, PartnerMeasures &pm)
{
    const std::size_t roleGroups = enumCount<RoleGroup>();
    m.votesByRoleGroup.resize(roleGroups, 0);
    const int marks = static_cast<int>(p.marks.size());
    const int votes = statedVotes(p);
    if (p.prioritySource == PrioritySource::Researchers) {
        pm.researcherInferred = true;
        m.inferred.push_back({p.id, p.label, marks, votes});
        return;
    }
    pm.marks = marks;
    pm.votes = votes;
    m.marks += marks;
    m.votes += votes;
    const bool stated = p.voteCount >= 0 || !p.roleVotes.empty() || !p.voteText.isEmpty();
    if (!stated)
        return;
    VotedPartner v;
    v.partnerId = p.id;
    v.label = p.label;
    v.voteCount = p.voteCount;
    v.byRoleGroup.resize(roleGroups, 0);
    for (const RoleVote &r : p.roleVotes) {
        const auto group = static_cast<std::size_t>(r.roleGroup);
        v.byRoleGroup[group] += r.count > 0 ? r.count : 0;
        m.votesByRoleGroup[group] += r.count > 0 ? r.count : 0;
    }
    v.votes = votes;
    v.voteText = p.voteText;
    m.voted.push_back(v);
}

} // namespace nwk::analysis
