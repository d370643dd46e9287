// SPDX-License-Identifier: GPL-3.0-or-later
// The Properties dock as the user meets it: select on the map, edit with the
// keyboard, one undo step per edit, the saved file holds the edit, undo shows
// the old value again.
#include "editorfixture.h"
#include "examplesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");

template <typename T> T *widget(const Window &w, const char *name)
{
    auto *found = w.window.findChild<T *>(QString::fromUtf8(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

/// Focuses a widget the way Tab or a click does (a FocusIn event in an active window).
void focus(QWidget *widget)
{
    widget->setFocus(Qt::TabFocusReason);
    REQUIRE(widget->hasFocus());
}

void selectPartner(Window &w, const QString &id)
{
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(id));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
}

Session withParticipantsAndMissing()
{
    Session s = sampleSession();
    Participant p1;
    p1.id = QStringLiteral("pt1");
    p1.code = QStringLiteral("P1");
    Participant p2;
    p2.id = QStringLiteral("pt2");
    p2.code = QStringLiteral("P2");
    p2.roleGroup = RoleGroup::Care;
    s.participants = {p1, p2};
    MissingPartner m;
    m.id = QStringLiteral("mi1");
    m.label = QStringLiteral("Logopedist");
    s.missingPartners = {m};
    s.partners[0].namedBy = {QStringLiteral("pt2")};
    s.partners[0].addedMs = 65000;
    return s;
}

} // namespace

TEST_CASE("Typing a label in the properties dock is one undo step per burst", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    auto *label = widget<QLineEdit>(w, "partnerLabelEdit");
    CHECK_FALSE(label->isEnabled());

    selectPartner(w, kPa1);
    REQUIRE(label->isEnabled());
    CHECK(label->text() == QStringLiteral("CLB"));
    const int steps = w.stack().count();

    focus(label);
    label->end(false);
    QTest::keyClicks(label, QStringLiteral(" Antwerpen"));
    CHECK(w.partner(kPa1).label == QStringLiteral("CLB Antwerpen"));
    CHECK(w.stack().count() == steps + 1);

    // Leaving the field and coming back starts a new step.
    focus(&w.view());
    focus(label);
    label->end(false);
    QTest::keyClicks(label, QStringLiteral("!"));
    CHECK(w.stack().count() == steps + 2);

    REQUIRE(w.window.save());
    CHECK(file.read().partner(kPa1)->label == QStringLiteral("CLB Antwerpen!"));

    w.stack().undo();
    CHECK(label->text() == QStringLiteral("CLB Antwerpen"));
    w.stack().undo();
    CHECK(w.partner(kPa1).label == QStringLiteral("CLB"));
    CHECK(label->text() == QStringLiteral("CLB"));
}

TEST_CASE("Kind, formality and scope change with the keyboard", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    selectPartner(w, kPa1);
    auto *kind = widget<QComboBox>(w, "partnerKindCombo");
    auto *formality = widget<QComboBox>(w, "partnerFormalityCombo");
    auto *scope = widget<QComboBox>(w, "partnerScopeCombo");
    const int steps = w.stack().count();

    focus(kind);
    QTest::keyClick(kind, Qt::Key_Down);
    focus(formality);
    QTest::keyClick(formality, Qt::Key_Down);
    focus(scope);
    QTest::keyClick(scope, Qt::Key_Down);
    QTest::keyClick(scope, Qt::Key_Down);
    CHECK(w.stack().count() == steps + 4); // each choice is a step

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    CHECK(saved.kind == PartnerKind::Person);
    CHECK(saved.formality == Formality::Formal);
    CHECK(saved.scope == Scope::Both);

    w.stack().undo();
    CHECK(w.partner(kPa1).scope == Scope::Internal);
    CHECK(scope->currentIndex() == static_cast<int>(Scope::Internal));
}

TEST_CASE("Extra categories: up to three, a fourth is refused with a hint", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    selectPartner(w, kPa1);
    auto *list = widget<QListWidget>(w, "partnerExtraCategoriesList");
    auto *hint = widget<QLabel>(w, "partnerExtraCategoriesHint");
    REQUIRE(list->count() == 6); // the seven categories but the primary one ("zorg")
    const int steps = w.stack().count();

    focus(list);
    for (int row = 0; row < 4; ++row) {
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Space);
    }
    const QStringList expected{QStringLiteral("professionalisering"), QStringLiteral("aanbod"),
                               QStringLiteral("werk")};
    CHECK(w.partner(kPa1).extraCategories == expected);
    CHECK(w.stack().count() == steps + 3);
    CHECK(list->item(3)->checkState() == Qt::Unchecked);
    CHECK(hint->text().contains(QStringLiteral("at most 3")));

    REQUIRE(w.window.save());
    CHECK(file.read().partner(kPa1)->extraCategories == expected);

    w.stack().undo();
    CHECK(list->item(2)->checkState() == Qt::Unchecked);
}

