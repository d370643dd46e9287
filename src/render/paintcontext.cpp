// SPDX-License-Identifier: GPL-3.0-or-later
// What one drawing computes once: positions, partners by id, parallel links and the
// marker obstacles in a grid (see PaintContext in render_p.h).
#include "rectgrid.h"
#include "render_p.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace nwk::detail {

namespace {

/// Cell size of the obstacle grid: a few marker widths.
constexpr double kObstacleCell = 64.0;

/// The two ends of a link in a fixed order, so that a->b and b->a share a key.
std::pair<QString, QString> endsKey(const Link &l)
{
    return l.from < l.to ? std::pair{l.from, l.to} : std::pair{l.to, l.from};
}

} // namespace

struct PaintContext::Lazy {
    std::optional<MapPositions> pos;
    /// The options and style of a whole drawing whose markers are spread apart.
    std::optional<std::pair<RenderOptions, MapStyle>> spread;
    QHash<QString, QPointF> drawnAt; ///< setDrawnAt()
    std::optional<QHash<QString, const Partner *>> partners;
    struct Parallel {
        std::pair<QString, QString> ends; ///< of the first link with the id
        int index = 0;
        int count = 0;
    };
    std::optional<QHash<QString, Parallel>> parallel; ///< by link id
    std::vector<const Partner *> known;               ///< know()
    QString knownParallelId;                          ///< setParallel()
    std::pair<int, int> knownParallel;
    std::optional<std::vector<QRectF>> obstacles;
    std::optional<RectGrid> grid;
    /// Which obstacles the current overlap query has counted (a rect may sit in
    /// several cells): one stamp per obstacle, nothing sorted or counted twice.
    std::vector<unsigned> seen;
    unsigned query = 0;
    // Per object of the drawing (node-based maps: references stay valid).
    std::unordered_map<const Partner *, QRectF> extents;
    std::unordered_map<const Partner *, LabelText> labels;
    std::unordered_map<const Group *, std::vector<GroupPart>> parts;
    std::unordered_map<const Group *, QPainterPath> outlines;
    std::unordered_map<const Group *, std::vector<QRectF>> groupLabels;
};

PaintContext::PaintContext(const Session &session, bool whole)
    : s(session)
    , m_whole(whole)
    , m_lazy(std::make_shared<Lazy>())
{
}

PaintContext::PaintContext(const Session &session, const RenderOptions &o, const MapStyle &st)
    : PaintContext(session, true)
{
    m_lazy->spread.emplace(o, st);
}

const MapPositions &PaintContext::positions() const
{
    if (!m_lazy->pos) {
        m_lazy->pos = computePositions(s);
        if (m_lazy->spread)
            spreadMarkers(*m_lazy->pos, s, m_lazy->spread->first, m_lazy->spread->second);
        // Where the caller draws partners away from their spots (setDrawnAt()).
        for (auto it = m_lazy->drawnAt.cbegin(); it != m_lazy->drawnAt.cend(); ++it)
            if (m_lazy->pos->partners.contains(it.key()))
                m_lazy->pos->partners.insert(it.key(), it.value());
    }
    return *m_lazy->pos;
}

QPointF PaintContext::drawnAt(const Partner &pa, const MapGeometry &g) const
{
    if (const auto it = m_lazy->drawnAt.constFind(pa.id); it != m_lazy->drawnAt.cend())
        return *it;
    const QPointF exact = pa.placement ? g.toPoint(*pa.placement) : QPointF();
    return m_whole ? positions().partners.value(pa.id, exact) : exact;
}

void PaintContext::setDrawnAt(const QString &partnerId, QPointF at)
{
    m_lazy->drawnAt.insert(partnerId, at);
    if (m_lazy->pos && m_lazy->pos->partners.contains(partnerId))
        m_lazy->pos->partners.insert(partnerId, at);
}

void PaintContext::know(const Partner *pa)
{
    if (pa)
        m_lazy->known.push_back(pa);
}

void PaintContext::setParallel(const QString &linkId, int index, int count)
{
    m_lazy->knownParallelId = linkId;
    m_lazy->knownParallel = {index, count};
}

const Partner *PaintContext::partner(const QString &id) const
{
    if (!m_whole) {
        for (const Partner *pa : m_lazy->known)
            if (pa->id == id)
                return pa;
        return s.partner(id);
    }
    auto &byId = m_lazy->partners;
    if (!byId) {
        byId.emplace();
        byId->reserve(s.partners.size());
        for (const Partner &pa : s.partners)
            if (!byId->contains(pa.id)) // the first of a repeated id, as Session::partner()
                byId->insert(pa.id, &pa);
    }
    return byId->value(id, nullptr);
}

