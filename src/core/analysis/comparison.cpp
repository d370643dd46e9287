// SPDX-License-Identifier: GPL-3.0-or-later
// compareSessions(): measures side by side and partners that recur across schools.
#include "nwk/core/comparison.h"

#include "analysis/partnermatch.h"
#include "dataexport/csvtext.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace nwk {

namespace {

std::size_t at(qsizetype i)
{
    return static_cast<std::size_t>(i);
}

QString number(int n)
{
    return QString::number(n);
}

QString name(const QString &key)
{
    const MeasureInfo *info = measureInfo(key);
    return info ? info->name : key;
}

} // namespace

QString sessionColumnName(const Session &session, const QString &fileName)
{
    if (!session.meta.schoolName.trimmed().isEmpty())
        return session.meta.schoolName.trimmed();
    if (!session.meta.schoolPseudonym.trimmed().isEmpty())
        return session.meta.schoolPseudonym.trimmed();
    return QFileInfo(fileName).completeBaseName();
}

QStringList ComparisonTable::header() const
{
    return QStringList{QStringLiteral("Category"), QStringLiteral("Measure")} + schools;
}

std::vector<QStringList> ComparisonTable::measureCells() const
{
    std::vector<QStringList> out;
    out.reserve(rows.size());
    for (const auto &r : rows)
        out.push_back(QStringList{r.category, r.measure} + r.values);
    return out;
}

std::vector<QStringList>
ComparisonTable::matchedLabelCells(std::vector<std::size_t> *partnerOfRow) const
{
    std::vector<QStringList> out;
    const QString none = formatMeasure(std::nullopt);
    for (std::size_t i = 0; i < recurring.size(); ++i) {
        const RecurringPartner &r = recurring[i];
        const QString category = r.internal ? QStringLiteral("Recurring partner (internal)")
                                            : QStringLiteral("Recurring partner");
        qsizetype most = 0;
        for (const auto &labels : r.labels)
            most = std::max(most, labels.size());
        for (qsizetype k = 0; k < most; ++k) {
            QStringList row{category, r.label};
            for (const auto &labels : r.labels)
                row << (k < labels.size() ? labels.at(k) : none);
            out.push_back(row);
            if (partnerOfRow)
                partnerOfRow->push_back(i);
        }
    }
    return out;
}

std::vector<QStringList> ComparisonTable::cells() const
{
    std::vector<QStringList> out = measureCells();
    for (auto &row : matchedLabelCells())
        out.push_back(std::move(row));
    return out;
}

