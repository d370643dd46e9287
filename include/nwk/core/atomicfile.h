// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Netwerkkaart writes a file: atomically, never leaving a half-written file.
#pragma once

#include <QByteArray>
#include <QString>

namespace nwk {

/// Writes `data` to `fileName` through QSaveFile. On any failure (folder missing or
/// read-only, disk full, name too long) the previous file stays byte-identical and the
/// result names the file and the reason; on success the result is empty.
QString writeFileAtomically(const QString &fileName, const QByteArray &data);

} // namespace nwk
