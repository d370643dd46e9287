// SPDX-License-Identifier: GPL-3.0-or-later
// The school comparison's maps (docs/measures.md, "Comparing schools"): one school's map
// with its recurring partners ringed and a chosen partner haloed, as the compare window's
// tiles draw it, and all of them on one SVG or PDF sheet for a paper.
#pragma once

#include "nwk/core/session.h"

#include <QColor>
#include <QHash>
#include <QPageSize>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace nwk {

struct ComparedMap {
    const Session *session = nullptr;
    QString title;           ///< the school's column name
    QStringList outlined;    ///< partner ids that recur: a thin ring
    QStringList highlighted; ///< partner ids of the chosen recurring partner: a wide halo
};

/// The ring of every recurring partner (magenta) and the halo of the chosen one (amber).
QColor recurringOutlineColor();
QColor chosenHaloColor();

/// The map of `map.session` in map units (disc centred on the origin, radius
/// MapGeometry::outerRadius), without legend and title, drawn by MapPainter; then the rings
/// and halos. The rings' and halos' radii in map units.
/// `ligatures` false for a PDF (its text layer then reads "fi" as f and i).
/// The rings and halos circle each partner where the map draws it (comparedMapPositions()).
void paintComparedMap(QPainter &p, const ComparedMap &map, bool ligatures = true);
/// Where paintComparedMap() draws each partner of `s` (map units), from the painter's layout
/// (MapPainter::layoutMap(), MapLayout::PartnerRects::position): markers that would overlap
/// are spread apart, partners without a discussed distance are in the outer band and
/// neutral-zone partners below the disc. Placed and neutral-zone partners only.
QHash<QString, QPointF> comparedMapPositions(const Session &s);
double comparedRingRadius();
/// The side of the square (map units, centred on the origin) a compared map is fitted in:
/// the disc and the sector names around its rim.
double comparedMapExtent();
double comparedHaloRadius();

struct ComparisonSheetOptions {
    QString title;   ///< above the maps (may be empty)
    QString caption; ///< below the maps, e.g. what the rings and the halo mean
    QPageSize::PageSizeId pageSize = QPageSize::A3; ///< landscape, 10 mm margins
    /// The maps as anonymised exports draw them (sessionForExport()); school and person names
    /// in the titles and the caption replaced by their pseudonyms.
    bool anonymise = false;
};

/// The grid of the sheet: columns that give `count` square cells of `page`'s size the
/// largest side (a title line under each).
int comparisonSheetColumns(int count, const QSizeF &page);

/// Every map on one page in a grid, each with its title below it. A sheet is an export:
/// each map draws sessionForExport() (no bidi controls; names replaced when anonymising),
/// and its texts lose their bidi controls.
void paintComparisonSheet(QPainter &p, const QRectF &page, const std::vector<ComparedMap> &maps,
                          const ComparisonSheetOptions &o, bool ligatures = true);

/// The sheet as an SVG document (text stays text) or a one-page vector PDF, chosen by
/// `fileName`'s suffix (.svg, else PDF); written atomically. Empty on success, else a
/// message naming the file.
QString exportComparisonSheet(const std::vector<ComparedMap> &maps, const QString &fileName,
                              const ComparisonSheetOptions &o);
QByteArray renderComparisonSvg(const std::vector<ComparedMap> &maps,
                               const ComparisonSheetOptions &o);

} // namespace nwk
