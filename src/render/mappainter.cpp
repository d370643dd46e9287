// SPDX-License-Identifier: GPL-3.0-or-later
// The whole map: the pieces in their order, and the rectangle they cover.
#include "nearlabels.h"
#include "render_p.h"
#include "statements_p.h"

#include "nwk/core/anonymise.h"

#include <QPainter>

#include <algorithm>

namespace nwk {

using namespace detail;

namespace {

/// The numbered key of the labels that did not fit, right of `content` and the legend.
LabelKey keyOf(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
               const FullLayout &layout, const QRectF &content)
{
    if (layout.keyCount == 0)
        return {};
    return labelKeyOf(ctx, layout, o, st, content | legendRect(ctx.s, o, st));
}

/// What the map's disc, partners, ghosts, labels and groups cover: the bounds without
/// the legend, the title and the margin.
QRectF discContentOf(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                     const FullLayout &layout)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    const MapGeometry &g = pos.geometry;
    const double rim = sectorLabelOuterRadius(st, g) + 4.0;
    QRectF r(-rim, -rim, 2 * rim, 2 * rim);
    for (const Partner &pa : s.partners) {
        const auto it = pos.partners.constFind(pa.id);
        if (it == pos.partners.cend())
            continue;
        r |= ctx.partnerExtent(pa, o, st).translated(*it);
        r |= layout.partners.value(pa.id).translated(*it);
    }
    if (o.showMissing) {
        for (const MissingPartner &m : s.missingPartners) {
            const QPointF c = pos.missing.value(m.id);
            r |= ghostExtent(s, m, st).translated(c);
            r |= layout.missing.value(m.id).translated(c);
        }
        r |= ghostBandCaption(pos, o, st).rect;
    }
    r |= neutralZoneCaption(pos, o, st).rect | relationsBounds(ctx, o, st); // schema 3
    for (const Partner &pa : s.partners)
        r |= partnerStatementsBounds(s, pa, g, st);
    if (o.showGroups)
        for (const Group &gr : s.groups)
            r |= ctx.groupOutline(gr, st).boundingRect().adjusted(0, -20, 0, 0);
    return r;
}

/// The disc's content (discContentOf()) and the numbered key beside it.
QRectF contentOf(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                 const FullLayout &layout)
{
    const QRectF r = discContentOf(ctx, o, st, layout);
    return r | keyOf(ctx, o, st, layout, r).rect;
}

/// The content with the legend and the title, and a margin. (Unions of rects are
/// exact and in any order the same, so this equals adding them up in one go.)
QRectF boundsWith(const QRectF &content, const Session &s, const RenderOptions &o,
                  const MapStyle &st)
{
    return (content | legendRect(s, o, st) | titleRect(s, o, st)).adjusted(-16, -16, 16, 16);
}

QRectF boundsOf(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                const FullLayout &layout)
{
    return boundsWith(contentOf(ctx, o, st, layout), ctx.s, o, st);
}

QString token(std::string_view name)
{
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString partnerClass(const Partner &pa)
{
    QString c = QStringLiteral("partner kind-") + token(toString(pa.kind));
    if (!pa.category.isEmpty())
        c += QStringLiteral(" category-") + pa.category;
    for (const QString &extra : pa.extraCategories)
        c += QStringLiteral(" also-category-") + extra;
    if (pa.disputed)
        c += QStringLiteral(" disputed");
    if (!pa.marks.isEmpty())
        c += QStringLiteral(" marked");
    return c;
}

QString missingClass(const MissingPartner &m)
{
    QString c = QStringLiteral("missing status-") + token(toString(m.status));
    if (!m.category.isEmpty())
        c += QStringLiteral(" category-") + m.category;
    return c;
}

QString linkClass(const Link &l)
{
    return QStringLiteral("link kind-") + token(toString(l.kind)) + QStringLiteral(" valence-") +
           token(toString(l.valence)) + QStringLiteral(" direction-") +
           token(toString(l.direction));
}

/// The link's label, else "from – to" with the names as the map shows them.
QString linkTitle(const PaintContext &ctx, const Link &l, const RenderOptions &o)
{
    if (!l.label.trimmed().isEmpty())
        return l.label.trimmed();
    auto name = [&](const QString &id) {
        if (id == kSchoolId)
            return schoolDisplayName(ctx.s, o);
        const Partner *pa = ctx.partner(id);
        return pa ? partnerDisplayLabel(*pa, o) : id;
    };
    return name(l.from) + QStringLiteral(" \u2013 ") + name(l.to);
}

/// linkDrawn() with the drawing's partners by id.
bool linkDrawnIn(const PaintContext &ctx, const Link &l)
{
    auto ok = [&](const QString &id) {
        const Partner *p = ctx.partner(id);
        return id == kSchoolId || (p && p->placement);
    };
    return l.from != l.to && ok(l.from) && ok(l.to);
}

} // namespace

MapPainter::MapPainter(MapStyle style)
    : m_style(std::move(style))
{
}

namespace detail {

PreparedMap prepareMap(const Session &s, const RenderOptions &o, const MapStyle &st, bool forExport,
                       LabelMemo *memo)
{
    std::shared_ptr<const Session> shown;
    if (forExport || o.anonymise)
        shown = std::make_shared<const Session>(sessionForExport(s, o.anonymise));
    PreparedMap map{shown, PaintContext(shown ? *shown : s, o, st), {}};
    map.layout = layoutAll(map.ctx, o, st, {}, memo);
    return map;
}

QRectF unlabelledContent(const PaintContext &ctx, const RenderOptions &o, const MapStyle &st)
{
    return discContentOf(ctx, o, st, FullLayout());
}

QRectF labelFrame(const QRectF &content, const MapStyle &st)
{
    // A label beside a marker at the edge (at most labelMaxWidth wide), or two lines
    // above or below one, with the gap the layout leaves.
    const double gap = 1.5 * st.partnerRadius / 15.0;
    const double across = st.labelMaxWidth + gap;
    const double down = 2.5 * st.labelFont.pixelSize() + gap;
    return content.adjusted(-across, -down, across, down);
}

QRectF boundsAround(const QRectF &content, const Session &s, const RenderOptions &o,
                    const MapStyle &st)
{
    return boundsWith(content, s, o, st);
}

QRectF preparedBounds(const PreparedMap &map, const RenderOptions &o, const MapStyle &st,
                      bool withKey)
{
    if (!withKey)
        return boundsWith(discContentOf(map.ctx, o, st, map.layout), map.ctx.s, o, st);
    return boundsOf(map.ctx, o, st, map.layout);
}

LabelKey preparedKey(const PreparedMap &map, const RenderOptions &o, const MapStyle &st,
                     double columnHeight)
{
    if (map.layout.keyCount == 0)
        return {};
    return labelKeyOf(map.ctx, map.layout, o, st, QRectF(), columnHeight);
}

namespace {

/// The group outlines (the caller checks o.showGroups).
void paintGroups(QPainter &p, const PaintContext &ctx, const RenderOptions &o, const MapStyle &st,
                 PaintGroups *groups)
{
    const Session &s = ctx.s;
    QHash<QString, const Group *> groupById; // the last of a repeated id, as paintGroup()
    for (const Group &gr : s.groups)
        groupById.insert(gr.id, &gr);
    for (const Group &gr : s.groups) {
        if (groups && ctx.groupOutline(gr, st).isEmpty())
            continue; // nothing drawn: no empty group in the SVG
        const GroupScope scope(groups, QStringLiteral("group-") + gr.id, QStringLiteral("group"),
                               gr.label);
        paintGroupIn(p, ctx, *groupById.value(gr.id), o, st, groups);
    }
}

void paintLinks(QPainter &p, const PaintContext &ctx, const FullLayout &layout,
                const RenderOptions &o, const MapStyle &st, PaintGroups *groups)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    // The partners' and ghosts' labels, which link labels keep off (issue #21).
    std::vector<QRectF> labels;
    for (const Partner &pa : s.partners) // in the session's order: the same sums every run
        if (const auto it = layout.partners.constFind(pa.id); it != layout.partners.cend())
            labels.push_back(it.value().translated(pos.partners.value(pa.id)));
    if (o.showMissing)
        for (const MissingPartner &m : s.missingPartners)
            if (const auto it = layout.missing.constFind(m.id); it != layout.missing.cend())
                labels.push_back(it.value().translated(pos.missing.value(m.id)));
    QHash<QString, const Link *> linkById; // the first of a repeated id, as Session::link()
    linkById.reserve(s.links.size());
    for (const Link &l : s.links)
        if (!linkById.contains(l.id))
            linkById.insert(l.id, &l);
    std::optional<NearLabels> near;
    if (labels.size() <= kLinkLabelAvoidMax)
        near.emplace(labels);
    std::vector<QRectF> nearLink;
    for (const Link &l : s.links) {
        if (groups && !linkDrawnIn(ctx, l))
            continue;
        const GroupScope scope(groups, QStringLiteral("link-") + l.id, linkClass(l),
                               linkTitle(ctx, l, o));
        const Link &drawn = *linkById.value(l.id);
        const std::vector<QRectF> *obstacles = nullptr;
        if (near) {
            obstacles = &labels;
            if (const auto ends = linkEnds(pos, drawn)) // the labels its label can touch
                obstacles = &near->around(QRectF(ends->first, ends->second).normalized(), nearLink);
        }
        paintLinkIn(p, ctx, drawn, pos.geometry, o, st, false, obstacles);
    }
}

/// The partners' desired placements (drawn where the participants wanted them).
void paintDesiredPlacements(QPainter &p, const PaintContext &ctx, const RenderOptions &o,
                            const MapStyle &st, PaintGroups *groups)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    for (const Partner &pa : s.partners) {
        const Partner &first = *ctx.partner(pa.id); // as Session::partner(pa.id)
        if (groups && desiredBoundsOf(first, pos.geometry, st).isEmpty())
            continue;
        const GroupScope scope(groups, QStringLiteral("desired-") + pa.id,
                               QStringLiteral("desired-placement"), partnerDisplayLabel(pa, o));
        paintDesiredIn(p, first, pos.geometry, o, st);
    }
    for (const Partner &pa : s.partners) { // schema 3: alternatives and former placements
        if (!hasStatements(pa))
            continue;
        const GroupScope scope(groups, QStringLiteral("statements-") + pa.id,
                               QStringLiteral("placement-statements"), partnerDisplayLabel(pa, o));
        paintPartnerStatements(p, s, pa, pos.geometry, o, st);
    }
    paintContactConnectors(p, ctx, st, groups);
    paintRelativePlacements(p, ctx, o, st, groups);
}

/// The missing partners' ghosts (the caller checks o.showMissing).
void paintMissingPartners(QPainter &p, const PaintContext &ctx, const FullLayout &layout,
                          const RenderOptions &o, const MapStyle &st, PaintGroups *groups)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    for (const MissingPartner &m : s.missingPartners) {
        const GroupScope scope(groups, QStringLiteral("missing-") + m.id, missingClass(m),
                               missingDisplayLabel(m, o));
        p.save();
        p.translate(pos.missing.value(m.id));
        const int number = layout.keyedMissing.value(m.id);
        const LabelText numberText = numberLabel(number, labelFontFor(st, true));
        paintGhost(p, s, m, o, st, layout.missing.value(m.id), number ? &numberText : nullptr);
        p.restore();
    }
}

