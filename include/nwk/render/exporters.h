// SPDX-License-Identifier: GPL-3.0-or-later
// Map exports: the same MapPainter on the model, never the live scene.
#pragma once

#include "nwk/render/mappainter.h"

#include <QByteArray>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace nwk {

/// Print-grade labels (docs/exports.md): every export is made for a page (A4 unless told),
/// and partner and ghost labels print at least `labelPt` points on it: the export sets
/// RenderOptions::labelSize from the page and the map's bounds, and RenderOptions::labelKey
/// (a label that finds no free spot goes to a numbered key). `labelPt` 0, or a labelSize
/// already set in the render options, keeps the options as they are.
constexpr double kDefaultLabelPt = 8.0;

struct ImageExportOptions {
    RenderOptions render;
    int widthPx = 0; ///< PNG: output width in pixels; 0 = from dpi
    int dpi = 150;   ///< PNG: resolution, used with the page's width when widthPx is 0
    double labelPt = kDefaultLabelPt;
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< the page it is printed on
};

struct PdfExportOptions {
    RenderOptions render;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double labelPt = kDefaultLabelPt;
};

struct SvgExportOptions {
    RenderOptions render;
    double labelPt = kDefaultLabelPt;
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< the page it is printed on
};

/// How the labels fit on a page at a size.
struct LabelFit {
    RenderOptions render; ///< the options the export draws with (labelSize, labelKey set)
    double scale = 0.0;   ///< points per map unit on the page
    double labelPt = 0.0; ///< the labels' size on the page, points
    /// Labels that found no free spot near their marker and went to the numbered key;
    /// the labels "cannot fit" at this size on this page when it is not 0.
    int keyed = 0;
    bool fits() const { return keyed == 0; }
};
/// The label size that prints labels at `labelPt` on the page (10 mm margins; an
/// orientation of Portrait or Landscape, or the map's own when `autoOrientation`).
LabelFit fitLabels(const Session &s, const RenderOptions &o, double labelPt,
                   QPageSize::PageSizeId page, QPageLayout::Orientation orientation,
                   bool autoOrientation = false);
/// The warning when labels do not fit: names the page and proposes A3 (English; the
/// editor words its own). Empty when they fit.
QString labelFitWarning(const LabelFit &fit, QPageSize::PageSizeId page, double labelPt);

/// Renders the map into an image (ARGB32, white unless transparent).
QImage renderMapImage(const Session &s, const ImageExportOptions &o);

/// The map as a complete SVG document (UTF-8): text stays text; each object (category
/// sector, link, partner, missing partner, group, legend entry, title block) is a
/// <g> with an id and classes and a <title>; the document has a <title> and <desc>
/// (see docs/exports.md). With `anonymise`, a person without a pseudonym shows as "?":
/// callers that write files check anonymisationRefusal() first.
QByteArray renderMapSvg(const Session &s, const RenderOptions &o);

/// Empty when an anonymised export of `s` may be written; otherwise a message naming
/// the file and, one per line, each person partner that has no pseudonym yet.
QString anonymisationRefusal(const Session &s, const QString &fileName);

/// Each returns an empty string on success, or a message naming the file and the
/// problem. Files are written atomically (a failed write keeps an existing file).
/// With `anonymise` each refuses (anonymisationRefusal()) while a person has no pseudonym.
QString exportSvg(const Session &s, const QString &fileName, const RenderOptions &o);
/// The SVG with print-grade labels for the page (fitLabels()). Each of the three below
/// sets `fit`, when given, to how the labels fit (the export's own fitLabels()).
QString exportSvg(const Session &s, const QString &fileName, const SvgExportOptions &o,
                  LabelFit *fit = nullptr);
QString exportPng(const Session &s, const QString &fileName, const ImageExportOptions &o,
                  LabelFit *fit = nullptr);
/// One vector page (text stays text), the map fitted inside 10 mm margins.
QString exportPdf(const Session &s, const QString &fileName, const PdfExportOptions &o,
                  LabelFit *fit = nullptr);

} // namespace nwk
