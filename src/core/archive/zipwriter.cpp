// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/zipwriter.h"

#include <zlib.h>

#include <limits>

namespace nwk {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint16 kVersionNeeded = 20;               // 2.0: deflate, folders
constexpr quint16 kVersionMadeBy = (3 << 8) | 20;    // Unix, 2.0: external attributes are modes
constexpr quint16 kUtf8Names = 1 << 11;              // general purpose flag bit 11
constexpr quint32 kRegularFileMode = 0100644u << 16; // -rw-r--r--

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

/// Raw deflate (no zlib header), as ZIP's method 8 wants it; empty when zlib fails.
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

QString nameProblem(const QString &name, const QStringList &names)
{
    if (name.isEmpty())
        return QStringLiteral("an entry needs a name");
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return QStringLiteral("entry name '%1' is not a relative path with '/'").arg(name);
    if (names.contains(name))
        return QStringLiteral("entry '%1' is already in the archive").arg(name);
    if (name.toUtf8().size() > std::numeric_limits<quint16>::max())
        return QStringLiteral("entry name '%1' is too long").arg(name.left(40));
    return {};
}

} // namespace

quint32 crc32Of(const QByteArray &data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    return quint32(
        crc32(crc, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

ZipWriter::ZipWriter(const QDateTime &timestamp)
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

QString ZipWriter::addFile(const QString &name, const QByteArray &data, Method method)
{
    if (QString problem = nameProblem(name, m_names); !problem.isEmpty())
        return problem;
    constexpr qint64 kLimit = std::numeric_limits<quint32>::max();
    if (data.size() >= kLimit || m_entries.size() + data.size() >= kLimit)
        return QStringLiteral("entry '%1': an archive of 4 GiB or more needs ZIP64").arg(name);
    if (m_names.size() >= std::numeric_limits<quint16>::max())
        return QStringLiteral("entry '%1': more than 65535 entries need ZIP64").arg(name);

    QByteArray body = data;
    quint16 zipMethod = 0;
    if (method == Method::Deflate && !data.isEmpty()) {
        const QByteArray deflated = deflateRaw(data);
        if (!deflated.isEmpty() && deflated.size() < data.size()) {
            body = deflated;
            zipMethod = 8;
        }
    }
    const QByteArray utf8Name = name.toUtf8();
    const quint32 crc = crc32Of(data);
    const auto offset = quint32(m_entries.size());

    // The fields local and central headers share, from "version needed" to the name length.
    QByteArray common;
    put16(common, kVersionNeeded);
    put16(common, kUtf8Names);
    put16(common, zipMethod);
    put16(common, m_dosTime);
    put16(common, m_dosDate);
    put32(common, crc);
    put32(common, quint32(body.size()));
    put32(common, quint32(data.size()));
    put16(common, quint16(utf8Name.size()));
    put16(common, 0); // extra field length

    put32(m_entries, kLocalHeader);
    m_entries += common;
    m_entries += utf8Name;
    m_entries += body;

    put32(m_directory, kCentralHeader);
    put16(m_directory, kVersionMadeBy);
    m_directory += common;
    put16(m_directory, 0); // comment length
    put16(m_directory, 0); // disk number
    put16(m_directory, 0); // internal attributes
    put32(m_directory, kRegularFileMode);
    put32(m_directory, offset);
    m_directory += utf8Name;
    m_names << name;
    return {};
}

QByteArray ZipWriter::archive() const
{
    QByteArray out = m_entries + m_directory;
    put32(out, kEndOfDirectory);
    put16(out, 0); // this disk
    put16(out, 0); // the disk with the directory
    put16(out, quint16(m_names.size()));
    put16(out, quint16(m_names.size()));
    put32(out, quint32(m_directory.size()));
    put32(out, quint32(m_entries.size()));
    put16(out, 0); // comment length
    return out;
}

QByteArray zipArchive(const std::vector<ZipEntry> &entries, const QDateTime &timestamp,
                      QString *error)
{
    ZipWriter zip(timestamp);
    for (const ZipEntry &e : entries)
        if (QString problem = zip.addFile(e.name, e.data); !problem.isEmpty()) {
            if (error)
                *error = problem;
            return {};
        }
    return zip.archive();
}

} // namespace nwk
