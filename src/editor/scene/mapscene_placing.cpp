// SPDX-License-Identifier: GPL-3.0-or-later
// MapScene: placing partners from the tray, the keyboard order of partners, and
// what the overlay layer shows besides the tools' hint (find marks, badges).
#include "nwk/editor/mapscene.h"

#include "mapitems.h"
#include "nwk/core/placement.h"
#include "nwk/editor/sessiondocument.h"
#include "overlaylayer.h"
#include "tools/movetool.h"

#include <algorithm>
#include <tuple>

namespace nwk {

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
    pushPlacements(m_document, std::move(placements), text, false);
    QStringList placed;
    for (const Partner &p : m_document->session().partners)
        if (ids.contains(p.id))
            placed.append(p.id);
    selectPartners(placed);
    return true;
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
    QVector<QPointF> centres;
    for (const QString &id : std::as_const(m_found))
        if (m_partners.contains(id))
            centres.append(partnerPosition(id));
    m_overlays->setFoundMarks(centres, 2.2 * m_painter.style().partnerRadius);
}

void MapScene::setAnnotationBadgesVisible(bool on)
{
    m_overlays->setBadgesVisible(on);
}

} // namespace nwk
