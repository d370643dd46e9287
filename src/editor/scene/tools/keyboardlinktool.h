// SPDX-License-Identifier: GPL-3.0-or-later
// Linking by keyboard (Map > Link To): a line from a partner or the school follows
// the selection (Tab); Enter links to the one selected partner, Esc cancels. The
// mouse can end the line as well (RubberLinkTool).
#pragma once

#include "rubberlinktool.h"

namespace nwk {

class KeyboardLinkTool final : public RubberLinkTool {
public:
    using RubberLinkTool::RubberLinkTool;

    /// Starts a line from `from` (a placed partner or kSchoolId; anything else: nothing).
    void startFrom(const QString &from);
    /// Enter: links to the one selected partner. False when no line was drawn.
    bool finish();

    bool keyPressed(QKeyEvent *event) override;
    void selectionChanged() override;
};

} // namespace nwk
