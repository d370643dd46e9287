// SPDX-License-Identifier: GPL-3.0-or-later
// The bounds the painter reports (mapBounds, legendBounds, titleBounds, partnerBounds,
// markerBounds) against the pixels it paints: everything painted lies inside them, and
// switching a piece off removes pixels only where its bounds say it is. The editor sizes
// its items and the exports size their pages by these rectangles: a piece painted outside
// would be cut off or leave trails.
#include "render_fixtures.h"

#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <functional>

using namespace nwk;

namespace {

/// What was painted into a transparent image of map rect `area` at `scale` px per unit.
struct Painted {
    QImage image;
    QRectF area;
    double scale = 1.0;

    /// Pixel (x, y) as a map rectangle.
    QRectF pixelRect(int x, int y) const
    {
        return {area.left() + x / scale, area.top() + y / scale, 1.0 / scale, 1.0 / scale};
    }
    /// The map rectangle of the pixels for which `keep(row of this, row of other, x)`
    /// holds (empty when none); `other` is an image of the same size, or this one.
    template <typename Keep> QRectF extent(const QImage &other, Keep keep) const
    {
        int left = image.width(), top = image.height(), right = -1, bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const auto *otherRow = reinterpret_cast<const QRgb *>(other.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                if (keep(row[x], otherRow[x])) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
        }
        if (right < 0)
            return {};
        return pixelRect(left, top).united(pixelRect(right, bottom));
    }
    /// Where anything was painted (alpha above anti-aliasing's faintest fringe).
    QRectF inked() const
    {
        return extent(image, [](QRgb px, QRgb) { return qAlpha(px) > 16; });
    }
};

Painted paint(const QRectF &area, double scale, const std::function<void(QPainter &)> &draw)
{
    Painted out{QImage(static_cast<int>(area.width() * scale),
                       static_cast<int>(area.height() * scale),
                       QImage::Format_ARGB32_Premultiplied),
                area, scale};
    out.image.fill(Qt::transparent);
    QPainter p(&out.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    p.translate(-area.topLeft());
    draw(p);
    p.end();
    return out;
}

/// The map rectangle of the pixels that differ between two paintings of one area.
QRectF changed(const Painted &a, const Painted &b)
{
    return a.extent(b.image, [](QRgb pa, QRgb pb) { return pa != pb; });
}

/// `outer` contains `inner` up to `slack` map units (anti-aliasing, pixel rounding).
bool covers(const QRectF &outer, const QRectF &inner, double slack)
{
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner);
}

QRectF grown(const QRectF &r, double by)
{
    return r.adjusted(-by, -by, by, by);
}

std::string str(const QRectF &r)
{
    return Catch::Detail::stringify(r);
}

} // namespace

TEST_CASE("mapBounds with legendBounds and titleBounds hold what paintMap paints",
          "[render][pieces]")
{
    const Session s = test::realisticSession();
    const MapPainter painter;
    RenderOptions o;
    o.transparentBackground = true; // no paper under the map: only what is drawn on it
    const QRectF bounds = painter.mapBounds(s, o);
    REQUIRE_FALSE(bounds.isEmpty());
    // Room around the bounds, so that a piece painted outside them shows.
    const QRectF area = grown(bounds, 0.15 * std::max(bounds.width(), bounds.height()));
    const double scale = 0.5;
    const double slack = 1.5 / scale;
    auto map = [&](const RenderOptions &opt) {
        return paint(area, scale, [&](QPainter &p) { painter.paintMap(p, s, opt); });
    };
    const Painted full = map(o);
    const QRectF inked = full.inked();
    INFO("bounds " << str(bounds) << ", painted " << str(inked));
    CHECK(covers(bounds, inked, slack));
    // Not much more: the bounds keep a margin of about 20 units around the drawing.
    const double margin = 40.0;
    CHECK(inked.left() < bounds.left() + margin);
    CHECK(inked.right() > bounds.right() - margin);
    CHECK(inked.top() < bounds.top() + margin);
    CHECK(inked.bottom() > bounds.bottom() - margin);

    // The legend: what it paints is inside legendBounds, right of the disc.
    RenderOptions noLegend = o;
    noLegend.showLegend = false;
    const QRectF legendInk = changed(full, map(noLegend));
    const QRectF legend = painter.legendBounds(s, o);
    INFO("legend bounds " << str(legend) << ", painted " << str(legendInk));
    REQUIRE_FALSE(legendInk.isEmpty());
    CHECK(covers(legend, legendInk, slack));
    CHECK(legendInk.left() > MapGeometry::forSession(s).outerRadius);
    CHECK(painter.legendBounds(s, noLegend).isEmpty());
    CHECK(covers(painter.mapBounds(s, noLegend), map(noLegend).inked(), slack));
    CHECK(painter.mapBounds(s, noLegend).width() < bounds.width() - legendInk.width() / 2);

    // The title: inside titleBounds, above the disc.
    RenderOptions noTitle = o;
    noTitle.showTitle = false;
    const QRectF titleInk = changed(full, map(noTitle));
    const QRectF title = painter.titleBounds(s, o);
    INFO("title bounds " << str(title) << ", painted " << str(titleInk));
    REQUIRE_FALSE(titleInk.isEmpty());
    CHECK(covers(title, titleInk, slack));
    CHECK(titleInk.bottom() < -MapGeometry::forSession(s).outerRadius);
}

TEST_CASE("partnerBounds and markerBounds hold what paintPartner paints", "[render][pieces]")
{
    const Session s = test::realisticSession();
    const MapPainter painter;
    const RenderOptions o;
    const LabelPlacements labels = painter.layoutLabels(s, o);
    const double scale = 2.0;
    const double slack = 1.5 / scale;
    int checked = 0;
    for (const Partner &p : s.partners) {
        if (!p.placement)
            continue;
        INFO("partner " << p.id.toStdString() << " " << p.label.toStdString());
        const QRectF label = labels.value(p.id);
        REQUIRE_FALSE(label.isEmpty());
        const QRectF bounds = painter.partnerBounds(s, p.id, o, label); // no layout per partner
        const QRectF marker = painter.markerBounds(s, p.id, o);
        const QRectF area = grown(bounds, 80.0);
        // The item as the editor's scene paints it: marker and label.
        const Painted whole =
            paint(area, scale, [&](QPainter &q) { painter.paintPartner(q, s, p.id, o, label); });
        const QRectF inked = whole.inked();
        INFO("bounds " << str(bounds) << ", painted " << str(inked));
        CHECK(covers(bounds, inked, slack));
        // The label's pixels (painted with, not without, its rect) are in the label rect
        // (with the leader to it, between marker and label), the rest (the marker and its
        // decorations) in markerBounds.
        const Painted bare =
            paint(area, scale, [&](QPainter &q) { painter.paintPartner(q, s, p.id, o, QRectF()); });
        const QRectF labelInk = changed(whole, bare);
        const QRectF markerInk = bare.inked();
        INFO("label " << str(label) << ", painted " << str(labelInk) << "; marker " << str(marker)
                      << ", painted " << str(markerInk));
        CHECK_FALSE(labelInk.isEmpty());
        CHECK(covers(label.united(marker), labelInk, slack));
        CHECK(labelInk.intersects(label));
        // markerBounds() is the hit area: the outline's stroke may reach over it by half
        // its width.
        CHECK(covers(marker, markerInk, slack + painter.style().lineWidth / 2));
        ++checked;
    }
    CHECK(checked >= 20);
}
