// SPDX-License-Identifier: GPL-3.0-or-later
// What the label layout places partners' and ghosts' labels around (the placing:
// labellayouter.cpp; positions: positions.cpp).
#include "labellayouter.h"
#include "labelmemo.h"
#include "render_p.h"

#include <algorithm>

namespace nwk {
namespace detail {

namespace {

/// The placed partners (in natural order of their ids), then, when shown, the missing
/// partners' ghosts (likewise).
std::vector<LabelItem> labelItems(const PaintContext &ctx, const RenderOptions &o,
                                  const MapStyle &st)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    std::vector<LabelItem> items;
    std::vector<const Partner *> placedPartners;
    for (const Partner &pa : s.partners)
        if (pos.partners.contains(pa.id))
            placedPartners.push_back(&pa);
    std::sort(placedPartners.begin(), placedPartners.end(),
              [](const Partner *a, const Partner *b) { return naturalLess(a->id, b->id); });
    items.reserve(placedPartners.size() + static_cast<std::size_t>(s.missingPartners.size()));
    for (const Partner *pa : placedPartners)
        items.push_back({pa->id, false, pos.partners.value(pa->id), ctx.partnerExtent(*pa, o, st),
                         ctx.partnerLabel(*pa, o, st).size});
    if (o.showMissing) {
        std::vector<const MissingPartner *> ms;
        for (const MissingPartner &m : s.missingPartners)
            ms.push_back(&m);
        std::sort(ms.begin(), ms.end(),
                  [](const auto *a, const auto *b) { return naturalLess(a->id, b->id); });
        for (const MissingPartner *m : ms)
            items.push_back({m->id, true, pos.missing.value(m->id), ghostExtent(s, *m, st),
                             missingLabelText(*m, st, o).size});
    }
    return items;
}

/// The items' markers, then ring labels, group labels, legend, title and the ghost band's
/// caption.
std::vector<LabelObstacle> labelObstacles(const PaintContext &ctx, const RenderOptions &o,
                                          const MapStyle &st, const std::vector<LabelItem> &items)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    std::vector<LabelObstacle> obstacles;
    for (std::size_t i = 0; i < items.size(); ++i)
        obstacles.push_back({items[i].extent.translated(items[i].centre), static_cast<int>(i)});
    for (const RingLabelBox &rl : ringLabels(s, o, st, pos))
        obstacles.push_back({rl.rect, -1});
    if (o.showGroups) {
        for (const Group &gr : s.groups)
            for (const QRectF &r : ctx.groupLabelRects(gr, o, st))
                if (!r.isEmpty())
                    obstacles.push_back({r, -1});
    }
    for (const QRectF &r :
         {legendRect(s, o, st), titleRect(s, o, st), ghostBandCaption(pos, o, st).rect})
        if (!r.isEmpty())
            obstacles.push_back({r.adjusted(-4, -4, 4, 4), -1});
    return obstacles;
}

/// Each sector label's bounds with its glyphs' boxes.
std::vector<std::pair<QRectF, std::vector<QRectF>>>
sectorGlyphGroups(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st)
{
    std::vector<std::pair<QRectF, std::vector<QRectF>>> glyphGroups;
    for (const SectorLabel &sl : sectorLabels(ctx.s, o, st, ctx.positions().geometry)) {
        std::vector<QRectF> boxes;
        for (const ArcGlyph &gl : sl.glyphs)
            boxes.push_back(gl.box);
        glyphGroups.emplace_back(sl.bounds, std::move(boxes));
    }
    return glyphGroups;
}

} // namespace

FullLayout layoutAll(const Session &s, const RenderOptions &o, const MapStyle &st)
{
    return layoutAll(PaintContext(s, o, st), o, st);
}

FullLayout layoutAll(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                     const QRectF &frame, LabelMemo *memo)
{
    const MapGeometry &geometry = ctx.positions().geometry;
    LabelScene scene;
    scene.items = labelItems(ctx, o, st);
    scene.obstacles = labelObstacles(ctx, o, st, scene.items);
    scene.glyphGroups = sectorGlyphGroups(ctx, o, st);
    scene.mapBounds = geometry.bounds();
    scene.schoolRadius = geometry.schoolRadius + 2.0;
    const double unit = st.partnerRadius / 15.0;
    if (memo)
        return layoutRemembered(std::move(scene), frame, unit, o.labelKey, st, *memo);
    LabelLayouter layouter(std::move(scene), frame, unit, o.labelKey);
    FullLayout result;
    for (std::size_t i = 0; i < layouter.itemCount(); ++i)
        layouter.place(i, st, result);
    return result;
}

LabelText numberLabel(int number, const QFont &font)
{
    return makeLabelText(QString::number(number), font, 1e6);
}

} // namespace detail

using namespace detail;

LabelPlacements MapPainter::layoutLabels(const Session &s, const RenderOptions &o) const
{
    return layoutAll(s, o, m_style).partners;
}

LabelPlacements MapPainter::layoutMissingLabels(const Session &s, const RenderOptions &o) const
{
    RenderOptions shown = o;
    shown.showMissing = true;
    return layoutAll(s, shown, m_style).missing;
}

} // namespace nwk
