// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Netwerkkaart writes a file: atomically, never leaving a half-written file.
#pragma once

#include <QByteArray>
#include <QString>

namespace nwk {

/// What writeFileAtomically() does with an existing target that is not a regular file.
enum class SpecialFiles {
    Refuse,    ///< refuse every non-regular file (device, FIFO, socket): the default
    WriteInto, ///< write straight into a character device or FIFO (the CLI's `-o /dev/stdout`,
               ///< `-o some.fifo`); still refuse block devices and sockets
};

/// Writes `data` to `fileName` through QSaveFile. On any failure (folder missing or
/// read-only, disk full, name too long) the previous file stays byte-identical and the
/// result names the file and the reason; on success the result is empty.
/// An existing target that is not a regular file is never replaced: it is refused, or with
/// SpecialFiles::WriteInto a character device or FIFO is written into directly (a FIFO
/// that no program reads is refused instead of waited for; /dev/full reports "no space").
QString writeFileAtomically(const QString &fileName, const QByteArray &data,
                            SpecialFiles special = SpecialFiles::Refuse);

} // namespace nwk
