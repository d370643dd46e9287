// SPDX-License-Identifier: GPL-3.0-or-later
// The size of one partner's label box, for the editor's hover and selection (the
// whole label over a shortened one).
#include "render_p.h"

namespace nwk {

QSizeF MapPainter::partnerLabelSize(const Session &s, const QString &partnerId,
                                    const RenderOptions &o) const
{
    const Partner *pa = s.partner(partnerId);
    return pa ? detail::partnerLabelText(*pa, m_style, o).size : QSizeF();
}

} // namespace nwk
