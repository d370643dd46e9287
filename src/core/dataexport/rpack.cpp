// SPDX-License-Identifier: GPL-3.0-or-later
// The R pack's tables (egor's column names) and the files of exportRPack().
#include "csvtable.h"
#include "csvtext.h"
#include "exportcommon.h"
#include "maptables.h"
#include "rpack_p.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace nwk {

namespace dataexport {

QStringList rCategoryColumns(const Session &s)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_]"));
    QStringList names;
    for (const Category &c : s.categories) {
        const QString base =
            QStringLiteral("cat_") + QString(c.id).replace(other, QStringLiteral("_"));
        QString name = base;
        for (int n = 2; names.contains(name); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        names << name;
    }
    return names;
}

QStringList rRingLevels(const Session &s, const QString &language)
{
    // As many as the map draws: one when the session has none.
    QStringList levels;
    for (std::size_t i = 0; i < std::max<std::size_t>(1, s.rings.size()); ++i) {
        QString label = i < s.rings.size()
                            ? localLabel(s.rings[i].labelNl, s.rings[i].labelEn, language).trimmed()
                            : QString();
        if (label.isEmpty() || levels.contains(label))
            label = QStringLiteral("ring %1").arg(i + 1);
        levels << label;
    }
    return levels;
}

namespace {

const QString kSnapshot = QStringLiteral("current");

QString name(std::string_view spelling)
{
    return QString::fromLatin1(spelling.data(), static_cast<qsizetype>(spelling.size()));
}

/// x and y (y upwards, map units) of a placement; empty when there is none.
QStringList xy(const MapGeometry &g, const std::optional<Placement> &p)
{
    if (!p)
        return {QString(), QString()};
    const QPointF point = g.toPoint(*p);
    return {coordinate(point.x()), coordinate(-point.y())};
}

/// Distance kind, stated distance (empty when not discussed) and angle of a placement.
QStringList polar(const std::optional<Placement> &p)
{
    if (!p)
        return {QString(), QString(), QString()};
    return {name(toString(p->distanceKind)),
            p->distanceDiscussed() ? number(p->statedDistance()) : QString(), number(p->angle)};
}

CsvRows egoTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{".egoID", "schoolID", "snapshotID", "school", "anonymised", "date", "level",
               "schoolType", "umbrella", "location", "language", "partners", "placedPartners",
               "links", "schoolLinks"}};
    t.numbers({"partners", "placedPartners", "links", "schoolLinks"});
    int placed = 0;
    for (const Partner &p : s.partners)
        placed += p.placement ? 1 : 0;
    int schoolLinks = 0;
    for (const Link &l : s.links)
        schoolLinks += (l.from == kSchoolId || l.to == kSchoolId) ? 1 : 0;
    t.add({egoId(s, o), schoolName(s, o.anonymise), kSnapshot, schoolName(s, o.anonymise),
           csvBoolean(o.anonymise), s.meta.date, s.meta.level, s.meta.schoolType, s.meta.umbrella,
           s.meta.location, s.meta.language, QString::number(s.partners.size()),
           QString::number(placed), QString::number(s.links.size() - schoolLinks),
           QString::number(schoolLinks)});
    return t;
}

QStringList alterRow(const Session &s, const MapGeometry &g, const QStringList &levels,
                     const Partner &p, const DataExportOptions &o)
{
    QStringList row{egoId(s, o),
                    p.id,
                    schoolName(s, o.anonymise),
                    kSnapshot,
                    exportPartnerLabel(p, o.anonymise),
                    name(toString(p.kind)),
                    name(toString(p.formality)),
                    name(toString(p.scope)),
                    p.category,
                    categoryLabel(s, p.category, o.language)};
    for (const Category &c : s.categories)
        row << csvBoolean(p.category == c.id || p.extraCategories.contains(c.id));
    const auto v = placedValues(s, g, p.placement, o.language);
    const int ring = v ? v->ring : 0;
    row << csvBoolean(p.placement.has_value())
        << (ring > 0 && ring <= levels.size() ? levels.at(ring - 1) : QString())
        << (ring > 0 ? QString::number(ring) : QString());
    row << polar(p.placement) << xy(g, p.placement);
    row << polar(p.desiredPlacement) << xy(g, p.desiredPlacement);
    const auto colour = categoryColour(s, p.category);
    row << QString::number(p.formerPlacements.size()) << QString::number(p.marks.size())
        << csvBoolean(isDisputed(p)) << QString::number(schoolLinkCount(s, p.id))
        << (colour ? colour->hex : QString());
    return row;
}

