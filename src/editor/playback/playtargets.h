// SPDX-License-Identifier: GPL-3.0-or-later
// The clock times of what can be played from: quotes, card notes, closing answers,
// metaphors and memos (by the id the annotations use), cards (their start), protocol
// steps (when ticked) and partners (when added), and of the widget that has the focus
// (for Session > Play from Here, Ctrl+Shift+Space).
#pragma once

#include "nwk/core/enums.h"
#include "nwk/core/session.h"

#include <QString>

class QWidget;

namespace nwk {

class MapScene;

/// The session-clock time of a quote, note ("cardId/questionId"), closing answer
/// (question id), metaphor or memo; -1 when it has none or is not found.
qint64 clockTimeOf(const Session &session, AnnotationTarget kind, const QString &id);

/// The session-clock time of what `focus` shows as current: the quote, metaphor or memo
/// chosen in its list, the note or closing answer being edited, a protocol step, the
/// card chosen in the cards' overview, or the first partner selected on the map (when
/// the map has the focus); -1 when none or it has no time. `found` (optional) is set
/// to whether the focus is on something that can have a time at all.
qint64 clockTimeOfFocus(QWidget *focus, const Session &session, const MapScene *scene,
                        bool *found = nullptr);

} // namespace nwk
