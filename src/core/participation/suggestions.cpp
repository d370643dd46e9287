// SPDX-License-Identifier: GPL-3.0-or-later
// Merge suggestions for partners named from phones: the comparison's label matching
// (analysis/partnermatch, docs/measures.md "Comparing schools").
#include "nwk/core/comparison.h"
#include "nwk/core/participationround.h"
#include "nwk/core/session.h"

namespace nwk::participation {

namespace {

const PartnerMatcher &matcher()
{
    static const PartnerMatcher instance(defaultSynonyms());
    return instance;
}

bool shareKey(const QStringList &a, const QStringList &b)
{
    for (const auto &k : a)
        if (b.contains(k))
            return true;
    return false;
}

} // namespace

QStringList matchKeys(const QString &label)
{
    return matcher().keys(label);
}

bool shareMatchKey(const QStringList &a, const QStringList &b)
{
    return shareKey(a, b);
}

bool likelySamePartner(const QString &a, const QString &b)
{
    return shareKey(matcher().keys(a), matcher().keys(b));
}

QStringList likelyDuplicates(const QString &label, const Session &session)
{
    const QStringList keys = matcher().keys(label);
    QStringList ids;
    if (keys.isEmpty())
        return ids;
    for (const auto &p : session.partners)
        if (shareKey(keys, matcher().keys(p.label)))
            ids << p.id;
    return ids;
}

ParticipationRound::Suggestions ParticipationRound::suggestions(const QString &label,
                                                                const QString &device,
                                                                const QString &cid) const
{
    Suggestions out;
    const QStringList keys = matcher().keys(label);
    if (keys.isEmpty())
        return out;
    for (const auto &p : m_view.partners)
        if (shareKey(keys, matcher().keys(p.label)))
            out.partners << p.id;
    for (const auto &p : m_state.proposals) {
        if (p.kind != Proposal::Kind::Partner || p.state != u"sent" ||
            (p.device == device && p.cid == cid))
            continue;
        if (shareKey(keys, matcher().keys(p.label)))
            out.proposals.emplace_back(p.device, p.cid);
    }
    return out;
}

} // namespace nwk::participation
