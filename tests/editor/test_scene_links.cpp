// SPDX-License-Identifier: GPL-3.0-or-later
// The scene's link index (links by end) and the document's look-ups (partner by
// id, groups of a partner) stay true while links are added, re-ended, removed
// and undone: after every step each link item lies between its ends, wherever
// the partners were dragged.
#include "editorfixture.h"

#include "nwk/editor/changevalue.h"

#include <QPainterPath>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");
const QString kPa3 = QStringLiteral("pa3");

QPointF endAt(const Window &w, const QString &end)
{
    return end == kSchoolId ? QPointF(0, 0) : w.scene().partnerPosition(end);
}

/// The scene's extent is what a whole new layout gives (link changes take it from the
/// last layout's content instead of laying out again).
void requireMapRectCurrent(const Window &w)
{
    const Session &s = w.doc().session();
    const QRectF full = w.scene().mapPainter().mapBounds(s, w.scene().renderOptions());
    CHECK(w.scene().mapRect() == full.united(MapGeometry::forSession(s).bounds()));
}

/// Every link of the session has a visible item on the line between its ends'
/// current positions (the item's hit area: a band 10 map units wide).
void requireLinksFollow(const Window &w)
{
    for (const Link &l : w.doc().session().links) {
        INFO("link " << l.id.toStdString() << " " << l.from.toStdString() << "-"
                     << l.to.toStdString());
        const QGraphicsItem *item = w.scene().linkItem(l.id);
        REQUIRE(item);
        CHECK(item->isVisible());
        const QPointF a = endAt(w, l.from);
        const QPointF b = endAt(w, l.to);
        REQUIRE(QLineF(a, b).length() > 40);
        const QLineF normal = QLineF(a, b).normalVector().unitVector();
        const QPointF off = (normal.p2() - normal.p1()) * 15.0;
        const QPainterPath shape = item->shape();
        for (const double t : {0.1, 0.5, 0.9}) {
            const QPointF on = a + (b - a) * t;
            CHECK(shape.contains(on));
            CHECK_FALSE(shape.contains(on + off));
            CHECK_FALSE(shape.contains(on - off));
        }
    }
    requireMapRectCurrent(w);
}

/// The document's hashed look-ups agree with a search of the session.
void requireLookupsMatch(const Window &w)
{
    const Session &s = w.doc().session();
    for (const Partner &p : s.partners) {
        CHECK(w.doc().partner(p.id) == &p);
        QStringList groups;
        for (const Group &g : s.groups)
            if (g.members.contains(p.id))
                groups.append(g.id);
        CHECK(w.doc().groupsOf(p.id) == groups);
    }
    CHECK(w.doc().partner(QStringLiteral("nobody")) == nullptr);
}

QString linkIdBetween(const Session &s, const QString &a, const QString &b)
{
    for (const Link &l : s.links)
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return l.id;
    return {};
}
} // namespace

TEST_CASE("Links follow dragged partners while links are added, re-ended, removed and undone",
          "[scene][links]")
{
    SessionFile file;
    Window w(file.path);
    requireLinksFollow(w);
    requireLookupsMatch(w);

    // A new link (Shift-drag) follows its ends.
    w.drag(w.pixelOfPartner(kPa3), w.pixelOfPartner(kPa1), Qt::ShiftModifier);
    const QString added = linkIdBetween(w.doc().session(), kPa3, kPa1);
    REQUIRE_FALSE(added.isEmpty());
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.7, 140.0}));
    REQUIRE(w.partner(kPa1).placement->angle == Approx(140.0).margin(1.0));
    requireLinksFollow(w);
    w.drag(w.pixelOfPartner(kPa3), w.pixelOf({0.6, 300.0}));
    requireLinksFollow(w);

    // A link that gets another end follows the new end, no longer the old one.
    w.stack().push(new ChangeValue<LinkField<&Link::to>>(&w.doc(), QStringLiteral("l1"), kPa3,
                                                         QStringLiteral("Re-end l1")));
    REQUIRE(w.doc().session().link(QStringLiteral("l1"))->to == kPa3);
    requireLinksFollow(w);
    w.drag(w.pixelOfPartner(kPa3), w.pixelOf({0.9, 315.0}));
    requireLinksFollow(w);
    w.drag(w.pixelOfPartner(kPa2), w.pixelOf({0.45, 60.0}));
    requireLinksFollow(w);

    // Deleting pa1 takes its links and its place in group g1; dragging the others
    // moves only what is left.
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(kPa1));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{kPa1});
    QTest::keyClick(&w.view(), Qt::Key_Delete);
    REQUIRE_FALSE(w.doc().session().partner(kPa1));
    CHECK(w.scene().linkItem(added) == nullptr);
    CHECK(w.scene().linkItem(QStringLiteral("l1")) == nullptr);
    requireLookupsMatch(w);
    w.drag(w.pixelOfPartner(kPa3), w.pixelOf({0.7, 290.0}));
    requireLinksFollow(w);

    // Undo everything and redo it again: after every step the links lie between
    // their ends and the look-ups are true.
    int undone = 0;
    while (w.stack().canUndo()) {
        w.stack().undo();
        ++undone;
        INFO("after undo " << undone);
        requireLinksFollow(w);
        requireLookupsMatch(w);
    }
    CHECK(undone == 8);
    CHECK(w.doc().session().links.size() == 3);
    CHECK(w.scene().linkItem(added) == nullptr);
    while (w.stack().canRedo()) {
        w.stack().redo();
        requireLinksFollow(w);
        requireLookupsMatch(w);
    }
    CHECK_FALSE(w.doc().session().partner(kPa1));
    // pa1 back once more (undo the last drag and the delete), then dragged: its links
    // (also the one added first) follow.
    w.stack().undo();
    w.stack().undo();
    REQUIRE(w.scene().linkItem(added) != nullptr);
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf({0.35, 110.0}));
    requireLinksFollow(w);
    requireLookupsMatch(w);
}
