// SPDX-License-Identifier: GPL-3.0-or-later
// A ZIP archive written in memory (PKWARE APPNOTE 6.3.x, no ZIP64): the REFI-QDA export
// (.qdpx) and any later archive export. Entries are deflated with zlib (raw deflate, method
// 8) unless that does not make them smaller (then stored, method 0); names are UTF-8 (flag
// bit 11) with '/' between folders; every entry gets the same timestamp, so the same entries
// in the same order always give the same bytes.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nwk {

class ZipWriter {
public:
    enum class Method { Deflate, Store };

    /// `timestamp`: the modification time written for every entry (local fields of ZIP's
    /// DOS date-time, 2-second steps). Invalid or before 1980: 1980-01-01 00:00:00.
    explicit ZipWriter(const QDateTime &timestamp = {});

    /// Adds a file; `name` is a relative path ("sources/a.txt"). Empty when added, else why
    /// not (an empty, absolute or "..", duplicate or too long name; a file of 4 GiB or more;
    /// more than 65535 entries) and the archive is unchanged.
    QString addFile(const QString &name, const QByteArray &data, Method method = Method::Deflate);

    /// The archive: the entries in the order added, their central directory and its end.
    QByteArray archive() const;
    QStringList names() const { return m_names; }

private:
    QByteArray m_entries;   ///< local headers and data
    QByteArray m_directory; ///< central directory records
    QStringList m_names;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

/// One file of an archive.
struct ZipEntry {
    QString name; ///< relative path with '/'
    QByteArray data;
};

/// The entries deflated into one archive (ZipWriter); empty with `error` set when one
/// cannot be added.
QByteArray zipArchive(const std::vector<ZipEntry> &entries, const QDateTime &timestamp,
                      QString *error = nullptr);

/// The entries of a ZIP archive in their order (stored or deflated, each at most 256 MiB);
/// nullopt when the bytes are not such an archive (zipreader.cpp).
std::optional<std::vector<ZipEntry>> readZipArchive(const QByteArray &zip);

/// The CRC-32 of `data` (as ZIP and PNG use it).
quint32 crc32Of(const QByteArray &data);

} // namespace nwk
