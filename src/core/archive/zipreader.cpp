// SPDX-License-Identifier: GPL-3.0-or-later
// readZipArchive(): the entries of a ZIP archive, stored or deflated (PKWARE APPNOTE: the
// end record, the central directory, the local headers). Enough for the archives Netwerkkaart
// and Qt write (the ODT report rewrites Qt's content.xml); no ZIP64, no encryption.
#include "nwk/core/zipwriter.h"

#include <QtEndian>

#include <zlib.h>

namespace nwk {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndRecord = 0x06054b50;
constexpr qsizetype kMaxEntry = 256 * 1024 * 1024;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
std::optional<QByteArray> inflateRaw(const QByteArray &data, qsizetype size)
{
    if (size < 0 || size > kMaxEntry)
        return std::nullopt;
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != static_cast<uLong>(size))
        return std::nullopt;
    return out;
}

} // namespace

std::optional<std::vector<ZipEntry>> readZipArchive(const QByteArray &zip)
{
    // The end record: the last 22 bytes (the writers used here add no comment).
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size() || u32(zip, end) != kEndRecord)
        return std::nullopt;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    std::vector<ZipEntry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != kCentralHeader)
            return std::nullopt;
        const quint16 method = u16(zip, at + 10);
        const qsizetype packed = u32(zip, at + 20);
        const qsizetype size = u32(zip, at + 24);
        const qsizetype nameLength = u16(zip, at + 28);
        const qsizetype extra = u16(zip, at + 30) + u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extra;
        if (local + 30 > zip.size() || u32(zip, local) != kLocalHeader)
            return std::nullopt;
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + packed > zip.size())
            return std::nullopt;
        const QByteArray raw = zip.mid(data, packed);
        if (method == 0 && packed == size)
            entries.push_back({name, raw});
        else if (method == 8) {
            const auto inflated = inflateRaw(raw, size);
            if (!inflated)
                return std::nullopt;
            entries.push_back({name, *inflated});
        } else
            return std::nullopt;
    }
    return entries;
}

} // namespace nwk
