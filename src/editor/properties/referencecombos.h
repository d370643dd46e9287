// SPDX-License-Identifier: GPL-3.0-or-later
// Combo boxes that pick a partner or a participant by id (schema 3 references:
// a hybrid's matching actor, a contact person's organisation, a link's go-between,
// a relative placement's reference ...). Each entry's data is the id; the first
// entry is "none" with an empty id.
#pragma once

#include "nwk/core/session.h"

#include <functional>

class QComboBox;

namespace nwk::refs {

/// Fills `combo` with `noneText` and the session's partners for which `keep` is true
/// (all when unset), except `exclude`; selects `current` (it is listed even when `keep`
/// refuses it, so a stored reference is never hidden). Signals are blocked.
void fillPartners(QComboBox *combo, const Session &s, const QString &current,
                  const QString &exclude, const QString &noneText,
                  const std::function<bool(const Partner &)> &keep = {});

/// Fills `combo` with `noneText` and the participants ("P1 – role"); selects `current`.
void fillParticipants(QComboBox *combo, const Session &s, const QString &current,
                      const QString &noneText);

/// A participant as listed: "P1 – zorgcoördinator", or the code alone.
QString participantTitle(const Participant &p);

/// The id of the combo's current entry (empty for "none").
QString currentId(const QComboBox *combo);

} // namespace nwk::refs
