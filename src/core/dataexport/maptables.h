// SPDX-License-Identifier: GPL-3.0-or-later
// The map's drawing as data: the categories and rings tables of the CSV export and the
// colour attributes of the GraphML nodes, all taken from MapGeometry (never recomputed).
#pragma once

#include "csvtable.h"

#include <optional>

namespace nwk::dataexport {

/// A category's colour as "#rrggbb" (lower case) and its components.
struct NodeColour {
    QString hex;
    int r = 0;
    int g = 0;
    int b = 0;
};
/// The colour of category `categoryId`; nullopt when there is none or it is not #rrggbb.
std::optional<NodeColour> categoryColour(const Session &s, const QString &categoryId);
/// The school disc's colour as the map draws it by default (black).
NodeColour schoolColour();

/// One row per category (sector), in the order the map draws them (csvmaptables.cpp).
CsvRows categoryTable(const Session &s, const DataExportOptions &o);
/// The school disc, every ring and the not-discussed band with their radii.
CsvRows ringTable(const Session &s, const DataExportOptions &o);

} // namespace nwk::dataexport
