// SPDX-License-Identifier: GPL-3.0-or-later
// The archive export for a research data store: one ZIP with the session file as saved, its
// audio parts and its transcript (at their paths relative to the session file's folder), a
// manifest.json and a SHA256SUMS (docs/exports.md, "Archive"). Never anonymised.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nwk {

inline constexpr const char *kArchiveFormatName = "netwerkkaart-archive";
inline constexpr int kArchiveFormatVersion = 1;

struct ArchiveOptions {
    /// Archive even when audio parts or the transcript are missing on disk: the manifest then
    /// lists them under "missing". Default: refuse, naming each missing file.
    bool allowMissing = false;
    /// The "created" time of the manifest and the entries' timestamp; invalid = now (UTC).
    QDateTime created;
};

struct ArchiveResult {
    QString error;       ///< empty on success; else what went wrong, naming the file
    QStringList files;   ///< the archived files, as named in the archive (manifest and sums last)
    QStringList missing; ///< with allowMissing: the files left out, relative to the session
    qint64 bytes = 0;    ///< the archive's size
    bool ok() const { return error.isEmpty(); }
};

/// Writes the archive of the session file `sessionFile` (as it is on disk: save first) to
/// `archiveFile`, atomically: on any failure nothing is left at `archiveFile` and a file
/// already there is unchanged. Audio is copied in chunks and stored uncompressed. Refused:
/// a session that cannot be read, a missing part or transcript (unless allowMissing), an
/// archive of 4 GiB or more (no ZIP64), an archive file that is one of its own inputs.
ArchiveResult writeArchive(const QString &sessionFile, const QString &archiveFile,
                           const ArchiveOptions &options = {});

} // namespace nwk
