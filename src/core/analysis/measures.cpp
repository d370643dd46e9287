// SPDX-License-Identifier: GPL-3.0-or-later
// computeMeasures(): the session as three undirected binary graphs (see measures.h).
#include "nwk/core/measures.h"

#include "graph.h"
#include "priority.h"

#include "nwk/core/geometry.h"

#include <QHash>

#include <algorithm>

namespace nwk {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

QString pick(const QString &language, const QString &nl, const QString &en)
{
    if (language == QLatin1String("en"))
        return en.isEmpty() ? nl : en;
    return nl.isEmpty() ? en : nl;
}

void countKinds(const Partner &p, int &formal, int &informal, int &unknown, int &internal,
                int &external, int &both)
{
    switch (p.formality) {
    case Formality::Formal:
        ++formal;
        break;
    case Formality::Informal:
        ++informal;
        break;
    case Formality::Unknown:
        ++unknown;
        break;
    }
    switch (p.scope) {
    case Scope::Internal:
        ++internal;
        break;
    case Scope::External:
        ++external;
        break;
    case Scope::Both:
        ++both;
        break;
    }
}

/// Density of an undirected graph with `nodes` nodes and `ties` ties; unset below 2 nodes.
std::optional<double> density(int ties, int nodes)
{
    if (nodes < 2)
        return std::nullopt;
    return 2.0 * ties / (static_cast<double>(nodes) * (nodes - 1));
}

} // namespace

const PartnerMeasures *Measures::partner(const QString &id) const
{
    for (const auto &p : partnerMeasures)
        if (p.partnerId == id)
            return &p;
    return nullptr;
}

std::optional<double> share(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / whole;
}

QString formatMeasure(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const double v = *value;
    if (v == static_cast<double>(static_cast<long long>(v)))
        return QString::number(static_cast<long long>(v));
    return QString::number(v, 'f', 3);
}

