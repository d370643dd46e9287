// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's scene draws the map as the exports do: partners whose markers would overlap
// are drawn apart (stored placements unchanged), and links attach to the drawn markers.
#include "editorfixture.h"
#include "textrecorder.h"

#include "../../src/editor/scene/mapitems.h"

#include "nwk/render/mappainter.h"

#include <QGraphicsLineItem>
#include <QPainter>

#include <utility>

using namespace nwk;
using namespace nwk::test;

namespace {
/// The session's first two placed partners, the second moved onto the first's spot.
std::pair<Partner *, Partner *> twoOnOneSpot(Session &s)
{
    std::vector<QString> placed;
    for (const Partner &p : s.partners)
        if (p.placement)
            placed.push_back(p.id);
    REQUIRE(placed.size() >= 2);
    Partner *a = s.partner(placed[0]);
    Partner *b = s.partner(placed[1]);
    b->placement = a->placement;
    b->category = a->category;
    return {a, b};
}
} // namespace

TEST_CASE("Scene: partners on one spot are drawn apart, links end at the drawn markers",
          "[editor][scene][spread]")
{
    Session s = sampleSession();
    // Two placed partners on the very same spot, linked to each other.
    const auto [a, b] = twoOnOneSpot(s);
    const Placement stored = *a->placement;
    Link l;
    l.id = QStringLiteral("l-spread");
    l.from = a->id;
    l.to = b->id;
    s.links.push_back(l);
    SessionFile file(s);
    Window w(file.path);

    const MapLayout layout = MapPainter().layoutMap(w.doc().session(), w.scene().renderOptions());
    QGraphicsItem *ia = w.scene().partnerItem(a->id);
    QGraphicsItem *ib = w.scene().partnerItem(b->id);
    REQUIRE(ia);
    REQUIRE(ib);
    // Drawn apart, as every export draws them; the stored placements are unchanged.
    CHECK(ia->pos() == layout.partners.value(a->id).position);
    CHECK(ib->pos() == layout.partners.value(b->id).position);
    CHECK(QLineF(ia->pos(), ib->pos()).length() > 20.0);
    CHECK(w.doc().session().partner(a->id)->placement->distance == stored.distance);
    CHECK(w.doc().session().partner(b->id)->placement->angle == stored.angle);
    // The link runs between the drawn markers.
    auto *link = static_cast<LinkItem *>(w.scene().linkItem(l.id));
    REQUIRE(link);
    CHECK(link->line().p1() == ia->pos());
    CHECK(link->line().p2() == ib->pos());
}

TEST_CASE("Scene: a group's outline goes around its members where they are drawn",
          "[editor][scene][spread][groups]")
{
    Session s = sampleSession();
    // Two placed partners on the very same spot, the only members of a group.
    const auto [a, b] = twoOnOneSpot(s);
    s.groups.clear();
    Group g;
    g.id = QStringLiteral("g-spread");
    g.label = QStringLiteral("Samen");
    g.members = {a->id, b->id};
    s.groups.push_back(g);
    SessionFile file(s);
    Window w(file.path);

    QGraphicsItem *ia = w.scene().partnerItem(a->id);
    QGraphicsItem *ib = w.scene().partnerItem(b->id);
    REQUIRE(ia);
    REQUIRE(ib);
    REQUIRE(QLineF(ia->pos(), ib->pos()).length() > 20.0); // drawn apart
    QGraphicsItem *group = nullptr;
    for (QGraphicsItem *item : w.scene().items())
        if (auto *gi = dynamic_cast<GroupItem *>(item); gi && gi->groupId() == g.id)
            group = gi;
    REQUIRE(group);
    // What the group item paints (map units: the item sits at the origin).
    TextRecorder recorder(QSize(1000, 1000));
    {
        QPainter painter(&recorder);
        painter.translate(group->pos());
        group->paint(&painter, nullptr, nullptr);
    }
    REQUIRE_FALSE(recorder.paths().empty());
    // The outline (the largest path) holds both markers where they are drawn.
    QPainterPath outline;
    for (const QPainterPath &path : recorder.paths())
        if (path.boundingRect().width() * path.boundingRect().height() >
            outline.boundingRect().width() * outline.boundingRect().height())
            outline = path;
    const double r = MapPainter().style().partnerRadius;
    for (const QGraphicsItem *item : {ia, ib}) {
        const QRectF marker(item->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r));
        CHECK(outline.contains(marker));
    }
}
