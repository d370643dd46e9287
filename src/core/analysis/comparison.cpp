// SPDX-License-Identifier: GPL-3.0-or-later
// compareSessions(): measures side by side and partners that recur across schools.
#include "nwk/core/comparison.h"

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

SynonymList defaultSynonyms()
{
    const auto group = [](std::initializer_list<const char *> labels) {
        QStringList list;
        for (const char *l : labels)
            list << QString::fromUtf8(l);
        return list;
    };
    SynonymList list;
    list.groups = {
        group({"CLB", "centrum voor leerlingenbegeleiding", "VCLB"}),
        group({"OCMW", "openbaar centrum voor maatschappelijk welzijn"}),
        group({"CAW", "centrum algemeen welzijnswerk"}),
        group({"LOP", "lokaal overlegplatform"}),
        group({"UZ", "universitair ziekenhuis"}),
        group({"Pedagogische begeleiding", "pedagogische begeleidingsdienst", "PBD"}),
        group({"Scholen BuO", "scholen buitengewoon onderwijs"}),
        group({"Ouders", "ouderraad", "oudercomité"}),
    };
    return list;
}

QString normalizedLabel(const QString &label)
{
    const QString decomposed = label.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key.toCaseFolded();
}

PartnerMatcher::PartnerMatcher(const SynonymList &synonyms)
{
    for (const auto &group : synonyms.groups) {
        if (group.isEmpty())
            continue;
        const QString canonical = normalizedLabel(group.first());
        for (const auto &label : group) {
            const QString key = normalizedLabel(label);
            if (!key.isEmpty() && !m_canonical.contains(key))
                m_canonical.insert(key, canonical);
        }
    }
}

QString PartnerMatcher::key(const QString &label) const
{
    const QString key = normalizedLabel(label);
    return m_canonical.value(key, key);
}

QStringList ComparisonTable::header() const
{
    return QStringList{QStringLiteral("Category"), QStringLiteral("Measure")} + schools;
}

std::vector<QStringList> ComparisonTable::cells() const
{
    std::vector<QStringList> out;
    out.reserve(rows.size());
    for (const auto &r : rows)
        out.push_back(QStringList{r.category, r.measure} + r.values);
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

/// Every label's partners, school by school: one key per label (synonyms applied).
std::vector<RecurringPartner> partnersByKey(const std::vector<NamedSession> &sessions,
                                            const SynonymList &synonyms)
{
    const std::size_t schools = sessions.size();
    const PartnerMatcher matcher(synonyms);
    QHash<QString, int> recurringIndex;
    std::vector<RecurringPartner> all;
    QHash<QString, QString> shown; // key -> first label of its synonym group
    for (const auto &group : synonyms.groups)
        if (!group.isEmpty())
            shown.insert(normalizedLabel(group.first()), group.first());
    for (std::size_t s = 0; s < schools; ++s) {
        for (const auto &p : sessions[s].session.partners) {
            const QString key = matcher.key(p.label);
            if (key.isEmpty())
                continue;
            int i = recurringIndex.value(key, -1);
            if (i < 0) {
                i = static_cast<int>(all.size());
                recurringIndex.insert(key, i);
                RecurringPartner r;
                r.key = key;
                r.label = shown.value(key, p.label);
                r.ids.resize(schools);
                r.labels.resize(schools);
                all.push_back(r);
            }
            auto &r = all[at(i)];
            r.ids[s] << p.id;
            if (!r.labels[s].contains(p.label))
                r.labels[s] << p.label;
        }
    }
    return all;
}

/// Recurring partners: a key recurs when more than one school has it. Returns each school's
/// ids of recurring partners.
std::vector<QSet<QString>> findRecurring(const std::vector<NamedSession> &sessions,
                                         const SynonymList &synonyms, ComparisonTable &table)
{
    const std::size_t schools = sessions.size();
    std::vector<RecurringPartner> all = partnersByKey(sessions, synonyms);
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
                  return QString::compare(a.label, b.label, Qt::CaseInsensitive) < 0;
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
    global(QStringLiteral("links"), [&](const Measures &m) { return count(m.links); });
    global(QStringLiteral("marks"), [&](const Measures &m) { return count(m.marks); });
    global(QStringLiteral("formal-share"),
           [](const Measures &m) { return formatMeasure(share(m.formal, m.partners)); });
    global(QStringLiteral("informal-share"),
           [](const Measures &m) { return formatMeasure(share(m.informal, m.partners)); });
    global(QStringLiteral("internal-share"),
           [](const Measures &m) { return formatMeasure(share(m.internal, m.partners)); });
    global(QStringLiteral("external-share"),
           [](const Measures &m) { return formatMeasure(share(m.external, m.partners)); });
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
    {"partners", &CategoryMeasures::partners}, {"links", &CategoryMeasures::links},
    {"formal", &CategoryMeasures::formal},     {"informal", &CategoryMeasures::informal},
    {"internal", &CategoryMeasures::internal}, {"external", &CategoryMeasures::external},
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
                const bool inCategory = id.isEmpty() ? noCategory : p.category == id && !p.neutralZone;
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
    return dataexport::csvDocument(header, table.cells(), programColumns, {!raw, false});
}

} // namespace nwk
