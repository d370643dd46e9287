// SPDX-License-Identifier: GPL-3.0-or-later
// The --json forms of `info` and `measures` (cli_measuresjson.cpp, cli_infojson.cpp): plain Qt
// values that printJson() writes.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/session.h"

#include <QVariantMap>

namespace nwk::cli {

QVariantMap measuresJson(const QString &fileName, const Session &session);
QVariantMap sessionInfoJson(const QString &fileName, const Session &session,
                            const QString &language);
QVariantMap deckInfoJson(const QString &fileName, const Deck &deck);

} // namespace nwk::cli
