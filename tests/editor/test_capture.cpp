// SPDX-License-Identifier: GPL-3.0-or-later
// Capturing partners: the quick-add field, the unplaced tray, pasting a list,
// dropping a tray partner on the map and placing one by keyboard. Driven with
// QTest events on the real widgets; checked in the saved file.
#include "editorfixture.h"

#include "nwk/editor/sessionclock.h"

#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QStatusBar>

#include <memory>

using namespace nwk;
using namespace nwk::test;

namespace {

Session captureSession()
{
    Session s = sampleSession();
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    p1.role = QStringLiteral("leerkracht");
    Participant p2 = p1;
    p2.id = QStringLiteral("p2");
    p2.code = QStringLiteral("P2");
    p2.role = QStringLiteral("directeur");
    s.participants = {p1, p2};
    return s;
}

QLineEdit *captureEdit(const Window &w)
{
    auto *edit = w.window.findChild<QLineEdit *>(QStringLiteral("captureEdit"));
    REQUIRE(edit);
    return edit;
}

QListWidget *tray(const Window &w)
{
    auto *list = w.window.findChild<QListWidget *>(QStringLiteral("trayList"));
    REQUIRE(list);
    return list;
}

QStringList trayLabels(const Window &w)
{
    QStringList labels;
    for (int i = 0; i < tray(w)->count(); ++i)
        labels.append(tray(w)->item(i)->text());
    return labels;
}

const Partner *byLabel(const Session &s, const QString &label)
{
    for (const Partner &p : s.partners)
        if (p.label == label)
            return &p;
    return nullptr;
}

void selectInTray(const Window &w, const QString &label)
{
    QListWidget *list = tray(w);
    const QList<QListWidgetItem *> found = list->findItems(label, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    list->setFocus();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.front()).center());
    REQUIRE(found.front()->isSelected());
}

} // namespace

TEST_CASE("Quick-add: Enter puts a partner in the tray, named by the current participant",
          "[capture]")
{
    SessionFile file(captureSession());
    Window w(file.path);
    const int steps = w.stack().count();

    // Ctrl+2 on the map chooses participant 2; Ctrl+L focuses the field.
    QTest::keyClick(&w.view(), Qt::Key_2, Qt::ControlModifier);
    auto *who = w.window.findChild<QComboBox *>(QStringLiteral("captureParticipantCombo"));
    REQUIRE(who);
    CHECK(who->currentData().toString() == QStringLiteral("p2"));
    QTest::keyClick(&w.view(), Qt::Key_L, Qt::ControlModifier);
    QLineEdit *edit = captureEdit(w);
    CHECK(edit->hasFocus());

    QTest::keyClicks(edit, QStringLiteral("Schoolbus"));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(edit->text().isEmpty());
    CHECK(w.stack().count() == steps + 1);
    CHECK(trayLabels(w) == QStringList{QStringLiteral("Stad"), QStringLiteral("Schoolbus")});

    // "/" focuses the field too; Ctrl+0 = nobody.
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_0, Qt::ControlModifier);
    QTest::keyClick(&w.view(), Qt::Key_Slash);
    CHECK(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("Bakker"));
    QTest::keyClick(edit, Qt::Key_Enter);
    CHECK(w.stack().count() == steps + 2);

    REQUIRE(w.window.save());
    const Session saved = file.read();
    const Partner *bus = byLabel(saved, QStringLiteral("Schoolbus"));
    REQUIRE(bus);
    CHECK_FALSE(bus->placement.has_value());
    CHECK(bus->namedBy == QStringList{QStringLiteral("p2")});
    CHECK(bus->addedMs == -1); // the session clock does not run
    const Partner *baker = byLabel(saved, QStringLiteral("Bakker"));
    REQUIRE(baker);
    CHECK(baker->namedBy.isEmpty());
    CHECK(file.bytes().contains("\"label\": \"Schoolbus\""));

    w.stack().undo();
    CHECK(w.doc().session().partners.size() == 5);
}

