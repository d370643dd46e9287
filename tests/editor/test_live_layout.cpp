// SPDX-License-Identifier: GPL-3.0-or-later
// View > Live Layout (F10): the docks fold into one slim bar so that the map takes
// the window, and the same key brings them back exactly as they were; while folded,
// typing a partner, marking and card navigation keep working, by key and from the bar.
#include "livefixture.h"

#include "../../src/editor/capture/livebar.h"
#include "nwk/editor/language.h"

#include <QLabel>
#include <QSettings>
#include <QToolButton>

using namespace nwk;
using namespace nwk::test;

namespace {

void checkSameLayout(const std::map<QString, DockLook> &before,
                     const std::map<QString, DockLook> &after)
{
    REQUIRE(before.size() == after.size());
    for (const auto &[name, look] : before) {
        INFO("dock or tool bar " << name.toStdString());
        REQUIRE(after.count(name) == 1);
        CHECK(after.at(name) == look);
    }
}

/// F10 twice: folded in between (every dock and tool bar hidden, the bar shown, the
/// map as wide as the window), and afterwards the layout as before, bytes and looks.
void roundTrip(SizedWindow &w)
{
    const QByteArray state = w.window.saveState();
    const auto before = dockLayout(w.window);
    const int steps = w.stack().count();
    const int index = w.stack().index();
    const int viewWidth = w.window.view()->width();
    auto *bar = w.find<LiveBar>("liveBar");
    CHECK_FALSE(bar->isVisible());

    w.key(Qt::Key_F10);
    CHECK(bar->isVisible());
    CHECK(w.find<QAction>("liveLayoutAction")->isChecked());
    for (const auto &[name, look] : dockLayout(w.window)) {
        INFO(name.toStdString());
        CHECK_FALSE(look.visible);
    }
    CHECK(w.window.view()->width() == w.window.width());
    CHECK(w.window.view()->width() > viewWidth);
    CHECK(bar->height() <= 2 * w.find<QLineEdit>("liveCaptureEdit")->sizeHint().height());
    CHECK(bar->width() == w.window.width()); // one row that fits the window

    w.key(Qt::Key_F10);
    CHECK_FALSE(bar->isVisible());
    CHECK_FALSE(w.find<QAction>("liveLayoutAction")->isChecked());
    CHECK(w.window.saveState() == state);
    checkSameLayout(before, dockLayout(w.window));
    CHECK(w.window.view()->width() == viewWidth);
    CHECK(w.stack().count() == steps);
    CHECK(w.stack().index() == index);
    CHECK_FALSE(w.doc().isModified());
}

} // namespace

TEST_CASE("The live layout key folds the docks and brings them back as they were", "[live]")
{
    struct English {
        ~English() { removeTranslators(); }
    } english;
    for (const char *language : {"en", "nl"})
        for (const QSize size : {QSize(1366, 768), QSize(1280, 720)}) {
            INFO("window " << size.width() << "x" << size.height() << ", " << language);
            REQUIRE(installTranslators(QString::fromLatin1(language)));
            SizedWindow w(exampleFile(), size);
            CHECK(w.find<LiveBar>("liveBar")->minimumSizeHint().width() <= size.width());
            roundTrip(w);

            // The user rearranges: a dock floats elsewhere, another tab is in front, the
            // left docks are wider, the Priorities dock is closed.
            QDockWidget *properties = w.dock("propertiesDock");
            properties->setFloating(true);
            properties->setGeometry(QRect(140, 90, 330, 420));
            w.find<QDockWidget>("cardsDock")->raise();
            w.dock("groupsDock")->raise();
            w.window.resizeDocks({w.dock("captureDock")}, {360}, Qt::Horizontal);
            w.dock("priorityDock")->close();
            SizedWindow::settle();
            REQUIRE(properties->isFloating());
            roundTrip(w);
            CHECK(properties->isFloating());
            CHECK(properties->geometry() == QRect(140, 90, 330, 420));
        }
}

