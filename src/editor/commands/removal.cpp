// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/removal.h"

#include "nwk/editor/documenteditor.h"

#include <QSet>

namespace nwk {

namespace {
/// Removes the ids in `gone` from list; true when something was removed.
bool strip(QStringList &list, const QSet<QString> &gone)
{
    return list.removeIf([&](const QString &id) { return gone.contains(id); }) > 0;
}

/// Clears `id` when it names a partner in `gone`; true when it did.
bool release(QString &id, const QSet<QString> &gone)
{
    if (id.isEmpty() || !gone.contains(id))
        return false;
    id.clear();
    return true;
}

/// What the group said (schema 3) that refers to the partners in `gone`.
void planStatements(const Session &s, const QSet<QString> &gone, const QSet<QString> &links,
                    Removal &r)
{
    for (std::size_t i = 0; i < s.relativePlacements.size(); ++i) {
        const RelativePlacement &rp = s.relativePlacements[i];
        if (gone.contains(rp.partnerId) || gone.contains(rp.referenceId))
            r.relatives.emplace_back(static_cast<int>(i), rp);
    }
    for (const Partner &p : s.partners) {
        if (gone.contains(p.id))
            continue;
        Partner after = p;
        bool changed = release(after.sameAsPartner, gone);
        changed |= release(after.contactOf, gone);
        for (ChoiceChange &c : after.choiceChanges)
            changed |= release(c.otherPartnerId, gone);
        if (changed)
            r.referring.emplace_back(p, after);
    }
    for (const Link &l : s.links) {
        Link after = l;
        if (!links.contains(l.id) && release(after.via, gone))
            r.vias.emplace_back(l, after);
    }
    for (const MissingPartner &m : s.missingPartners) {
        MissingPartner after = m;
        if (release(after.partnerId, gone))
            r.absences.emplace_back(m, after);
    }
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
    planStatements(s, partners, links, r);
    return r;
}

RemovalCommand::RemovalCommand(SessionDocument *document, Removal removal, QUndoCommand *parent)
    : EditCommand(parent)
    , m_document(document)
    , m_removal(std::move(removal))
{
    setObsolete(m_removal.isEmpty());
}

void RemovalCommand::redo()
{
    DocumentEditor e = editor(m_document);
    m_removal.apply(e);
}

void RemovalCommand::undo()
{
    DocumentEditor e = editor(m_document);
    m_removal.revert(e);
}

void Removal::apply(DocumentEditor &e) const
{
    for (auto it = annotations.rbegin(); it != annotations.rend(); ++it)
        e.remove<Annotation>(it->second.id);
    for (const auto &[before, after] : cards)
        e.replace<CardProgress>(after);
    for (const auto &[before, after] : groups)
        e.replace<Group>(after);
    for (auto it = relatives.rbegin(); it != relatives.rend(); ++it)
        e.remove<RelativePlacement>(it->second.id);
    for (const auto &[before, after] : absences)
        e.replace<MissingPartner>(after);
    for (const auto &[before, after] : vias)
        e.replace<Link>(after);
    for (const auto &[before, after] : referring)
        e.replace<Partner>(after);
    for (auto it = links.rbegin(); it != links.rend(); ++it)
        e.remove<Link>(it->second.id);
    for (auto it = partners.rbegin(); it != partners.rend(); ++it)
        e.remove<Partner>(it->second.id);
}

void Removal::revert(DocumentEditor &e) const
{
    for (const auto &[index, partner] : partners)
        e.insert(index, partner);
    for (const auto &[index, link] : links)
        e.insert(index, link);
    for (const auto &[before, after] : referring)
        e.replace<Partner>(before);
    for (const auto &[before, after] : vias)
        e.replace<Link>(before);
    for (const auto &[before, after] : absences)
        e.replace<MissingPartner>(before);
    for (const auto &[index, relative] : relatives)
        e.insert(index, relative);
    for (const auto &[before, after] : groups)
        e.replace<Group>(before);
    for (const auto &[before, after] : cards)
        e.replace<CardProgress>(before);
    for (const auto &[index, annotation] : annotations)
        e.insert(index, annotation);
}

} // namespace nwk
