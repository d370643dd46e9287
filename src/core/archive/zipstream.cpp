// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipstream.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDevice>

#include <zlib.h>

#include <limits>

namespace nwk {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint16 kVersionNeeded = 20;
constexpr quint16 kVersionMadeBy = (3 << 8) | 20;
constexpr quint16 kUtf8Names = 1 << 11;
constexpr quint32 kRegularFileMode = 0100644u << 16;
constexpr qint64 kLimit = std::numeric_limits<quint32>::max(); // no ZIP64
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kCrcField = 14; // offset of the CRC-32 in a local header

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const auto written = qsizetype(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

quint32 crcUpdate(quint32 crc, const char *data, qint64 size)
{
    return quint32(crc32(uLong(crc), reinterpret_cast<const Bytef *>(data), uInt(size)));
}

} // namespace

ZipStreamWriter::ZipStreamWriter(QFileDevice &out, const QDateTime &timestamp)
    : m_out(out)
{
    const QDateTime t =
        timestamp.isValid() && timestamp.date().year() >= 1980 && timestamp.date().year() <= 2107
            ? timestamp
            : QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const QDate d = t.date();
    const QTime h = t.time();
    m_dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((h.hour() << 11) | (h.minute() << 5) | (h.second() / 2));
}

QString ZipStreamWriter::writeOut(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size())
        return QStringLiteral("cannot write the archive: %1").arg(m_out.errorString());
    return {};
}

QString ZipStreamWriter::begin(const QString &name, qint64 expectedSize)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return QStringLiteral("entry name '%1' is not a relative path with '/'").arg(name);
    if (m_names.contains(name))
        return QStringLiteral("entry '%1' is already in the archive").arg(name);
    if (m_names.size() >= std::numeric_limits<quint16>::max())
        return QStringLiteral("more than 65535 files need ZIP64, which is not supported");
    if (m_out.pos() + expectedSize + m_directory.size() >= kLimit)
        return QStringLiteral("'%1': an archive of 4 GiB or more needs ZIP64, which is not "
                              "supported")
            .arg(name);
    return {};
}

QByteArray ZipStreamWriter::commonFields(quint16 method, quint32 crc, qint64 size, qint64 packed,
                                         qsizetype nameSize) const
{
    // The fields local and central headers share, from "version needed" to the extra length.
    QByteArray common;
    put16(common, kVersionNeeded);
    put16(common, kUtf8Names);
    put16(common, method);
    put16(common, m_dosTime);
    put16(common, m_dosDate);
    put32(common, crc);
    put32(common, quint32(packed));
    put32(common, quint32(size));
    put16(common, quint16(nameSize));
    put16(common, 0);
    return common;
}

void ZipStreamWriter::addDirectoryRecord(const QByteArray &common, const QByteArray &name,
                                         qint64 offset)
{
    put32(m_directory, kCentralHeader);
    put16(m_directory, kVersionMadeBy);
    m_directory += common;
    put16(m_directory, 0); // comment length
    put16(m_directory, 0); // disk number
    put16(m_directory, 0); // internal attributes
    put32(m_directory, kRegularFileMode);
    put32(m_directory, quint32(offset));
    m_directory += name;
}

QString ZipStreamWriter::writeLocalHeader(const QByteArray &common, const QByteArray &name)
{
    QByteArray local;
    put32(local, kLocalHeader);
    local += common;
    local += name;
    return writeOut(local);
}

QString ZipStreamWriter::addData(const QString &name, const QByteArray &data)
{
    if (QString problem = begin(name, data.size()); !problem.isEmpty())
        return problem;
    QByteArray body = data;
    quint16 method = 0;
    if (const QByteArray deflated = deflateRaw(data);
        !data.isEmpty() && !deflated.isEmpty() && deflated.size() < data.size()) {
        body = deflated;
        method = 8;
    }
    const qint64 offset = m_out.pos();
    const quint32 crc = crcUpdate(quint32(crc32(0L, Z_NULL, 0)), data.constData(), data.size());
    const QByteArray utf8 = name.toUtf8();
    const QByteArray common = commonFields(method, crc, data.size(), body.size(), utf8.size());
    if (QString e = writeLocalHeader(common, utf8); !e.isEmpty())
        return e;
    if (QString e = writeOut(body); !e.isEmpty())
        return e;
    addDirectoryRecord(common, utf8, offset);
    m_names << name;
    return {};
}

QString ZipStreamWriter::addFile(const QString &name, const QString &path, QByteArray *sha256,
                                 qint64 *size)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read \"%1\": %2").arg(path, in.errorString());
    if (QString problem = begin(name, in.size()); !problem.isEmpty())
        return problem;
    const QByteArray utf8 = name.toUtf8();
    const qint64 offset = m_out.pos();
    // The local header first with a zero CRC and sizes; patched once the file is copied.
    if (QString e = writeLocalHeader(commonFields(0, 0, 0, 0, utf8.size()), utf8); !e.isEmpty())
        return e;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    quint32 crc = quint32(crc32(0L, Z_NULL, 0));
    qint64 copied = 0;
    while (true) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty()) {
            if (in.error() != QFileDevice::NoError)
                return QStringLiteral("cannot read \"%1\": %2").arg(path, in.errorString());
            break;
        }
        if (m_out.pos() + chunk.size() + m_directory.size() >= kLimit)
            return QStringLiteral("'%1': an archive of 4 GiB or more needs ZIP64, which is not "
                                  "supported")
                .arg(name);
        crc = crcUpdate(crc, chunk.constData(), chunk.size());
        hash.addData(chunk);
        copied += chunk.size();
        if (QString e = writeOut(chunk); !e.isEmpty())
            return e;
    }
    const qint64 end = m_out.pos();
    QByteArray patch;
    put32(patch, crc);
    put32(patch, quint32(copied));
    put32(patch, quint32(copied));
    if (!m_out.seek(offset + kCrcField))
        return QStringLiteral("cannot write the archive: %1").arg(m_out.errorString());
    if (QString e = writeOut(patch); !e.isEmpty())
        return e;
    if (!m_out.seek(end))
        return QStringLiteral("cannot write the archive: %1").arg(m_out.errorString());
    addDirectoryRecord(commonFields(0, crc, copied, copied, utf8.size()), utf8, offset);
    m_names << name;
    if (sha256)
        *sha256 = hash.result().toHex();
    if (size)
        *size = copied;
    return {};
}

QString ZipStreamWriter::finish()
{
    const qint64 start = m_out.pos();
    QByteArray end = m_directory;
    put32(end, kEndOfDirectory);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_names.size()));
    put16(end, quint16(m_names.size()));
    put32(end, quint32(m_directory.size()));
    put32(end, quint32(start));
    put16(end, 0);
    return writeOut(end);
}

} // namespace nwk
