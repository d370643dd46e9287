// SPDX-License-Identifier: GPL-3.0-or-later
// The numbered key beside the map: the full labels of the partners and ghosts whose label
// found no free spot near their marker (RenderOptions::labelKey, docs/exports.md).
#include "render_p.h"

#include <QPainter>

#include <algorithm>

namespace nwk::detail {

namespace {

constexpr double kKeyGap = 24.0; ///< between what the key stands beside and the key

} // namespace

LabelKey labelKeyOf(const PaintContext &ctx, const FullLayout &layout, const RenderOptions &o,
                    const MapStyle &st, const QRectF &beside, double columnHeight)
{
    LabelKey key;
    if (layout.keyCount == 0)
        return key;
    const Session &s = ctx.s;
    std::vector<std::pair<int, KeyEntry>> found;
    for (const Partner &pa : s.partners)
        if (const int n = layout.keyedPartners.value(pa.id); n > 0)
            found.push_back({n, {n, {}, {}, pa.id, false, partnerDisplayLabel(pa, o)}});
    for (const MissingPartner &m : s.missingPartners)
        if (const int n = layout.keyedMissing.value(m.id); n > 0)
            found.push_back({n, {n, {}, {}, m.id, true, missingDisplayLabel(m, o)}});
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    key.font = labelFontFor(st, false);
    QFont bold = key.font;
    bold.setBold(true);
    key.heading = nlEn(o, "Namen bij de nummers", "Names by number");
    const TextMetrics tm(key.font);
    const TextMetrics hm(bold);
    const double numberWidth =
        TextMetrics(bold).width(QString::number(layout.keyCount)) + tm.width(QStringLiteral("  "));
    const double column = std::max(2.0 * st.labelMaxWidth, hm.width(key.heading)) + numberWidth;
    const MapGeometry &g = ctx.positions().geometry;
    const double top = beside.isEmpty() ? -g.outerRadius : std::min(beside.top(), -g.outerRadius);
    const double bottom =
        top + std::max(columnHeight > 0 ? columnHeight : 2 * g.outerRadius, 12 * tm.lineHeight());
    const double left = beside.isEmpty() ? g.outerRadius + kKeyGap : beside.right() + kKeyGap;
    key.headingRect = QRectF(left, top, hm.width(key.heading), hm.lineHeight());
    double x = left;
    double y = key.headingRect.bottom() + 0.5 * tm.lineHeight();
    for (auto &[n, e] : found) {
        e.lines = wrapText(e.text, key.font, column - numberWidth, 6);
        const double h = e.lines.size() * tm.lineHeight();
        if (y + h > bottom && y > key.headingRect.bottom() + tm.lineHeight()) {
            x += column + kKeyGap; // the next column
            y = key.headingRect.bottom() + 0.5 * tm.lineHeight();
        }
        e.rect = QRectF(x, y, column, h);
        y += h + 0.35 * tm.lineHeight();
        key.rect |= e.rect;
        key.entries.push_back(std::move(e));
    }
    key.rect |= key.headingRect;
    key.numberWidth = numberWidth;
    return key;
}

void paintLabelKey(QPainter &p, const LabelKey &key, const MapStyle &st, PaintGroups *groups)
{
    if (key.entries.empty())
        return;
    const GroupScope scope(groups, QStringLiteral("label-key"), QStringLiteral("label-key"),
                           key.heading);
    p.save();
    p.setPen(st.text);
    QFont bold = key.font;
    bold.setBold(true);
    const TextMetrics tm(key.font);
    p.setFont(bold);
    drawTextLine(
        p, QPointF(key.headingRect.left(), key.headingRect.top() + TextMetrics(bold).ascent()),
        key.heading);
    for (const KeyEntry &e : key.entries) {
        const GroupScope entry(
            groups, (e.missing ? QStringLiteral("key-missing-") : QStringLiteral("key-partner-")) + e.id,
            QStringLiteral("key-entry"), e.text);
        p.setFont(bold);
        drawTextLine(p, QPointF(e.rect.left(), e.rect.top() + tm.ascent()),
                     QString::number(e.number));
        p.setFont(key.font);
        for (int i = 0; i < e.lines.size(); ++i)
            drawTextLine(p,
                         QPointF(e.rect.left() + key.numberWidth,
                                 e.rect.top() + i * tm.lineHeight() + tm.ascent()),
                         e.lines[i]);
    }
    p.restore();
}

} // namespace nwk::detail
