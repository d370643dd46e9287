// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptool.h"

#include "nwk/editor/mapscene.h"

namespace nwk {

SessionDocument *MapTool::document() const
{
    return m_scene->document();
}

} // namespace nwk
