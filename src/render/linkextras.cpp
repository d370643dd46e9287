// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 on a link: "via <go-between>" and the school's role in its label, a dot at the
// end that initiated it.
#include "statements_p.h"

#include <QPainter>

namespace nwk::detail {

namespace {

QString schoolRoleText(SchoolRole r, const RenderOptions &o)
{
    switch (r) {
    case SchoolRole::Learning:
        return nlEn(o, "school leert", "school learns");
    case SchoolRole::Offering:
        return nlEn(o, "school biedt aan", "school offers");
    case SchoolRole::Both:
        return nlEn(o, "school leert en biedt aan", "school learns and offers");
    case SchoolRole::Unstated:
        break;
    }
    return {};
}

} // namespace

QString linkLabelText(const PaintContext &ctx, const Link &l, const RenderOptions &o)
{
    QStringList parts;
    if (!l.label.trimmed().isEmpty())
        parts << l.label;
    if (!l.via.isEmpty()) {
        const Partner *go = ctx.partner(l.via);
        parts << QStringLiteral("via ") + (go ? partnerDisplayLabel(*go, o) : l.via);
    }
    const bool toSchool = l.from == kSchoolId || l.to == kSchoolId;
    if (toSchool && l.schoolRole != SchoolRole::Unstated)
        parts << schoolRoleText(l.schoolRole, o);
    if (parts.size() == 1)
        return parts.front(); // the label as it is: maps without schema 3 draw as before
    return parts.join(QStringLiteral(" \u00b7 "));
}

void paintInitiator(QPainter &p, const Link &l, QPointF start, QPointF end, const QColor &color,
                    const MapStyle &st)
{
    if (l.initiatedBy.isEmpty() || (l.initiatedBy != l.from && l.initiatedBy != l.to))
        return;
    const QPointF at = l.initiatedBy == l.from ? start : end;
    const double r = 1.6 * st.lineWidth + 1.0;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(at, r, r);
    p.restore();
}

} // namespace nwk::detail
