// SPDX-License-Identifier: GPL-3.0-or-later
// Playing the session's recording from a session-clock time (issue #26): the hook the
// features that show timed things (the Transcript dock, ...) use. A feature that can play
// the recording registers itself with setPlayback(); the others ask playback() when they
// need it (nullptr: the editor cannot play, so their "Play" actions are hidden).
#pragma once

#include <QtGlobal>

namespace nwk {

class EditorContext;

class Playback {
public:
    /// Plays the recording from `clockMs` on the session clock.
    virtual void playFrom(qint64 clockMs) = 0;

protected:
    ~Playback() = default;
};

/// The playback of the editor with `context` (nullptr to remove it; the playback must
/// outlive the context or be removed first).
void setPlayback(const EditorContext &context, Playback *playback);
/// The playback of the editor with `context`, nullptr when it has none.
Playback *playback(const EditorContext &context);

} // namespace nwk
