// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3 in the partner's Properties, the tray and the map's context menu, driven as a
// user does: what a partner is (kinds, aggregate members, hybrids, contact persons, added
// after the session), the neutral zone, and relative placements. Each edit is one undo
// step, and the saved file holds it (and is valid).
#include "dialoginput.h"
#include "marksfixture.h"
#include "modalrun.h"

#include "nwk/editor/mapcontextmenu.h"

#include <QCheckBox>
#include <QContextMenuEvent>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");
const QString kPa4 = QStringLiteral("pa4");

template <typename T> T *named(const Window &w, const char *name)
{
    auto *found = w.window.findChild<T *>(QString::fromUtf8(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void selectPartner(Window &w, const QString &id)
{
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(id));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
}

/// One arrow key on a combo: one choice, as the user makes it.
void step(QComboBox *combo, Qt::Key key = Qt::Key_Down)
{
    combo->setFocus();
    QTest::keyClick(combo, key);
}

Session identitySession()
{
    Session s = sessionWithParticipants();
    s.partners[0].addedMs = 65000; // pa1 was named at 1:05 in the session
    return s;
}

} // namespace

TEST_CASE("Partner identity: kinds, members, hybrid, contact person, added after the session",
          "[properties][schema3]")
{
    SessionFile file(identitySession());
    DockWindow w(file.path);
    selectPartner(w, kPa1);
    int steps = w.stack().count();

    // The new kinds are in the kind combo: the last is "Experience".
    auto *kind = named<QComboBox>(w, "partnerKindCombo");
    REQUIRE(kind->count() == static_cast<int>(enumCount<PartnerKind>()));
    chooseIndex(kind, static_cast<int>(PartnerKind::Experience));
    CHECK(w.partner(kPa1).kind == PartnerKind::Experience);
    chooseIndex(kind, static_cast<int>(PartnerKind::Person)); // a contact person below
    CHECK(w.partner(kPa1).kind == PartnerKind::Person);
    steps = w.stack().count();

    // Aggregate members: one name a line, one step for the typing.
    auto *members = named<QPlainTextEdit>(w, "partnerMembersEdit");
    members->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(members, QStringLiteral("Anna"));
    QTest::keyClick(members, Qt::Key_Return);
    QTest::keyClicks(members, QStringLiteral("Bert "));
    CHECK(w.partner(kPa1).members == QStringList{QStringLiteral("Anna"), QStringLiteral("Bert")});
    CHECK(w.stack().count() == steps + 1);
    CHECK(members->toPlainText() == QStringLiteral("Anna\nBert ")); // typing is not disturbed

    // Hybrid: the same as pa2, also participant P1; contact person of an organisation.
    auto *sameAs = named<QComboBox>(w, "partnerSameAsPartnerCombo");
    auto *participant = named<QComboBox>(w, "partnerSameAsParticipantCombo");
    auto *contactOf = named<QComboBox>(w, "partnerContactOfCombo");
    REQUIRE(contactOf->isEnabled());   // a person
    CHECK(sameAs->findData(kPa1) < 0); // not itself
    step(sameAs);
    step(participant);
    step(contactOf);
    CHECK(w.stack().count() == steps + 4);
    CHECK(w.partner(kPa1).sameAsPartner == QStringLiteral("pa2"));
    CHECK(w.partner(kPa1).sameAsParticipant == QStringLiteral("p1"));
    CHECK(w.partner(kPa1).contactOf == QStringLiteral("pa2"));

    // Added after the session: the session-clock time goes in the same step.
    auto *after = named<QCheckBox>(w, "partnerAddedAfterCheck");
    auto *at = named<QLineEdit>(w, "partnerAddedAfterAtEdit");
    CHECK_FALSE(at->isEnabled());
    toggle(after);
    CHECK(w.stack().count() == steps + 5);
    CHECK(w.partner(kPa1).addedAfterSession);
    CHECK(w.partner(kPa1).addedMs == -1);
    REQUIRE(at->isEnabled());
    at->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(at, QStringLiteral("2019-05-02"));
    CHECK(w.stack().count() == steps + 6);

    const Session saved = w.saveAndRead(file);
    const Partner &p = *saved.partner(kPa1);
    CHECK(p.kind == PartnerKind::Person);
    CHECK(p.members == QStringList{QStringLiteral("Anna"), QStringLiteral("Bert")});
    CHECK(p.sameAsPartner == QStringLiteral("pa2"));
    CHECK(p.sameAsParticipant == QStringLiteral("p1"));
    CHECK(p.contactOf == QStringLiteral("pa2"));
    CHECK(p.addedAfterSession);
    CHECK(p.addedAfterAt == QStringLiteral("2019-05-02"));
    CHECK(file.bytes().contains("\"addedAfterAt\": \"2019-05-02\""));

    // Undo takes the steps back one by one; the fields follow.
    w.stack().undo(); // date
    w.stack().undo(); // added after
    CHECK_FALSE(after->isChecked());
    CHECK(w.partner(kPa1).addedMs == 65000);
    w.stack().undo(); // contact person
    CHECK(w.partner(kPa1).contactOf.isEmpty());
    CHECK(contactOf->currentIndex() == 0);
}

TEST_CASE("The tray puts a partner in the neutral zone, placing it takes it out in one step",
          "[capture][schema3]")
{
    SessionFile file;
    DockWindow w(file.path);
    auto *tray = w.child<QListWidget>("captureDock", "trayList");
    REQUIRE(tray->count() == 1);
    REQUIRE(tray->item(0)->text() == QStringLiteral("Stad"));
    const int steps = w.stack().count();

    auto rightClick = [&] {
        const QPoint at = tray->visualItemRect(tray->item(0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, tray->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tray->viewport(), &event);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        REQUIRE(menu);
        REQUIRE(menu->objectName() == QStringLiteral("trayContextMenu"));
        return menu;
    };
    QMenu *menu = rightClick();
    auto *in = menu->findChild<QAction *>(QStringLiteral("neutralZoneAction"));
    auto *out = menu->findChild<QAction *>(QStringLiteral("backToTrayAction"));
    REQUIRE(in);
    REQUIRE(out);
    CHECK(in->isEnabled());
    CHECK_FALSE(out->isEnabled());
    in->trigger();
    menu->close();
    CHECK(w.partner(kPa4).neutralZone);
    CHECK(w.stack().count() == steps + 1);
    CHECK(tray->item(0)->text().contains(QStringLiteral("neutral zone")));
    CHECK(w.saveAndRead(file).partner(kPa4)->neutralZone);

    // Placed with the tray's Place button: on the map, out of the neutral zone, one step.
    tray->setCurrentRow(0);
    QTest::mouseClick(w.child<QPushButton>("captureDock", "capturePlaceButton"), Qt::LeftButton);
    CHECK(w.partner(kPa4).placement.has_value());
    CHECK_FALSE(w.partner(kPa4).neutralZone);
    CHECK(w.stack().count() == steps + 2);
    const Session placed = w.saveAndRead(file); // valid: no neutral zone with a placement
    CHECK_FALSE(placed.partner(kPa4)->neutralZone);

    w.stack().undo(); // back in the neutral zone, unplaced
    CHECK_FALSE(w.partner(kPa4).placement.has_value());
    CHECK(w.partner(kPa4).neutralZone);
    w.stack().redo();
    CHECK_FALSE(w.partner(kPa4).neutralZone);
    w.stack().undo();

    // And back to the tray.
    menu = rightClick();
    out = menu->findChild<QAction *>(QStringLiteral("backToTrayAction"));
    REQUIRE(out->isEnabled());
    out->trigger();
    menu->close();
    CHECK_FALSE(w.partner(kPa4).neutralZone);
    CHECK(tray->item(0)->text() == QStringLiteral("Stad"));
}

TEST_CASE("Placed relative to: the map's context menu adds it, Properties lists and removes it",
          "[contextmenu][schema3]")
{
    SessionFile file(sessionWithParticipants());
    DockWindow w(file.path);
    auto *contextMenu = w.window.findChild<MapContextMenu *>(QStringLiteral("mapContextMenu"));
    REQUIRE(contextMenu);
    const int steps = w.stack().count();

    auto addOne = [&](int referenceSteps, const QString &said) {
        const QPoint at = w.pixelOfPartner(kPa1);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, w.viewport()->mapToGlobal(at));
        QApplication::sendEvent(w.viewport(), &event);
        QMenu *menu = contextMenu->currentMenu();
        REQUIRE(menu);
        auto *action = menu->findChild<QAction *>(QStringLiteral("relativePlacementAction"));
        REQUIRE(action);
        InNextModal modal(&w.window, [&](QWidget *dialog) {
            auto *relation = field<QComboBox>(dialog, "relativeRelationCombo");
            CHECK(relation->currentText() == QStringLiteral("further than"));
            auto *reference = field<QComboBox>(dialog, "relativeReferenceCombo");
            CHECK(reference->currentData().toString() == kSchoolId);
            CHECK(reference->findData(kPa1) < 0);
            chooseIndex(reference, referenceSteps);
            typeInto(field<QLineEdit>(dialog, "relativeTextEdit"), said);
            chooseIndex(field<QComboBox>(dialog, "relativeParticipantCombo"), 2); // P2
            clickExport(dialog);
        });
        menu->close();
        action->trigger();
        modal.requireDone();
    };
    addOne(1, QStringLiteral("een beetje verder dan de Hogeschool"));
    REQUIRE(w.doc().session().relativePlacements.size() == 1);
    const RelativePlacement first = w.doc().session().relativePlacements[0];
    CHECK(first.partnerId == kPa1);
    CHECK(first.relation == RelativeRelation::Further);
    CHECK(first.referenceId == QStringLiteral("pa2"));
    CHECK(first.text == QStringLiteral("een beetje verder dan de Hogeschool"));
    CHECK(first.participantId == QStringLiteral("p2"));
    CHECK(w.stack().count() == steps + 1);

    addOne(0, QStringLiteral("dichter bij de school")); // the school: a second id
    REQUIRE(w.doc().session().relativePlacements.size() == 2);
    CHECK(w.doc().session().relativePlacements[1].referenceId == kSchoolId);
    CHECK(w.doc().session().relativePlacements[1].id != first.id);
    CHECK(w.stack().count() == steps + 2);
    CHECK(w.saveAndRead(file).relativePlacements.size() == 2);

    // The partner's Properties list both; Remove takes the chosen one, one step.
    selectPartner(w, kPa1);
    auto *list = named<QListWidget>(w, "partnerRelativeList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("further than Hogeschool")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QTest::mouseClick(named<QPushButton>(w, "partnerRelativeRemoveButton"), Qt::LeftButton);
    CHECK(list->count() == 1);
    CHECK(w.stack().count() == steps + 3);
    const Session saved = w.saveAndRead(file);
    REQUIRE(saved.relativePlacements.size() == 1);
    CHECK(saved.relativePlacements[0].referenceId == kSchoolId);
    w.stack().undo();
    CHECK(list->count() == 2);
}

TEST_CASE("Schema 3 partner edits are refused in annotation mode", "[properties][schema3]")
{
    SessionFile file;
    DockWindow w(file.path);
    selectPartner(w, kPa1);
    w.doc().setAnnotationMode(true);
    const int steps = w.stack().count();
    step(named<QComboBox>(w, "partnerSameAsPartnerCombo"));
    toggle(named<QCheckBox>(w, "partnerAddedAfterCheck"));
    CHECK(w.stack().count() == steps);
    CHECK(w.partner(kPa1).sameAsPartner.isEmpty());
    CHECK_FALSE(w.partner(kPa1).addedAfterSession);
}