TEST_CASE("Count, disputed and notes", "[properties]")
{
    SessionFile file(withParticipantsAndMissing());
    Window w(file.path);
    selectPartner(w, kPa1);
    CHECK(widget<QLabel>(w, "partnerNamedByLabel")->text() == QStringLiteral("P2"));
    CHECK(widget<QLabel>(w, "partnerAddedLabel")->text() == QStringLiteral("0:01:05"));
    const int steps = w.stack().count();

    auto *count = widget<QSpinBox>(w, "partnerCountSpin");
    focus(count);
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(count, QStringLiteral("12"));
    CHECK(w.partner(kPa1).count == 12);
    CHECK(w.stack().count() == steps + 1);

    auto *disputed = widget<QCheckBox>(w, "partnerDisputedCheck");
    focus(disputed);
    QTest::keyClick(disputed, Qt::Key_Space);
    CHECK(w.partner(kPa1).disputed);

    auto *notes = widget<QPlainTextEdit>(w, "partnerNotesEdit");
    focus(notes);
    QTest::keyClicks(notes, QStringLiteral("komt maandelijks"));
    CHECK(w.stack().count() == steps + 3);

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    CHECK(saved.count == 12);
    CHECK(saved.disputed);
    CHECK(saved.notes == QStringLiteral("komt maandelijks"));
}

TEST_CASE("Placement read-out and distance/angle edits", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    selectPartner(w, kPa1);
    auto *where = widget<QLabel>(w, "partnerPlacementLabel");
    CHECK(where->text().contains(QStringLiteral("Zorg voor leerlingen")));
    CHECK(where->text().contains(QStringLiteral("tussenin")));
    auto *angle = widget<QDoubleSpinBox>(w, "partnerAngleSpin");
    CHECK(angle->value() == Approx(128.0));

    const int steps = w.stack().count();
    focus(angle);
    QTest::keyClick(angle, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(angle, QStringLiteral("180"));
    QTest::keyClick(angle, Qt::Key_Return);
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.partner(kPa1).placement->angle == Approx(180.0));
    CHECK(w.partner(kPa1).category == QStringLiteral("werk")); // as a drag into that sector
    CHECK(where->text().contains(QStringLiteral("Werk en stage")));
    w.stack().undo();
    CHECK(angle->value() == Approx(128.0));
}

TEST_CASE("A distance edit within the sector keeps a category that differs from the sector",
          "[properties]")
{
    Session s = sampleSession();
    s.partner(kPa1)->category = QStringLiteral("werk"); // placed with Alt in "zorg"'s sector
    REQUIRE(s.partner(kPa1)->placement == Placement{0.5, 128.0});
    SessionFile file(s);
    Window w(file.path);
    selectPartner(w, kPa1);
    auto *distance = widget<QDoubleSpinBox>(w, "partnerDistanceSpin");
    const int steps = w.stack().count();
    focus(distance);
    QTest::keyClick(distance, Qt::Key_Up);
    CHECK(w.stack().count() == steps + 1);
    REQUIRE(w.partner(kPa1).placement);
    CHECK(w.partner(kPa1).placement->distance == Approx(0.55));
    CHECK(w.partner(kPa1).placement->angle == Approx(128.0));
    CHECK(w.partner(kPa1).category == QStringLiteral("werk"));
}

TEST_CASE("Desired placement: set, one ring closer, saved and shown on the map", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    selectPartner(w, kPa1);
    const QImage before = w.viewport()->grab().toImage();
    const int steps = w.stack().count();

    auto *set = widget<QCheckBox>(w, "partnerDesiredCheck");
    focus(set);
    QTest::keyClick(set, Qt::Key_Space);
    REQUIRE(w.partner(kPa1).desiredPlacement == Placement{0.5, 128.0});
    auto *closer = widget<QPushButton>(w, "partnerDesiredCloserButton");
    focus(closer);
    QTest::keyClick(closer, Qt::Key_Space);
    CHECK(w.stack().count() == steps + 2);

    const Placement desired{1.0 / 6.0, 128.0};
    REQUIRE(w.partner(kPa1).desiredPlacement);
    CHECK(w.partner(kPa1).desiredPlacement->distance == Approx(desired.distance));
    CHECK(widget<QDoubleSpinBox>(w, "partnerDesiredDistanceSpin")->value() ==
          Approx(desired.distance).margin(0.005));

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    REQUIRE(saved.desiredPlacement);
    CHECK(saved.desiredPlacement->distance == Approx(desired.distance));
    CHECK(saved.desiredPlacement->angle == Approx(128.0));

    // The target appears on the map where the group wants the partner.
    QApplication::processEvents();
    const QImage after = w.viewport()->grab().toImage();
    const QPoint target = w.pixelOf(desired);
    int differing = 0;
    for (int y = target.y() - 6; y <= target.y() + 6; ++y)
        for (int x = target.x() - 6; x <= target.x() + 6; ++x)
            differing += before.pixel(x, y) != after.pixel(x, y) ? 1 : 0;
    CHECK(differing > 10);

    focus(set);
    QTest::keyClick(set, Qt::Key_Space);
    CHECK_FALSE(w.partner(kPa1).desiredPlacement);
}

