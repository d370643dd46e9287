// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands on partners. They hold ids and values, never item pointers:
// undo deletes and recreates objects, so only ids stay valid.
#pragma once

#include "nwk/editor/commandids.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/removal.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoCommand>

#include <vector>

namespace nwk {

/// Adds one partner (at the end unless an index is given): AddObject<Partner> with
/// the text "Add partner “label”".
class AddPartner : public AddObject<Partner> {
public:
    AddPartner(SessionDocument *document, Partner partner, int index = -1,
               QUndoCommand *parent = nullptr);
};

/// Removes partners together with everything that refers to them (see Removal:
/// links, group memberships, mentions in card notes and quotes, annotations),
/// and optionally more links. Undo restores all of it at the old indices, with
/// the same ids.
class RemovePartners : public RemovalCommand {
public:
    RemovePartners(SessionDocument *document, const QStringList &partnerIds,
                   const QStringList &linkIds = {}, QUndoCommand *parent = nullptr);
};

/// Moves partners: new placement and (possibly) new category per partner.
///
/// A drag pushes one MovePartners per mouse move; all but the first of one drag
/// are mergeable, so one drag is one undo step and two drags are two. A merged
/// move that ends where it started is obsolete and leaves the stack.
class MovePartners : public EditCommand {
public:
    MovePartners(SessionDocument *document, std::vector<PartnerPlacement> placements,
                 const QString &text, QUndoCommand *parent = nullptr);

    int id() const override { return static_cast<int>(CommandId::MovePartners); }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    /// Whether this command may merge into the previous MovePartners.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    bool isMergeable() const { return m_mergeable; }

private:
    bool sameTargets(const MovePartners &other) const;
    void settleExtraCategories();

    SessionDocument *m_document;
    std::vector<PartnerPlacement> m_old;
    std::vector<PartnerPlacement> m_new;
    bool m_mergeable = false;
};

/// One undo step that deletes partners (with their links and memberships) and
/// other links. nullptr when there is nothing to delete.
QUndoCommand *makeDeleteCommand(SessionDocument *document, const QStringList &partnerIds,
                                const QStringList &linkIds);

} // namespace nwk
