// SPDX-License-Identifier: GPL-3.0-or-later
// A PNG encoder for map images (src/render/pngencoder.cpp): zlib at its fastest level and no row
// filter, which on a map's flat colours makes files smaller than libpng's adaptive filters
// and about ten times faster (docs/performance.md).
#pragma once

#include <QByteArray>
#include <QImage>

namespace nwk {

/// `image` as PNG bytes: 8-bit RGB for Format_RGB32, 8-bit RGBA (not premultiplied) for
/// Format_ARGB32 and Format_ARGB32_Premultiplied; other formats are converted to one of
/// those first. The image's dots per metre go into a pHYs chunk. Empty for a null image or
/// when zlib fails. The same image always gives the same bytes.
QByteArray encodePng(const QImage &image);

} // namespace nwk