CsvRows alterTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{".egoID", ".altID", "schoolID", "snapshotID", "label", "kind", "formality", "scope",
               "category", "categoryLabel"}};
    const QStringList categoryColumns = rCategoryColumns(s);
    t.header << categoryColumns;
    t.header << QStringList{QStringLiteral("placed"),
                            QStringLiteral("ring"),
                            QStringLiteral("ringNumber"),
                            QStringLiteral("distanceKind"),
                            QStringLiteral("distance"),
                            QStringLiteral("angle"),
                            QStringLiteral("x"),
                            QStringLiteral("y"),
                            QStringLiteral("desiredDistanceKind"),
                            QStringLiteral("desiredDistance"),
                            QStringLiteral("desiredAngle"),
                            QStringLiteral("desiredX"),
                            QStringLiteral("desiredY"),
                            QStringLiteral("formerPlacements"),
                            QStringLiteral("marks"),
                            QStringLiteral("disputed"),
                            QStringLiteral("schoolLinks"),
                            QStringLiteral("color")};
    t.numbers({"ringNumber", "distance", "angle", "x", "y", "desiredDistance", "desiredAngle",
               "desiredX", "desiredY", "formerPlacements", "marks", "schoolLinks"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QStringList levels = rRingLevels(s, o.language);
    for (const Partner &p : s.partners)
        t.add(alterRow(s, g, levels, p, o));
    return t;
}

CsvRows tieTable(const Session &s, const DataExportOptions &o, bool withSchool)
{
    CsvRows t = withSchool ? CsvRows{".egoID", ".altID",    "linkID", "fromSchool",
                                     "kind",   "direction", "label",  "valence"}
                           : CsvRows{".egoID", ".srcID",    ".tgtID", "linkID",
                                     "kind",   "direction", "label",  "valence"};
    const QString ego = egoId(s, o);
    for (const Link &l : s.links) {
        const bool school = l.from == kSchoolId || l.to == kSchoolId;
        if (school != withSchool)
            continue;
        QStringList row{ego};
        if (withSchool)
            row << (l.from == kSchoolId ? l.to : l.from) << l.id << csvBoolean(l.from == kSchoolId);
        else
            row << l.from << l.to << l.id;
        row << name(toString(l.kind)) << name(toString(l.direction)) << l.label
            << name(toString(l.valence));
        t.add(row);
    }
    return t;
}

CsvRows formerTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{".egoID", ".altID", "order", "when", "why", "distanceKind", "distance", "angle", "x",
               "y"}};
    t.numbers({"order", "distance", "angle", "x", "y"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QString ego = egoId(s, o);
    for (const Partner &p : s.partners)
        for (std::size_t i = 0; i < p.formerPlacements.size(); ++i) {
            const FormerPlacement &f = p.formerPlacements[i];
            t.add(QStringList{ego, p.id, QString::number(i + 1), f.when, f.why} +
                  polar(f.placement) + xy(g, f.placement));
        }
    return t;
}

/// The CSV export's map tables with egor's ego column name.
CsvRows mapTable(CsvRows t)
{
    t.header[0] = QStringLiteral(".egoID");
    return t;
}

CsvRows rPackRows(const Session &s, RPackTable t, const DataExportOptions &o)
{
    switch (t) {
    case RPackTable::Egos:
        return egoTable(s, o);
    case RPackTable::Alters:
        return alterTable(s, o);
    case RPackTable::AlterTies:
        return tieTable(s, o, false);
    case RPackTable::EgoTies:
        return tieTable(s, o, true);
    case RPackTable::Former:
        return formerTable(s, o);
    case RPackTable::Categories:
        return mapTable(categoryTable(s, o));
    case RPackTable::Rings:
        return mapTable(ringTable(s, o));
    case RPackTable::Timeline:
        return mapTable(timelineTable(s, o));
    }
    return {};
}

QByteArray rPackBytes(const Session &shown, RPackTable t, const DataExportOptions &o)
{
    const CsvRows rows = rPackRows(shown, t, o);
    return csvDocument(rows.header, rows.rows, rows.programColumns, {!o.rawCsv, false});
}

} // namespace

} // namespace dataexport

using namespace dataexport;

const std::vector<RPackTable> &allRPackTables()
{
    static const std::vector<RPackTable> tables{
        RPackTable::Egos,   RPackTable::Alters,     RPackTable::AlterTies, RPackTable::EgoTies,
        RPackTable::Former, RPackTable::Categories, RPackTable::Rings,     RPackTable::Timeline};
    return tables;
}

QString rPackFileName(RPackTable t)
{
    switch (t) {
    case RPackTable::Egos:
        return QStringLiteral("egos.csv");
    case RPackTable::Alters:
        return QStringLiteral("alters.csv");
    case RPackTable::AlterTies:
        return QStringLiteral("aaties.csv");
    case RPackTable::EgoTies:
        return QStringLiteral("egoties.csv");
    case RPackTable::Former:
        return QStringLiteral("former.csv");
    case RPackTable::Categories:
        return QStringLiteral("categories.csv");
    case RPackTable::Rings:
        return QStringLiteral("rings.csv");
    case RPackTable::Timeline:
        return QStringLiteral("timeline.csv");
    }
    return {};
}

QString rPackScriptName()
{
    return QStringLiteral("netwerkkaart.R");
}

QByteArray rPackTable(const Session &s, RPackTable t, const DataExportOptions &o)
{
    return rPackBytes(sessionForExport(s, o.anonymise), t, o);
}

QString exportRPack(const Session &s, const QString &dir, const DataExportOptions &o,
                    QStringList *written)
{
    if (QString refusal = anonymisationRefusal(s, o); !refusal.isEmpty())
        return refusal;
    if (!QDir().mkpath(dir))
        return QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(dir));
    const Session shown = sessionForExport(s, o.anonymise);
    const QDir folder(dir);
    auto write = [&](const QString &fileName, const QByteArray &bytes) {
        const QString path = folder.filePath(fileName);
        QString error = writeFileAtomically(path, bytes);
        if (error.isEmpty() && written)
            written->append(path);
        return error;
    };
    for (RPackTable t : allRPackTables())
        if (QString error = write(rPackFileName(t), rPackBytes(shown, t, o)); !error.isEmpty())
            return error;
    return write(rPackScriptName(), rPackScript(s, o));
}

} // namespace nwk
