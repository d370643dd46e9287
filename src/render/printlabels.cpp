// SPDX-License-Identifier: GPL-3.0-or-later
// Print-grade labels: the label size that prints partner labels at a given point size on
// a page, and whether they all fit there (docs/exports.md, "Print-grade labels").
#include "nwk/render/exporters.h"

#include "marks_p.h"
#include "render_p.h"

#include "nwk/core/anonymise.h"

#include <algorithm>
#include <cmath>

namespace nwk {

using namespace detail;

namespace {

constexpr double kMarginMm = 10.0; ///< as the PDF export's page margins
constexpr int kMaxRounds = 12;

/// Points per map unit when `bounds` is fitted into the printable area of the page.
double pageScale(const QRectF &bounds, QPageSize::PageSizeId page,
                 QPageLayout::Orientation orientation, bool autoOrientation)
{
    if (bounds.isEmpty())
        return 0.0;
    const QSizeF mm = QPageSize(page).size(QPageSize::Millimeter);
    double w = mm.width();
    double h = mm.height();
    const bool landscape =
        autoOrientation ? bounds.width() >= bounds.height() : orientation == QPageLayout::Landscape;
    if (landscape != (w > h))
        std::swap(w, h);
    const double ptPerMm = 72.0 / 25.4;
    return std::min((w - 2 * kMarginMm) * ptPerMm / bounds.width(),
                    (h - 2 * kMarginMm) * ptPerMm / bounds.height());
}

/// Whether a marker carries a count badge, which is drawn in the label's font.
bool countsShown(const Session &s, const RenderOptions &o)
{
    return o.showCounts && std::any_of(s.partners.cbegin(), s.partners.cend(),
                                       [](const Partner &pa) { return pa.count > 1; });
}

/// The least label size from `least` up that prints at `labelPt` when the map's bounds
/// are the frame around `content` at that size: larger labels widen the frame, which
/// shrinks the scale, so again until the size holds on the page it gives.
int sizeFor(const QRectF &content, const Session &shown, RenderOptions o, int least, double labelPt,
            QPageSize::PageSizeId page, QPageLayout::Orientation orientation, bool autoOrientation)
{
    int size = least;
    for (int round = 0; round < kMaxRounds; ++round) {
        o.labelSize = size;
        const MapStyle st = MapStyle::forOptions(o);
        const double scale = pageScale(boundsAround(labelFrame(content, st), shown, o, st), page,
                                       orientation, autoOrientation);
        const int need = static_cast<int>(std::ceil(labelPt / scale - 1e-6));
        if (scale <= 0.0 || need <= size)
            break;
        size = need;
    }
    return size;
}

/// The fit of a laid-out map: its scale on the page (labels stay in the frame, so at
/// least the one sizeFor() found), the labels' size there and how many were keyed.
FittedMap finish(LabelFit fit, PreparedMap map, const MapStyle &st, QPageSize::PageSizeId page,
                 QPageLayout::Orientation orientation, bool autoOrientation)
{
    fit.scale =
        pageScale(preparedBounds(map, fit.render, st, false), page, orientation, autoOrientation);
    fit.keyed = map.layout.keyCount;
    fit.labelPt = st.labelFont.pixelSize() * fit.scale;
    return {fit, std::move(map)};
}

} // namespace

namespace detail {

FittedMap fitMap(const Session &s, const RenderOptions &o, double labelPt,
                 QPageSize::PageSizeId page, QPageLayout::Orientation orientation,
                 bool autoOrientation)
{
    LabelFit fit;
    fit.render = o;
    auto shown = std::make_shared<const Session>(sessionForExport(s, o.anonymise));
    if (labelPt <= 0.0 || o.labelSize > 0.0) {
        // The size is given: one layout, labels where they find room.
        const MapStyle st = MapStyle::forOptions(o);
        PreparedMap map{shown, PaintContext(*shown, o, st), {}};
        map.layout = layoutAll(map.ctx, o, st);
        return finish(std::move(fit), std::move(map), st, page, orientation, autoOrientation);
    }
    fit.render.labelKey = true;
    // The labels keep inside a frame around the disc, so the page scale follows from the
    // geometry and the label size alone, and the size is settled before the one layout.
    // The content the frame is drawn around: at the size from which the markers (with
    // their mark badges) no longer grow, so at least that of any smaller size.
    const int least = MapStyle::forOptions(o).labelFont.pixelSize();
    RenderOptions probeOptions = fit.render;
    probeOptions.labelSize = std::max(least, labelSizeOfLargestBadges(MapStyle::forOptions(o)));
    const MapStyle probeStyle = MapStyle::forOptions(probeOptions);
    const PaintContext probe(*shown, probeOptions, probeStyle);
    const QRectF content = unlabelledContent(probe, probeOptions, probeStyle);
    const int size =
        sizeFor(content, *shown, fit.render, least, labelPt, page, orientation, autoOrientation);
    fit.render.labelSize = size;
    const MapStyle st = MapStyle::forOptions(fit.render);
    // At that size the probe's markers and positions are the map's own, unless the
    // labels are so small that the badges shrink with them, or a count badge ("x7",
    // drawn in the label's font) grows with them.
    const bool same =
        st.labelFont == probeStyle.labelFont ||
        (markBadgeHeight(st) == markBadgeHeight(probeStyle) && !countsShown(*shown, o));
    PreparedMap map{shown, same ? probe : PaintContext(*shown, fit.render, st), {}};
    const QRectF frame =
        labelFrame(same ? content : unlabelledContent(map.ctx, fit.render, st), st);
    map.layout = layoutAll(map.ctx, fit.render, st, frame);
    return finish(std::move(fit), std::move(map), st, page, orientation, autoOrientation);
}

} // namespace detail

LabelFit fitLabels(const Session &s, const RenderOptions &o, double labelPt,
                   QPageSize::PageSizeId page, QPageLayout::Orientation orientation,
                   bool autoOrientation)
{
    return detail::fitMap(s, o, labelPt, page, orientation, autoOrientation).fit;
}

QString labelFitWarning(const LabelFit &fit, QPageSize::PageSizeId page, double labelPt)
{
    if (fit.fits())
        return {};
    const QString name = QPageSize(page).name();
    QString text = QStringLiteral("%1 label(s) cannot be placed without overlap at %2 pt on %3: "
                                  "they are numbered on the map and listed in full in a key.")
                       .arg(fit.keyed)
                       .arg(labelPt)
                       .arg(name);
    if (page != QPageSize::A3)
        text += QStringLiteral(" Try A3 (--page A3) or a smaller --label-size.");
    else
        text += QStringLiteral(" Try a smaller --label-size.");
    return text;
}

} // namespace nwk