namespace {

/// The map graph (drawn links) and the ego network (plus school-partner ties); node n is
/// the school.
struct SessionGraphs {
    explicit SessionGraphs(int nodes)
        : map(nodes)
        , ego(nodes)
    {
    }
    analysis::Graph map;
    analysis::Graph ego;
    std::vector<std::pair<int, int>> linkEnds; ///< per valid link
};

/// Builds the graphs; counts every link in m.links.
SessionGraphs buildGraphs(const Session &s, Measures &m)
{
    const int n = static_cast<int>(s.partners.size());
    const int school = n; // node index of the school
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(s.partners[at(i)].id, i);
    index.insert(kSchoolId, school);

    SessionGraphs g(n + 1);
    for (const auto &l : s.links) {
        const int a = index.value(l.from, -1);
        const int b = index.value(l.to, -1);
        ++m.links;
        if (a < 0 || b < 0 || a == b)
            continue;
        g.linkEnds.emplace_back(a, b);
        g.map.addTie(a, b);
        g.ego.addTie(a, b);
    }
    for (int i = 0; i < n; ++i)
        g.ego.addTie(school, i);
    g.map.finish();
    g.ego.finish();
    return g;
}

/// Partners, ties, densities, the school's brokerage and the components.
void wholeMapMeasures(Measures &m, const SessionGraphs &g, int n)
{
    const analysis::Graph &map = g.map;
    const analysis::Graph &ego = g.ego;
    const int school = n;
    m.partners = n;
    m.schoolLinks = map.degree(school);
    m.partnerTies = map.tieCount() - m.schoolLinks;
    m.densityWithSchool = n > 0 ? density(ego.tieCount(), n + 1) : std::nullopt;
    m.densityWithoutSchool = density(m.partnerTies, n);
    m.school = ego.brokerage(school);
    std::vector<bool> all(at(n + 1), true);
    m.componentsWithSchool = map.components(all);
    all[at(school)] = false;
    m.componentsWithoutSchool = map.components(all);
}

/// The session's categories and rings, nothing counted yet. Returns each category id's row.
QHash<QString, int> categoryAndRingRows(Measures &m, const Session &s, const MapGeometry &geometry)
{
    const QString language = s.meta.language;
    QHash<QString, int> categoryRow;
    for (const auto &c : s.categories) {
        categoryRow.insert(c.id, static_cast<int>(m.categories.size()));
        CategoryMeasures cm;
        cm.categoryId = c.id;
        cm.label = pick(language, c.labelNl, c.labelEn);
        m.categories.push_back(cm);
    }
    for (int r = 0; r < geometry.ringCount; ++r) {
        RingMeasures rm;
        rm.ring = r;
        if (at(r) < s.rings.size())
            rm.label = pick(language, s.rings[at(r)].labelNl, s.rings[at(r)].labelEn);
        if (rm.label.isEmpty())
            rm.label = QStringLiteral("ring %1").arg(r + 1);
        m.rings.push_back(rm);
    }
    return categoryRow;
}

/// The row of a partner's category; the partners without a known category share a row,
/// added on first use.
int categoryRowOf(Measures &m, const Partner &p, QHash<QString, int> &categoryRow)
{
    // A partner in the neutral zone has "no category yet", whatever its category says.
    int row = p.neutralZone ? -1 : categoryRow.value(p.category, -1);
    if (row < 0) {
        row = categoryRow.value(QString(), -1);
        if (row < 0) {
            row = static_cast<int>(m.categories.size());
            categoryRow.insert(QString(), row);
            CategoryMeasures none;
            none.label = QStringLiteral("(no category)");
            m.categories.push_back(none);
        }
    }
    return row;
}

/// The ring a placement is counted in: on or in the school is the innermost ring; -1 when
/// its distance was not discussed (or the map has no rings).
int ringOfPlacement(const Placement &p, const MapGeometry &geometry)
{
    if (!p.distanceDiscussed() || geometry.ringCount <= 0)
        return -1;
    if (p.distanceKind != DistanceKind::Ring)
        return 0;
    return std::clamp(geometry.ringAt(p.distance), 0, geometry.ringCount - 1);
}

/// Counts the partners by category and ring; `rowOf` and `ringOf` get each partner's
/// category row and ring (-1: unplaced).
void countPartners(Measures &m, const Session &s, const MapGeometry &geometry,
                   QHash<QString, int> &categoryRow, std::vector<int> &rowOf,
                   std::vector<int> &ringOf)
{
    const int n = static_cast<int>(s.partners.size());
    for (int i = 0; i < n; ++i) {
        const Partner &p = s.partners[at(i)];
        const int row = categoryRowOf(m, p, categoryRow);
        rowOf[at(i)] = row;
        CategoryMeasures &cm = m.categories[at(row)];
        cm.partnersByRing.resize(at(geometry.ringCount), 0);
        ++cm.partners;
        if (p.prioritySource == PrioritySource::Participants)
            cm.marks += static_cast<int>(p.marks.size());
        countKinds(p, cm.formal, cm.informal, cm.unknownFormality, cm.internal, cm.external,
                   cm.bothScopes);
        countKinds(p, m.formal, m.informal, m.unknownFormality, m.internal, m.external,
                   m.bothScopes);
        if (p.neutralZone && !p.placement) {
            ++cm.neutralZone;
            ++m.neutralZone;
        }
        const int ring = p.placement ? ringOfPlacement(*p.placement, geometry) : -1;
        if (p.placement && !p.placement->distanceDiscussed()) {
            ++cm.distanceNotDiscussed;
            ++m.distanceNotDiscussed;
            ++m.placedPartners;
        } else if (ring >= 0) {
            ringOf[at(i)] = ring;
            ++cm.partnersByRing[at(ring)];
            ++m.rings[at(ring)].partners;
            ++m.placedPartners;
        } else {
            ++cm.unplaced;
        }
    }
}

/// Mean of the stated distances (0 on or in the school); not-discussed ones left out.
std::optional<double> meanStatedDistance(const Session &s, int &onOrInSchool)
{
    double sum = 0;
    int n = 0;
    for (const Partner &p : s.partners) {
        if (!p.placement || !p.placement->distanceDiscussed())
            continue;
        onOrInSchool += p.placement->distanceKind == DistanceKind::Ring ? 0 : 1;
        sum += p.placement->statedDistance();
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

/// A link counts once for each category (ring) that one of its ends is in.
void countLinks(Measures &m, const std::vector<std::pair<int, int>> &linkEnds, int n,
                const std::vector<int> &rowOf, const std::vector<int> &ringOf)
{
    for (const auto &ends : linkEnds) {
        // Named copies: clang 14 cannot capture structured bindings in a lambda.
        const auto a = ends.first;
        const auto b = ends.second;
        const auto touch = [&](const std::vector<int> &of, auto &&bump) {
            const int x = a < n ? of[at(a)] : -1;
            const int y = b < n ? of[at(b)] : -1;
            if (x >= 0)
                bump(x);
            if (y >= 0 && y != x)
                bump(y);
        };
        touch(rowOf, [&](int row) { ++m.categories[at(row)].links; });
        touch(ringOf, [&](int ring) { ++m.rings[at(ring)].links; });
    }
}

/// Partners: degree, isolates, brokerage in the map graph; the priority ranking.
void partnerMeasures(Measures &m, const Session &s, const analysis::Graph &map)
{
    const int n = static_cast<int>(s.partners.size());
    for (int i = 0; i < n; ++i) {
        const Partner &p = s.partners[at(i)];
        PartnerMeasures pm;
        pm.partnerId = p.id;
        pm.label = p.label;
        pm.degree = map.degree(i);
        pm.isolate = pm.degree == 0;
        pm.brokerage = map.brokerage(i);
        m.isolates += pm.isolate ? 1 : 0;
        m.disputed += isDisputed(p) ? 1 : 0;
        m.withAlternatives += p.alternatives.empty() ? 0 : 1;
        m.withFormerPlacements += p.formerPlacements.empty() ? 0 : 1;
        analysis::countPriority(m, p, pm);
        m.partnerMeasures.push_back(pm);
        if (pm.marks > 0)
            m.priority.push_back({p.id, p.label, pm.marks, 0});
    }
    std::sort(m.priority.begin(), m.priority.end(),
              [](const RankedPartner &x, const RankedPartner &y) {
                  if (x.marks != y.marks)
                      return x.marks > y.marks;
                  const int byLabel = QString::compare(x.label, y.label, Qt::CaseInsensitive);
                  if (byLabel != 0)
                      return byLabel < 0;
                  return x.partnerId < y.partnerId;
              });
    for (std::size_t i = 0; i < m.priority.size(); ++i) {
        const bool tie = i > 0 && m.priority[i].marks == m.priority[i - 1].marks;
        m.priority[i].rank = tie ? m.priority[i - 1].rank : static_cast<int>(i) + 1;
    }
}

} // namespace

Measures computeMeasures(const Session &s)
{
    Measures m;
    m.votesByRoleGroup.resize(enumCount<RoleGroup>(), 0);
    const int n = static_cast<int>(s.partners.size());
    const SessionGraphs graphs = buildGraphs(s, m);
    wholeMapMeasures(m, graphs, n);

    // Categories (sector order, then the partners without a known category) and rings.
    const MapGeometry geometry = MapGeometry::forSession(s);
    QHash<QString, int> categoryRow = categoryAndRingRows(m, s, geometry);
    std::vector<int> rowOf(at(n), -1);
    std::vector<int> ringOf(at(n), -1);
    countPartners(m, s, geometry, categoryRow, rowOf, ringOf);
    for (auto &cm : m.categories)
        cm.partnersByRing.resize(at(geometry.ringCount), 0);
    countLinks(m, graphs.linkEnds, n, rowOf, ringOf);

    m.meanDistance = meanStatedDistance(s, m.onOrInSchool);
    partnerMeasures(m, s, graphs.map);
    return m;
}

} // namespace nwk