std::pair<int, int> PaintContext::parallel(const Link &l) const
{
    // What a scan finds: the links with l's ends; the index is that of the last of
    // them with l's id (ids are unique in a valid session).
    if (!m_lazy->knownParallelId.isNull() && l.id == m_lazy->knownParallelId)
        return m_lazy->knownParallel;
    if (!m_whole) {
        const auto key = endsKey(l);
        int index = 0;
        int count = 0;
        for (const Link &x : s.links) {
            if (endsKey(x) != key)
                continue;
            if (x.id == l.id)
                index = count;
            ++count;
        }
        return {index, count};
    }
    auto &table = m_lazy->parallel;
    if (!table) {
        // The ends of the first link of each id (the one Session::link() returns).
        QHash<QString, std::pair<QString, QString>> firstEnds;
        for (const Link &x : s.links)
            if (!firstEnds.contains(x.id))
                firstEnds.insert(x.id, endsKey(x));
        QHash<std::pair<QString, QString>, int> counts;
        QHash<QString, int> indexOf;
        for (const Link &x : s.links) {
            const auto key = endsKey(x);
            const int index = counts[key]++;
            if (firstEnds.value(x.id) == key)
                indexOf.insert(x.id, index);
        }
        table.emplace();
        for (auto it = firstEnds.cbegin(); it != firstEnds.cend(); ++it)
            table->insert(it.key(),
                          {it.value(), indexOf.value(it.key()), counts.value(it.value())});
    }
    const auto it = table->constFind(l.id);
    if (it == table->cend() || it->ends != endsKey(l)) // not in the session, or a repeated id
        return PaintContext(s, false).parallel(l);
    return {it->index, it->count};
}

const std::vector<QRectF> &PaintContext::obstacles(const RenderOptions &o, const MapStyle &st) const
{
    Lazy &z = *m_lazy;
    if (!z.obstacles) {
        const MapPositions &pos = positions();
        std::vector<QRectF> out;
        out.reserve(static_cast<std::size_t>(s.partners.size() + s.missingPartners.size()));
        for (const Partner &pa : s.partners)
            if (const auto it = pos.partners.constFind(pa.id); it != pos.partners.cend())
                out.push_back(partnerExtent(pa, o, st).translated(*it));
        if (o.showMissing)
            for (const MissingPartner &m : s.missingPartners)
                out.push_back(ghostExtent(s, m, st).translated(pos.missing.value(m.id)));
        z.obstacles = std::move(out);
        z.seen.assign(z.obstacles->size(), 0);
        z.grid.emplace(pos.geometry.bounds(), kObstacleCell);
        for (std::size_t i = 0; i < z.obstacles->size(); ++i)
            z.grid->insert((*z.obstacles)[i], static_cast<int>(i));
    }
    return *z.obstacles;
}

double PaintContext::obstacleOverlap(const QRectF &r, const RenderOptions &o, const MapStyle &st,
                                     double enough) const
{
    const std::vector<QRectF> &all = obstacles(o, st);
    Lazy &z = *m_lazy;
    if (++z.query == 0) { // wrapped around: forget the old stamps
        std::fill(z.seen.begin(), z.seen.end(), 0U);
        z.query = 1;
    }
    double ov = 0.0;
    z.grid->any(r, [&](int k) {
        unsigned &stamp = z.seen[static_cast<std::size_t>(k)];
        if (stamp == z.query)
            return false;
        stamp = z.query;
        ov += overlapArea(r, all[static_cast<std::size_t>(k)]);
        return ov >= enough;
    });
    return ov;
}

QRectF PaintContext::partnerExtent(const Partner &pa, const RenderOptions &o,
                                   const MapStyle &st) const
{
    auto &cache = m_lazy->extents;
    if (const auto it = cache.find(&pa); it != cache.end())
        return it->second;
    return cache.emplace(&pa, detail::partnerExtent(s, pa, st, o)).first->second;
}

const LabelText &PaintContext::partnerLabel(const Partner &pa, const RenderOptions &o,
                                            const MapStyle &st) const
{
    auto &cache = m_lazy->labels;
    if (const auto it = cache.find(&pa); it != cache.end())
        return it->second;
    return cache.emplace(&pa, partnerLabelText(pa, st, o)).first->second;
}

const std::vector<GroupPart> &PaintContext::groupParts(const Group &gr, const MapStyle &st) const
{
    auto &cache = m_lazy->parts;
    if (const auto it = cache.find(&gr); it != cache.end())
        return it->second;
    return cache.emplace(&gr, detail::groupParts(s, gr, st, positions())).first->second;
}

const QPainterPath &PaintContext::groupOutline(const Group &gr, const MapStyle &st) const
{
    auto &cache = m_lazy->outlines;
    if (const auto it = cache.find(&gr); it != cache.end())
        return it->second;
    QPainterPath all;
    for (const GroupPart &part : groupParts(gr, st))
        all.addPath(part.outline);
    return cache.emplace(&gr, all).first->second;
}

const std::vector<QRectF> &PaintContext::groupLabelRects(const Group &gr, const RenderOptions &o,
                                                         const MapStyle &st) const
{
    auto &cache = m_lazy->groupLabels;
    if (const auto it = cache.find(&gr); it != cache.end())
        return it->second;
    std::vector<QRectF> rects;
    for (const GroupPart &part : groupParts(gr, st))
        rects.push_back(groupLabelRectIn(*this, gr.label, part.outline, o, st));
    return cache.emplace(&gr, std::move(rects)).first->second;
}

} // namespace nwk::detail
