// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands on links; ids and values only.
#pragma once

#include "nwk/editor/objectcommands.h"
#include "nwk/editor/removal.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoCommand>

namespace nwk {

/// Adds one link (at the end unless an index is given): AddObject<Link> with the
/// text "Add link".
class AddLink : public AddObject<Link> {
public:
    AddLink(SessionDocument *document, Link link, int index = -1, QUndoCommand *parent = nullptr);
};

/// Removes links (and the annotations on them); undo restores them at their old
/// indices.
class RemoveLinks : public RemovalCommand {
public:
    RemoveLinks(SessionDocument *document, const QStringList &linkIds,
                QUndoCommand *parent = nullptr);
};

} // namespace nwk
