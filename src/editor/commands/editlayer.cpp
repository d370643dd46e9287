// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/editlayer.h"

#include <QUndoCommand>

namespace nwk {

EditLayer commandLayer(const QUndoCommand *command)
{
    EditLayer own = EditLayer::Group; // a command that does not say is of the group
    if (const auto *layered = dynamic_cast<const LayeredCommand *>(command))
        own = layered->layer();
    else if (command->childCount() > 0)
        own = EditLayer::Research; // a plain holder: decided by its children
    if (own == EditLayer::Group)
        return own;
    for (int i = 0; i < command->childCount(); ++i)
        if (commandLayer(command->child(i)) == EditLayer::Group)
            return EditLayer::Group;
    return EditLayer::Research;
}

} // namespace nwk
