// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of the map scene's item types (QGraphicsItem::type()): the map's own
// items (mapitems.h) and the overlay layer's (overlayitems.h). A new item type is
// added here, so no two types can collide.
#pragma once

#include <QGraphicsItem>

namespace nwk {

enum class MapItemType : int {
    // The map, as MapPainter draws it for every export.
    Background = QGraphicsItem::UserType + 1,
    Partner,
    Link,
    Missing,
    School,
    Group,
    Legend,
    LinkLayer,
    // The overlay layer: editor-only chrome over the map (OverlayLayer).
    SectorHighlight,
    HintLabel,
    FoundMarks,
    Desired,
    AnnotationBadges,
};

/// An item of one MapItemType: `Type` for qgraphicsitem_cast and type().
template <MapItemType K, typename Base = QGraphicsItem> class TypedItem : public Base {
public:
    static constexpr int Type = static_cast<int>(K);
    using Base::Base;
    int type() const override { return Type; }
};

/// For items that only show something: no mouse input, drawn at depth `z`.
inline void showOnly(QGraphicsItem &item, double z)
{
    item.setAcceptedMouseButtons(Qt::NoButton);
    item.setZValue(z);
}

} // namespace nwk
