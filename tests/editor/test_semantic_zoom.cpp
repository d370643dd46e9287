// SPDX-License-Identifier: GPL-3.0-or-later
// Semantic zoom (issue #17): partner labels keep a readable size on screen at every
// zoom; zoomed out, long labels are shortened and link labels and counts left out;
// a hovered or selected partner shows its whole label; zoomed in, everything is back.
// Zooming is a view matter: it never touches the undo history.
#include "canvasfixture.h"

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kLong = QStringLiteral("Universiteiten en hogescholen");

QString partnerId(const Session &s, const QString &label)
{
    for (const Partner &p : s.partners)
        if (p.label == label)
            return p.id;
    FAIL("no partner " << label.toStdString());
    return {};
}

/// The label box size of partner `id` with the scene's options, and whole.
QSizeF labelSize(const ExampleWindow &w, const QString &id, bool whole)
{
    RenderOptions o = w.scene().renderOptions();
    if (whole)
        o.labelMaxChars = 0;
    return w.scene().mapPainter().partnerLabelSize(w.session(), id, o);
}

const PartnerItem *item(const ExampleWindow &w, const QString &id)
{
    const auto *it = static_cast<const PartnerItem *>(w.scene().partnerItem(id));
    REQUIRE(it);
    return it;
}

/// Labels at least the minimum on screen; the long one shortened, link labels out.
void checkZoomedOut(const ExampleWindow &w, const QString &longId)
{
    INFO("zoom " << w.view().zoom() << ", label size " << w.scene().renderOptions().labelSize);
    CHECK(w.labelFontPixels() >= kMinLabelPixels - 0.01);
    CHECK(w.smallestLabelHeight() >= kMinLabelPixels);
    CHECK(w.scene().renderOptions().labelMaxChars > 0);
    CHECK(w.scene().renderOptions().labelMaxChars < kLong.size());
    // The drawn label box is the shortened label's, narrower than the whole one.
    CHECK(item(w, longId)->labelRect().size() == labelSize(w, longId, false));
    CHECK(labelSize(w, longId, false).width() < labelSize(w, longId, true).width() - 1);
    CHECK_FALSE(w.scene().renderOptions().showLinkLabels);
}

} // namespace

TEST_CASE("Zooming out keeps labels readable, shortens them and drops link labels",
          "[canvas][zoom]")
{
    ExampleWindow w(QSize(1366, 768));
    const QString longId = partnerId(w.session(), kLong);
    const int undoSteps = w.window.undoStack()->count();
    const QPoint centre = w.viewport()->rect().center();
    const double fitted = w.view().zoom();

    // The wheel: several notches in one gesture, one layout when the zoom rests.
    const double sizeBefore = w.scene().renderOptions().labelSize;
    for (int i = 0; i < 3; ++i)
        w.wheel(-1, centre);
    CHECK(w.view().zoom() < fitted * 0.6);
    CHECK(w.scene().renderOptions().labelSize == sizeBefore); // not per step
    settle();
    CHECK(w.scene().renderOptions().labelSize > sizeBefore);
    checkZoomedOut(w, longId);
    CHECK_FALSE(w.scene().renderOptions().showCounts);

    // The keyboard, further out still.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&w.view(), Qt::Key_Minus, Qt::ControlModifier);
    settle();
    checkZoomedOut(w, longId);

    // Zoomed in: whole labels, link labels and counts, the style's own size.
    for (int i = 0; i < 16; ++i)
        w.wheel(1, centre);
    settle();
    INFO("zoom " << w.view().zoom());
    CHECK(w.view().zoom() > 2.5);
    CHECK(w.scene().renderOptions().labelMaxChars == 0);
    CHECK(w.scene().renderOptions().labelSize == 0.0);
    CHECK(w.scene().renderOptions().showLinkLabels);
    CHECK(w.scene().renderOptions().showCounts);
    CHECK(item(w, longId)->labelRect().size() == labelSize(w, longId, true));
    CHECK(w.labelFontPixels() >= kMinLabelPixels);

    CHECK(w.window.undoStack()->count() == undoSteps);
    CHECK_FALSE(w.window.document()->isModified());
}

TEST_CASE("A hovered or selected partner shows its whole label", "[canvas][zoom]")
{
    ExampleWindow w(QSize(1366, 768));
    const QString longId = partnerId(w.session(), kLong);
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(&w.view(), Qt::Key_Minus, Qt::ControlModifier);
    settle();
    REQUIRE(w.scene().renderOptions().labelMaxChars > 0);
    const PartnerItem *it = item(w, longId);
    REQUIRE(it->fullLabelRect().isNull());

    // Hover: the pointer on the partner's marker.
    const QPoint at = w.view().mapFromScene(w.scene().partnerPosition(longId));
    QTest::mouseMove(w.viewport(), at);
    QTest::qWait(50);
    REQUIRE_FALSE(it->fullLabelRect().isNull());
    CHECK(it->fullLabelRect().size() == labelSize(w, longId, true));
    CHECK(it->zValue() > item(w, partnerId(w.session(), QStringLiteral("CLB")))->zValue());
    // The whole label is drawn: the item's extent holds it.
    CHECK(it->boundingRect().contains(it->fullLabelRect()));

    // Away: the short label again.
    QTest::mouseMove(w.viewport(), QPoint(3, 3));
    QTest::qWait(50);
    CHECK(it->fullLabelRect().isNull());

    // Selected (Tab walks the partners; a click selects): whole while selected.
    w.scene().selectPartners({longId});
    CHECK_FALSE(it->fullLabelRect().isNull());
    w.scene().clearSelection();
    CHECK(it->fullLabelRect().isNull());
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, at);
    CHECK(w.scene().selectedPartnerIds() == QStringList{longId});
    QTest::mouseMove(w.viewport(), QPoint(3, 3));
    QTest::qWait(50);
    CHECK_FALSE(it->fullLabelRect().isNull());
    CHECK(w.window.undoStack()->count() == 0);
}
