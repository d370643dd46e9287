// SPDX-License-Identifier: GPL-3.0-or-later
// What the map options switch, read from an exported SVG (svg_inspect.h): the legend,
// the title block, the importance marks (dots in the legend's participant colours on
// the partners), the note glyphs, the missing partners' ghosts and the group outlines.
// A test flips one option and expects exactly its own part to go: two swapped options
// then fail.
#pragma once

#include "../render/svg_inspect.h"

#include <QSet>
#include <QString>

#include <ostream>

namespace nwk::test {

struct MapFeatures {
    bool legend = false;
    bool title = false;
    int markDots = 0;   ///< shapes on partners filled in a participant's colour
    int noteGlyphs = 0; ///< shapes on partners in the note glyph's paper colour
    int missing = 0;    ///< missing partners drawn
    int groups = 0;     ///< group outlines drawn
    bool operator==(const MapFeatures &) const = default;
};

inline std::ostream &operator<<(std::ostream &out, const MapFeatures &f)
{
    return out << "{legend " << f.legend << ", title " << f.title << ", mark dots " << f.markDots
               << ", note glyphs " << f.noteGlyphs << ", missing " << f.missing << ", groups "
               << f.groups << "}";
}

/// The colours of the participants' dots in the legend of a map drawn with marks.
inline QSet<QString> markColours(const SvgDocument &withLegend)
{
    QSet<QString> colours;
    for (const SvgGroup &g : withLegend.groups)
        if (g.id.startsWith(QLatin1String("legend-participant-")))
            for (const SvgShape &shape : g.shapes)
                if (!shape.fill.isEmpty() && shape.fill != QLatin1String("none"))
                    colours.insert(shape.fill);
    return colours;
}

/// The note glyph's paper (partner.cpp).
inline const QString kNotePaper = QStringLiteral("#fff5b0");

inline MapFeatures mapFeatures(const SvgDocument &svg, const QSet<QString> &markColours)
{
    MapFeatures f;
    f.legend = svg.group(QStringLiteral("legend")) != nullptr;
    f.title = svg.group(QStringLiteral("title-block")) != nullptr;
    for (const SvgGroup &g : svg.groups) {
        if (g.id.startsWith(QLatin1String("partner-"))) {
            for (const SvgShape &shape : g.shapes) {
                f.markDots += markColours.contains(shape.fill) ? 1 : 0;
                f.noteGlyphs += shape.fill == kNotePaper ? 1 : 0;
            }
        }
        // On the map, not in the legend (whose entries carry the same classes).
        f.missing += g.id.startsWith(QLatin1String("missing-")) && g.hasClass("missing") ? 1 : 0;
        f.groups += g.id.startsWith(QLatin1String("group-")) && g.hasClass("group") ? 1 : 0;
    }
    return f;
}

} // namespace nwk::test
