// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/removal.h"

#include "nwk/editor/sessiondocument.h"

#include <QSet>

namespace nwk {

namespace {
/// Removes the ids in `gone` from list; true when something was removed.
bool strip(QStringList &list, const QSet<QString> &gone)
{
    return list.removeIf([&](const QString &id) { return gone.contains(id); }) > 0;
}
} // namespace

Removal Removal::plan(const Session &s, const QStringList &partnerIds, const QStringList &linkIds)
{
    Removal r;
    QSet<QString> partners;
    for (std::size_t i = 0; i < s.partners.size(); ++i) {
        if (partnerIds.contains(s.partners[i].id)) {
            r.partners.emplace_back(static_cast<int>(i), s.partners[i]);
            partners.insert(s.partners[i].id);
        }
    }
    QSet<QString> links;
    for (std::size_t i = 0; i < s.links.size(); ++i) {
        const Link &l = s.links[i];
        if (linkIds.contains(l.id) || partners.contains(l.from) || partners.contains(l.to)) {
            r.links.emplace_back(static_cast<int>(i), l);
            links.insert(l.id);
        }
    }
    for (std::size_t i = 0; i < s.annotations.size(); ++i) {
        const Annotation &a = s.annotations[i];
        if ((a.targetKind == AnnotationTarget::Partner && partners.contains(a.targetId)) ||
            (a.targetKind == AnnotationTarget::Link && links.contains(a.targetId)))
            r.annotations.emplace_back(static_cast<int>(i), a);
    }
    if (partners.isEmpty())
        return r;
    for (const Group &g : s.groups) {
        Group after = g;
        if (strip(after.members, partners))
            r.groups.emplace_back(g, after);
    }
    for (const CardProgress &c : s.cards) {
        CardProgress after = c;
        bool changed = false;
        for (QuestionNote &n : after.notes)
            changed |= strip(n.partnerIds, partners);
        for (Quote &q : after.quotes)
            changed |= strip(q.partnerIds, partners);
        if (changed)
            r.cards.emplace_back(c, after);
    }
    return r;
}

void Removal::apply(SessionDocument &d) const
{
    for (auto it = annotations.rbegin(); it != annotations.rend(); ++it)
        d.removeAnnotation(it->second.id);
    for (const auto &[before, after] : cards)
        d.setCard(after);
    for (const auto &[before, after] : groups)
        d.setGroupMembers(after.id, after.members);
    for (auto it = links.rbegin(); it != links.rend(); ++it)
        d.removeLink(it->second.id);
    for (auto it = partners.rbegin(); it != partners.rend(); ++it)
        d.removePartner(it->second.id);
}

void Removal::revert(SessionDocument &d) const
{
    for (const auto &[index, partner] : partners)
        d.insertPartner(index, partner);
    for (const auto &[index, link] : links)
        d.insertLink(index, link);
    for (const auto &[before, after] : groups)
        d.setGroupMembers(before.id, before.members);
    for (const auto &[before, after] : cards)
        d.setCard(before);
    for (const auto &[index, annotation] : annotations)
        d.insertAnnotation(index, annotation);
}

} // namespace nwk
