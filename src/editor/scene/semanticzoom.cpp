// SPDX-License-Identifier: GPL-3.0-or-later
#include "semanticzoom.h"

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {
/// Labels are shortened once they are this much larger than the style's own size.
constexpr double kShortenFrom = 1.3;
/// Characters a shortened label keeps at twice the style's size (fewer further out).
constexpr double kCharsAtDouble = 20.0;
constexpr int kFewestChars = 8;
/// Counts (marks, "×n") are left out from this enlargement on.
constexpr double kCountsUntil = 2.6;
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
    if (growth > kShortenFrom)
        o.labelMaxChars =
            std::max(kFewestChars, static_cast<int>(std::lround(kCharsAtDouble * 2.0 / growth)));
    o.showLinkLabels = base.showLinkLabels && style.linkFont.pixelSize() * zoom >= kMinLabelPixels;
    o.showCounts = base.showCounts && growth < kCountsUntil;
    return o;
}

bool semanticFieldsDiffer(const RenderOptions &a, const RenderOptions &b)
{
    return a.labelSize != b.labelSize || a.labelMaxChars != b.labelMaxChars ||
           a.showLinkLabels != b.showLinkLabels || a.showCounts != b.showCounts;
}

} // namespace nwk
