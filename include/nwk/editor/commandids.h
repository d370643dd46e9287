// SPDX-License-Identifier: GPL-3.0-or-later
// Merge ids of undo commands (QUndoCommand::id()). Commands with the same id
// may merge; each command's mergeWith() decides whether they really do.
#pragma once

namespace nwk {

enum class CommandId : int {
    MovePartners = 1,
    ChangeValue, ///< every ChangeValue<Field>; mergeWith() also requires the same Field
};

} // namespace nwk
