// SPDX-License-Identifier: GPL-3.0-or-later
// A drag in the whole window (issue #24): the docks update once, when the drag ends, and
// the map's items, drawn from cached pixmaps, show every change of what they draw.
#include "editorfixture.h"

#include "../../src/editor/research/measuresdock.h"
#include "../../src/editor/scene/mapitems.h"
#include "nwk/editor/changevalue.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeWidget>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

using namespace nwk;
using namespace nwk::test;

namespace {

QString meanDistance(MeasuresDock *dock)
{
    const auto found = dock->summary()->findItems(QStringLiteral("Mean distance (stated)"),
                                                  Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QStringLiteral("<no row>") : found.first()->text(1);
}

/// The view as the user sees it (items drawn from their cached pixmaps).
QImage shot(const Window &w)
{
    QTest::qWait(250); // the view's zoom settles, the scene's posted work runs
    return w.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// The view with every item drawn afresh (no cached pixmap), as before item caching.
QImage freshShot(const Window &w)
{
    std::vector<std::pair<QGraphicsItem *, QGraphicsItem::CacheMode>> modes;
    for (QGraphicsItem *item : w.scene().items()) {
        modes.emplace_back(item, item->cacheMode());
        item->setCacheMode(QGraphicsItem::NoCache);
    }
    const QImage image = shot(w);
    for (const auto &[item, mode] : modes)
        item->setCacheMode(mode);
    return image;
}

/// Pixels that differ clearly (more than antialiasing rounding: a glyph, a line).
int differing(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])),
                                    std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pb[x]))});
            count += d > 60 ? 1 : 0;
        }
    }
    return count;
}

/// After `change`, the view differs from before it and shows what a fresh drawing shows.
template <typename Change> void checkCacheFollows(Window &w, Change change)
{
    const QImage before = shot(w);
    change();
    const QImage after = shot(w);
    CHECK(differing(before, after) > 30);       // the change is visible at all
    CHECK(differing(after, freshShot(w)) < 15); // and no item shows its old drawing
}

} // namespace

TEST_CASE("The docks follow a drag once, when it ends, however long the pointer rests",
          "[windowdrag][measuresdock]")
{
    SessionFile file;
    Window w(file.path);
    auto *dock = w.window.findChild<MeasuresDock *>(QStringLiteral("measuresDock"));
    REQUIRE(dock);
    dock->toggleViewAction()->trigger();
    REQUIRE(dock->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return dock->computeCount() >= 1; }, 5000));
    const int computed = dock->computeCount();
    const QString distanceBefore = meanDistance(dock);
    const QPointF itemBefore = w.scene().partnerItem(QStringLiteral("pa1"))->pos();
    QSignalSpy partnersChanged(&w.doc(), &SessionDocument::partnersChanged);
    QSignalSpy changed(&w.doc(), &SessionDocument::changed);

    // A slow drag of CLB towards the school, resting longer than the dock waits.
    const QPoint from = w.pixelOfPartner(QStringLiteral("pa1"));
    const QPoint to = w.view().mapFromScene(QPointF(0, 0));
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i) {
        QTest::mouseMove(w.viewport(), from + (to - from) * i / 8);
        QTest::qWait(MeasuresDock::kSettleMs + 100);
    }
    // The map followed every step; no dock heard of them.
    CHECK(w.scene().partnerItem(QStringLiteral("pa1"))->pos() != itemBefore);
    CHECK(w.doc().isLive());
    CHECK(partnersChanged.isEmpty());
    CHECK(changed.isEmpty());
    CHECK(dock->computeCount() == computed);
    CHECK(meanDistance(dock) == distanceBefore);

    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, from + (to - from) * 4 / 8);
    CHECK_FALSE(w.doc().isLive());
    // One announcement of the whole drag, which the dock computes once.
    REQUIRE(partnersChanged.size() == 1);
    CHECK(partnersChanged.front().front().toStringList() == QStringList{QStringLiteral("pa1")});
    REQUIRE(QTest::qWaitFor([&] { return dock->computeCount() == computed + 1; }, 5000));
    QTest::qWait(MeasuresDock::kSettleMs + 100);
    CHECK(dock->computeCount() == computed + 1);
    CHECK(meanDistance(dock) != distanceBefore);
    CHECK(w.stack().count() == 1); // one undo step, as before
}

