// SPDX-License-Identifier: GPL-3.0-or-later
// What deleting partners and links takes with it, captured as values.
//
// The file must stay valid after a delete (validate() rejects dangling
// references), so removing a partner also removes its links, its group
// memberships, its mentions in card notes and quotes, the researcher's
// annotations on it or on its links, and what the group said about it (schema 3):
// relative placements with it as partner or reference go; other partners' changed
// choices, hybrids and contact persons pointing at it, links running via it and
// absences standing for it let go of it (the reference is cleared). Undo puts every piece back at
// its old index with its old id.
#pragma once

#include "nwk/core/session.h"
#include "nwk/editor/documenteditor.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace nwk {

struct Removal {
    std::vector<std::pair<int, Partner>> partners;            ///< ascending index
    std::vector<std::pair<int, Link>> links;                  ///< ascending index
    std::vector<std::pair<int, Annotation>> annotations;      ///< ascending index
    std::vector<std::pair<Group, Group>> groups;              ///< before, after
    std::vector<std::pair<CardProgress, CardProgress>> cards; ///< before, after
    std::vector<std::pair<int, RelativePlacement>> relatives; ///< ascending index
    std::vector<std::pair<Partner, Partner>> referring;       ///< other partners: before, after
    std::vector<std::pair<Link, Link>> vias;                  ///< links kept: before, after
    std::vector<std::pair<MissingPartner, MissingPartner>> absences; ///< before, after

    /// Everything to remove for these partners and links (unknown ids are ignored).
    static Removal plan(const Session &session, const QStringList &partnerIds,
                        const QStringList &linkIds);

    bool isEmpty() const { return partners.empty() && links.empty(); }
    /// Removes (redo): references first, so no step leaves a dangling one.
    void apply(DocumentEditor &editor) const;
    /// Restores (undo): objects first, then what refers to them.
    void revert(DocumentEditor &editor) const;
};

/// The undo step of a Removal: redo applies it, undo reverts it (RemovePartners,
/// RemoveLinks). Obsolete when the removal is empty.
class RemovalCommand : public EditCommand {
public:
    RemovalCommand(SessionDocument *document, Removal removal, QUndoCommand *parent);
    void redo() override;
    void undo() override;

protected:
    const Removal &removal() const { return m_removal; }

private:
    SessionDocument *m_document;
    Removal m_removal;
};

} // namespace nwk