void paintPartners(QPainter &p, const PaintContext &ctx, const FullLayout &layout,
                   const RenderOptions &o, const MapStyle &st, PaintGroups *groups)
{
    const Session &s = ctx.s;
    const MapPositions &pos = ctx.positions();
    // Leaders under markers, markers under labels: labels stay readable. With groups,
    // each partner is drawn whole in its group, as the editor's partner items draw.
    const std::vector<int> passes =
        groups ? std::vector<int>{PartAll} : std::vector<int>{PartLeader, PartMarker, PartLabel};
    for (int part : passes) {
        for (const Partner &pa : s.partners) {
            if (!pos.partners.contains(pa.id))
                continue;
            const GroupScope scope(groups, QStringLiteral("partner-") + pa.id, partnerClass(pa),
                                   partnerDisplayLabel(pa, o));
            p.save();
            p.translate(pos.partners.value(pa.id));
            if (part & PartLeader)
                paintExactSpot(p, ctx, pa, st, groups);
            const int number = layout.keyedPartners.value(pa.id);
            const LabelText numberText =
                number ? numberLabel(number, labelFontFor(st, false)) : LabelText();
            paintPartnerParts(p, s, pa, o, st, layout.partners.value(pa.id), false, part,
                              number ? &numberText : &ctx.partnerLabel(pa, o, st), groups);
            p.restore();
        }
    }
}

} // namespace