namespace {

/// One row: the measure `key` of every school, `value(s)` for school s.
template <typename Value>
void addRow(ComparisonTable &table, const QString &category, const QString &key, Value &&value)
{
    ComparisonRow row;
    row.category = category;
    row.measureKey = key;
    row.measure = name(key);
    for (std::size_t s = 0; s < at(table.schools.size()); ++s)
        row.values << value(s);
    table.rows.push_back(row);
}

/// Recurring partners: a key recurs when more than one school has it. Returns each school's
/// ids of recurring partners.
std::vector<QSet<QString>> findRecurring(const std::vector<NamedSession> &sessions,
                                         const SynonymList &synonyms, ComparisonTable &table)
{
    const std::size_t schools = sessions.size();
    std::vector<RecurringPartner> all = analysis::matchPartners(sessions, synonyms);
    table.recurringIds.resize(schools);
    std::vector<QSet<QString>> recurringSet(schools);
    for (auto &r : all) {
        r.schools = static_cast<int>(std::count_if(
            r.ids.begin(), r.ids.end(), [](const QStringList &l) { return !l.isEmpty(); }));
        if (r.schools < 2)
            continue;
        for (std::size_t s = 0; s < schools; ++s) {
            table.recurringIds[s] << r.ids[s];
            for (const auto &id : r.ids[s])
                recurringSet[s].insert(id);
        }
        table.recurring.push_back(r);
    }
    std::sort(table.recurring.begin(), table.recurring.end(),
              [](const RecurringPartner &a, const RecurringPartner &b) {
                  if (a.schools != b.schools)
                      return a.schools > b.schools;
                  if (const int c = QString::compare(a.label, b.label, Qt::CaseInsensitive))
                      return c < 0;
                  return a.internal < b.internal;
              });

    return recurringSet;
}

/// The rows of the whole maps ("All").
void addOverallRows(ComparisonTable &table, const std::vector<Measures> &measures,
                    const std::vector<QSet<QString>> &recurringSet)
{
    const QString allLabel = QStringLiteral("All");
    auto global = [&](const QString &key, auto &&get) {
        addRow(table, allLabel, key, [&](std::size_t s) { return get(measures[s]); });
    };
    auto count = [](int n) { return number(n); };
    global(QStringLiteral("partners"), [&](const Measures &m) { return count(m.partners); });
    global(QStringLiteral("not-placed"),
           [&](const Measures &m) { return count(m.partners - m.placedPartners); });
    global(QStringLiteral("links"), [&](const Measures &m) { return count(m.links); });
    global(QStringLiteral("marks"), [&](const Measures &m) { return count(m.marks); });
    global(QStringLiteral("formal-share"),
           [](const Measures &m) { return formatMeasure(share(m.formal, m.partners)); });
    global(QStringLiteral("informal-share"),
           [](const Measures &m) { return formatMeasure(share(m.informal, m.partners)); });
    global(QStringLiteral("formality-unknown-share"),
           [](const Measures &m) { return formatMeasure(share(m.unknownFormality, m.partners)); });
    global(QStringLiteral("internal-share"),
           [](const Measures &m) { return formatMeasure(share(m.internal, m.partners)); });
    global(QStringLiteral("external-share"),
           [](const Measures &m) { return formatMeasure(share(m.external, m.partners)); });
    global(QStringLiteral("both-scopes-share"),
           [](const Measures &m) { return formatMeasure(share(m.bothScopes, m.partners)); });
    global(QStringLiteral("density-with-school"),
           [](const Measures &m) { return formatMeasure(m.densityWithSchool); });
    global(QStringLiteral("density-without-school"),
           [](const Measures &m) { return formatMeasure(m.densityWithoutSchool); });
    global(QStringLiteral("isolates"), [&](const Measures &m) { return count(m.isolates); });
    global(QStringLiteral("components-with-school"),
           [&](const Measures &m) { return count(m.componentsWithSchool); });
    global(QStringLiteral("components-without-school"),
           [&](const Measures &m) { return count(m.componentsWithoutSchool); });
    global(QStringLiteral("school-effective-size"),
           [](const Measures &m) { return formatMeasure(m.school.effectiveSize); });
    global(QStringLiteral("school-constraint"),
           [](const Measures &m) { return formatMeasure(m.school.constraint); });
    addRow(table, allLabel, QStringLiteral("recurring"),
           [&](std::size_t s) { return count(static_cast<int>(recurringSet[s].size())); });
    // Schema 3: what the group left open, so that an unknown is not read as a zero.
    global(QStringLiteral("distance-not-discussed"),
           [&](const Measures &m) { return count(m.distanceNotDiscussed); });
    global(QStringLiteral("on-or-in-school"),
           [&](const Measures &m) { return count(m.onOrInSchool); });
    global(QStringLiteral("distance-stated"),
           [&](const Measures &m) { return count(m.placedPartners - m.distanceNotDiscussed); });
    global(QStringLiteral("mean-distance"),
           [](const Measures &m) { return formatMeasure(m.meanDistance); });
    global(QStringLiteral("neutral-zone"), [&](const Measures &m) { return count(m.neutralZone); });
    global(QStringLiteral("disputed"), [&](const Measures &m) { return count(m.disputed); });
    global(QStringLiteral("votes"), [&](const Measures &m) { return count(m.votes); });
    global(QStringLiteral("researcher-inferred"),
           [&](const Measures &m) { return count(static_cast<int>(m.inferred.size())); });
}

/// The counts of a category's measures that the table shows, in its order (before
/// "recurring", which the comparison adds).
constexpr std::pair<const char *, int CategoryMeasures::*> kCategoryCounts[] = {
    {"partners", &CategoryMeasures::partners},
    {"links", &CategoryMeasures::links},
    {"formal", &CategoryMeasures::formal},
    {"informal", &CategoryMeasures::informal},
    {"formality-unknown", &CategoryMeasures::unknownFormality},
    {"internal", &CategoryMeasures::internal},
    {"external", &CategoryMeasures::external},
    {"both-scopes", &CategoryMeasures::bothScopes},
    {"marks", &CategoryMeasures::marks}};

/// Categories: matched by id, in the order they first appear; a school without the
/// category shows "–".
void addCategoryRows(ComparisonTable &table, const std::vector<NamedSession> &sessions,
                     const std::vector<Measures> &measures,
                     const std::vector<QSet<QString>> &recurringSet)
{
    QStringList categoryIds;
    QStringList categoryLabels;
    for (const auto &m : measures)
        for (const auto &c : m.categories)
            if (!categoryIds.contains(c.categoryId)) {
                categoryIds << c.categoryId;
                categoryLabels << c.label;
            }
    const QString none = formatMeasure(std::nullopt);
    for (qsizetype c = 0; c < categoryIds.size(); ++c) {
        const QString &id = categoryIds.at(c);
        auto perCategory = [&](const QString &key, auto &&get) {
            addRow(table, categoryLabels.at(c), key, [&](std::size_t s) {
                const auto &cats = measures[s].categories;
                const auto it = std::find_if(cats.begin(), cats.end(),
                                             [&](const auto &x) { return x.categoryId == id; });
                return it == cats.end() ? none : get(*it, s);
            });
        };
        for (const auto &[key, member] : kCategoryCounts)
            perCategory(QString::fromLatin1(key), [member](const CategoryMeasures &x, std::size_t) {
                return number(x.*member);
            });
        perCategory(QStringLiteral("recurring"), [&](const CategoryMeasures &, std::size_t s) {
            int n = 0;
            for (const auto &p : sessions[s].session.partners) {
                const bool noCategory = p.neutralZone || !sessions[s].session.category(p.category);
                const bool inCategory =
                    id.isEmpty() ? noCategory : p.category == id && !p.neutralZone;
                n += inCategory && recurringSet[s].contains(p.id) ? 1 : 0;
            }
            return number(n);
        });
        perCategory(
            QStringLiteral("distance-not-discussed"),
            [](const CategoryMeasures &x, std::size_t) { return number(x.distanceNotDiscussed); });
    }
}

/// Rings: matched by position (innermost first).
void addRingRows(ComparisonTable &table, const std::vector<Measures> &measures)
{
    const QString none = formatMeasure(std::nullopt);
    std::size_t ringCount = 0;
    for (const auto &m : measures)
        ringCount = std::max(ringCount, m.rings.size());
    for (std::size_t r = 0; r < ringCount; ++r) {
        QString label;
        for (const auto &m : measures)
            if (label.isEmpty() && r < m.rings.size())
                label = m.rings[r].label;
        const QString category = QStringLiteral("Ring %1: %2").arg(r + 1).arg(label);
        addRow(table, category, QStringLiteral("partners"), [&](std::size_t s) {
            const auto &rings = measures[s].rings;
            return r < rings.size() ? number(rings[r].partners) : none;
        });
        addRow(table, category, QStringLiteral("links"), [&](std::size_t s) {
            const auto &rings = measures[s].rings;
            return r < rings.size() ? number(rings[r].links) : none;
        });
    }
    // Not a ring: the partners whose distance the group did not discuss.
    addRow(table, name(QStringLiteral("distance-not-discussed")), QStringLiteral("partners"),
           [&](std::size_t s) { return number(measures[s].distanceNotDiscussed); });
    // Nor is the tray: partners named but never placed.
    addRow(
        table, name(QStringLiteral("not-placed")), QStringLiteral("partners"),
        [&](std::size_t s) { return number(measures[s].partners - measures[s].placedPartners); });
}

} // namespace

