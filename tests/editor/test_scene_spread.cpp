// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's scene draws the map as the exports do: partners whose markers would overlap
// are drawn apart (stored placements unchanged), and links attach to the drawn markers.
#include "editorfixture.h"

#include "../../src/editor/scene/mapitems.h"

#include "nwk/render/mappainter.h"

#include <QGraphicsLineItem>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Scene: partners on one spot are drawn apart, links end at the drawn markers",
          "[editor][scene][spread]")
{
    Session s = sampleSession();
    // Two placed partners on the very same spot, linked to each other.
    std::vector<QString> placed;
    for (const Partner &p : s.partners)
        if (p.placement)
            placed.push_back(p.id);
    REQUIRE(placed.size() >= 2);
    Partner *a = s.partner(placed[0]);
    Partner *b = s.partner(placed[1]);
    b->placement = a->placement;
    b->category = a->category;
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