void paintPreparedMap(const MapPainter &painter, QPainter &p, const PreparedMap &map,
                      const RenderOptions &o, PaintGroups *groups, bool withKey)
{
    const Session &s = map.ctx.s;
    const MapStyle &st = painter.style();
    const FullLayout &layout = map.layout;
    // Computed once for the drawing (the per-object methods each scan the session).
    const PaintContext &ctx = map.ctx;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!o.transparentBackground) {
        const GroupScope scope(groups, QStringLiteral("background"), QStringLiteral("background"),
                               QString());
        p.fillRect(preparedBounds(map, o, st, withKey), st.background);
    }

    paintBackgroundGrouped(p, s, o, st, groups);
    if (o.showGroups)
        paintGroups(p, ctx, o, st, groups);
    paintLinks(p, ctx, layout, o, st, groups);
    {
        const GroupScope scope(groups, QStringLiteral("school"), QStringLiteral("school"),
                               schoolDisplayName(s, o));
        painter.paintSchool(p, s, o);
    }
    paintDesiredPlacements(p, ctx, o, st, groups);
    if (o.showMissing)
        paintMissingPartners(p, ctx, layout, o, st, groups);
    paintPartners(p, ctx, layout, o, st, groups);
    if (o.showLegend)
        paintLegendGrouped(p, s, o, st, groups);
    if (layout.keyCount > 0 && withKey)
        paintLabelKey(p, keyOf(ctx, o, st, layout, discContentOf(ctx, o, st, layout)), st, groups);
    if (o.showTitle) {
        const GroupScope scope(groups, QStringLiteral("title-block"), QStringLiteral("title-block"),
                               schoolDisplayName(s, o));
        painter.paintTitle(p, s, o);
    }
    if (o.showAnnotations)
        painter.paintAnnotations(p, s, o);
    p.restore();
}

} // namespace detail

