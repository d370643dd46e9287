// SPDX-License-Identifier: GPL-3.0-or-later
// Map exports: the same MapPainter on the model, never the live scene.
#pragma once

#include "nwk/render/mappainter.h"

#include <QImage>
#include <QString>

namespace nwk {

struct ImageExportOptions {
    RenderOptions render;
    int widthPx = 0; ///< PNG: output width in pixels; 0 = from dpi
    int dpi = 150;   ///< PNG: resolution, used with the A4 width when widthPx is 0
};

/// Renders the map into an image (ARGB32, white unless transparent).
QImage renderMapImage(const Session &s, const ImageExportOptions &o);

/// Each returns an empty string on success, or a message naming the file and
/// the problem. Files are written atomically.
QString exportSvg(const Session &s, const QString &fileName, const RenderOptions &o);
QString exportPng(const Session &s, const QString &fileName, const ImageExportOptions &o);

} // namespace nwk
