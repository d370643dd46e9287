// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing a link with the mouse: with the link tool on (MapScene::setLinkTool) or
// Shift held, a press on a partner or the school starts a line (RubberLinkTool ends
// it). Esc cancels the line, or else switches the link tool off.
#pragma once

#include "rubberlinktool.h"

namespace nwk {

class LinkDrawTool final : public RubberLinkTool {
public:
    using RubberLinkTool::RubberLinkTool;

    bool mousePressed(QGraphicsSceneMouseEvent *event) override;
    bool keyPressed(QKeyEvent *event) override;
};

} // namespace nwk
