// SPDX-License-Identifier: GPL-3.0-or-later
// The one announcement of a change of the session: SessionDocument::changed(Change).
//
// Every edit (an undo command's redo or undo, a save's meta stamp) emits exactly one
// Change per object set it touches: which collection (kind), what happened (type)
// and the ids of the objects (empty: the collection or value as a whole, e.g. the
// rings, the meta data). A whole new session is announced by sessionReset() instead.
#pragma once

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace nwk {

/// The collection (or single value) of the session a change is about.
enum class ChangeKind : int {
    Meta,
    FreePlacement,
    Category,
    Ring,
    Partner,
    Link,
    Participant,
    MissingPartner,
    Group,
    Card, ///< card progress, addressed by card id
    RecordingStarted,
    Deck,
    ProtocolStep,  ///< addressed by step id
    ClosingAnswer, ///< addressed by question id
    Metaphor,
    Memo,
    Annotation,
    Code,
    Snapshot,
    RelativePlacement,
    /// First kind free for collections outside the model (tests); as QEvent::User.
    User = 1000,
};

enum class ChangeType {
    Added,
    Removed,
    Changed,
    Reordered, ///< the ids moved within their collection
};

struct Change {
    ChangeKind kind = ChangeKind::Meta;
    ChangeType type = ChangeType::Changed;
    QStringList ids; ///< empty: the whole collection or value
    friend bool operator==(const Change &, const Change &) = default;
};

} // namespace nwk

Q_DECLARE_METATYPE(nwk::Change)
