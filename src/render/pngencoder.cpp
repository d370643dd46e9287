// SPDX-License-Identifier: GPL-3.0-or-later
// encodePng(): signature, IHDR, pHYs, IDAT, IEND (PNG specification, 2nd edition), the
// image data deflated row by row so that no second copy of the image is held, in bands
// deflated on threads of their own and joined into one zlib stream (as pigz does).
#include "nwk/render/png.h"

#include <zlib.h>

#include <algorithm>
#include <future>
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
    const int width = image.width();
    uchar *o = row.data();
    *o++ = 0;
    if (!alpha) { // RGB32: opaque, nothing to unpremultiply
        for (int x = 0; x < width; ++x) {
            *o++ = static_cast<uchar>(qRed(line[x]));
            *o++ = static_cast<uchar>(qGreen(line[x]));
            *o++ = static_cast<uchar>(qBlue(line[x]));
        }
        return;
    }
    for (int x = 0; x < width; ++x) {
        const QRgb px = premultiplied ? qUnpremultiply(line[x]) : line[x];
        *o++ = static_cast<uchar>(qRed(px));
        *o++ = static_cast<uchar>(qGreen(px));
        *o++ = static_cast<uchar>(qBlue(px));
        *o++ = static_cast<uchar>(qAlpha(px));
    }
}

/// A band of rows [y0, y1) deflated raw (no zlib header or checksum), its Adler-32 and
/// length; `last`: the band ends the stream (a final block), otherwise it ends on a byte
/// boundary (a sync flush) so that the next band's blocks can follow it.
struct Band {
    QByteArray data;
    uLong adler = 0;
    uLong length = 0;
    bool ok = false;
};

Band deflateBand(const QImage &image, bool alpha, int y0, int y1, bool last)
{
    Band band;
    band.adler = adler32(0, nullptr, 0);
    z_stream zs{};
    // Level 1 and no filter: the map's large areas of one colour deflate well as they are.
    if (deflateInit2(&zs, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return band;
    const std::size_t rowBytes = 1 + static_cast<std::size_t>(image.width()) * (alpha ? 4 : 3);
    std::vector<uchar> row(rowBytes);
    std::vector<uchar> buffer(256 * 1024);
    bool ok = true;
    for (int y = y0; ok && y <= y1; ++y) {
        const bool end = y == y1;
        if (!end) {
            fillRow(image, y, alpha, row);
            band.adler = adler32(band.adler, row.data(), static_cast<uInt>(rowBytes));
            band.length += rowBytes;
        }
        zs.next_in = end ? nullptr : row.data();
        zs.avail_in = end ? 0 : static_cast<uInt>(rowBytes);
        const int flush = !end ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        int result = Z_OK;
        do {
            zs.next_out = buffer.data();
            zs.avail_out = static_cast<uInt>(buffer.size());
            result = deflate(&zs, flush);
            ok = result != Z_STREAM_ERROR; // Z_BUF_ERROR: no progress possible, not an error
            band.data.append(reinterpret_cast<const char *>(buffer.data()),
                             static_cast<qsizetype>(buffer.size() - zs.avail_out));
        } while (ok && zs.avail_out == 0);
        ok = ok && (!end || !last || result == Z_STREAM_END);
    }
    deflateEnd(&zs);
    band.ok = ok;
    return band;
}

/// The image data as one zlib stream: a header, the bands' blocks in order, the Adler-32
/// of all rows; empty when zlib fails.
QByteArray deflatedRows(const QImage &image, bool alpha)
{
    // Up to four bands of at least 512 rows, however many cores (the same bytes on every
    // machine); a 300 dpi A4 page has four. A band whose thread cannot be started is
    // deflated here when its turn comes (libstdc++ falls back to the deferred policy).
    const int bands = std::clamp(image.height() / 512, 1, 4);
    std::vector<std::future<Band>> others;
    for (int b = 1; b < bands; ++b)
        others.push_back(std::async(std::launch::async | std::launch::deferred, deflateBand,
                                    std::cref(image), alpha, image.height() * b / bands,
                                    image.height() * (b + 1) / bands, b == bands - 1));
    std::vector<Band> done;
    done.push_back(deflateBand(image, alpha, 0, image.height() / bands, bands == 1));
    for (std::future<Band> &f : others)
        done.push_back(f.get());
    QByteArray out("\x78\x01", 2); // deflate, 32 KiB window, fastest: (0x7801 % 31 == 0)
    uLong adler = adler32(0, nullptr, 0);
    for (const Band &band : done) {
        if (!band.ok)
            return {};
        out.append(band.data);
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.length));
    }
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((adler >> shift) & 0xFF));
    return out;
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
