// SPDX-License-Identifier: GPL-3.0-or-later
// Importance marks as drawn: each mark is a badge that names ONE participant. The map,
// its legend and the editor's panels draw the badges through these functions, so a
// participant's mark looks the same everywhere.
//
// A badge carries the participant's number ("1" for "P1"; a short code as it is) in bold,
// on a fill of the participant's role colour (roleColor()) with black or white text,
// whichever contrasts more, and a dark outline. A mark by an id that is no participant
// is a white badge with a grey outline and "?".
#pragma once

#include "nwk/core/session.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace nwk {

struct MarkBadge {
    QString participantId;
    QString text;      ///< "1" for participant "P1"; "?" for an id that is no participant
    bool known = true; ///< false: the id is no participant of the session
    RoleGroup roleGroup = RoleGroup::Other;
    QColor fill;      ///< roleColor(roleGroup); white for an unknown id
    QColor textColor; ///< markTextColor(fill)
    QColor outline;
};

/// The badge text of every participant of `s` (by id), unique within the session: the
/// digits of a code "P<digits>" ("P1" -> "1"), else a code of at most three characters as
/// it is; a participant without such a code, or whose text another has already, gets the
/// lowest number no other badge shows.
QHash<QString, QString> markBadgeTexts(const Session &s);

/// The badge of `participantId` (`texts`: markBadgeTexts() of the same session).
MarkBadge markBadge(const Session &s, const QString &participantId,
                    const QHash<QString, QString> &texts);
MarkBadge markBadge(const Session &s, const QString &participantId);

/// The badges of a partner's marks in the order the map draws them: participants in the
/// session's order, then ids that are no participant (each once).
std::vector<MarkBadge> markBadges(const Session &s, const QStringList &participantIds);

/// Black (#101010) or white, whichever has the higher WCAG contrast ratio on `fill`.
QColor markTextColor(const QColor &fill);
/// The WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

/// The size of `badge` drawn `height` tall: a circle for one character, wider (a
/// stadium) for more.
QSizeF markBadgeSize(const MarkBadge &badge, double height);
/// Draws `badge` `height` tall, centred on `centre` (units of the painter).
void paintMarkBadge(QPainter &p, const MarkBadge &badge, QPointF centre, double height);

} // namespace nwk
