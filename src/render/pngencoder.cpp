// SPDX-License-Identifier: GPL-3.0-or-later
// encodePng(): signature, IHDR, pHYs, IDAT, IEND (PNG specification, 2nd edition), the
// image data deflated row by row so that no second copy of the image is held.
#include "nwk/render/png.h"

#include <zlib.h>

#include <limits>
#include <vector>

namespace nwk {

namespace {

void putU32(QByteArray &out, quint32 v)
{
    out.append(static_cast<char>((v >> 24) & 0xFF));
    out.append(static_cast<char>((v >> 16) & 0xFF));
    out.append(static_cast<char>((v >> 8) & 0xFF));
    out.append(static_cast<char>(v & 0xFF));
}

/// Appends a chunk: length, type, data, CRC of type and data.
void putChunk(QByteArray &out, const char (&type)[5], const QByteArray &data)
{
    putU32(out, static_cast<quint32>(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto *bytes = reinterpret_cast<const Bytef *>(out.constData() + start);
    putU32(out, static_cast<quint32>(crc32(0, bytes, static_cast<uInt>(out.size() - start))));
}

/// One image row as PNG filter type 0 (None) followed by its samples.
void fillRow(const QImage &image, int y, bool alpha, std::vector<uchar> &row)
{
    const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
    const bool premultiplied = image.format() == QImage::Format_ARGB32_Premultiplied;
    uchar *o = row.data();
    *o++ = 0;
    for (int x = 0; x < image.width(); ++x) {
        const QRgb px = premultiplied ? qUnpremultiply(line[x]) : line[x];
        *o++ = static_cast<uchar>(qRed(px));
        *o++ = static_cast<uchar>(qGreen(px));
        *o++ = static_cast<uchar>(qBlue(px));
        if (alpha)
            *o++ = static_cast<uchar>(qAlpha(px));
    }
}

/// The deflated rows of `image`; empty when zlib fails.
QByteArray deflatedRows(const QImage &image, bool alpha)
{
    z_stream zs{};
    // Level 1 and no filter: the map's large areas of one colour deflate well as they are.
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const std::size_t rowBytes = 1 + static_cast<std::size_t>(image.width()) * (alpha ? 4 : 3);
    std::vector<uchar> row(rowBytes);
    std::vector<uchar> buffer(256 * 1024);
    QByteArray out;
    bool ok = true;
    for (int y = 0; ok && y <= image.height(); ++y) {
        const bool last = y == image.height();
        if (!last)
            fillRow(image, y, alpha, row);
        zs.next_in = last ? nullptr : row.data();
        zs.avail_in = last ? 0 : static_cast<uInt>(rowBytes);
        int result = Z_OK;
        do {
            zs.next_out = buffer.data();
            zs.avail_out = static_cast<uInt>(buffer.size());
            result = deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
            ok = result != Z_STREAM_ERROR; // Z_BUF_ERROR: no progress possible, not an error
            out.append(reinterpret_cast<const char *>(buffer.data()),
                       static_cast<qsizetype>(buffer.size() - zs.avail_out));
        } while (ok && zs.avail_out == 0);
        ok = ok && (!last || result == Z_STREAM_END);
    }
    deflateEnd(&zs);
    return ok ? out : QByteArray();
}

} // namespace

QByteArray encodePng(const QImage &source)
{
    if (source.isNull())
        return {};
    QImage image = source;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32 &&
        image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                              : QImage::Format_RGB32);
    const bool alpha = image.format() != QImage::Format_RGB32;
    const QByteArray idat = deflatedRows(image, alpha);
    if (idat.isEmpty() || idat.size() > std::numeric_limits<qint32>::max())
        return {};

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    putU32(header, static_cast<quint32>(image.width()));
    putU32(header, static_cast<quint32>(image.height()));
    header.append(static_cast<char>(8));             // bit depth
    header.append(static_cast<char>(alpha ? 6 : 2)); // colour type: RGBA or RGB
    header.append(3, '\0'); // deflate, adaptive filtering (each row says its filter), no interlace
    putChunk(png, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray phys;
        putU32(phys, static_cast<quint32>(image.dotsPerMeterX()));
        putU32(phys, static_cast<quint32>(image.dotsPerMeterY()));
        phys.append(static_cast<char>(1)); // unit: the metre
        putChunk(png, "pHYs", phys);
    }
    putChunk(png, "IDAT", idat);
    putChunk(png, "IEND", {});
    return png;
}

} // namespace nwk
