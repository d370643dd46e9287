// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene: the link items and their index by end. The scene keeps, for every
// link item, the ends it was last synced with, and for every end (a partner id
// or kSchoolId) the links at it, so that a moved partner's links follow it in
// time proportional to its own links, not to all links of the map.
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/editor/sessiondocument.h"

#include <QPainter>

#include <algorithm>
#include <optional>
#include <utility>

namespace nwk {

namespace {

void unindex(QHash<QString, QSet<QString>> &linksAt, const QString &end, const QString &linkId)
{
    const auto at = linksAt.find(end);
    if (at == linksAt.end())
        return;
    at->remove(linkId);
    if (at->isEmpty())
        linksAt.erase(at);
}

} // namespace

void MapScene::syncLink(const QString &id)
{
    if (const Link *l = m_document->session().link(id))
        syncLink(*l);
    else
        removeLinkItem(id);
}

void MapScene::syncLink(const Link &l)
{
    LinkItem *item = m_links.value(l.id);
    if (!item) {
        item = new LinkItem(l.id, m_linkLayer);
        addItem(item);
        m_links.insert(l.id, item);
    }
    const auto ends = m_linkEnds.find(l.id);
    if (ends == m_linkEnds.end() || ends->first != l.from || ends->second != l.to) {
        if (ends != m_linkEnds.end()) {
            unindex(m_linksAt, ends->first, l.id);
            unindex(m_linksAt, ends->second, l.id);
        }
        m_linkEnds.insert(l.id, {l.from, l.to});
        m_linksAt[l.from].insert(l.id);
        m_linksAt[l.to].insert(l.id);
    }
    placeLink(item, l.from, l.to);
}

void MapScene::placeLink(LinkItem *item, const QString &fromId, const QString &toId)
{
    // An end is on the map when it is the school or a placed partner, whose item the
    // scene keeps at its placement (syncPartner): no search of the session per link.
    auto end = [this](const QString &id) -> std::optional<QPointF> {
        if (id == kSchoolId)
            return QPointF(0, 0);
        if (const PartnerItem *partner = m_partners.value(id))
            return partner->pos();
        return std::nullopt;
    };
    const std::optional<QPointF> from = end(fromId);
    const std::optional<QPointF> to = end(toId);
    // A drag moves it: it draws itself until the drag ends, and the layer's pixmap, which
    // holds every other link, is copied as it is at each step.
    if (isLiveMove() && !item->drawsItself()) {
        item->setDrawsItself(true);
        m_linksApart.insert(item->linkId());
    }
    item->setVisible(from && to);
    item->setLine(QLineF(from.value_or(QPointF()), to.value_or(QPointF())));
    item->changed();
}

void MapScene::dropLinksIntoLayer()
{
    for (const QString &id : std::exchange(m_linksApart, {}))
        if (LinkItem *item = m_links.value(id))
            item->setDrawsItself(false);
}

void MapScene::paintLinkLayer(QPainter &painter, const QRectF &exposed) const
{
    // A repeated link id has one item: drawn once.
    const Session &s = m_document->session();
    const bool repeated = static_cast<qsizetype>(s.links.size()) != m_links.size();
    QSet<const LinkItem *> drawn;
    for (const Link &l : s.links) {
        const LinkItem *item = m_links.value(l.id);
        if (!item || item->drawsItself() || !item->isVisible() ||
            (!exposed.isNull() && !item->boundingRect().intersects(exposed)))
            continue;
        if (repeated) {
            if (drawn.contains(item))
                continue;
            drawn.insert(item);
        }
        painter.save();
        item->draw(&painter);
        painter.restore();
    }
}

void MapScene::removeLinkItem(const QString &id)
{
    if (LinkItem *item = m_links.value(id)) {
        item->setDrawsItself(false);
        item->changed(); // the layer draws its area again, without it
    }
    m_linksApart.remove(id);
    if (const auto ends = m_linkEnds.constFind(id); ends != m_linkEnds.cend()) {
        unindex(m_linksAt, ends->first, id);
        unindex(m_linksAt, ends->second, id);
        m_linkEnds.erase(ends);
    }
    delete m_links.take(id);
}

void MapScene::syncLinksOf(const QStringList &partnerIds)
{
    QSet<QString> done; // a link between two of the partners moves once
    for (const QString &partnerId : partnerIds) {
        const auto at = m_linksAt.constFind(partnerId);
        if (at == m_linksAt.cend())
            continue;
        for (const QString &linkId : *at) {
            if (partnerIds.size() > 1) {
                if (done.contains(linkId))
                    continue;
                done.insert(linkId);
            }
            const auto ends = m_linkEnds.constFind(linkId);
            if (LinkItem *item = m_links.value(linkId); item && ends != m_linkEnds.cend())
                placeLink(item, ends->first, ends->second);
        }
    }
}

MapPainter::KnownLink MapScene::knownLink(const QString &linkId) const
{
    MapPainter::KnownLink known;
    known.link = m_document->link(linkId);
    if (!known.link)
        return known;
    const Link &l = *known.link;
    known.from = m_document->partner(l.from);
    known.to = m_document->partner(l.to);
    known.geometry = &m_geometry;
    // The links between the same two ends, in session order (PaintContext::parallel()).
    const int own = m_document->linkIndex(l.id);
    int index = 0;
    int count = 0;
    // The links at the end with fewer of them (the school may have hundreds).
    const auto atFrom = m_linksAt.constFind(l.from);
    const auto atTo = m_linksAt.constFind(l.to);
    if (atFrom == m_linksAt.cend() || atTo == m_linksAt.cend())
        return known;
    const QSet<QString> &at = atFrom->size() <= atTo->size() ? *atFrom : *atTo;
    for (const QString &other : at) {
        const auto ends = m_linkEnds.constFind(other);
        if (ends == m_linkEnds.cend() || !((ends->first == l.from && ends->second == l.to) ||
                                           (ends->first == l.to && ends->second == l.from)))
            continue;
        ++count;
        if (other != l.id && m_document->linkIndex(other) < own)
            ++index;
    }
    known.parallelIndex = index;
    known.parallelCount = std::max(count, 1);
    return known;
}

} // namespace nwk
