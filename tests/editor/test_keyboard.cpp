// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard on the map: Tab walks the partners, F2 renames in place,
// Ctrl+F finds. Driven with QTest key events on the real view.
#include "editorfixture.h"

#include "nwk/editor/mapview.h"

#include <QLineEdit>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");
const QString kPa3 = QStringLiteral("pa3");

/// The partner is on screen, clear of the edges (the view shows it with as much of the
/// map around it as fits: tests/editor/test_find_partner.cpp).
bool shownInView(const Window &w, const QString &id)
{
    const QRectF inner = QRectF(w.viewport()->rect()).adjusted(20, 20, -20, -20);
    return inner.contains(w.view().mapFromScene(w.scene().partnerPosition(id)));
}
} // namespace

TEST_CASE("Tab and Shift+Tab walk the partners by sector and show each in the view", "[keyboard]")
{
    SessionFile file;
    Window w(file.path);
    // Sector order: pa2 (professionalisering), pa1 (zorg), pa3 (intern); pa4 is unplaced.
    CHECK(w.scene().partnerOrder() == QStringList{kPa2, kPa1, kPa3});
    w.view().zoomIn();
    w.view().zoomIn();

    QTest::keyClick(&w.view(), Qt::Key_Tab);
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa2});
    CHECK(shownInView(w, kPa2));
    CHECK(w.view().hasFocus());

    QTest::keyClick(&w.view(), Qt::Key_Tab);
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa1});
    CHECK(shownInView(w, kPa1));
    QTest::keyClick(&w.view(), Qt::Key_Tab);
    QTest::keyClick(&w.view(), Qt::Key_Tab); // wraps around
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa2});

    QTest::keyClick(&w.view(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa3});
    CHECK(w.view().hasFocus());
}

TEST_CASE("F2 renames the selected partner in place, in one undo step", "[keyboard]")
{
    SessionFile file;
    Window w(file.path);
    const int steps = w.stack().count();
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(kPa1));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{kPa1});

    QTest::keyClick(&w.view(), Qt::Key_F2);
    REQUIRE(w.view().renameEditor() != nullptr);
    auto *edit = w.viewport()->findChild<QLineEdit *>(QStringLiteral("inlineRenameEdit"));
    REQUIRE(edit);
    CHECK(edit->isVisible());
    CHECK(edit->hasFocus());
    CHECK(edit->text() == QStringLiteral("CLB"));

    SECTION("Enter commits")
    {
        QTest::keyClicks(edit, QStringLiteral("CLB Antwerpen")); // replaces the selected text
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(w.view().renameEditor() == nullptr);
        CHECK(w.partner(kPa1).label == QStringLiteral("CLB Antwerpen"));
        CHECK(w.stack().count() == steps + 1);
        CHECK(w.view().hasFocus());
        REQUIRE(w.window.save());
        CHECK(file.read().partner(kPa1)->label == QStringLiteral("CLB Antwerpen"));
        w.stack().undo();
        CHECK(w.partner(kPa1).label == QStringLiteral("CLB"));
    }
    SECTION("Esc cancels")
    {
        QTest::keyClicks(edit, QStringLiteral("Weg"));
        QTest::keyClick(edit, Qt::Key_Escape);
        CHECK(w.view().renameEditor() == nullptr);
        CHECK(w.partner(kPa1).label == QStringLiteral("CLB"));
        CHECK(w.stack().count() == steps);
    }
}

TEST_CASE("Ctrl+F finds partners: matches marked, Enter selects and shows the next",
          "[keyboard][find]")
{
    SessionFile file;
    Window w(file.path);
    w.view().zoomIn();
    w.view().zoomIn();

    QTest::keyClick(&w.view(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = w.window.findChild<QLineEdit *>(QStringLiteral("mapFindEdit"));
    REQUIRE(edit);
    CHECK(edit->isVisible());
    CHECK(edit->hasFocus());

    QTest::keyClicks(edit, QStringLiteral("o")); // hOgeschool, Ouders; not CLB
    CHECK(w.scene().foundPartners() == QStringList{kPa2, kPa3});
    QTest::keyClicks(edit, QStringLiteral("u")); // "ou": Ouders
    CHECK(w.scene().foundPartners() == QStringList{kPa3});

    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa3});
    CHECK(shownInView(w, kPa3));

    QTest::keyClick(edit, Qt::Key_Escape);
    CHECK_FALSE(edit->isVisible());
    CHECK(w.scene().foundPartners().isEmpty());
    CHECK(w.view().hasFocus());
}
