// SPDX-License-Identifier: GPL-3.0-or-later
// Find Partner (#23 item 9) at a laptop's 1366x768 with the example: the found partner is
// shown with the map in view; the map is not scrolled off further than needed to show it.
#include "canvasfixture.h"

#include <QLineEdit>

using namespace nwk;
using namespace nwk::test;

namespace {

/// The placed partner farthest from the map's middle whose label finds only itself.
QString farthestFindable(const ExampleWindow &w)
{
    const Session &s = w.session();
    const QPointF middle = w.scene().mapRect().center();
    QString farthest;
    double best = -1;
    for (const Partner &p : s.partners) {
        const QString label = p.label.trimmed();
        if (!p.placement || !w.scene().partnerItem(p.id) || label.size() < 3)
            continue;
        const auto finds =
            std::count_if(s.partners.begin(), s.partners.end(), [&](const Partner &o) {
                return o.label.contains(label, Qt::CaseInsensitive) ||
                       o.fullName.contains(label, Qt::CaseInsensitive);
            });
        const double d = QLineF(middle, w.scene().partnerPosition(p.id)).length();
        if (finds == 1 && d > best) {
            best = d;
            farthest = p.id;
        }
    }
    return farthest;
}

/// Ctrl+F, the label, Enter: as the user finds a partner.
void findPartner(const ExampleWindow &w, const QString &id)
{
    QTest::keyClick(&w.view(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = w.window.findChild<QLineEdit *>(QStringLiteral("mapFindEdit"));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, w.session().partner(id)->label.trimmed());
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
    settle();
}

QRectF visibleScene(const ExampleWindow &w)
{
    return w.view().mapToScene(w.viewport()->rect()).boundingRect();
}

/// The partner's item (marker and label) inside the viewport.
void checkPartnerOnScreen(const ExampleWindow &w, const QString &id)
{
    const QRectF item =
        w.view().mapFromScene(w.scene().partnerItem(id)->sceneBoundingRect()).boundingRect();
    INFO("item on screen " << item.x() << "," << item.y() << " " << item.width() << "x"
                           << item.height());
    CHECK(QRectF(w.viewport()->rect()).adjusted(-1, -1, 1, 1).contains(item));
}

/// On each axis: a map wider than the view fills it and no more; a narrower one stays
/// whole on screen (with fit's 2% margin and a pixel's rounding).
void checkMapNotScrolledOff(const ExampleWindow &w)
{
    const QRectF v = visibleScene(w);
    const QRectF m = w.scene().mapRect();
    const double slack = 0.02 * std::max(m.width(), m.height()) + 2.0 / w.view().zoom();
    INFO("visible " << v.left() << ".." << v.right() << " x " << v.top() << ".." << v.bottom()
                    << ", map " << m.left() << ".." << m.right() << " x " << m.top() << ".."
                    << m.bottom());
    const auto axis = [&](double vLo, double vHi, double mLo, double mHi) {
        if (mHi - mLo >= vHi - vLo) { // wider: no empty room beyond the map's edge
            CHECK(vLo >= mLo - slack);
            CHECK(vHi <= mHi + slack);
        } else { // narrower: the whole map on screen
            CHECK(vLo <= mLo + 1.0 / w.view().zoom());
            CHECK(vHi >= mHi - 1.0 / w.view().zoom());
        }
    };
    axis(v.left(), v.right(), m.left(), m.right());
    axis(v.top(), v.bottom(), m.top(), m.bottom());
}

} // namespace

TEST_CASE("Find Partner at 1366x768 shows the partner with the map in view, not scrolled off",
          "[canvas][find]")
{
    ExampleWindow w(QSize(1366, 768));
    const QString id = farthestFindable(w);
    REQUIRE_FALSE(id.isEmpty());

    SECTION("at fit the whole map stays on screen")
    {
        REQUIRE(visibleScene(w).contains(w.scene().mapRect()));
        const QTransform before = w.view().transform();
        findPartner(w, id);
        checkPartnerOnScreen(w, id);
        CHECK(visibleScene(w).contains(w.scene().mapRect()));
        CHECK(w.view().transform() == before);
    }
    SECTION("zoomed in, the partner at the map's edge comes into view and the map fills it")
    {
        for (int i = 0; i < 3; ++i)
            w.view().zoomIn();
        settle();
        findPartner(w, id);
        checkPartnerOnScreen(w, id);
        checkMapNotScrolledOff(w);
        // Back and forth: the view stays on the map.
        findPartner(w, farthestFindable(w));
        checkMapNotScrolledOff(w);
    }
}
