// SPDX-License-Identifier: GPL-3.0-or-later
// A ZIP archive written straight into a seekable file (the archive export, archiveexport.h):
// small entries from memory (deflated when that makes them smaller), large files copied in
// chunks and stored, their CRC-32 and SHA-256 computed on the way, so that hours of audio are
// never held in memory. The same format as ZipWriter (zipwriter.h): no ZIP64, UTF-8 names,
// one timestamp for every entry.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QFileDevice;

namespace nwk {

class ZipStreamWriter {
public:
    /// Writes into `out`, which must be open for writing, seekable and empty.
    ZipStreamWriter(QFileDevice &out, const QDateTime &timestamp);

    /// Adds `data` as `name`. Empty when added, else why not.
    QString addData(const QString &name, const QByteArray &data);

    /// Copies the file `path` into the archive as `name`, stored (not compressed), in chunks.
    /// `sha256` and `size` receive the SHA-256 (hex) and the size of the bytes copied.
    /// Empty when added, else why not (the file named).
    QString addFile(const QString &name, const QString &path, QByteArray *sha256, qint64 *size);

    /// Writes the central directory; empty, or why it could not be written.
    QString finish();

private:
    QString begin(const QString &name, qint64 expectedSize);
    QByteArray commonFields(quint16 method, quint32 crc, qint64 size, qint64 packed,
                            qsizetype nameSize) const;
    void addDirectoryRecord(const QByteArray &common, const QByteArray &name, qint64 offset);
    QString writeLocalHeader(const QByteArray &common, const QByteArray &name);
    QString writeOut(const QByteArray &bytes);

    QFileDevice &m_out;
    QByteArray m_directory;
    QStringList m_names;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

} // namespace nwk