TEST_CASE("Link properties: kind, direction, valence", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    const QString l3 = QStringLiteral("l3");
    const QPointF mid = (w.scene().partnerPosition(QStringLiteral("pa2")) +
                         w.scene().partnerPosition(QStringLiteral("pa3"))) /
                        2;
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.view().mapFromScene(mid));
    REQUIRE(w.scene().selectedLinkIds() == QStringList{l3});
    CHECK(widget<QLabel>(w, "linkEndsLabel")->text().contains(QStringLiteral("Hogeschool")));
    auto *kind = widget<QComboBox>(w, "linkKindCombo");
    auto *direction = widget<QComboBox>(w, "linkDirectionCombo");
    auto *valence = widget<QComboBox>(w, "linkValenceCombo");
    REQUIRE(kind->isEnabled());

    focus(kind);
    QTest::keyClick(kind, Qt::Key_Down);
    focus(direction);
    QTest::keyClick(direction, Qt::Key_Down);
    focus(valence);
    QTest::keyClick(valence, Qt::Key_Down);
    QTest::keyClick(valence, Qt::Key_Down);

    REQUIRE(w.window.save());
    const Link saved = *file.read().link(l3);
    CHECK(saved.kind == LinkKind::PartOf);
    CHECK(saved.direction == LinkDirection::OneWay);
    CHECK(saved.valence == Valence::Negative);

    w.stack().undo();
    CHECK(valence->currentIndex() == static_cast<int>(Valence::Positive));
}

TEST_CASE("Missing partner properties: status and mentioned by", "[properties]")
{
    SessionFile file(withParticipantsAndMissing());
    Window w(file.path);
    auto *dock = widget<QDockWidget>(w, "propertiesDock");
    REQUIRE(QMetaObject::invokeMethod(dock, "showMissingPartner",
                                      Q_ARG(QString, QStringLiteral("mi1"))));
    // The Missing Partners dock has fields of the same names (for a new one): the dock's.
    auto *status = dock->findChild<QComboBox *>(QStringLiteral("missingStatusCombo"));
    auto *mentioned = dock->findChild<QComboBox *>(QStringLiteral("missingMentionedByCombo"));
    auto *label = dock->findChild<QLineEdit *>(QStringLiteral("missingLabelEdit"));
    REQUIRE((status && mentioned && label));
    REQUIRE(status->isEnabled());
    CHECK(label->text() == QStringLiteral("Logopedist"));

    focus(status);
    QTest::keyClick(status, Qt::Key_Down);
    focus(mentioned);
    QTest::keyClick(mentioned, Qt::Key_Down);
    QTest::keyClick(mentioned, Qt::Key_Down);

    REQUIRE(w.window.save());
    const Session saved = file.read();
    REQUIRE(saved.missingPartners.size() == 1);
    CHECK(saved.missingPartners[0].status == MissingStatus::HopedFor);
    CHECK(saved.missingPartners[0].mentionedBy == QStringLiteral("pt2"));

    w.stack().undo();
    CHECK(mentioned->currentText() == QStringLiteral("P1"));
}

TEST_CASE("Group properties show the members", "[properties]")
{
    SessionFile file;
    Window w(file.path);
    auto *dock = widget<QDockWidget>(w, "propertiesDock");
    REQUIRE(QMetaObject::invokeMethod(dock, "showGroup", Q_ARG(QString, QStringLiteral("g1"))));
    CHECK(widget<QLabel>(w, "groupMembersLabel")->text().contains(QStringLiteral("CLB, Ouders")));
    auto *label = widget<QLineEdit>(w, "groupLabelEdit");
    focus(label);
    label->end(false);
    QTest::keyClicks(label, QStringLiteral(" BaO"));
    REQUIRE(w.window.save());
    CHECK(file.read().groups[0].label == QStringLiteral("Zorgteam BaO"));
}

// Not run by default: writes a screenshot of the example with a partner selected
// (the filled Properties dock) to $NWK_SCREENSHOT, for looking at the UI.
TEST_CASE("Screenshot of the properties dock", "[.screenshot]")
{
    Session s = testdata::exampleSession();
    Partner *p = s.partner(QStringLiteral("pa5"));
    REQUIRE(p);
    p->desiredPlacement = Placement{0.15, p->placement->angle + 10};
    p->notes = QStringLiteral("Komt twee keer per jaar langs.");
    SessionFile file(s);
    Window w(file.path);
    w.window.resize(1500, 950);
    QApplication::processEvents();
    w.view().fitToWindow();
    selectPartner(w, QStringLiteral("pa5"));
    QTest::qWait(200);
    const QString out = qEnvironmentVariable(
        "NWK_SCREENSHOT", QDir::temp().filePath(QStringLiteral("netwerkkaart-properties.png")));
    CHECK(w.window.grab().save(out));
    auto *dock = w.window.findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    REQUIRE(dock);
    CHECK(dock->grab().save(out + QStringLiteral(".dock.png")));
}
