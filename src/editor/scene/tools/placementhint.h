// SPDX-License-Identifier: GPL-3.0-or-later
// The placement hint: while a partner is dragged on the map or from the tray, the
// band of the sector and ring under the pointer is highlighted and named beside it
// ("<category> · <ring>"). It draws with the overlay layer's highlight and label; the
// move tool and the view's tray drop show and clear it through MapScene.
#pragma once

#include "nwk/core/geometry.h"

#include <QPointF>
#include <QString>

namespace nwk {

class MapScene;

class PlacementHint {
public:
    explicit PlacementHint(MapScene *scene)
        : m_scene(scene)
    {
    }

    /// "<category> · <ring>" for a placement, in the map's language.
    QString name(const Placement &placement) const;
    /// Highlights and names the band at scenePos (nothing without sectors).
    void show(QPointF scenePos);
    /// Hides the highlight and the name.
    void clear();
    const QString &text() const { return m_text; }

private:
    MapScene *m_scene;
    QString m_text;
};

} // namespace nwk
