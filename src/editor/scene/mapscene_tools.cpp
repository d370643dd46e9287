// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene: the one place where mouse and key events reach the tools
// (src/editor/scene/tools/), and what the scene offers its tools and the UI around
// them: the link tool switch, the links drawn, the placement hint.
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/editor/linkcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "overlaylayer.h"
#include "tools/keyboardlinktool.h"
#include "tools/linkdrawtool.h"
#include "tools/movetool.h"
#include "tools/placementhint.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace nwk {

// ---- Dispatch ---------------------------------------------------------------------

void MapScene::createTools()
{
    // The order events reach them: a keyboard link's line, a link drawn with the
    // mouse, then moving partners (the default tool).
    auto keyboardLink = std::make_unique<KeyboardLinkTool>(this);
    auto linkDraw = std::make_unique<LinkDrawTool>(this);
    auto move = std::make_unique<MoveTool>(this);
    m_keyboardLink = keyboardLink.get();
    m_linkDraw = linkDraw.get();
    m_move = move.get();
    m_tools.push_back(std::move(keyboardLink));
    m_tools.push_back(std::move(linkDraw));
    m_tools.push_back(std::move(move));
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        for (const auto &tool : m_tools)
            tool->selectionChanged();
    });
}

void MapScene::installTool(std::unique_ptr<MapTool> tool)
{
    m_tools.insert(m_tools.begin(), std::move(tool));
}

template <typename Handle> bool MapScene::dispatch(Handle handle)
{
    for (const auto &tool : m_tools)
        if (handle(*tool))
            return true;
    return false;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (dispatch([event](MapTool &tool) { return tool.mousePressed(event); }))
        event->accept();
    else
        QGraphicsScene::mousePressEvent(event); // links, rubber band, clearing the selection
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (dispatch([event](MapTool &tool) { return tool.mouseMoved(event); }))
        event->accept();
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (dispatch([event](MapTool &tool) { return tool.mouseReleased(event); }))
        event->accept();
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void MapScene::keyPressEvent(QKeyEvent *event)
{
    if (dispatch([event](MapTool &tool) { return tool.keyPressed(event); }))
        event->accept();
    else
        QGraphicsScene::keyPressEvent(event);
}

// ---- What tools use -----------------------------------------------------------------

PartnerItem *MapScene::partnerItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits =
        items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits)
        if (item->type() == PartnerItem::Type)
            return static_cast<PartnerItem *>(item);
    return nullptr;
}

QString MapScene::linkEndAt(const QPointF &scenePos) const
{
    if (const PartnerItem *item = partnerItemAt(scenePos))
        return item->partnerId();
    if (QLineF(QPointF(0, 0), scenePos).length() <= m_geometry.schoolRadius)
        return kSchoolId;
    return {};
}

QPointF MapScene::linkEndPoint(const QString &end) const
{
    return end == kSchoolId ? QPointF(0, 0) : partnerPosition(end);
}

bool MapScene::isLiveMove() const
{
    return m_move && m_move->isMoving();
}

void MapScene::liveMoveEnded()
{
    // A drag took the band of distances not discussed in or out: the disc changes size.
    if (MapGeometry::needsBand(m_document->session()) != (m_geometry.bandWidth > 0.0)) {
        rebuild();
        return;
    }
    flushRelayout();
    dropLinksIntoLayer();
    if (m_mapRectDirty)
        updateMapRect();
}

// ---- Links ----------------------------------------------------------------------------

void MapScene::setLinkTool(bool on)
{
    if (on == m_linkTool)
        return;
    m_linkTool = on;
    if (!on)
        cancelLink();
    Q_EMIT linkToolChanged(on);
}

bool MapScene::isDrawingLink() const
{
    return m_linkDraw->isActive() || m_keyboardLink->isActive();
}

bool MapScene::isLinkingByKeyboard() const
{
    return m_keyboardLink->isActive();
}

void MapScene::cancelLink()
{
    m_linkDraw->cancel();
    m_keyboardLink->cancel();
}

void MapScene::startKeyboardLink(const QString &from)
{
    m_keyboardLink->startFrom(from);
}

bool MapScene::finishKeyboardLink()
{
    return m_keyboardLink->finish();
}

bool MapScene::addLinkBetween(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to) {
        Q_EMIT message(tr("Choose another partner to link to."));
        return false;
    }
    const Session &s = m_document->session();
    for (const Link &l : s.links) {
        if (l.kind == m_linkKind &&
            ((l.from == from && l.to == to) || (l.from == to && l.to == from))) {
            Q_EMIT message(tr("These two are already linked like that."));
            return false;
        }
    }
    Link link;
    link.id = uniqueId(s, QStringLiteral("l"));
    link.from = from;
    link.to = to;
    link.kind = m_linkKind;
    m_document->push(new AddLink(m_document, link));
    return true;
}

// ---- The placement hint -----------------------------------------------------------------

QString MapScene::placementName(const Placement &placement) const
{
    return m_hint->name(placement);
}

QString MapScene::placementHint() const
{
    return m_hint->text();
}

void MapScene::showPlacementHint(QPointF scenePos)
{
    const QString before = m_hint->text();
    m_hint->show(scenePos);
    if (m_hint->text() != before)
        Q_EMIT placementHintChanged(m_hint->text());
}

void MapScene::clearPlacementHint()
{
    const bool shown = !m_hint->text().isEmpty();
    m_hint->clear();
    if (shown)
        Q_EMIT placementHintChanged(QString());
}

} // namespace nwk
