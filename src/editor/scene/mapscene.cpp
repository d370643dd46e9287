// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mapscene.h"

#include "desireditem.h"
#include "mapitems.h"
#include "nwk/editor/sessiondocument.h"
#include "overlayitems.h"
#include "semanticzoom.h"

#include <QSet>
#include <QTimer>

#include <utility>

namespace nwk {

namespace {
/// The language of the map's labels: the session's ("nl" when unset).
QString sessionLanguage(const Session &s)
{
    return s.meta.language == QStringLiteral("en") ? s.meta.language : QStringLiteral("nl");
}
} // namespace

MapScene::MapScene(SessionDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move often; there are few of them
    // The canvas is the map: the legend is an overlay on the view (LegendOverlay) and
    // the title block belongs to exports and print.
    m_base.showLegend = false;
    m_base.showTitle = false;
    m_options = m_base;
    m_relayoutTimer = new QTimer(this);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(150);
    connect(m_relayoutTimer, &QTimer::timeout, this, &MapScene::flushRelayout);
    connect(document, &SessionDocument::sessionReset, this, &MapScene::rebuild);
    onChange(document, {ChangeKind::Category, ChangeKind::Ring}, this, [this] { rebuild(); });
    connect(document, &SessionDocument::metaChanged, this, [this] {
        if (m_base.language != sessionLanguage(m_document->session())) {
            rebuild(); // the map's labels (categories, rings, legend) change language
            return;
        }
        updateMapRect();
        if (m_background)
            m_background->update();
        if (m_school)
            m_school->update();
    });
    connect(document, &SessionDocument::partnersAdded, this, &MapScene::onPartnersAdded);
    connect(document, &SessionDocument::partnersChanged, this, &MapScene::onPartnersChanged);
    connect(document, &SessionDocument::partnersRemoved, this, &MapScene::onPartnersRemoved);
    connect(document, &SessionDocument::linksAdded, this, &MapScene::onLinksAdded);
    connect(document, &SessionDocument::linksChanged, this, &MapScene::onLinksChanged);
    connect(document, &SessionDocument::linksRemoved, this, &MapScene::onLinksRemoved);
    // Rare, whole-map events: rebuild. Members or labels of a group changing move its
    // outline and may move labels: lay out again.
    for (auto signal :
         {&SessionDocument::missingPartnersAdded, &SessionDocument::missingPartnersChanged,
          &SessionDocument::missingPartnersRemoved, &SessionDocument::groupsAdded,
          &SessionDocument::groupsRemoved})
        connect(document, signal, this, &MapScene::rebuild);
    onChange(document, {ChangeKind::Participant}, this, [this] { rebuild(); });
    connect(document, &SessionDocument::groupsChanged, this, [this] { relayout(); });
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::followKeyboardLink);
    rebuild();
}

MapScene::~MapScene()
{
    // Deleting selected items emits selectionChanged(); nobody may query a
    // scene that is half gone.
    blockSignals(true);
    m_partners.clear();
    m_links.clear();
    m_missing.clear();
    m_groups.clear();
    m_background = nullptr;
    m_school = nullptr;
    m_legend = nullptr;
    m_highlight = nullptr;
    m_hintLabel = nullptr;
    m_foundMarks = nullptr;
    m_rubber = nullptr;
    clear();
}

void MapScene::setRenderOptions(const RenderOptions &options)
{
    m_base = options;
    m_options = m_viewZoom > 0 ? semanticOptions(options, m_viewZoom) : options;
    m_painter = MapPainter(MapStyle::forOptions(m_options));
    rebuild();
}

// ---- Queries -------------------------------------------------------------------

QStringList MapScene::selectedPartnerIds() const
{
    QStringList ids;
    for (const Partner &p : m_document->session().partners) {
        const PartnerItem *item = m_partners.value(p.id);
        if (item && item->isSelected())
            ids.append(p.id);
    }
    return ids;
}

QStringList MapScene::selectedLinkIds() const
{
    QStringList ids;
    for (const Link &l : m_document->session().links) {
        const LinkItem *item = m_links.value(l.id);
        if (item && item->isSelected())
            ids.append(l.id);
    }
    return ids;
}

void MapScene::selectPartners(const QStringList &ids)
{
    clearSelection();
    for (const QString &id : ids)
        if (PartnerItem *item = m_partners.value(id))
            item->setSelected(true);
}

QGraphicsItem *MapScene::partnerItem(const QString &partnerId) const
{
    return m_partners.value(partnerId);
}

QGraphicsItem *MapScene::linkItem(const QString &linkId) const
{
    return m_links.value(linkId);
}

QPointF MapScene::partnerPosition(const QString &partnerId) const
{
    const Partner *p = m_document->partner(partnerId);
    return p && p->placement ? m_geometry.toPoint(*p->placement) : QPointF();
}

// ---- Mirroring the document ----------------------------------------------------

