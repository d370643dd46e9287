// SPDX-License-Identifier: GPL-3.0-or-later
// What the readers of this program accept (sessions, decks, codebooks), so that its
// writers never produce a file it refuses to open (docs/file-format.md, "Limits").
#pragma once

#include <QByteArray>
#include <QString>

namespace nwk {

/// Larger files are refused.
inline constexpr qsizetype kMaxInputFileBytes = 64 * 1024 * 1024;
/// JSON whose arrays and objects are nested deeper is refused.
inline constexpr int kMaxInputDepth = 200;

/// Why readSessionFile() would refuse these bytes by the limits alone: larger than
/// kMaxInputFileBytes, or nested deeper than kMaxInputDepth. Empty when within them.
/// Every writer of session files (Save, autosave, writeSessionFile) checks its bytes
/// first and refuses to write instead: nothing is written that cannot be opened again.
QString readLimitProblem(const QByteArray &bytes);

} // namespace nwk
