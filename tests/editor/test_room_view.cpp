// SPDX-License-Identifier: GPL-3.0-or-later
// View > Room View (F5) on one screen: the presenter's big-label map over the whole
// main window, and back to editing with F5 or Esc, everything as it was. The
// presenter's "card and map" at 1280x720 and the room view draw partner labels at
// least 16 px tall, measured on what the painter draws.
#include "livefixture.h"
#include "textrecorder.h"

#include "../../src/editor/presentation/roomview.h"

using namespace nwk;
using namespace nwk::test;

namespace {

/// The drawn size (pixels) of every placed partner's label as `map` paints it, one
/// entry per drawn line: text of a partner's label in the partner-label font. Each
/// placed partner's label is drawn at least once in that font.
std::vector<double> drawnLabelSizes(PresenterMap *map, const Session &s)
{
    TextRecorder recorder(map->size());
    map->render(&recorder);
    const int labelFont = PresenterMap::styleFor(s, map->renderOptions()).labelFont.pixelSize();
    std::vector<double> sizes;
    for (const Partner &p : s.partners) {
        if (!p.placement)
            continue;
        INFO("partner label " << p.label.toStdString());
        int found = 0;
        for (const DrawnText &t : recorder.texts()) {
            const QString line = t.text.trimmed();
            if (line.isEmpty() || t.font.pixelSize() != labelFont ||
                !p.label.simplified().contains(line))
                continue;
            ++found;
            sizes.push_back(t.pixelSize());
        }
        CHECK(found > 0);
    }
    REQUIRE_FALSE(sizes.empty());
    return sizes;
}

double smallest(const std::vector<double> &sizes)
{
    return *std::min_element(sizes.begin(), sizes.end());
}

} // namespace

TEST_CASE("F5 shows the room view in the main window, F5 or Esc returns to editing", "[roomview]")
{
    SessionFile file(focusGroupSession());
    for (const QSize size : {QSize(1366, 768), QSize(1280, 720)}) {
        INFO("window " << size.width() << "x" << size.height());
        SizedWindow w(file.path, size);
        Cards c(w.window);
        auto *room = w.find<RoomView>("roomView");
        QTest::qWait(100); // the status bar's recording and playback widgets settle the layout
        const auto before = dockLayout(w.window);
        QTest::mouseClick(w.viewport(), Qt::LeftButton, {},
                          w.pixelOfPartner(QStringLiteral("pa1")));
        REQUIRE(w.window.scene()->selectedPartnerIds() == QStringList{QStringLiteral("pa1")});

        for (const Qt::Key back : {Qt::Key_F5, Qt::Key_Escape}) {
            const int steps = w.stack().count(); // card moves are undo steps: per round
            CHECK_FALSE(room->isVisible());
            w.key(Qt::Key_F5);
            REQUIRE(room->isVisible());
            CHECK_FALSE(c.group->presenter()->isVisible()); // one screen: no window over it
            CHECK(room->geometry() == w.window.rect());
            CHECK(QApplication::focusWidget() == room);
            CHECK(room->map()->highContrast());
            CHECK(smallest(drawnLabelSizes(room->map(), w.doc().session())) >= 16.0);

            // The editor underneath does not take keys: Delete, a mark, a rename.
            for (const auto &[key, modifiers] :
                 {std::pair{Qt::Key_Delete, Qt::KeyboardModifiers()},
                  std::pair{Qt::Key_1, Qt::KeyboardModifiers(Qt::AltModifier)},
                  std::pair{Qt::Key_F2, Qt::KeyboardModifiers()}}) {
                w.key(key, modifiers);
                INFO("key " << QKeySequence(key | modifiers).toString().toStdString());
                CHECK(w.stack().count() == steps);
                CHECK(QApplication::focusWidget() == room);
            }
            CHECK(w.doc().session().partner(QStringLiteral("pa1")) != nullptr);
            // Cards move with a clicker's keys and the Session keys.
            const int card = c.group->currentCardIndex();
            w.key(Qt::Key_PageDown);
            CHECK(c.group->currentCardIndex() == card + 1);
            w.key(Qt::Key_Left, Qt::AltModifier);
            CHECK(c.group->currentCardIndex() == card);

            w.key(back);
            CHECK_FALSE(room->isVisible());
            CHECK(QApplication::focusWidget() == w.window.view());
            // Every dock as it was: visible, floating, area, tabs, geometry when shown. (Not
            // saveState(): Qt re-derives a hidden dock's remembered size, e.g. the Transcript
            // dock's, at a layout pass, which this test cannot hold still.)
            const auto after = dockLayout(w.window);
            for (const auto &[name, look] : before) {
                INFO(name.toStdString());
                CHECK(after.at(name) == look);
            }
            CHECK(w.window.scene()->selectedPartnerIds() == QStringList{QStringLiteral("pa1")});
        }
    }
}

TEST_CASE("The room view follows the window's size and keeps labels at 16 px",
          "[roomview][legible]")
{
    SizedWindow w(exampleFile(), QSize(1280, 720));
    auto *room = w.find<RoomView>("roomView");
    room->enter();
    SizedWindow::settle();
    CHECK(smallest(drawnLabelSizes(room->map(), w.doc().session())) >= 16.0);
    w.window.resize(1366, 768);
    SizedWindow::settle();
    CHECK(room->geometry() == w.window.rect());
    CHECK(smallest(drawnLabelSizes(room->map(), w.doc().session())) >= 16.0);
    room->leave();
}

TEST_CASE("The presenter's card and map at 1280x720 draws partner labels at least 16 px",
          "[presenter][legible]")
{
    SizedWindow w(exampleFile(), QSize(1366, 768));
    Cards c(w.window);
    PresenterWindow *presenter = c.group->presenter();
    c.group->showPresenter(nullptr); // one screen: a window
    presenter->resize(1280, 720);
    presenter->setMode(PresenterWindow::Mode::CardAndMap);
    SizedWindow::settle();
    REQUIRE(presenter->size() == QSize(1280, 720));
    PresenterMap *map = presenter->map();
    REQUIRE(map->isVisible());
    CHECK(map->width() <= 660); // half the window, beside the card
    const Session &s = w.doc().session();
    CHECK(smallest(drawnLabelSizes(map, s)) >= 16.0);
    for (const bool highContrast : {true, false}) {
        presenter->setHighContrast(highContrast);
        CHECK(smallest(drawnLabelSizes(map, s)) >= 16.0);
    }
    // The style's own size would be far too small there (the reason for the minimum).
    map->setMinimumLabelPixels(0);
    CHECK(smallest(drawnLabelSizes(map, s)) < 12.0);
    map->setMinimumLabelPixels(PresenterMap::kMinimumLabelPixels);
    presenter->hide();
}
