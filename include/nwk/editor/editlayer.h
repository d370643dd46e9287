// SPDX-License-Identifier: GPL-3.0-or-later
// Which layer of the session an undo command changes: the group's data, or the
// researcher's layer (annotations, codebook, snapshots). Annotation mode locks the
// group's data; SessionDocument::push(), undo(), redo() and setUndoIndex() ask
// commandLayer() before anything runs (see docs/architecture.md, "Annotation mode").
//
// A command changes the group's data unless it says otherwise: a research command
// implements LayeredCommand; a generic command over a value type T answers
// layerOf<T>, which is EditLayer::Group unless specialised below. A plain
// QUndoCommand that only holds children (a macro, a composite step) is of the
// researcher's layer when every child is.
#pragma once

#include "nwk/core/session.h"

class QUndoCommand;

namespace nwk {

enum class EditLayer {
    Group,    ///< the group's data: everything but the researcher's layer
    Research, ///< annotations, codebook, snapshots: editable in annotation mode
};

/// The layer a generic command over objects of type T changes.
template <typename T> inline constexpr EditLayer layerOf = EditLayer::Group;
template <> inline constexpr EditLayer layerOf<Annotation> = EditLayer::Research;
template <> inline constexpr EditLayer layerOf<Code> = EditLayer::Research;
template <> inline constexpr EditLayer layerOf<Snapshot> = EditLayer::Research;

/// Implemented by commands that say which layer they change (mixed in beside QUndoCommand).
class LayeredCommand {
public:
    virtual ~LayeredCommand() = default;
    virtual EditLayer layer() const = 0;
};

/// The layer the command and its children change: Group when any of them changes
/// the group's data (or does not say).
EditLayer commandLayer(const QUndoCommand *command);

} // namespace nwk
