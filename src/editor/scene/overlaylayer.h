// SPDX-License-Identifier: GPL-3.0-or-later
// The map scene's overlay layer: the editor-only items over the map (overlayitems.h):
// the placement highlight and its label, find marks, desired placements and the
// annotation badges. MapScene owns it, makes its items again after every rebuild and
// feeds it from its own change handlers: an overlay follows the model the one way
// the map's items do, through the scene.
#pragma once

#include <QPointF>
#include <QStringList>
#include <QVector>

namespace nwk {

class MapScene;
class SectorHighlightItem;
class HintLabelItem;
class FoundMarksItem;
class DesiredItem;
class AnnotationBadgesItem;

class OverlayLayer {
public:
    explicit OverlayLayer(MapScene *scene);

    /// The scene is about to delete every item (rebuild, destruction).
    void forget();
    /// Adds the overlay items to the scene (after a rebuild made the map's items).
    void create();

    /// These partners were added, changed or removed: their desired placements and
    /// annotation badges follow.
    void partnersChanged(const QStringList &ids);
    /// Links or annotations changed, or the map was laid out again: the badges follow.
    void updateBadges();
    /// View > Show Annotations; kept over rebuilds.
    void setBadgesVisible(bool on);
    bool badgesVisible() const { return m_badgesVisible; }
    /// Rings around found partners (empty: none).
    void setFoundMarks(const QVector<QPointF> &centres, double radius);

    /// nullptr between forget() and create().
    SectorHighlightItem *highlight() const { return m_highlight; }
    HintLabelItem *hintLabel() const { return m_hintLabel; }
    AnnotationBadgesItem *badges() const { return m_badges; }

private:
    MapScene *m_scene;
    SectorHighlightItem *m_highlight = nullptr;
    HintLabelItem *m_hintLabel = nullptr;
    FoundMarksItem *m_foundMarks = nullptr;
    DesiredItem *m_desired = nullptr;
    AnnotationBadgesItem *m_badges = nullptr;
    bool m_badgesVisible = true;
};

} // namespace nwk
