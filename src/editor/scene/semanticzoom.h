// SPDX-License-Identifier: GPL-3.0-or-later
// Semantic zoom: what the map shows at a zoom level so that its text stays readable.
// Partner labels grow in map units as the view zooms out (a constant size on screen);
// when that makes them crowd, long labels are shortened, and then secondary text
// (link labels, counts) is left out. Zoomed in, everything is shown as exported.
#pragma once

#include "nwk/render/mappainter.h"

namespace nwk {

/// The smallest partner label the editor draws, in screen pixels (the font's pixel size).
inline constexpr double kMinLabelPixels = 12.0;

/// `base` (what the user chose: projection mode, language, ...) with labelSize,
/// labelMaxChars, showLinkLabels and showCounts for a view of `zoom` pixels per map unit.
RenderOptions semanticOptions(const RenderOptions &base, double zoom);

/// Whether two option sets differ in what semanticOptions() sets.
bool semanticFieldsDiffer(const RenderOptions &a, const RenderOptions &b);

} // namespace nwk
