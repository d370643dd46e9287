// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene: laying the map out. One MapPainter layout gives every partner its drawn
// position and label, the ghosts theirs, the groups their outlines and the map its
// extent; during a live move (a drag) the costly label layout waits until the
// pointer rests, and the extent until the move ends.
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/editor/sessiondocument.h"

#include <QSet>
#include <QTimer>

#include <utility>

namespace nwk {

void MapScene::updateMapRect()
{
    applyMapRect(m_painter.mapBounds(m_document->session(), m_options));
}

void MapScene::applyMapRect(const QRectF &mapBounds)
{
    const Session &s = m_document->session();
    const QRectF rect = mapBounds.united(m_geometry.bounds());
    m_mapRectDirty = false;
    if (m_background)
        m_background->setBounds(rect);
    if (m_legend) {
        m_legend->setBounds(m_painter.legendBounds(s, m_options));
        m_legend->update();
    }
    if (rect == m_mapRect)
        return;
    m_mapRect = rect;
    // Generous room around the map so the view can pan past its edges.
    const double mx = rect.width(), my = rect.height();
    setSceneRect(rect.adjusted(-mx, -my, mx, my));
    Q_EMIT mapRectChanged(m_mapRect);
}

void MapScene::relayout(const QStringList &changed)
{
    const Session &s = m_document->session();
    // One layout of the whole map gives every item its rects and the map its extent.
    const MapLayout layout = m_painter.layoutMap(s, m_options, &m_labelMemo);
    QSet<QString> touched(changed.cbegin(), changed.cend());
    QStringList moved; // drawn elsewhere than before: markers spread apart (spreadMarkers())
    for (auto it = m_partners.cbegin(); it != m_partners.cend(); ++it) {
        // Items exist for placed partners only (syncPartner), so each has its rects.
        const MapLayout::PartnerRects r = layout.partners.value(it.key());
        if (it.value()->pos() != r.position) {
            it.value()->setPos(r.position);
            moved.append(it.key());
            touched.insert(it.key()); // its groups' outlines follow it
        }
        if (r.spot.isNull())
            m_drawnAway.remove(it.key());
        else
            m_drawnAway.insert(it.key(), r.position);
        const bool spot = it.value()->setSpot(r.spot);
        if (it.value()->setGeometry(r.bounds, r.marker, r.label) || spot)
            touched.insert(it.key());
        if (changed.isEmpty())
            it.value()->update(); // a new layout of everything: no cached drawing stays
    }
    syncLinksOf(moved); // links attach to the drawn markers
    if (!isLiveMove())
        dropLinksIntoLayer(); // a drag ended (also one abandoned without a release)
    const bool all = changed.isEmpty();
    const double radius = 3 * m_painter.style().partnerRadius;
    for (MissingItem *item : std::as_const(m_missing)) {
        item->setPos(layout.missingPositions.value(item->missingId()));
        const QRectF label = layout.missingLabels.value(item->missingId());
        item->setGeometry(QRectF(-radius, -radius, 2 * radius, 2 * radius).united(label), label);
        if (all)
            item->update();
    }
    // A group outline spans the whole map: during a drag repaint it only when it has to.
    // Otherwise every outline paints again: its label keeps clear of every marker.
    QHash<QString, const Group *> groupById; // the last of a repeated id
    for (const Group &candidate : s.groups)
        groupById.insert(candidate.id, &candidate);
    QList<GroupItem *> dirtyGroups;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const Group *g = groupById.value(it.key());
        bool dirty = all || !g || !isLiveMove();
        for (int i = 0; g && !dirty && i < g->members.size(); ++i)
            dirty = touched.contains(g->members[i]);
        if (dirty)
            dirtyGroups.append(it.value());
    }
    repaintGroups(dirtyGroups);
    m_layoutContent = layout.content;
    updateLabelRects(layout);
    // During a drag the extent waits for the release (the view must not jump).
    if (isLiveMove())
        m_mapRectDirty = true;
    else
        applyMapRect(layout.bounds);
    updateFoundMarks();
}

void MapScene::updateLabelRects(const MapLayout &layout)
{
    // In the session's order, as the exports collect them (the same sums, the same spots).
    std::vector<QRectF> labels;
    if (m_options.showLinkLabels) {
        const Session &s = m_document->session();
        for (const Partner &p : s.partners)
            if (const auto it = layout.partners.constFind(p.id); it != layout.partners.cend())
                labels.push_back(it->label.translated(it->position));
        if (m_options.showMissing)
            for (const MissingPartner &m : s.missingPartners)
                if (const auto it = layout.missingLabels.constFind(m.id);
                    it != layout.missingLabels.cend())
                    labels.push_back(it->translated(layout.missingPositions.value(m.id)));
    }
    if (labels.size() > 300) // as detail::kLinkLabelAvoidMax (src/render/nearlabels.h)
        labels.clear();
    if (labels == m_labelRects)
        return;
    m_labelRects = std::move(labels);
    if (m_linkLayer)
        m_linkLayer->update(); // every link's label may move: the whole layer
    for (const QString &id : std::as_const(m_linksApart))
        if (LinkItem *item = m_links.value(id))
            item->update();
}

void MapScene::deferRelayout(const QStringList &changed)
{
    for (const QString &id : changed)
        if (!m_pendingRelayout.contains(id))
            m_pendingRelayout.append(id);
    // The outlines of the moved partners' groups (the document's member index).
    QList<GroupItem *> moved;
    for (const QString &id : changed)
        for (const QString &groupId : m_document->groupsOf(id))
            if (GroupItem *item = m_groups.value(groupId); item && !moved.contains(item))
                moved.append(item);
    repaintGroups(moved);
    updateFoundMarks();
    m_relayoutTimer->start(); // restarts: waits until the pointer rests
}

void MapScene::repaintGroups(const QList<GroupItem *> &items)
{
    if (items.isEmpty())
        return;
    QStringList ids;
    for (const GroupItem *item : items)
        ids.append(item->groupId());
    // Tight bounds: a drag repaints (and the view caches) only the group's own area.
    const QHash<QString, QRectF> bounds =
        m_painter.groupsBounds(m_document->session(), ids, m_drawnAway);
    for (GroupItem *item : items) {
        item->setBounds(bounds.value(item->groupId()));
        item->update();
    }
}

void MapScene::flushRelayout()
{
    m_relayoutTimer->stop();
    if (m_pendingRelayout.isEmpty())
        return;
    relayout(std::exchange(m_pendingRelayout, {}));
}

void MapScene::contentChanged(bool laidOut)
{
    if (isLiveMove()) {
        m_mapRectDirty = true;
        if (m_legend)
            m_legend->update();
        return;
    }
    if (laidOut)
        return;
    // Links and the legend changed, not where partners and labels are: the extent
    // from the last layout's content (no new layout) while that is current.
    if (m_layoutContent && m_pendingRelayout.isEmpty())
        applyMapRect(m_painter.mapBounds(m_document->session(), m_options, *m_layoutContent));
    else
        updateMapRect();
}

} // namespace nwk
