// SPDX-License-Identifier: GPL-3.0-or-later
#include "semanticzoom.h"

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {
/// How partner labels follow the zoom, as enlargements of the style's own size.
struct ZoomedText {
    double shortenFrom;   ///< labels are shortened from this enlargement on
    double charsAtDouble; ///< characters a shortened label keeps at twice the size
    int fewestChars;      ///< and never fewer, further out
    double countsUntil;   ///< counts (marks, "×n") are left out from this enlargement on
};
constexpr ZoomedText kZoomed{1.3, 20.0, 8, 2.6};
} // namespace

RenderOptions semanticOptions(const RenderOptions &base, double zoom)
{
    RenderOptions o = base;
    if (zoom <= 0.0)
        return o;
    const MapStyle style = MapStyle::forOptions(base);
    const double own = style.labelFont.pixelSize();
    // Projection mode's larger type stays larger on screen too.
    const double minimum =
        kMinLabelPixels * std::max(1.0, own / MapStyle::standard().labelFont.pixelSize());
    const double needed = minimum / zoom;
    // Whole map units (the font's pixel size), rounded up: never under the minimum.
    const double size = std::ceil(needed - 1e-6);
    double growth = 1.0;
    if (size > own) {
        o.labelSize = size;
        growth = size / own;
    }
    o.labelMaxChars = 0;
    if (growth > kZoomed.shortenFrom)
        o.labelMaxChars =
            std::max(kZoomed.fewestChars,
                     static_cast<int>(std::lround(kZoomed.charsAtDouble * 2.0 / growth)));
    o.showLinkLabels = base.showLinkLabels && style.linkFont.pixelSize() * zoom >= kMinLabelPixels;
    o.showCounts = base.showCounts && growth < kZoomed.countsUntil;
    return o;
}

bool semanticFieldsDiffer(const RenderOptions &a, const RenderOptions &b)
{
    return a.labelSize != b.labelSize || a.labelMaxChars != b.labelMaxChars ||
           a.showLinkLabels != b.showLinkLabels || a.showCounts != b.showCounts;
}

} // namespace nwk
