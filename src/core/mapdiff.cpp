// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/mapdiff.h"

#include "nwk/core/geometry.h"

#include "mapdata.h"
#include "mapdiff_statements.h"

#include <QHash>

#include <cmath>

namespace nwk {

namespace {

MapGeometry geometryOf(const Snapshot &snap)
{
    Session grid;
    grid.categories = snap.categories;
    grid.rings = snap.rings;
    return MapGeometry::forSession(grid);
}

template <typename T> QHash<QString, const T *> byId(const SharedVector<T> &items)
{
    QHash<QString, const T *> map;
    for (const T &x : items)
        map.insert(x.id, &x);
    return map;
}

bool sameEnds(const Link &a, const Link &b)
{
    return a.from == b.from && a.to == b.to;
}

} // namespace

Snapshot snapshotOf(const Session &s, const QString &id, const QString &name,
                    const QString &created)
{
    Snapshot snap;
    snap.id = id;
    snap.name = name;
    snap.created = created;
    copyMapData(snap, s);
    return snap;
}

bool MapDiff::isEmpty() const
{
    return partnersAdded.empty() && partnersRemoved.empty() && movedCloser.empty() &&
           movedFurther.empty() && placed.isEmpty() && unplaced.isEmpty() &&
           recategorised.empty() && relabelled.empty() && linksAdded.empty() &&
           linksRemoved.empty() && marksAdded.empty() && marksRemoved.empty() && statements.empty();
}

MapDiff diffMaps(const Snapshot &before, const Snapshot &after, double epsilon)
{
    MapDiff d;
    const MapGeometry gBefore = geometryOf(before);
    const MapGeometry gAfter = geometryOf(after);
    const auto oldPartners = byId(before.partners);
    const auto newPartners = byId(after.partners);

    for (const Partner &p : before.partners)
        if (!newPartners.contains(p.id))
            d.partnersRemoved.push_back(p);
    for (const Partner &p : after.partners) {
        const Partner *old = oldPartners.value(p.id);
        if (!old) {
            d.partnersAdded.push_back(p);
            continue;
        }
        diffStatements(*old, p, d.statements);
        if (old->placement && p.placement && old->placement->distanceDiscussed() &&
            p.placement->distanceDiscussed()) {
            const double delta = p.placement->statedDistance() - old->placement->statedDistance();
            if (std::abs(delta) > epsilon) {
                const PartnerMove move{p.id, *old->placement, *p.placement,
                                       gBefore.ringAt(old->placement->statedDistance()),
                                       gAfter.ringAt(p.placement->statedDistance())};
                (delta < 0 ? d.movedCloser : d.movedFurther).push_back(move);
            }
        } else if (!old->placement && p.placement) {
            d.placed.append(p.id);
        } else if (old->placement && !p.placement) {
            d.unplaced.append(p.id);
        }
        if (old->category != p.category)
            d.recategorised.push_back({p.id, old->category, p.category});
        if (old->label != p.label)
            d.relabelled.push_back({p.id, old->label, p.label});
        for (const QString &participant : p.marks)
            if (!old->marks.contains(participant))
                d.marksAdded.push_back({p.id, participant});
        for (const QString &participant : old->marks)
            if (!p.marks.contains(participant))
                d.marksRemoved.push_back({p.id, participant});
    }

    const auto oldLinks = byId(before.links);
    const auto newLinks = byId(after.links);
    for (const Link &l : before.links) {
        const Link *now = newLinks.value(l.id);
        if (!now || !sameEnds(*now, l))
            d.linksRemoved.push_back(l);
    }
    for (const Link &l : after.links) {
        const Link *old = oldLinks.value(l.id);
        if (!old || !sameEnds(*old, l))
            d.linksAdded.push_back(l);
        else if (linkRolesText(*old) != linkRolesText(l))
            d.statements.push_back({StatementChangeKind::LinkRoles,
                                    {},
                                    l.id,
                                    linkRolesText(*old),
                                    linkRolesText(l),
                                    {}});
    }
    diffRelatives(before, after, d.statements);
    return d;
}

} // namespace nwk
