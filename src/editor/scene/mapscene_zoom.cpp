// SPDX-License-Identifier: GPL-3.0-or-later
// Semantic zoom on the scene: the view's zoom decides the partner labels' size and
// what text is shown (semanticzoom.h); one layout when that changes, none per paint.
#include "mapitems.h"
#include "nwk/editor/mapscene.h"
#include "semanticzoom.h"

namespace nwk {

bool MapScene::setViewZoom(double zoom)
{
    if (zoom <= 0.0)
        return false;
    m_viewZoom = zoom;
    RenderOptions options = semanticOptions(m_base, zoom);
    if (!semanticFieldsDiffer(options, m_options))
        return false;
    m_options = options;
    m_painter = MapPainter(MapStyle::forOptions(m_options));
    relayout();
    // Labels, badges and link labels change their look: every item paints again.
    for (QGraphicsItem *item : items()) {
        if (auto *partner = qgraphicsitem_cast<PartnerItem *>(item))
            partner->updateFullLabel();
        item->update();
    }
    return true;
}

} // namespace nwk