TEST_CASE("Quick-add into a sector and on a running clock", "[capture]")
{
    // The session clock on a fixed time: 61.234 s into the recording (no wall-clock window).
    const QDateTime started(QDate(2026, 3, 14), QTime(13, 30), Qt::UTC);
    SessionClock::setNowSourceForTesting([started] { return started.addMSecs(61234); });
    struct ResetClock {
        ~ResetClock() { SessionClock::setNowSourceForTesting({}); }
    } resetClock;
    Session s = captureSession();
    s.recordingStarted = started.toString(Qt::ISODateWithMs);
    SessionFile file(s);
    Window w(file.path);
    auto *place = w.window.findChild<QComboBox *>(QStringLiteral("capturePlaceCombo"));
    REQUIRE(place);
    place->setCurrentIndex(place->findData(QStringLiteral("werk")));
    QLineEdit *edit = captureEdit(w);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Bedrijf"));
    QTest::keyClick(edit, Qt::Key_Return);

    const Partner *p = byLabel(w.doc().session(), QStringLiteral("Bedrijf"));
    REQUIRE(p);
    REQUIRE(p->placement);
    CHECK(p->category == QStringLiteral("werk"));
    CHECK(w.geometry().sectorAt(p->placement->angle) == 3);
    CHECK(w.geometry().ringAt(p->placement->distance) == 1);
    CHECK(p->addedMs == 61234);
    CHECK(w.scene().partnerItem(p->id) != nullptr);
    CHECK_FALSE(trayLabels(w).contains(QStringLiteral("Bedrijf")));
}

TEST_CASE("Pasting three lines adds three tray partners in one undo step", "[capture]")
{
    SessionFile file(captureSession());
    Window w(file.path);
    const int steps = w.stack().count();
    QApplication::clipboard()->setText(
        QStringLiteral("Bibliotheek\n- Sportclub\n\n  Muziekschool  \n"));

    QListWidget *list = tray(w);
    list->setFocus();
    QTest::keySequence(list, QKeySequence::Paste);

    CHECK(w.stack().count() == steps + 1);
    CHECK(trayLabels(w) == QStringList{QStringLiteral("Stad"), QStringLiteral("Bibliotheek"),
                                       QStringLiteral("Sportclub"),
                                       QStringLiteral("Muziekschool")});
    REQUIRE(w.window.save());
    const Session saved = file.read();
    REQUIRE(saved.partners.size() == 7);
    QStringList ids;
    for (const Partner &p : saved.partners) {
        ids.append(p.id);
        if (p.id != QStringLiteral("pa4") && !p.placement)
            CHECK(p.category.isEmpty());
    }
    CHECK(ids.removeDuplicates() == 0);
    CHECK(saved.partners[4].label == QStringLiteral("Bibliotheek"));
    CHECK(saved.partners[6].label == QStringLiteral("Muziekschool"));

    w.stack().undo();
    CHECK(trayLabels(w) == QStringList{QStringLiteral("Stad")});
    CHECK(w.doc().session().partners.size() == 4);
    // Delete in the tray deletes the tray partner, not the map's selection.
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(QStringLiteral("pa1")));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{QStringLiteral("pa1")});
    selectInTray(w, QStringLiteral("Stad"));
    QTest::keyClick(tray(w), Qt::Key_Delete);
    CHECK(trayLabels(w).isEmpty());
    CHECK(w.doc().session().partner(QStringLiteral("pa4")) == nullptr);
    CHECK(w.doc().session().partner(QStringLiteral("pa1")) != nullptr);
}

TEST_CASE("Dropping a tray partner on a sector places it there", "[capture][drop]")
{
    SessionFile file(captureSession());
    Window w(file.path);
    const int steps = w.stack().count();
    selectInTray(w, QStringLiteral("Stad")); // pa4, category "beleid", unplaced

    // What QAbstractItemView::startDrag() puts in the QDrag.
    QListWidget *list = tray(w);
    std::unique_ptr<QMimeData> mime(
        list->model()->mimeData(list->selectionModel()->selectedIndexes()));
    REQUIRE(mime);
    REQUIRE(mime->hasFormat(MapView::partnerIdsMimeType()));

    // Sector 3 is "werk" [154.3, 205.7); distance 0.5 is the middle ring.
    const Placement target{0.5, 180.0};
    const QPoint pos = w.pixelOf(target);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(w.viewport(), &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(w.viewport(), &move);
    CHECK(move.isAccepted());
    // The target is highlighted and named while dragging.
    CHECK(w.scene().placementHint() == w.scene().placementName(target));
    CHECK(w.scene().placementHint().contains(QStringLiteral("tussenin")));
    CHECK(w.window.statusBar()->currentMessage() == w.scene().placementHint());

    QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(w.viewport(), &drop);
    CHECK(drop.isAccepted());
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.scene().placementHint().isEmpty());
    CHECK(trayLabels(w).isEmpty());
    CHECK(w.scene().selectedPartnerIds() == QStringList{QStringLiteral("pa4")});

    REQUIRE(w.window.save());
    const Session saved = file.read();
    const Partner *p = saved.partner(QStringLiteral("pa4"));
    REQUIRE(p);
    REQUIRE(p->placement);
    CHECK(p->category == QStringLiteral("werk"));
    CHECK(p->placement->distance == Approx(target.distance).margin(0.02));
    CHECK(p->placement->angle == Approx(target.angle).margin(1.0));

    w.stack().undo();
    CHECK_FALSE(w.partner(QStringLiteral("pa4")).placement.has_value());
    CHECK(w.partner(QStringLiteral("pa4")).category == QStringLiteral("beleid"));
    CHECK(trayLabels(w) == QStringList{QStringLiteral("Stad")});
}

