// SPDX-License-Identifier: GPL-3.0-or-later
// What the participation feature tells the server about the session: the phones' view
// of it (codes, roles, categories, partner labels; never names, notes or quotes), and
// which labels likely name a partner already there (the comparison's label matching).
#pragma once

#include "participationserver.h"

#include "nwk/core/session.h"

#include <QStringList>

#include <vector>

namespace nwk {

/// The view phones get of `session` in `round` ("names", "marks" or "closed").
PhoneView phoneViewOf(const Session &session, const QString &round);

/// Likely duplicates of new labels, by the comparison's label matching
/// (nwk::participation::likelyDuplicates and likelySamePartner).
struct DuplicateHints {
    /// Per label: the session's partners it likely names (partner ids).
    std::vector<QStringList> existing;
    /// Per label: the other labels (their indices) that likely name the same partner.
    std::vector<std::vector<int>> others;
};
DuplicateHints duplicateHints(const Session &session, const QStringList &labels);

} // namespace nwk
