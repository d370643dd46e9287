// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/editor/sessiondocument.h"
#include "overlaylayer.h"
#include "semanticzoom.h"
#include "tools/maptool.h"
#include "tools/placementhint.h"

#include <QTimer>

namespace nwk {

namespace {
/// The language of the map's labels: the session's ("nl" when unset).
QString sessionLanguage(const Session &s)
{
    return s.meta.language == QStringLiteral("en") ? s.meta.language : QStringLiteral("nl");
}

/// The ids of the objects (in session order) whose items are selected.
template <typename T, typename Item>
QStringList selectedIds(const SharedVector<T> &objects, const QHash<QString, Item *> &items)
{
    QStringList ids;
    for (const T &object : objects)
        if (const Item *item = items.value(object.id); item && item->isSelected())
            ids.append(object.id);
    return ids;
}
} // namespace

MapScene::MapScene(SessionDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_overlays(std::make_unique<OverlayLayer>(this))
    , m_hint(std::make_unique<PlacementHint>(this))
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
    // The map follows every change at once, also each step of a drag (liveChange()); the
    // same changes announced again when the drag ends have been followed already.
    connect(document, &SessionDocument::changed, this, [this](const Change &change) {
        if (!m_document->isAnnouncingLiveChanges())
            follow(change);
    });
    connect(document, &SessionDocument::liveChange, this, &MapScene::follow);
    createTools();
    rebuild();
}

void MapScene::follow(const Change &change)
{
    switch (change.kind) {
    case ChangeKind::Category:
    case ChangeKind::Ring:
    case ChangeKind::Participant:
    case ChangeKind::MissingPartner: // rare, whole-map events: rebuild
        rebuild();
        break;
    case ChangeKind::Meta:
        onMetaChanged();
        break;
    case ChangeKind::Partner:
        if (change.type == ChangeType::Added || change.type == ChangeType::Removed)
            onPartnersAddedOrRemoved(change.ids);
        else
            onPartnersChanged(change.ids);
        break;
    case ChangeKind::Link:
        onLinksChanged(change.ids);
        break;
    case ChangeKind::Group:
        // Members or labels of a group changing move its outline and may move labels.
        if (change.type == ChangeType::Added || change.type == ChangeType::Removed)
            rebuild();
        else
            relayout();
        break;
    case ChangeKind::Annotation:
        m_overlays->updateBadges();
        break;
    default:
        break;
    }
}

MapScene::~MapScene()
{
    // Deleting selected items emits selectionChanged(); nobody may query a
    // scene that is half gone.
    blockSignals(true);
    m_tools.clear(); // their items (a link being drawn) go with the scene's
    forgetItems();
}

void MapScene::forgetItems()
{
    m_partners.clear();
    m_links.clear();
    m_linkLayer = nullptr;
    m_linksApart.clear();
    m_linkEnds.clear();
    m_linksAt.clear();
    m_missing.clear();
    m_groups.clear();
    m_background = nullptr;
    m_school = nullptr;
    m_legend = nullptr;
    m_overlays->forget();
    clear();
}

void MapScene::setRenderOptions(const RenderOptions &options)
{
    m_base = options;
    m_options = m_viewZoom > 0 ? semanticOptions(options, m_viewZoom) : options;
    m_painter = MapPainter(MapStyle::forOptions(m_options));
    rebuild();
    Q_EMIT renderOptionsChanged();
}

// ---- Queries -------------------------------------------------------------------

QStringList MapScene::selectedPartnerIds() const
{
    return selectedIds(m_document->session().partners, m_partners);
}

QStringList MapScene::selectedLinkIds() const
{
    return selectedIds(m_document->session().links, m_links);
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
    for (const auto &tool : m_tools)
        tool->reset();
    m_hint->clear();
    m_pendingRelayout.clear();
    m_layoutContent.reset();
    m_relayoutTimer->stop();
    forgetItems();

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
    for (const Group &g : s.groups) {
        auto *item = new GroupItem(g.id);
        // Its bounds follow its members (repaintGroups(), after the layout below).
        addItem(item);
        m_groups.insert(g.id, item);
    }

    for (const Partner &p : s.partners)
        syncPartner(p.id);
    m_linkLayer = new LinkLayerItem; // before the links: under those that draw themselves
    addItem(m_linkLayer);
    for (const Link &l : s.links)
        syncLink(l);
    for (const MissingPartner &m : s.missingPartners) {
        auto *item = new MissingItem(m.id);
        addItem(item);
        m_missing.append(item);
    }
    m_overlays->create();
    relayout();
    selectPartners(selected);
}

void MapScene::syncPartner(const QString &id)
{
    const Partner *p = m_document->partner(id);
    if (!p || (!p->placement && !p->neutralZone)) { // the neutral zone is on the map too
        removePartnerItem(id);
        return;
    }
    PartnerItem *item = m_partners.value(id);
    if (!item) {
        item = new PartnerItem(id);
        addItem(item);
        m_partners.insert(id, item);
    }
    if (p->placement) // else in the neutral zone: relayout() puts it there
        item->setPos(m_geometry.toPoint(*p->placement));
    item->update();
}

void MapScene::removePartnerItem(const QString &id)
{
    m_drawnAway.remove(id);
    if (PartnerItem *item = m_partners.take(id)) {
        for (const auto &tool : m_tools)
            tool->partnerRemoved(id);
        delete item;
    }
}

void MapScene::onMetaChanged()
{
    if (m_base.language != sessionLanguage(m_document->session())) {
        rebuild(); // the map's labels (categories, rings, legend) change language
        return;
    }
    updateMapRect();
    if (m_background)
        m_background->update();
    if (m_school)
        m_school->update();
    m_overlays->updateBadges();
}

void MapScene::onPartnersAddedOrRemoved(const QStringList &ids)
{
    syncPartners(ids, false);
}

void MapScene::onPartnersChanged(const QStringList &ids)
{
    syncPartners(ids, true);
}

void MapScene::syncPartners(const QStringList &ids, bool onlyThese)
{
    // The band of partners whose distance was not discussed comes and goes with them: the
    // disc's size changes, and with it every item's spot.
    if (!isLiveMove() &&
        MapGeometry::needsBand(m_document->session()) != (m_geometry.bandWidth > 0.0)) {
        rebuild();
        return;
    }
    for (const QString &id : ids)
        syncPartner(id); // also takes the item of a partner that is gone or unplaced
    syncLinksOf(ids);
    if (!onlyThese)
        relayout();
    else if (isLiveMove())
        deferRelayout(ids);
    else
        relayout(ids);
    contentChanged(true);
    m_overlays->partnersChanged(ids);
}

void MapScene::onLinksChanged(const QStringList &ids)
{
    for (const QString &id : ids)
        syncLink(id); // also takes the item of a link that is gone
    contentChanged();
    m_overlays->updateBadges();
}

} // namespace nwk