TEST_CASE("Dropping a tray partner with Alt held keeps its category", "[capture][drop]")
{
    SessionFile file(captureSession());
    Window w(file.path);
    selectInTray(w, QStringLiteral("Stad")); // pa4, category "beleid", unplaced
    QListWidget *list = tray(w);
    std::unique_ptr<QMimeData> mime(
        list->model()->mimeData(list->selectionModel()->selectedIndexes()));
    REQUIRE(mime);

    const Placement target{0.5, 180.0}; // sector 3, "werk"
    const QPoint pos = w.pixelOf(target);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(pos, actions, mime.get(), Qt::LeftButton, Qt::AltModifier);
    QApplication::sendEvent(w.viewport(), &enter);
    QDragMoveEvent move(pos, actions, mime.get(), Qt::LeftButton, Qt::AltModifier);
    QApplication::sendEvent(w.viewport(), &move);
    QDropEvent drop(pos, actions, mime.get(), Qt::LeftButton, Qt::AltModifier);
    QApplication::sendEvent(w.viewport(), &drop);
    CHECK(drop.isAccepted());

    const Partner &p = w.partner(QStringLiteral("pa4"));
    REQUIRE(p.placement);
    CHECK(p.placement->angle == Approx(target.angle).margin(1.0));
    CHECK(p.category == QStringLiteral("beleid"));
}

TEST_CASE("Enter in the tray places the partner in the chosen sector", "[capture]")
{
    SessionFile file(captureSession());
    Window w(file.path);
    const int steps = w.stack().count();
    auto *place = w.window.findChild<QComboBox *>(QStringLiteral("capturePlaceCombo"));
    REQUIRE(place);

    SECTION("the chosen sector")
    {
        place->setCurrentIndex(place->findData(QStringLiteral("aanbod")));
        selectInTray(w, QStringLiteral("Stad"));
        QTest::keyClick(tray(w), Qt::Key_Return);
        const Partner &p = w.partner(QStringLiteral("pa4"));
        REQUIRE(p.placement);
        CHECK(p.category == QStringLiteral("aanbod"));
        CHECK(w.geometry().sectorAt(p.placement->angle) == 1);
        CHECK(w.geometry().ringAt(p.placement->distance) == 1);
        CHECK(w.stack().count() == steps + 1);
        // The map has the focus: arrows nudge the placed partner.
        CHECK(w.view().hasFocus());
        const Placement before = *p.placement;
        QTest::keyClick(&w.view(), Qt::Key_Up);
        CHECK(w.partner(QStringLiteral("pa4")).placement != before);
        CHECK(w.stack().count() == steps + 2);
    }
    SECTION("the tray choice: its own category's sector")
    {
        selectInTray(w, QStringLiteral("Stad"));
        QTest::keyClick(tray(w), Qt::Key_Enter);
        const Partner &p = w.partner(QStringLiteral("pa4"));
        REQUIRE(p.placement);
        CHECK(p.category == QStringLiteral("beleid"));
        CHECK(w.geometry().sectorAt(p.placement->angle) == 4);
    }
}

// Not run by default: `NWK_SHOT_DIR=/tmp test_editor "[.shots][capture]"` writes a
// picture of the window mid-drag (target highlight and name) to look at.
TEST_CASE("Screenshot of a drag onto a sector", "[.shots][capture]")
{
    const QString dir = qEnvironmentVariable("NWK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    SessionFile file(captureSession());
    Window w(file.path);
    QTest::keyClick(&w.view(), Qt::Key_L, Qt::ControlModifier); // raises the Capture dock
    w.view().setFocus();
    const QPoint from = w.pixelOfPartner(QStringLiteral("pa1"));
    const QPoint to = w.pixelOf({0.2, 185.0});
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(w.viewport(), from + (to - from) * i / 4);
    QTest::qWait(50);
    CHECK(w.window.grab().save(dir + QStringLiteral("/capture-drag.png")));
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, to);
}
