// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementhint.h"

#include "../overlayitems.h"
#include "../overlaylayer.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QPainterPath>

namespace nwk {

namespace {

/// The label of item `index` of `items` in the map's language (the other one when
/// that is empty); empty when there is no such item.
template <typename T> QString labelOf(const SharedVector<T> &items, int index, bool english)
{
    if (index < 0 || index >= static_cast<int>(items.size()))
        return {};
    const T &item = items[static_cast<std::size_t>(index)];
    const QString &first = english ? item.labelEn : item.labelNl;
    return first.isEmpty() ? (english ? item.labelNl : item.labelEn) : first;
}

/// The band of ring `ring` in sector `sector` (map coordinates); ring -1: the band of
/// partners whose distance was not discussed, outside the rings.
QPainterPath bandPath(const MapGeometry &g, int sector, int ring)
{
    const bool band = ring < 0;
    const double inner =
        band ? g.ringsRadius() : (ring <= 0 ? g.schoolRadius : g.ringOuterRadius(ring - 1));
    const double outer = band ? g.outerRadius : g.ringOuterRadius(ring);
    // Qt's arcs run counter-clockwise from 3 o'clock; ours clockwise from 12.
    const double start = 90.0 - g.sectorStart(sector);
    const double span = g.sectorSpan();
    const QRectF outerRect(-outer, -outer, 2 * outer, 2 * outer);
    const QRectF innerRect(-inner, -inner, 2 * inner, 2 * inner);
    QPainterPath path;
    path.arcMoveTo(outerRect, start);
    path.arcTo(outerRect, start, -span);
    path.arcTo(innerRect, start - span, span);
    path.closeSubpath();
    return path;
}

} // namespace

QString PlacementHint::name(const Placement &placement) const
{
    const Session &s = m_scene->document()->session();
    const MapGeometry &g = m_scene->geometry();
    const bool english = m_scene->renderOptions().language == QStringLiteral("en");
    const int sector = g.sectorAt(placement.angle);
    QString sectorName = labelOf(s.categories, sector, english);
    if (sectorName.isEmpty() && sector >= 0 && sector < static_cast<int>(s.categories.size()))
        sectorName = s.categories[static_cast<std::size_t>(sector)].id;
    const int ring = g.ringAt(placement.distance);
    QString ringName = labelOf(s.rings, ring, english);
    if (ringName.isEmpty())
        ringName = MapScene::tr("ring %1").arg(ring + 1);
    if (placement.distanceKind == DistanceKind::NotDiscussed)
        ringName = MapScene::tr("distance not discussed");
    else if (placement.distanceKind == DistanceKind::InSchool)
        return MapScene::tr("in the school");
    if (sectorName.isEmpty())
        return ringName;
    //: Target of a drag on the map: %1 category (sector), %2 ring
    return MapScene::tr("%1 \u00b7 %2").arg(sectorName, ringName);
}

void PlacementHint::show(QPointF scenePos)
{
    const MapGeometry &g = m_scene->geometry();
    const OverlayLayer &overlays = m_scene->overlays();
    if (!overlays.highlight() || g.sectorCount <= 0)
        return;
    const Placement at = g.toPlacement(scenePos);
    const bool band = at.distanceKind == DistanceKind::NotDiscussed;
    QPainterPath path;
    if (at.distanceKind == DistanceKind::InSchool)
        path.addEllipse(QPointF(0, 0), g.schoolRadius, g.schoolRadius);
    else
        path = bandPath(g, g.sectorAt(at.angle), band ? -1 : g.ringAt(at.distance));
    overlays.highlight()->setPath(path);
    overlays.highlight()->setVisible(true);
    m_text = name(at);
    overlays.hintLabel()->setText(m_text);
    overlays.hintLabel()->setPos(scenePos);
    overlays.hintLabel()->setVisible(true);
}

void PlacementHint::clear()
{
    const OverlayLayer &overlays = m_scene->overlays();
    if (overlays.highlight())
        overlays.highlight()->setVisible(false);
    if (overlays.hintLabel())
        overlays.hintLabel()->setVisible(false);
    m_text.clear();
}

} // namespace nwk
