// SPDX-License-Identifier: GPL-3.0-or-later
// The History dock: the undo stack as a list ("undoDock", DockId::History), to undo
// several changes at once; View > History shows and hides it.
#pragma once

#include <QCoreApplication>

namespace nwk {

class EditorContext;

class HistoryDock {
    Q_DECLARE_TR_FUNCTIONS(nwk::HistoryDock)

public:
    static void install(EditorContext &context);
};

} // namespace nwk
