// SPDX-License-Identifier: GPL-3.0-or-later
// The editor with labels at their maximum length (10,000 characters without a space):
// the scene lays them out and paints them (the same wrapping as the exports, which took
// minutes per label before it was near-linear), and a drag re-lays them out.
#include "editorfixture.h"

#include <QImage>

using namespace nwk;
using namespace nwk::test;

namespace {

QString word(const QString &seed, int n)
{
    return seed.repeated(n / static_cast<int>(seed.size()) + 1).left(n);
}

} // namespace

TEST_CASE("Labels of 10,000 characters are laid out and painted on the map", "[map][longtext]")
{
    Session s = sampleSession();
    const QRectF normal = [&] {
        SessionFile file(s);
        Window w(file.path);
        return w.scene().mapRect();
    }();
    s.meta.schoolName = word(QStringLiteral("Regenboogschool"), 10000);
    for (Partner &p : s.partners) {
        p.label = word(QStringLiteral("partnerlabel"), 10000);
        p.notes = word(QStringLiteral("notitie"), 100000);
    }
    for (Link &l : s.links)
        l.label = word(QStringLiteral("verbindingslabel"), 10000);
    REQUIRE_FALSE(s.partners.empty());
    REQUIRE_FALSE(s.links.empty());
    SessionFile file(s);
    Window w(file.path);

    // Each label is wrapped and elided into a small box: the map keeps its size.
    const QRectF map = w.scene().mapRect();
    CHECK(map.width() < 2.0 * normal.width());
    CHECK(map.height() < 2.0 * normal.height());
    const QString id = s.partners.front().id;
    REQUIRE(w.scene().partnerItem(id));
    CHECK(w.scene().partnerItem(id)->boundingRect().width() < 400.0);

    // Painting the whole view, selecting the partner and dragging it (the label layout
    // again) all complete.
    const QImage image = w.viewport()->grab().toImage();
    CHECK_FALSE(image.isNull());
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(id));
    CHECK(w.scene().selectedPartnerIds() == QStringList{id});
    const Placement before = *w.partner(id).placement;
    w.drag(w.pixelOfPartner(id), w.pixelOf({0.8, before.angle}));
    CHECK(w.partner(id).placement->distance > before.distance);
    CHECK_FALSE(w.viewport()->grab().toImage().isNull());
}
