// SPDX-License-Identifier: GPL-3.0-or-later
// The whole map: the pieces in their order, and the rectangle they cover.
#include "render_p.h"

#include <QPainter>

namespace nwk {

using namespace detail;

namespace {

QRectF boundsOf(const Session &s, const RenderOptions &o, const MapStyle &st,
                const MapPositions &pos, const FullLayout &layout)
{
    const MapGeometry &g = pos.geometry;
    const double rim = sectorLabelOuterRadius(st, g) + 4.0;
    QRectF r(-rim, -rim, 2 * rim, 2 * rim);
    r |= legendRect(s, o, st);
    r |= titleRect(s, o, st);
    for (const Partner &pa : s.partners) {
        if (!pos.partners.contains(pa.id))
            continue;
        const QPointF c = pos.partners.value(pa.id);
        r |= partnerExtent(s, pa, st, o).translated(c);
        r |= layout.partners.value(pa.id).translated(c);
    }
    if (o.showMissing) {
        for (const MissingPartner &m : s.missingPartners) {
            const QPointF c = pos.missing.value(m.id);
            r |= ghostExtent(s, m, st).translated(c);
            r |= layout.missing.value(m.id).translated(c);
        }
    }
    if (o.showGroups)
        for (const Group &gr : s.groups)
            r |= groupOutline(s, gr, st, pos).boundingRect().adjusted(0, -20, 0, 0);
    return r.adjusted(-16, -16, 16, 16);
}

} // namespace

MapPainter::MapPainter(MapStyle style)
    : m_style(std::move(style))
{
}

void MapPainter::paintMap(QPainter &p, const Session &s, const RenderOptions &o) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const FullLayout layout = layoutAll(s, o, m_style);
    const MapPositions pos = computePositions(s);
    if (!o.transparentBackground)
        p.fillRect(boundsOf(s, o, m_style, pos, layout), m_style.background);

    paintBackground(p, s, o);
    if (o.showGroups)
        for (const Group &gr : s.groups)
            paintGroup(p, s, gr.id, o);
    for (const Link &l : s.links)
        paintLink(p, s, l.id, o);
    paintSchool(p, s, o);
    for (const Partner &pa : s.partners)
        paintDesiredPlacement(p, s, pa.id, o);

    if (o.showMissing) {
        for (const MissingPartner &m : s.missingPartners) {
            p.save();
            p.translate(pos.missing.value(m.id));
            paintGhost(p, s, m, o, m_style, layout.missing.value(m.id));
            p.restore();
        }
    }
    // Leaders under markers, markers under labels: labels stay readable.
    for (int part : {PartLeader, PartMarker, PartLabel}) {
        for (const Partner &pa : s.partners) {
            if (!pos.partners.contains(pa.id))
                continue;
            p.save();
            p.translate(pos.partners.value(pa.id));
            paintPartnerParts(p, s, pa, o, m_style, layout.partners.value(pa.id), false, part);
            p.restore();
        }
    }
    if (o.showLegend)
        paintLegend(p, s, o);
    if (o.showTitle)
        paintTitle(p, s, o);
    p.restore();
}

QRectF MapPainter::mapBounds(const Session &s, const RenderOptions &o) const
{
    return boundsOf(s, o, m_style, computePositions(s), layoutAll(s, o, m_style));
}

} // namespace nwk
