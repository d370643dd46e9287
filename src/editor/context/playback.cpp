// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback.h"

#include <QHash>

namespace nwk {

namespace {
// Kept beside the context rather than in it: an optional feature, asked for when used.
QHash<const EditorContext *, Playback *> &playbacks()
{
    static QHash<const EditorContext *, Playback *> all;
    return all;
}
} // namespace

void setPlayback(const EditorContext &context, Playback *playback)
{
    if (playback)
        playbacks().insert(&context, playback);
    else
        playbacks().remove(&context);
}

Playback *playback(const EditorContext &context)
{
    return playbacks().value(&context, nullptr);
}

} // namespace nwk
