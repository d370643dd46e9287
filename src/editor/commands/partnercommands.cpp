// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/partnercommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace nwk {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::PartnerCommands)
};
} // namespace

// ---- AddPartner --------------------------------------------------------------

AddPartner::AddPartner(SessionDocument *document, Partner partner, int index, QUndoCommand *parent)
    : AddObject<Partner>(document, partner, Tr::tr("Add partner \u201c%1\u201d").arg(partner.label),
                         index, parent)
{
}

// ---- RemovePartners ----------------------------------------------------------

RemovePartners::RemovePartners(SessionDocument *document, const QStringList &partnerIds,
                               const QStringList &linkIds, QUndoCommand *parent)
    : RemovalCommand(document, Removal::plan(document->session(), partnerIds, linkIds), parent)
{
    const auto &partners = removal().partners;
    if (partners.size() == 1)
        setText(Tr::tr("Delete partner \u201c%1\u201d").arg(partners.front().second.label));
    else if (!partners.empty())
        setText(Tr::tr("Delete %n partners", nullptr, static_cast<int>(partners.size())));
    else
        setText(removal().links.size() == 1
                    ? Tr::tr("Delete link")
                    : Tr::tr("Delete %n links", nullptr, static_cast<int>(removal().links.size())));
}

// ---- MovePartners ------------------------------------------------------------

MovePartners::MovePartners(SessionDocument *document, std::vector<PartnerPlacement> placements,
                           const QString &text, QUndoCommand *parent)
    : EditCommand(text, parent)
    , m_document(document)
    , m_new(std::move(placements))
{
    std::erase_if(m_new,
                  [&](const PartnerPlacement &p) { return !document->partner(p.partnerId); });
    for (const PartnerPlacement &p : m_new) {
        const Partner *partner = document->partner(p.partnerId);
        m_old.push_back({partner->id, partner->placement, partner->category,
                         partner->extraCategories, partner->neutralZone});
    }
    settleExtraCategories();
    setObsolete(m_old == m_new);
}

void MovePartners::settleExtraCategories()
{
    // A partner moved into the sector of one of its extra categories takes that
    // category as primary; its old primary takes the freed place among the extras
    // (the core's rule, placement.h). Computed from the state before
    // the command, so redo after undo gives exactly what the drag showed.
    for (std::size_t i = 0; i < m_new.size(); ++i) {
        const PartnerPlacement &before = m_old[i];
        m_new[i].extraCategories =
            extraCategoriesAfter(before.category, *before.extraCategories, m_new[i].category);
        // Placed on the map, a partner leaves the neutral zone in the same step (a partner
        // in the neutral zone has no placement, validation.h).
        m_new[i].neutralZone = *before.neutralZone && !m_new[i].placement;
    }
}

bool MovePartners::sameTargets(const MovePartners &other) const
{
    if (other.m_new.size() != m_new.size())
        return false;
    for (std::size_t i = 0; i < m_new.size(); ++i)
        if (other.m_new[i].partnerId != m_new[i].partnerId)
            return false;
    return true;
}

bool MovePartners::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const MovePartners *>(other);
    if (!o || !o->m_mergeable || o->m_document != m_document || !sameTargets(*o))
        return false;
    m_new = o->m_new;
    settleExtraCategories();
    // The merged command was already applied relative to this one's result; make the
    // document hold exactly what redo() will produce.
    editor(m_document).setPlacements(m_new);
    setObsolete(m_new == m_old);
    return true;
}

void MovePartners::redo()
{
    editor(m_document).setPlacements(m_new);
}
void MovePartners::undo()
{
    editor(m_document).setPlacements(m_old);
}

// ---- Delete ------------------------------------------------------------------

QUndoCommand *makeDeleteCommand(SessionDocument *document, const QStringList &partnerIds,
                                const QStringList &linkIds)
{
    auto *command = new RemovePartners(document, partnerIds, linkIds);
    if (command->isObsolete()) {
        delete command;
        return nullptr;
    }
    return command;
}

} // namespace nwk
