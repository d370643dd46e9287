// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions built in code for the render tests.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/core/session.h"

#include <QString>

namespace nwk::test {

/// Angle at fraction `frac` (0..1) of the sector of category `categoryId`.
inline double sectorAngle(const Session &s, const QString &categoryId, double frac)
{
    const MapGeometry g = MapGeometry::forSession(s);
    const int i = s.categoryIndex(categoryId);
    return normalizeAngle(g.sectorStart(i) + frac * g.sectorSpan());
}

inline Partner &addPartner(Session &s, const QString &id, const QString &label,
                           const QString &category, double distance, double frac)
{
    Partner p;
    p.id = id;
    p.label = label;
    p.category = category;
    if (distance >= 0) {
        Placement pl;
        pl.distance = distance;
        pl.angle = category.isEmpty() || s.categoryIndex(category) < 0
                       ? normalizeAngle(frac * 360.0)
                       : sectorAngle(s, category, frac);
        p.placement = pl;
    }
    s.partners.push_back(p);
    return s.partners.back();
}

inline void addLink(Session &s, const QString &id, const QString &from, const QString &to,
                    LinkKind kind, LinkDirection dir = LinkDirection::None,
                    Valence valence = Valence::Neutral, const QString &label = QString())
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.kind = kind;
    l.direction = dir;
    l.valence = valence;
    l.label = label;
    s.links.push_back(l);
}

inline Participant participant(const char *id, const char *code, const char *role, RoleGroup g)
{
    Participant p;
    p.id = QString::fromUtf8(id);
    p.code = QString::fromUtf8(code);
    p.role = QString::fromUtf8(role);
    p.roleGroup = g;
    return p;
}

/// A map like the study's example school (basisschool 1): ~30 partners with long
/// Dutch labels in several sectors and rings, links, marks, missing partners, a group.
Session realisticSession();

/// 50 partners crowded in one sector, all with long labels.
Session crowdedSession();

} // namespace nwk::test
