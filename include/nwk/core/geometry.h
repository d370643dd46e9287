// SPDX-License-Identifier: GPL-3.0-or-later
// Map geometry: sectors from categories, rings from distance, polar <-> plane.
// Pure functions of the session's categories and rings; no Qt GUI.
#pragma once

#include "nwk/core/session.h"

#include <QPointF>
#include <QRectF>

namespace nwk {

/// Geometry of a map drawn in a square of side 2*outerRadius centred on (0,0).
struct MapGeometry {
    double outerRadius = 500.0; ///< the disc's edge: distance 1, plus the band when there is one
    double schoolRadius = 70.0; ///< distance 0 (rim of the school disc)
    int sectorCount = 7;
    int ringCount = 3;
    /// Width of the outer band "afstand niet besproken" outside the rings, where partners
    /// whose distance was not discussed are drawn (DistanceKind::NotDiscussed); 0 = none
    /// (forSession() gives one only to sessions with such placements).
    double bandWidth = 0.0;

    /// `outerRadius`: the radius of distance 1; a session with placements whose distance
    /// was not discussed gets a band outside it (the disc grows, the rings stay).
    static MapGeometry forSession(const Session &s, double outerRadius = 500.0);
    /// Whether the session has a placement (of a partner, its alternatives, former or
    /// desired placements, or a missing partner) whose distance was not discussed.
    static bool needsBand(const Session &s);

    /// Radius of distance 1 (the outermost ring's edge): outerRadius - bandWidth.
    double ringsRadius() const { return outerRadius - bandWidth; }
    /// Radius at which partners of the not-discussed band are drawn (its middle).
    double bandMidRadius() const;
    /// Radius at which partners "in the school" are drawn (inside the school disc).
    double inSchoolRadius() const { return schoolRadius * 0.5; }

    /// Plane point for a placement (y grows downwards, as in Qt), by its distance kind:
    /// on its ring distance, in the band, on the school's rim, inside the school disc.
    QPointF toPoint(const Placement &p) const;
    /// Placement for a plane point; distance clamped to 0..1, angle normalised. In the
    /// band: NotDiscussed (distance 1). Well inside the school disc (less than 3/4 of its
    /// radius from the centre): InSchool (distance 0); on its rim as before: distance 0.
    Placement toPlacement(QPointF point) const;

    /// Sector index (category order) for an angle; -1 when there are no sectors.
    int sectorAt(double angle) const;
    /// Start angle and span (degrees, clockwise from 12 o'clock) of sector i.
    double sectorStart(int i) const;
    double sectorSpan() const;
    /// Angle at the middle of sector i.
    double sectorMid(int i) const;

    /// Ring index for a distance (0 = innermost).
    int ringAt(double distance) const;
    /// Radius (plane units) of the outer edge of ring i.
    double ringOuterRadius(int i) const;
    /// Distance at the middle of ring i.
    double ringMidDistance(int i) const;

    /// Radius for a distance (clamped to 0..1). Rings have equal area between the school disc
    /// and the rim: r(d)^2 = schoolRadius^2 + d * (ringsRadius()^2 - schoolRadius^2).
    double radiusFor(double distance) const;
    /// Inverse of radiusFor: the distance (clamped to 0..1) drawn at a radius.
    double distanceFor(double radius) const;
    QRectF bounds() const { return {-outerRadius, -outerRadius, 2 * outerRadius, 2 * outerRadius}; }
};

/// Angle normalised to [0, 360).
double normalizeAngle(double degrees);

} // namespace nwk