void MapPainter::paintMap(QPainter &p, const Session &s, const RenderOptions &o,
                          PaintGroups *groups) const
{
    paintPreparedMap(*this, p, prepareMap(s, o, m_style), o, groups);
}

QRectF MapPainter::mapBounds(const Session &s, const RenderOptions &o) const
{
    return preparedBounds(prepareMap(s, o, m_style), o, m_style);
}

QRectF MapPainter::paintMapFitted(QPainter &p, const Session &s, const RenderOptions &o,
                                  const QRectF &target, Qt::Alignment align) const
{
    const PreparedMap map = prepareMap(s, o, m_style);
    const QRectF bounds = preparedBounds(map, o, m_style);
    if (bounds.isEmpty() || target.isEmpty())
        return {};
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const double top = (align & Qt::AlignTop)
                           ? target.top()
                           : target.top() + (target.height() - bounds.height() * scale) / 2;
    p.save();
    p.translate(target.left() + (target.width() - bounds.width() * scale) / 2, top);
    p.scale(scale, scale);
    p.translate(-bounds.topLeft());
    paintPreparedMap(*this, p, map, o, nullptr);
    p.restore();
    return bounds;
}

MapLayout MapPainter::layoutMap(const Session &session, const RenderOptions &o,
                                LabelLayoutMemo *memo) const
{
    const PreparedMap map = prepareMap(session, o, m_style, false, memo ? &memo->d() : nullptr);
    const Session &s = map.ctx.s;
    const MapPositions &pos = map.ctx.positions();
    MapLayout out;
    out.partners.reserve(pos.partners.size());
    for (const Partner &pa : s.partners) {
        if (!pos.partners.contains(pa.id) || out.partners.contains(pa.id))
            continue; // unplaced, or a repeated id (the first counts, as Session::partner())
        MapLayout::PartnerRects b;
        b.label = map.layout.partners.value(pa.id);
        const PartnerBoxes boxes = partnerBoxes(s, pa, m_style, o);
        b.marker = boxes.marker;
        b.bounds = partnerItemBounds(boxes, b.label, true);
        b.position = pos.partners.value(pa.id);
        if (const auto exact = pos.exact.constFind(pa.id); exact != pos.exact.cend())
            b.spot = *exact - b.position;

        out.partners.insert(pa.id, b);
    }
    out.missingPositions = pos.missing;
    out.missingLabels = map.layout.missing;
    out.content = contentOf(map.ctx, o, m_style, map.layout);
    out.bounds = boundsWith(out.content, s, o, m_style);
    return out;
}

QRectF MapPainter::mapBounds(const Session &s, const RenderOptions &o, const QRectF &content) const
{
    return boundsWith(content, s, o, m_style);
}

} // namespace nwk
