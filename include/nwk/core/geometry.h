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
    double outerRadius = 500.0; ///< distance 1
    double schoolRadius = 70.0; ///< distance 0 (rim of the school disc)
    int sectorCount = 7;
    int ringCount = 3;

    static MapGeometry forSession(const Session &s, double outerRadius = 500.0);

    /// Plane point for a placement (y grows downwards, as in Qt).
    QPointF toPoint(const Placement &p) const;
    /// Placement for a plane point; distance clamped to 0..1, angle normalised.
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
    /// and the rim: r(d)^2 = schoolRadius^2 + d * (outerRadius^2 - schoolRadius^2).
    double radiusFor(double distance) const;
    /// Inverse of radiusFor: the distance (clamped to 0..1) drawn at a radius.
    double distanceFor(double radius) const;
    QRectF bounds() const { return {-outerRadius, -outerRadius, 2 * outerRadius, 2 * outerRadius}; }
};

/// Angle normalised to [0, 360).
double normalizeAngle(double degrees);

} // namespace nwk
