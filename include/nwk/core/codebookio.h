// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook file (.nwkcodes): a session's codes, shared between sessions.
// Format: docs/file-format.md ("Codebook file"). JSON lives in src/core/io/.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace nwk {

inline constexpr const char *kCodebookFormatName = "netwerkkaart-codebook";
inline constexpr int kCodebookVersion = 1;

struct CodebookReadResult {
    std::optional<std::vector<Code>> codes; ///< nullopt when the file has errors
    Diagnostics diagnostics;                ///< located problems (JSON paths, lines)
};

CodebookReadResult parseCodebook(const QByteArray &bytes);
CodebookReadResult readCodebookFile(const QString &fileName);
QByteArray serializeCodebook(const std::vector<Code> &codes);
/// Writes atomically; empty on success, else the reason.
QString writeCodebookFile(const std::vector<Code> &codes, const QString &fileName);

} // namespace nwk