ComparisonTable compareSessions(const std::vector<NamedSession> &sessions,
                                const SynonymList &synonyms)
{
    ComparisonTable table;
    std::vector<Measures> measures;
    for (const auto &ns : sessions) {
        // Two schools of the same name get "(2)", "(3)", ... so that columns stay apart.
        QString column = ns.name;
        for (int i = 2; table.schools.contains(column); ++i)
            column = QStringLiteral("%1 (%2)").arg(ns.name).arg(i);
        table.schools << column;
        measures.push_back(computeMeasures(ns.session));
    }
    const std::vector<QSet<QString>> recurringSet = findRecurring(sessions, synonyms, table);
    addOverallRows(table, measures, recurringSet);
    addCategoryRows(table, sessions, measures, recurringSet);
    addRingRows(table, measures);
    return table;
}

QByteArray comparisonCsv(const ComparisonTable &table, bool raw)
{
    // The data exports' writer: school names and category labels come from the
    // sessions (neutralised unless raw); the values from column 3 on are numbers and
    // "–" that the program writes.
    const QStringList header = table.header();
    std::vector<bool> programColumns(std::size_t(header.size()), true);
    programColumns[0] = false; // category or ring label
    programColumns[1] = false; // measure name
    std::vector<QStringList> cells = table.measureCells();
    // The matched labels come from the sessions: neutralised here, as the writer leaves
    // the value columns alone.
    for (QStringList row : table.matchedLabelCells()) {
        for (qsizetype c = 2; c < row.size() && !raw; ++c)
            if (dataexport::csvFormulaLike(row.at(c)))
                row[c].prepend(QLatin1Char('\''));
        cells.push_back(row);
    }
    return dataexport::csvDocument(header, cells, programColumns, {!raw, false});
}

} // namespace nwk
