// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the render layer: where a partner's mark badges go, and their names.
#pragma once

#include "render_p.h"

#include "nwk/render/marks.h"

#include <vector>

namespace nwk::detail {

/// A mark badge with its rectangle relative to the partner's centre (map units).
struct PlacedMark {
    MarkBadge badge;
    QRectF rect;
};

/// How tall mark badges are drawn: 1.45 times the partner label's size, at least 16 and
/// at most 26 map units (scaled with the marker); so 2.5 mm or more at A4 when labels
/// grow, and never larger than the marker.
double markBadgeHeight(const MapStyle &st);
/// The least label pixel size from which badges have their largest height (a map's
/// markers, and so its spread positions, are the same at every label size above it).
int labelSizeOfLargestBadges(const MapStyle &st);

/// The badges of a partner's marks in rows of at most four, centred above the marker,
/// clear of everything within `clearance` of the partner's centre and of each other.
std::vector<PlacedMark> layoutMarks(const Session &s, const Partner &pa, const MapStyle &st,
                                    double clearance);

/// "P2 zorgcoördinator (zorg)": what the legend and a badge's title say of its participant
/// (the session is the export's: anonymised, its code and role are already cleaned);
/// "onbekende deelnemer" for an id that is no participant.
QString markTitle(const Session &s, const MarkBadge &b, const RenderOptions &o);

/// Draws the marks; with `groups`, each in a group "mark-<partner>-<participant>".
void paintMarks(QPainter &p, const Session &s, const std::vector<PlacedMark> &marks,
                const RenderOptions &o, const QString &partnerId, PaintGroups *groups);

/// The role group's token ("teacher", ...), as in the SVG's classes.
QString roleGroupClass(RoleGroup g);

} // namespace nwk::detail
