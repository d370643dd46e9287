// SPDX-License-Identifier: GPL-3.0-or-later
// Routes Edit > Undo, Edit > Redo and clicks in the History view through the
// document (SessionDocument::undo(), redo(), setUndoIndex()), so that annotation
// mode's lock is asked before a step runs.
#pragma once

class QAction;
class QUndoView;

namespace nwk {

class SessionDocument;

/// `undo` and `redo` are the undo stack's own actions (their texts and enabled
/// state follow the stack); `history` is a QUndoView on the document's stack.
void routeUndoThroughDocument(SessionDocument *document, QAction *undo, QAction *redo,
                              QUndoView *history);

} // namespace nwk
