// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mapscene.h"

#include "desireditem.h"
#include "mapitems.h"
#include "nwk/editor/sessiondocument.h"
#include "overlayitems.h"

#include <QSet>
#include <QTimer>

#include <optional>
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
    m_relayoutTimer = new QTimer(this);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(150);
    connect(m_relayoutTimer, &QTimer::timeout, this, &MapScene::flushRelayout);
    connect(document, &SessionDocument::sessionReset, this, &MapScene::rebuild);
    connect(document, &SessionDocument::categoriesChanged, this, &MapScene::rebuild);
    connect(document, &SessionDocument::ringsChanged, this, &MapScene::rebuild);
    connect(document, &SessionDocument::metaChanged, this, [this] {
        if (m_options.language != sessionLanguage(m_document->session())) {
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
    connect(document, &SessionDocument::participantsChanged, this, &MapScene::rebuild);
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
    m_options = options;
    m_painter = MapPainter(MapStyle::forOptions(options));
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
    const Partner *p = m_document->session().partner(partnerId);
    return p && p->placement ? m_geometry.toPoint(*p->placement) : QPointF();
}

// ---- Mirroring the document ----------------------------------------------------

void MapScene::rebuild()
{
    m_options.language = sessionLanguage(m_document->session());
    const QStringList selected = selectedPartnerIds();
    m_drag = {};
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
    m_linkFrom.clear();
    m_keyLink = false;
    m_pendingRelayout.clear();
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
    updateMapRect();
    for (const Group &g : s.groups) {
        auto *item = new GroupItem(g.id);
        item->setBounds(m_mapRect); // outlines follow members anywhere on the map
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
    const Session &s = m_document->session();
    const QRectF rect = m_painter.mapBounds(s, m_options).united(m_geometry.bounds());
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
    const Partner *p = m_document->session().partner(id);
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

void MapScene::syncLink(const QString &id)
{
    if (const Link *l = m_document->session().link(id))
        syncLink(*l);
    else
        delete m_links.take(id);
}

void MapScene::syncLink(const Link &l)
{
    LinkItem *item = m_links.value(l.id);
    if (!item) {
        item = new LinkItem(l.id);
        addItem(item);
        m_links.insert(l.id, item);
    }
    // An end is on the map when it is the school or a placed partner, whose item the
    // scene keeps at its placement (syncPartner): no search of the session per link.
    auto end = [this](const QString &id) -> std::optional<QPointF> {
        if (id == kSchoolId)
            return QPointF(0, 0);
        if (const PartnerItem *partner = m_partners.value(id))
            return partner->pos();
        return std::nullopt;
    };
    const std::optional<QPointF> from = end(l.from);
    const std::optional<QPointF> to = end(l.to);
    item->setVisible(from && to);
    item->setLine(QLineF(from.value_or(QPointF()), to.value_or(QPointF())));
    item->update();
}

void MapScene::syncLinksOf(const QStringList &partnerIds)
{
    for (const Link &l : m_document->session().links)
        if (partnerIds.contains(l.from) || partnerIds.contains(l.to))
            syncLink(l);
}

void MapScene::relayout(const QStringList &changed)
{
    const Session &s = m_document->session();
    const LabelPlacements labels = m_painter.layoutLabels(s, m_options);
    QSet<QString> touched(changed.cbegin(), changed.cend());
    for (auto it = m_partners.cbegin(); it != m_partners.cend(); ++it) {
        const QRectF label = labels.value(it.key());
        if (it.value()->setGeometry(m_painter.partnerBounds(s, it.key(), m_options, label, true),
                                    m_painter.markerBounds(s, it.key(), m_options), label))
            touched.insert(it.key());
    }
    const bool all = changed.isEmpty();
    if (!m_missing.isEmpty()) {
        const LabelPlacements ghostLabels = m_painter.layoutMissingLabels(s, m_options);
        const double r = 3 * m_painter.style().partnerRadius;
        for (MissingItem *item : std::as_const(m_missing)) {
            item->setPos(m_painter.missingPosition(s, item->missingId()));
            item->setBounds(
                QRectF(-r, -r, 2 * r, 2 * r).united(ghostLabels.value(item->missingId())));
            if (all)
                item->update();
        }
    }
    // A group outline spans the whole map: repaint it only when it has to.
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const Group *g = nullptr;
        for (const Group &candidate : s.groups)
            if (candidate.id == it.key())
                g = &candidate;
        bool dirty = all || !g;
        for (int i = 0; g && !dirty && i < g->members.size(); ++i)
            dirty = touched.contains(g->members[i]);
        if (dirty)
            it.value()->update();
    }
    updateFoundMarks();
}

void MapScene::deferRelayout(const QStringList &changed)
{
    for (const QString &id : changed)
        if (!m_pendingRelayout.contains(id))
            m_pendingRelayout.append(id);
    for (GroupItem *item : std::as_const(m_groups)) {
        const Group *g = nullptr;
        for (const Group &candidate : m_document->session().groups)
            if (candidate.id == item->groupId())
                g = &candidate;
        if (!g)
            continue;
        for (const QString &id : changed) {
            if (g->members.contains(id)) {
                item->update();
                break;
            }
        }
    }
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

void MapScene::contentChanged()
{
    if (m_drag.moving) {
        m_mapRectDirty = true;
        if (m_legend)
            m_legend->update();
        return;
    }
    updateMapRect();
}

void MapScene::onPartnersAdded(const QStringList &ids)
{
    for (const QString &id : ids)
        syncPartner(id);
    syncLinksOf(ids);
    relayout();
    contentChanged();
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
    contentChanged();
}

void MapScene::onPartnersRemoved(const QStringList &ids)
{
    for (const QString &id : ids)
        removePartnerItem(id);
    syncLinksOf(ids);
    relayout();
    contentChanged();
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
        delete m_links.take(id);
    contentChanged();
}

} // namespace nwk
