// SPDX-License-Identifier: GPL-3.0-or-later
// Marker shapes, partner markers with their decorations, ghosts of missing partners.
#include "render_p.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nwk {
namespace detail {

QColor colorOf(const QString &hex, const QColor &fallback)
{
    const QColor c = QColor::fromString(hex);
    return c.isValid() ? c : fallback;
}

QColor contrastText(const QColor &fill)
{
    const double lum = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return lum > 0.62 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
}

namespace {
QPolygonF regular(int corners, double radius, double startDeg)
{
    QPolygonF poly;
    for (int i = 0; i < corners; ++i) {
        const double a = (startDeg + i * 360.0 / corners) * std::numbers::pi / 180.0;
        poly << QPointF(radius * std::sin(a), -radius * std::cos(a));
    }
    return poly;
}
} // namespace

double shapeOuterFactor(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle:
        return 1.0;
    case MarkerShape::Square:
        return 0.88 * std::numbers::sqrt2;
    case MarkerShape::Triangle:
        return 1.3;
    case MarkerShape::Diamond:
        return 1.18;
    case MarkerShape::Hexagon:
        return 1.06;
    case MarkerShape::Star:
        return 1.3;
    case MarkerShape::Pentagon:
        return 1.1;
    case MarkerShape::Cross:
        return 1.16;
    }
    return 1.0;
}

QPainterPath markerPath(MarkerShape shape, double r)
{
    QPainterPath path;
    const double k = shapeOuterFactor(shape) * r;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(-0.88 * r, -0.88 * r, 1.76 * r, 1.76 * r));
        break;
    case MarkerShape::Triangle: {
        QPolygonF t = regular(3, k, 0.0);
        t.translate(0, 0.12 * r); // visual centre
        path.addPolygon(t);
        break;
    }
    case MarkerShape::Diamond:
        path.addPolygon(regular(4, k, 0.0));
        break;
    case MarkerShape::Hexagon:
        path.addPolygon(regular(6, k, 0.0));
        break;
    case MarkerShape::Pentagon:
        path.addPolygon(regular(5, k, 0.0));
        break;
    case MarkerShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double rad = (i % 2 == 0) ? k : 0.66 * k;
            const double a = i * 36.0 * std::numbers::pi / 180.0;
            star << QPointF(rad * std::sin(a), -rad * std::cos(a) + 0.06 * r);
        }
        path.addPolygon(star);
        break;
    }
    case MarkerShape::Cross: {
        const double a = 1.05 * r;
        const double b = 0.5 * r;
        path.addPolygon(QPolygonF({{-b, -a},
                                   {b, -a},
                                   {b, -b},
                                   {a, -b},
                                   {a, b},
                                   {b, b},
                                   {b, a},
                                   {-b, a},
                                   {-b, b},
                                   {-a, b},
                                   {-a, -b},
                                   {-b, -b}}));
        break;
    }
    }
    path.closeSubpath();
    path.setFillRule(Qt::WindingFill);
    return path;
}

void paintCategoryMarker(QPainter &p, const Category *c, double r, double lineWidth,
                         const MapStyle &st, bool hollow, bool dashed)
{
    p.save();
    const MarkerShape shape = c ? c->marker : MarkerShape::Circle;
    const double k = r / 15.0;
    const QColor fill = c ? colorOf(c->color) : QColor(Qt::white);
    if (c && c->framed && !hollow) {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawPath(markerPath(shape, r + 4.6 * k));
        p.setBrush(Qt::white);
        p.drawPath(markerPath(shape, r + 2.3 * k));
    }
    const QPainterPath path = markerPath(shape, r);
    if (hollow || !c) {
        const QColor line = c ? fill : st.noCategory;
        QPen pen(line, lineWidth * (hollow ? 1.1 : 1.3));
        if (hollow || dashed)
            pen.setDashPattern({3.0, 2.0});
        p.setPen(pen);
        p.setBrush(QColor(255, 255, 255, hollow ? 170 : 255));
    } else {
        QPen pen(fill.darker(150), lineWidth * (dashed ? 1.2 : 0.8));
        if (dashed) {
            pen.setColor(st.text);
            pen.setDashPattern({3.0, 2.0});
        }
        p.setPen(pen);
        p.setBrush(fill);
    }
    p.drawPath(path);
    const QString letter = c ? c->letter.left(2) : QString();
    if (!letter.isEmpty()) {
        QFont f = st.labelFont;
        f.setItalic(false);
        f.setBold(true);
        f.setPixelSize(
            std::max(4, static_cast<int>(std::lround(r * (letter.size() > 1 ? 0.8 : 0.95)))));
        QColor tc = hollow ? fill : contrastText(fill);
        if (hollow)
            tc.setAlpha(190);
        p.setPen(tc);
        const TextMetrics tm(f);
        const double dy = shape == MarkerShape::Triangle ? 0.16 * r : 0.0;
        p.setFont(f);
        drawTextLine(p, QPointF(-tm.width(letter) / 2.0, (tm.ascent() - tm.descent()) / 2.0 + dy),
                     letter);
    }
    p.restore();
}

} // namespace detail
} // namespace nwk