void MapScene::rebuild()
{
    m_base.language = sessionLanguage(m_document->session());
    m_options.language = m_base.language;
    const QStringList selected = selectedPartnerIds();
    m_drag = {};
    m_partners.clear();
    m_links.clear();
    m_linkEnds.clear();
    m_linksAt.clear();
    m_missing.clear();
    m_groups.clear();
    m_background = nullptr;
    m_school = nullptr;
    m_legend = nullptr;
    m_highlight = nullptr;
    m_hintLabel = nullptr;
    m_foundMarks = nullptr;
    m_rubber = nullptr;
    m_linkFrom.clear();
    m_keyLink = false;
    m_pendingRelayout.clear();
    m_layoutContent.reset();
    m_relayoutTimer->stop();
    clear();
    m_hintText.clear();

    const Session &s = m_document->session();
    m_geometry = MapGeometry::forSession(s);
    m_background = new BackgroundItem;
    addItem(m_background);
    m_school = new SchoolItem;
    const double r = 2 * m_geometry.schoolRadius;
    m_school->setBounds(QRectF(-r, -r, 2 * r, 2 * r));
    addItem(m_school);
    m_legend = new LegendItem;
    addItem(m_legend);
    addItem(new DesiredItem(m_document)); // desired placements (properties dock)
    for (const Group &g : s.groups) {
        auto *item = new GroupItem(g.id);
        item->setBounds(m_mapRect); // outlines follow members anywhere (relayout sets it)
        addItem(item);
        m_groups.insert(g.id, item);
    }

    for (const Partner &p : s.partners)
        syncPartner(p.id);
    for (const Link &l : s.links)
        syncLink(l);
    for (const MissingPartner &m : s.missingPartners) {
        auto *item = new MissingItem(m.id);
        addItem(item);
        m_missing.append(item);
    }
    createOverlays();
    relayout();
    selectPartners(selected);
}

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
    for (GroupItem *item : std::as_const(m_groups))
        item->setBounds(rect);
    if (rect == m_mapRect)
        return;
    m_mapRect = rect;
    // Generous room around the map so the view can pan past its edges.
    const double mx = rect.width(), my = rect.height();
    setSceneRect(rect.adjusted(-mx, -my, mx, my));
    Q_EMIT mapRectChanged(m_mapRect);
}

void MapScene::syncPartner(const QString &id)
{
    const Partner *p = m_document->partner(id);
    if (!p || !p->placement) {
        removePartnerItem(id);
        return;
    }
    PartnerItem *item = m_partners.value(id);
    if (!item) {
        item = new PartnerItem(id);
        addItem(item);
        m_partners.insert(id, item);
    }
    item->setPos(m_geometry.toPoint(*p->placement));
    item->update();
}

void MapScene::removePartnerItem(const QString &id)
{
    m_drawnAway.remove(id);
    if (PartnerItem *item = m_partners.take(id)) {
        if (m_drag.starts.contains(id))
            m_drag = {};
        delete item;
    }
}

QPointF MapScene::endPoint(const QString &end) const
{
    return end == kSchoolId ? QPointF(0, 0) : partnerPosition(end);
}

void MapScene::relayout(const QStringList &changed)
{
    const Session &s = m_document->session();
    // One layout of the whole map gives every item its rects and the map its extent.
    const MapLayout layout = m_painter.layoutMap(s, m_options);
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
    }
    syncLinksOf(moved); // links attach to the drawn markers
    const bool all = changed.isEmpty();
    const double radius = 3 * m_painter.style().partnerRadius;
    for (MissingItem *item : std::as_const(m_missing)) {
        item->setPos(layout.missingPositions.value(item->missingId()));
        const QRectF label = layout.missingLabels.value(item->missingId());
        item->setGeometry(QRectF(-radius, -radius, 2 * radius, 2 * radius).united(label), label);
        if (all)
            item->update();
    }
    // A group outline spans the whole map: repaint it only when it has to.
    QHash<QString, const Group *> groupById; // the last of a repeated id
    for (const Group &candidate : s.groups)
        groupById.insert(candidate.id, &candidate);
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const Group *g = groupById.value(it.key());
        bool dirty = all || !g;
        for (int i = 0; g && !dirty && i < g->members.size(); ++i)
            dirty = touched.contains(g->members[i]);
        if (dirty)
            it.value()->update();
    }
    m_layoutContent = layout.content;
    // During a drag the extent waits for the release (the view must not jump).
    if (m_drag.moving)
        m_mapRectDirty = true;
    else
        applyMapRect(layout.bounds);
    updateFoundMarks();
}

void MapScene::deferRelayout(const QStringList &changed)
{
    for (const QString &id : changed)
        if (!m_pendingRelayout.contains(id))
            m_pendingRelayout.append(id);
    // The outlines of the moved partners' groups (the document's member index).
    for (const QString &id : changed)
        for (const QString &groupId : m_document->groupsOf(id))
            if (GroupItem *item = m_groups.value(groupId))
                item->update();
    updateFoundMarks();
    m_relayoutTimer->start(); // restarts: waits until the pointer rests
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
    if (m_drag.moving) {
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

void MapScene::onPartnersAdded(const QStringList &ids)
{
    for (const QString &id : ids)
        syncPartner(id);
    syncLinksOf(ids);
    relayout();
    contentChanged(true);
}

void MapScene::onPartnersChanged(const QStringList &ids)
{
    for (const QString &id : ids)
        syncPartner(id);
    syncLinksOf(ids);
    if (m_drag.moving)
        deferRelayout(ids);
    else
        relayout(ids);
    contentChanged(true);
}

void MapScene::onPartnersRemoved(const QStringList &ids)
{
    for (const QString &id : ids)
        removePartnerItem(id);
    syncLinksOf(ids);
    relayout();
    contentChanged(true);
}

void MapScene::onLinksAdded(const QStringList &ids)
{
    for (const QString &id : ids)
        syncLink(id);
    contentChanged();
}

void MapScene::onLinksChanged(const QStringList &ids)
{
    for (const QString &id : ids)
        syncLink(id);
    contentChanged();
}

void MapScene::onLinksRemoved(const QStringList &ids)
{
    for (const QString &id : ids)
        removeLinkItem(id);
    contentChanged();
}

} // namespace nwk
