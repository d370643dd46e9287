// SPDX-License-Identifier: GPL-3.0-or-later
// The categories and rings tables: what a reader needs to redraw the map (sectors,
// colours, markers, ring radii), in the map's units, as MapGeometry draws them.
#include "exportcommon.h"
#include "maptables.h"

#include "nwk/core/geometry.h"

namespace nwk::dataexport {

std::optional<NodeColour> categoryColour(const Session &s, const QString &categoryId)
{
    const Category *c = s.category(categoryId);
    if (!c || c->color.size() != 7 || c->color.front() != QLatin1Char('#'))
        return std::nullopt;
    bool ok = false;
    const uint rgb = QStringView(c->color).mid(1).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return NodeColour{c->color.toLower(), int((rgb >> 16) & 0xff), int((rgb >> 8) & 0xff),
                      int(rgb & 0xff)};
}

NodeColour schoolColour()
{
    return {QStringLiteral("#000000"), 0, 0, 0};
}

CsvRows categoryTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "category", "label", "labelNl", "labelEn", "color", "marker", "letter",
               "framed", "sectorStart", "sectorEnd", "order", "note"}};
    t.numbers({"sectorStart", "sectorEnd", "order"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QString ego = egoId(s, o);
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        const Category &c = s.categories[i];
        const int sector = static_cast<int>(i);
        const auto colour = categoryColour(s, c.id);
        // The end is the next sector's start (the last one's is 360): the sectors meet.
        t.add({ego, c.id, localLabel(c.labelNl, c.labelEn, o.language), c.labelNl, c.labelEn,
               colour ? colour->hex : c.color, QString::fromLatin1(toString(c.marker)), c.letter,
               csvBoolean(c.framed), number(g.sectorStart(sector)),
               number(g.sectorStart(sector + 1)), QString::number(sector + 1), c.note});
    }
    return t;
}

CsvRows ringTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "ring", "index", "kind", "label", "labelNl", "labelEn", "innerRadius",
               "outerRadius"}};
    t.numbers({"ring", "index", "innerRadius", "outerRadius"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QString ego = egoId(s, o);
    t.add({ego, QString(), QStringLiteral("0"), QStringLiteral("school"),
           schoolName(s, o.anonymise), QString(), QString(), number(0.0), number(g.schoolRadius)});
    double inner = g.schoolRadius;
    for (int i = 0; i < g.ringCount; ++i) {
        const Ring *r = i < static_cast<int>(s.rings.size()) ? &s.rings[std::size_t(i)] : nullptr;
        const double outer = g.ringOuterRadius(i);
        t.add({ego, QString::number(i + 1), QString::number(i + 1), QStringLiteral("ring"),
               r ? localLabel(r->labelNl, r->labelEn, o.language) : QString(),
               r ? r->labelNl : QString(), r ? r->labelEn : QString(), number(inner),
               number(outer)});
        inner = outer;
    }
    if (g.bandWidth > 0.0)
        t.add({ego, QString(), QString::number(g.ringCount + 1), QStringLiteral("band"),
               o.language == QLatin1String("en") ? QStringLiteral("distance not discussed")
                                                 : QStringLiteral("afstand niet besproken"),
               QStringLiteral("afstand niet besproken"), QStringLiteral("distance not discussed"),
               number(g.ringsRadius()), number(g.outerRadius)});
    return t;
}

} // namespace nwk::dataexport