TEST_CASE("In the live layout partners are typed, marked, and the cards move", "[live]")
{
    SessionFile file(focusGroupSession());
    SizedWindow w(file.path, QSize(1280, 720));
    Cards c(w.window);
    w.key(Qt::Key_F10);
    auto *bar = w.find<LiveBar>("liveBar");
    REQUIRE(bar->isVisible());
    QDockWidget *captureDock = w.dock("captureDock");

    // Ctrl+L comes to the bar's field; the Capture dock stays folded.
    w.key(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == bar->captureEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bibliotheek"));
    w.key(Qt::Key_Return);
    CHECK_FALSE(captureDock->isVisible());
    const auto byLabel = [&w](const char *label) -> const Partner * {
        for (const Partner &p : w.doc().session().partners)
            if (p.label == QString::fromUtf8(label))
                return &p;
        return nullptr;
    };
    REQUIRE(byLabel("Bibliotheek"));
    CHECK(byLabel("Bibliotheek")->namedBy.isEmpty());
    CHECK(bar->captureEdit()->text().isEmpty());

    // Who named it (Ctrl+2) and where it goes (the bar's combo, by keyboard).
    w.key(Qt::Key_2, Qt::ControlModifier);
    auto *who = w.find<QComboBox>("liveParticipantCombo");
    CHECK(who->currentData().toString() == QStringLiteral("pt2"));
    auto *place = w.find<QComboBox>("livePlaceCombo");
    place->setFocus();
    w.key(Qt::Key_Down);
    const QString sector = w.doc().session().categories.front().id;
    CHECK(place->currentData().toString() == sector);
    w.key(Qt::Key_Slash);
    REQUIRE(QApplication::focusWidget() == bar->captureEdit());
    QTest::keyClicks(bar->captureEdit(), QStringLiteral("Logopedist"));
    w.key(Qt::Key_Return);
    const Partner *added = byLabel("Logopedist");
    REQUIRE(added);
    CHECK(added->namedBy == QStringList{QStringLiteral("pt2")});
    CHECK(added->category == sector);
    CHECK(added->placement.has_value());
    CHECK_FALSE(captureDock->isVisible());
    w.key(Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == w.window.view());

    // Marking: Alt+1 on a selected partner, and the bar's button of participant 2.
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(QStringLiteral("pa1")));
    REQUIRE(w.window.scene()->selectedPartnerIds() == QStringList{QStringLiteral("pa1")});
    w.key(Qt::Key_1, Qt::AltModifier);
    CHECK(w.doc().session().partner(QStringLiteral("pa1"))->marks ==
          QStringList{QStringLiteral("pt1")});
    auto *mark1 = w.find<QToolButton>("liveMark_pt1");
    auto *mark2 = w.find<QToolButton>("liveMark_pt2");
    CHECK(mark1->isChecked());
    CHECK_FALSE(mark2->isChecked());
    QTest::mouseClick(mark2, Qt::LeftButton);
    CHECK(w.doc().session().partner(QStringLiteral("pa1"))->marks.contains(QStringLiteral("pt2")));
    CHECK(mark2->isChecked());

    // Cards: the Session keys and the bar's arrows; the bar names the card.
    const Deck &deck = c.group->deck();
    REQUIRE(c.group->currentCardIndex() == 0);
    w.key(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(c.group->currentCardIndex() == 1);
    CHECK(bar->cardLabel()->text().contains(deck.cards[1].theme));
    CHECK(bar->cardLabel()->text().startsWith(QStringLiteral("2/11")));
    QTest::mouseClick(w.find<QToolButton>("liveNextCard"), Qt::LeftButton);
    CHECK(c.group->currentCardIndex() == 2);
    QTest::mouseClick(w.find<QToolButton>("livePreviousCard"), Qt::LeftButton);
    CHECK(c.group->currentCardIndex() == 1);
    w.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(c.group->currentCardIndex() == 0);
    CHECK(bar->cardLabel()->text().contains(deck.cards[0].theme));

    // Still folded after all that; the docks come back with F10.
    for (const auto &[name, look] : dockLayout(w.window)) {
        INFO(name.toStdString());
        CHECK_FALSE(look.visible);
    }
    w.key(Qt::Key_F10);
    CHECK(captureDock->isVisible());
    CHECK_FALSE(bar->isVisible());
    // Ctrl+L goes to the dock's own field again.
    w.key(Qt::Key_L, Qt::ControlModifier);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("captureEdit"));
}

TEST_CASE("Closing the window in the live layout remembers the docks, not the folded layout",
          "[live]")
{
    QSettings().remove(QStringLiteral("window/state"));
    QByteArray docked;
    {
        SizedWindow w(exampleFile(), QSize(1366, 768));
        docked = w.window.saveState();
        w.key(Qt::Key_F10);
        REQUIRE(w.find<LiveBar>("liveBar")->isVisible());
        REQUIRE(w.window.close());
    }
    CHECK(QSettings().value(QStringLiteral("window/state")).toByteArray() == docked);
    {
        // The next start has its docks.
        SizedWindow w(exampleFile(), QSize(1366, 768));
        CHECK(w.dock("captureDock")->isVisible());
        CHECK(w.dock("propertiesDock")->isVisible());
    }
    QSettings().remove(QStringLiteral("window/state"));
}
