// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaylayer.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"
#include "overlayitems.h"

namespace nwk {

OverlayLayer::OverlayLayer(MapScene *scene)
    : m_scene(scene)
{
}

void OverlayLayer::forget()
{
    m_highlight = nullptr;
    m_hintLabel = nullptr;
    m_foundMarks = nullptr;
    m_desired = nullptr;
    m_badges = nullptr;
}

void OverlayLayer::create()
{
    m_desired = new DesiredItem; // desired placements (properties dock)
    m_scene->addItem(m_desired);
    m_desired->sync();
    m_highlight = new SectorHighlightItem;
    m_highlight->setVisible(false);
    m_scene->addItem(m_highlight);
    m_hintLabel = new HintLabelItem;
    m_hintLabel->setVisible(false);
    m_scene->addItem(m_hintLabel);
    m_foundMarks = new FoundMarksItem;
    m_scene->addItem(m_foundMarks);
    m_badges = new AnnotationBadgesItem;
    m_scene->addItem(m_badges);
    updateBadges();
}

void OverlayLayer::partnersChanged(const QStringList &ids)
{
    if (m_desired)
        m_desired->syncPartners(ids);
    updateBadges();
}

void OverlayLayer::updateBadges()
{
    if (!m_badges)
        return;
    m_badges->setVisible(m_badgesVisible);
    m_badges->setBadges(m_badgesVisible
                            ? m_scene->mapPainter().annotationBadges(m_scene->document()->session())
                            : std::vector<AnnotationBadge>{});
}

void OverlayLayer::setBadgesVisible(bool on)
{
    m_badgesVisible = on;
    updateBadges();
}

void OverlayLayer::setFoundMarks(const QVector<QPointF> &centres, double radius)
{
    if (!m_foundMarks)
        return;
    m_foundMarks->setCentres(centres, radius);
    m_foundMarks->setVisible(!centres.isEmpty());
}

} // namespace nwk
