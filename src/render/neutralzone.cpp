// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on the map: the neutral zone "nog geen categorie", rows below the disc (and below
// the band of uncategorised ghosts) where partners that were mentioned but never put in a
// sector are drawn (Partner::neutralZone; their spots: positions.cpp).
#include "statements_p.h"

#include <QPainter>

namespace nwk::detail {

namespace {
// As the band of uncategorised ghosts (positions.cpp): first row below the sector labels,
// a label's width per partner, a row's height, six per row.
constexpr double kZoneTop = 1.22;
constexpr double kZoneStep = 150.0;
constexpr double kZoneRowStep = 80.0;
constexpr int kZonePerRow = 6;
constexpr double kZoneGap = 30.0; ///< between the ghosts' rows and the zone's
} // namespace

QString neutralZoneText(const RenderOptions &o)
{
    return nlEn(o, "nog geen categorie", "no category yet");
}

QPointF neutralZoneSpot(const MapGeometry &g, int index, int count, int ghostRows)
{
    const int row = index / kZonePerRow;
    const int inRow = std::min(kZonePerRow, count - row * kZonePerRow);
    const int col = index % kZonePerRow;
    const double top =
        g.outerRadius * kZoneTop + (ghostRows > 0 ? ghostRows * kZoneRowStep + kZoneGap : 0.0);
    return {(col - (inRow - 1) / 2.0) * kZoneStep, top + row * kZoneRowStep};
}

BandCaption neutralZoneCaption(const MapPositions &pos, const RenderOptions &o, const MapStyle &st)
{
    if (pos.neutral.empty())
        return {};
    const QPointF first = pos.partners.value(pos.neutral.front());
    return bandCaptionAt(neutralZoneText(o), first.x() - 2.4 * st.partnerRadius, first.y(), st);
}

BandCaption bandCaptionAt(const QString &text, double right, double y, const MapStyle &st)
{
    BandCaption c;
    c.text = text;
    c.font = labelFontFor(st, true);
    const TextMetrics tm(c.font);
    const double w = tm.width(c.text) + 2 * kLabelPadX;
    const double h = tm.lineHeight() + 2 * kLabelPadY;
    c.rect = QRectF(right - w, y - h / 2, w, h);
    return c;
}

} // namespace nwk::detail
