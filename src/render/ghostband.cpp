// SPDX-License-Identifier: GPL-3.0-or-later
// The band of ghosts without a category below the disc: its caption (the spots of
// its ghosts: positions.cpp).
#include "render_p.h"
#include "statements_p.h"

#include <QPainter>

namespace nwk::detail {

BandCaption ghostBandCaption(const MapPositions &pos, const RenderOptions &o, const MapStyle &st)
{
    if (!o.showMissing || pos.banded.empty())
        return {};
    const QPointF first = ghostBandSpot(pos.geometry, 0, static_cast<int>(pos.banded.size()));
    const double right = first.x() - shapeOuterFactor(MarkerShape::Circle) * st.partnerRadius -
                         0.8 * st.partnerRadius;
    return bandCaptionAt(noCategoryText(o), right, first.y(), st);
}

void paintGhostBandCaption(QPainter &p, const BandCaption &c, const MapStyle &st)
{
    if (c.rect.isEmpty())
        return;
    p.save();
    QColor tc = st.text;
    tc.setAlpha(200);
    p.setPen(tc);
    p.setFont(c.font);
    const TextMetrics tm(c.font);
    drawTextLine(p, QPointF(c.rect.left() + kLabelPadX, c.rect.top() + kLabelPadY + tm.ascent()),
                 c.text);
    p.restore();
}

} // namespace nwk::detail
