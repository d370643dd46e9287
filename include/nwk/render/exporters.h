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

struct ImageExportOptions {
    RenderOptions render;
    int widthPx = 0; ///< PNG: output width in pixels; 0 = from dpi
    int dpi = 150;   ///< PNG: resolution, used with the A4 width when widthPx is 0
};

struct PdfExportOptions {
    RenderOptions render;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
};

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
QString exportPng(const Session &s, const QString &fileName, const ImageExportOptions &o);
/// One vector page (text stays text), the map fitted inside 10 mm margins.
QString exportPdf(const Session &s, const QString &fileName, const PdfExportOptions &o);

} // namespace nwk
