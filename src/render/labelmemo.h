// SPDX-License-Identifier: GPL-3.0-or-later
// The memory of the last label layout of a map (LabelLayoutMemo): what was laid out and
// how far each label's search went, so that the next layout re-places only the labels
// a change can reach (labelmemo.cpp).
#pragma once

#include "labellayouter.h"

#include <vector>

namespace nwk::detail {

struct LabelMemo {
    bool valid = false;
    // What the last layout placed around, and how.
    std::vector<LabelItem> items;
    std::vector<LabelObstacle> fixedObstacles; ///< the obstacles after the items' markers
    std::vector<std::pair<QRectF, std::vector<QRectF>>> glyphGroups;
    QRectF mapBounds;
    double schoolRadius = 0.0;
    QRectF frame;
    double unit = 0.0;
    bool labelKey = false;
    QRectF area;
    QFont partnerFont; ///< the fonts of key numbers (labelFontFor())
    QFont missingFont;
    // What it gave, per item.
    std::vector<QRectF> best; ///< relative to the marker
    std::vector<int> keyNumber;
    std::vector<LabelTrace> traces;
    FullLayout result;
    int placed = 0; ///< labels placed afresh by the last layout
};

/// The layout of `scene` as LabelLayouter gives it from scratch, placing afresh only the
/// labels the differences from `memo`'s scene can reach; `memo` then holds this one.
FullLayout layoutRemembered(LabelScene scene, const QRectF &frame, double unit, bool labelKey,
                            const MapStyle &st, LabelMemo &memo);

} // namespace nwk::detail
