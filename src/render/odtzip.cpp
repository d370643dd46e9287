// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing the ZIP container of an ODT (PKWARE APPNOTE: local headers, the
// central directory, its end record; methods 0 = stored and 8 = deflated).
#include "odtzip.h"

#include <QtEndian>

#include <zlib.h>

namespace nwk::detail {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndRecord = 0x06054b50;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr qsizetype kMaxEntry = 256 * 1024 * 1024;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
void put16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
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

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))),
                   Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

std::optional<ZipEntries> readZip(const QByteArray &zip)
{
    // The end record: the last 22 bytes (the writers used here add no comment).
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size() || u32(zip, end) != kEndRecord)
        return std::nullopt;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    ZipEntries entries;
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
            entries.emplace_back(name, raw);
        else if (method == 8) {
            const auto inflated = inflateRaw(raw, size);
            if (!inflated)
                return std::nullopt;
            entries.emplace_back(name, *inflated);
        } else
            return std::nullopt;
    }
    return entries;
}

QByteArray writeZip(const ZipEntries &entries)
{
    QByteArray out;
    QByteArray central;
    for (const auto &[name, data] : entries) {
        const QByteArray fileName = name.toUtf8();
        const bool stored = name == QLatin1String("mimetype");
        const QByteArray packed = stored ? data : deflateRaw(data);
        const quint32 crc = static_cast<quint32>(
            crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = static_cast<quint32>(out.size());
        auto common = [&](QByteArray &b) { // version needed ... file name length
            put16(b, 20);
            put16(b, 0x0800); // names in UTF-8
            put16(b, stored ? 0 : 8);
            put16(b, 0); // time 00:00
            put16(b, kDosDate);
            put32(b, crc);
            put32(b, static_cast<quint32>(packed.size()));
            put32(b, static_cast<quint32>(data.size()));
            put16(b, static_cast<quint16>(fileName.size()));
            put16(b, 0); // extra
        };
        put32(out, kLocalHeader);
        common(out);
        out += fileName;
        out += packed;
        put32(central, kCentralHeader);
        put16(central, 20); // made by
        common(central);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += fileName;
    }
    const quint32 centralOffset = static_cast<quint32>(out.size());
    out += central;
    put32(out, kEndRecord);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint16>(entries.size()));
    put16(out, static_cast<quint16>(entries.size()));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace nwk::detail
