// SPDX-License-Identifier: GPL-3.0-or-later
// The marker of an annotated voice in the cards dock's lists (quotes, metaphors, memos)
// and beside closing answers: a violet badge with the count, as on the map, with a
// tooltip and an accessible description that say it in words.
#pragma once

#include "nwk/core/session.h"

#include <QIcon>

class QListWidgetItem;

namespace nwk {

/// How many of the session's annotations are about this target.
int annotationCount(const Session &session, AnnotationTarget kind, const QString &targetId);
/// "Annotated (2)"; empty for 0.
QString annotatedText(int count);
/// The violet badge with the count (the map's annotation badge); a null icon for 0.
QIcon annotationIcon(int count);
/// Shows (count > 0) or clears the marker on a list item: its icon, and the tooltip
/// and accessible description "Annotated (n)".
void markAnnotated(QListWidgetItem *item, int count);

} // namespace nwk
