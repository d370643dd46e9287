// SPDX-License-Identifier: GPL-3.0-or-later
// Print-grade labels: the label size that prints partner labels at a given point size on
// a page, and whether they all fit there (docs/exports.md, "Print-grade labels").
#include "nwk/render/exporters.h"

#include "render_p.h"

#include <algorithm>
#include <cmath>

namespace nwk {

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

} // namespace

LabelFit fitLabels(const Session &s, const RenderOptions &o, double labelPt,
                   QPageSize::PageSizeId page, QPageLayout::Orientation orientation,
                   bool autoOrientation)
{
    LabelFit fit;
    fit.render = o;
    const bool sized = labelPt > 0.0 && o.labelSize <= 0.0;
    if (sized)
        fit.render.labelKey = true;
    // The style's own size is the least: a large page never shrinks the labels.
    const int base = MapStyle::forOptions(o).labelFont.pixelSize();
    int size = o.labelSize > 0.0 ? static_cast<int>(std::lround(o.labelSize)) : base;
    for (int round = 0; round < kMaxRounds; ++round) {
        if (sized)
            fit.render.labelSize = size;
        const MapStyle st = MapStyle::forOptions(fit.render);
        const detail::PreparedMap map = detail::prepareMap(s, fit.render, st, true);
        fit.scale = pageScale(detail::preparedBounds(map, fit.render, st, false), page, orientation,
                              autoOrientation);
        fit.keyed = map.layout.keyCount;
        fit.labelPt = st.labelFont.pixelSize() * fit.scale;
        if (!sized || fit.scale <= 0.0)
            break;
        // Larger labels widen the map (labels farther out), which shrinks the scale: again
        // until the size holds on the page it gives.
        const int need = static_cast<int>(std::ceil(labelPt / fit.scale - 1e-6));
        if (need <= size)
            break;
        size = need;
    }
    return fit;
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
