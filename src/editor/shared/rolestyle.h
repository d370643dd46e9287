// SPDX-License-Identifier: GPL-3.0-or-later
// How participants, role groups and missing-partner statuses look in the panels:
// translated names, role colour swatches, the importance marks' badges.
#pragma once

#include "nwk/core/session.h"

#include <QIcon>
#include <QStringList>

namespace nwk {

QString roleGroupName(RoleGroup group);
QStringList roleGroupNames();
QString missingStatusName(MissingStatus status);
QStringList missingStatusNames();

/// A filled square in the role group's colour (render's roleColor()).
QIcon roleSwatch(RoleGroup group);
/// The map's mark badges of the participant ids (nwk/render/marks.h), in the map's order.
QIcon markDots(const Session &session, const QStringList &participantIds);
/// The map's mark badge of one participant, for the mark buttons.
QIcon markBadgeIcon(const Session &session, const QString &participantId);
/// "P2 (zorgco\u00f6rdinator)", or the bare code when the role is empty.
QString participantTitle(const Participant &p);

} // namespace nwk