TEST_CASE("A partner's cached drawing follows a new label", "[windowdrag][cache]")
{
    SessionFile file;
    Window w(file.path);
    w.scene().selectPartners({QStringLiteral("pa2")});
    auto *edit = w.window.findChild<QLineEdit *>(QStringLiteral("partnerLabelEdit"));
    REQUIRE(edit);
    REQUIRE(edit->isEnabled());
    checkCacheFollows(w, [&] {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Hogeschool Gent"));
        w.view().setFocus();
    });
    CHECK(w.partner(QStringLiteral("pa2")).label == QStringLiteral("Hogeschool Gent"));
}

TEST_CASE("The items' cached drawings follow the zoom and the label size it sets",
          "[windowdrag][cache]")
{
    SessionFile file;
    Window w(file.path);
    checkCacheFollows(w, [&] { w.view().zoomIn(); });
    // Zooming out far: the semantic zoom makes labels larger on the map.
    const double labelSize = w.scene().renderOptions().labelSize;
    checkCacheFollows(w, [&] {
        for (int i = 0; i < 4; ++i)
            w.view().zoomOut();
    });
    CHECK(w.scene().renderOptions().labelSize != labelSize);
}

TEST_CASE("The items' cached drawings follow the session's language", "[windowdrag][cache]")
{
    SessionFile file;
    Window w(file.path);
    REQUIRE(w.doc().session().meta.language != QStringLiteral("en"));
    checkCacheFollows(w, [&] {
        w.doc().push(new ChangeValue<MetaField<&Meta::language>>(
            &w.doc(), QString(), QStringLiteral("en"), QStringLiteral("Language")));
    });
}

TEST_CASE("The link layer's pixmap follows a link's kind and selection", "[windowdrag][cache]")
{
    SessionFile file;
    Window w(file.path);
    auto *item = qgraphicsitem_cast<LinkItem *>(w.scene().linkItem(QStringLiteral("l3")));
    REQUIRE(item);
    CHECK_FALSE(item->drawsItself()); // in the layer's pixmap
    checkCacheFollows(w, [&] {
        w.doc().push(new ChangeValue<LinkField<&Link::kind>>(
            &w.doc(), QStringLiteral("l3"), LinkKind::Funds, QStringLiteral("Kind")));
    });
    checkCacheFollows(w, [&] { item->setSelected(true); });
    checkCacheFollows(w, [&] { w.stack().undo(); });
}

TEST_CASE("A drag draws the dragged partner's links apart, the layer keeps the others",
          "[windowdrag][cache]")
{
    SessionFile file;
    Window w(file.path);
    auto link = [&](const char *id) {
        return qgraphicsitem_cast<LinkItem *>(w.scene().linkItem(QString::fromUtf8(id)));
    };
    REQUIRE(link("l1"));
    REQUIRE(link("l2"));
    REQUIRE(link("l3"));
    const QPoint from = w.pixelOfPartner(QStringLiteral("pa1"));
    const QPoint to = w.view().mapFromScene(QPointF(0, 0));
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 3; ++i) {
        const QImage before = shot(w);
        QTest::mouseMove(w.viewport(), from + (to - from) * i / 6);
        const QImage after = shot(w);
        REQUIRE(w.doc().isLive());
        // pa1's links (l1 to pa2, l2 to the school) follow it; l3 stays in the pixmap.
        CHECK(link("l1")->drawsItself());
        CHECK(link("l2")->drawsItself());
        CHECK_FALSE(link("l3")->drawsItself());
        CHECK(differing(before, after) > 30);
        CHECK(differing(after, freshShot(w)) < 15);
    }
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, from + (to - from) * 3 / 6);
    CHECK_FALSE(w.doc().isLive());
    // Back in the layer, drawn where they are now.
    CHECK_FALSE(link("l1")->drawsItself());
    CHECK_FALSE(link("l2")->drawsItself());
    const QImage after = shot(w);
    CHECK(differing(after, freshShot(w)) < 15);
    // Undo moves pa1 back: the layer draws its links at the old spot again.
    checkCacheFollows(w, [&] { w.stack().undo(); });
}
