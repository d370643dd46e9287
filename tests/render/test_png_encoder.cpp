// SPDX-License-Identifier: GPL-3.0-or-later
// The PNG export's own encoder (pngencoder.cpp, #24 item 1): what a PNG reader gets back
// is the painted image, pixel for pixel, with its resolution; RGB for an opaque map, RGBA
// for a transparent one; the same bytes every time.
#include "render_fixtures.h"

#include "nwk/render/exporters.h"

#include "nwk/render/png.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace nwk;

namespace {

/// The colour type byte of a PNG's IHDR (2 RGB, 6 RGBA).
int colourType(const QByteArray &png)
{
    REQUIRE(png.size() > 26);
    REQUIRE(png.mid(12, 4) == "IHDR");
    return static_cast<uchar>(png.at(25));
}

QImage decoded(const QByteArray &png)
{
    QImage image;
    REQUIRE(image.loadFromData(png, "PNG"));
    return image;
}

QByteArray exported(const Session &s, const ImageExportOptions &o)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(exportPng(s, file, o).isEmpty());
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("encodePng: a reader gets the same pixels back", "[render][png]")
{
    QImage rgb(37, 11, QImage::Format_RGB32); // an odd width: no row padding assumed
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            rgb.setPixel(x, y, qRgb(x * 7, y * 23, (x * y) % 256));
    rgb.setDotsPerMeterX(11811);
    rgb.setDotsPerMeterY(11811);
    const QByteArray png = encodePng(rgb);
    CHECK(png.startsWith("\x89PNG\r\n\x1a\n"));
    CHECK(colourType(png) == 2);
    const QImage back = decoded(png);
    CHECK(back.convertToFormat(QImage::Format_RGB32) == rgb);
    CHECK(back.dotsPerMeterX() == 11811);
    CHECK(png == encodePng(rgb));

    QImage argb(5, 3, QImage::Format_ARGB32);
    argb.fill(Qt::transparent);
    argb.setPixel(1, 1, qRgba(200, 100, 50, 128));
    argb.setPixel(4, 2, qRgba(10, 20, 30, 255));
    const QByteArray withAlpha = encodePng(argb);
    CHECK(colourType(withAlpha) == 6);
    CHECK(decoded(withAlpha).convertToFormat(QImage::Format_ARGB32) == argb);
    // Premultiplied pixels are written unpremultiplied (what PNG stores).
    const QImage premultiplied = argb.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage fromPremultiplied =
        decoded(encodePng(premultiplied)).convertToFormat(QImage::Format_ARGB32);
    CHECK(fromPremultiplied.pixel(4, 2) == argb.pixel(4, 2));
    CHECK(qAlpha(fromPremultiplied.pixel(1, 1)) == 128);
    CHECK(std::abs(qRed(fromPremultiplied.pixel(1, 1)) - 200) <= 2);

    CHECK(encodePng(QImage()).isEmpty());
}

TEST_CASE("exportPng writes the image renderMapImage paints, RGB when opaque", "[render][png]")
{
    const Session s = test::realisticSession();
    ImageExportOptions o;
    o.widthPx = 900;
    const QByteArray png = exported(s, o);
    CHECK(colourType(png) == 2);
    const QImage expected = renderMapImage(s, o);
    const QImage back = decoded(png).convertToFormat(QImage::Format_ARGB32);
    REQUIRE(back.size() == expected.size());
    CHECK(back == expected);
    CHECK(png == exported(s, o)); // byte-stable

    o.render.transparentBackground = true;
    const QByteArray transparent = exported(s, o);
    CHECK(colourType(transparent) == 6);
    const QImage clear = decoded(transparent);
    CHECK(qAlpha(clear.pixel(1, clear.height() - 2)) == 0);
}

TEST_CASE("encodePng: a tall image deflated in bands is one valid zlib stream", "[render][png]")
{
    // 2,100 rows: four bands, deflated on threads of their own and joined. The IDAT data
    // must inflate as one zlib stream whose Adler-32 checks (qUncompress() refuses a wrong
    // one) to every row, and a reader must get every pixel back.
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_ARGB32}) {
        QImage image(301, 2100, format);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y,
                               qRgba((x * 7 + y) % 256, (y * 13) % 256, (x ^ y) % 256,
                                     format == QImage::Format_RGB32 ? 255 : (x + y) % 256));
        const QByteArray png = encodePng(image);
        QByteArray idat;
        for (qsizetype at = 8; at + 12 <= png.size();) {
            const auto length = static_cast<qsizetype>(
                (static_cast<quint32>(static_cast<uchar>(png.at(at))) << 24) |
                (static_cast<quint32>(static_cast<uchar>(png.at(at + 1))) << 16) |
                (static_cast<quint32>(static_cast<uchar>(png.at(at + 2))) << 8) |
                static_cast<quint32>(static_cast<uchar>(png.at(at + 3))));
            if (png.mid(at + 4, 4) == "IDAT")
                idat.append(png.mid(at + 8, length));
            at += 12 + length;
        }
        const int bytesPerPixel = format == QImage::Format_RGB32 ? 3 : 4;
        const qsizetype raw =
            image.height() * (1 + static_cast<qsizetype>(image.width()) * bytesPerPixel);
        QByteArray prefixed;
        for (int shift = 24; shift >= 0; shift -= 8)
            prefixed.append(static_cast<char>((raw >> shift) & 0xFF));
        prefixed.append(idat);
        const QByteArray inflated = qUncompress(prefixed);
        REQUIRE(inflated.size() == raw);
        CHECK(inflated.at(0) == 0); // filter type None on the first row...
        CHECK(inflated.at(raw - 1 - static_cast<qsizetype>(image.width()) * bytesPerPixel) == 0);
        CHECK(decoded(png).convertToFormat(format) == image);
        CHECK(png == encodePng(image)); // the same bytes every time
    }
}
