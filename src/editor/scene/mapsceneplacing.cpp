// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene: placing partners from the tray, the placement highlight that names
// a drag's target, the keyboard order of partners and find marks.
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/core/placement.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "overlayitems.h"

#include <QUndoStack>

#include <algorithm>
#include <tuple>

namespace nwk {

void MapScene::createOverlays()
{
    m_highlight = new SectorHighlightItem;
    m_highlight->setVisible(false);
    addItem(m_highlight);
    m_hintLabel = new HintLabelItem;
    m_hintLabel->setVisible(false);
    addItem(m_hintLabel);
    m_foundMarks = new FoundMarksItem;
    addItem(m_foundMarks);
    updateFoundMarks();
}

bool MapScene::placePartners(const QStringList &ids, QPointF scenePos,
                             Qt::KeyboardModifiers modifiers)
{
    clearPlacementHint();
    const Session &s = m_document->session();
    PlacementPolicy policy = PlacementPolicy::forSession(s, modifiers.testFlag(Qt::AltModifier));
    policy.categoriseUncategorised = true;
    std::vector<PartnerPlacement> placements;
    // Several partners dropped at once land in a short column, not on one spot.
    const double step = 2.5 * m_painter.style().partnerRadius;
    for (const Partner &p : s.partners) {
        if (!ids.contains(p.id))
            continue;
        const QPointF point = scenePos + QPointF(0, step * static_cast<double>(placements.size()));
        // The tray holds unplaced partners: any sector is another sector.
        placements.push_back(placementFor(s, m_geometry, p.id, {-1, p.category},
                                          m_geometry.toPlacement(point), policy));
    }
    if (placements.empty())
        return false;
    const int n = static_cast<int>(placements.size());
    const QString text =
        n == 1 ? tr("Place \u201c%1\u201d").arg(s.partner(placements.front().partnerId)->label)
               : tr("Place %n partners", nullptr, n);
    auto *command = new MovePartners(m_document, std::move(placements), text);
    command->setMergeable(false);
    m_document->push(command);
    QStringList placed;
    for (const Partner &p : m_document->session().partners)
        if (ids.contains(p.id))
            placed.append(p.id);
    selectPartners(placed);
    return true;
}

QString MapScene::placementName(const Placement &placement) const
{
    const Session &s = m_document->session();
    const bool english = m_options.language == QStringLiteral("en");
    auto pick = [english](const QString &nl, const QString &en) {
        const QString &first = english ? en : nl;
        return first.isEmpty() ? (english ? nl : en) : first;
    };
    QString sectorName;
    const int sector = m_geometry.sectorAt(placement.angle);
    if (sector >= 0 && sector < static_cast<int>(s.categories.size())) {
        const Category &c = s.categories[static_cast<std::size_t>(sector)];
        sectorName = pick(c.labelNl, c.labelEn);
        if (sectorName.isEmpty())
            sectorName = c.id;
    }
    QString ringName;
    const int ring = m_geometry.ringAt(placement.distance);
    if (ring >= 0 && ring < static_cast<int>(s.rings.size())) {
        const Ring &r = s.rings[static_cast<std::size_t>(ring)];
        ringName = pick(r.labelNl, r.labelEn);
    }
    if (ringName.isEmpty())
        ringName = tr("ring %1").arg(ring + 1);
    if (sectorName.isEmpty())
        return ringName;
    //: Target of a drag on the map: %1 category (sector), %2 ring
    return tr("%1 \u00b7 %2").arg(sectorName, ringName);
}

void MapScene::showPlacementHint(QPointF scenePos)
{
    if (!m_highlight || m_geometry.sectorCount <= 0)
        return;
    const Placement at = m_geometry.toPlacement(scenePos);
    const int sector = m_geometry.sectorAt(at.angle);
    const int ring = m_geometry.ringAt(at.distance);
    const double inner = ring <= 0 ? m_geometry.schoolRadius : m_geometry.ringOuterRadius(ring - 1);
    const double outer = m_geometry.ringOuterRadius(ring);
    // Qt's arcs run counter-clockwise from 3 o'clock; ours clockwise from 12.
    const double start = 90.0 - m_geometry.sectorStart(sector);
    const double span = m_geometry.sectorSpan();
    const QRectF outerRect(-outer, -outer, 2 * outer, 2 * outer);
    const QRectF innerRect(-inner, -inner, 2 * inner, 2 * inner);
    QPainterPath path;
    path.arcMoveTo(outerRect, start);
    path.arcTo(outerRect, start, -span);
    path.arcTo(innerRect, start - span, span);
    path.closeSubpath();
    m_highlight->setPath(path);
    m_highlight->setVisible(true);

    const QString text = placementName(at);
    m_hintLabel->setText(text);
    m_hintLabel->setPos(scenePos);
    m_hintLabel->setVisible(true);
    if (text != m_hintText) {
        m_hintText = text;
        Q_EMIT placementHintChanged(m_hintText);
    }
}

void MapScene::clearPlacementHint()
{
    if (m_highlight)
        m_highlight->setVisible(false);
    if (m_hintLabel)
        m_hintLabel->setVisible(false);
    if (!m_hintText.isEmpty()) {
        m_hintText.clear();
        Q_EMIT placementHintChanged(m_hintText);
    }
}

QStringList MapScene::partnerOrder() const
{
    struct Key {
        int sector;
        double distance;
        double angle;
        QString id;
    };
    std::vector<Key> keys;
    for (const Partner &p : m_document->session().partners)
        if (p.placement)
            keys.push_back({m_geometry.sectorAt(p.placement->angle), p.placement->distance,
                            p.placement->angle, p.id});
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.sector, a.distance, a.angle) < std::tie(b.sector, b.distance, b.angle);
    });
    QStringList ids;
    for (const Key &k : keys)
        ids.append(k.id);
    return ids;
}

void MapScene::setFoundPartners(const QStringList &ids)
{
    m_found = ids;
    updateFoundMarks();
}

void MapScene::updateFoundMarks()
{
    if (!m_foundMarks)
        return;
    QVector<QPointF> centres;
    for (const QString &id : std::as_const(m_found))
        if (m_partners.contains(id))
            centres.append(partnerPosition(id));
    m_foundMarks->setCentres(centres, 2.2 * m_painter.style().partnerRadius);
    m_foundMarks->setVisible(!centres.isEmpty());
}

} // namespace nwk
