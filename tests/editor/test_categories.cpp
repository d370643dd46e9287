// SPDX-License-Identifier: GPL-3.0-or-later
// The "Categories and Rings" dock, categories part: rename, recolour, marker,
// letter, frame, note, add, remove (empty, and with reassignment), reorder,
// each through the real widgets and each one undo step.
#include "gridfixture.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Renaming a category in the dock reaches the file, one undo step per field",
          "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    const int steps = w.stack().index();

    w.selectCategory(QStringLiteral("zorg"));
    CHECK(w.child<QLineEdit>("categoryLabelNl")->text() == QStringLiteral("Zorg voor leerlingen"));
    w.type("categoryLabelNl", QStringLiteral("Leerlingenzorg"));
    CHECK(w.stack().index() == steps + 1); // typing a word is one step
    w.type("categoryLabelEn", QStringLiteral("Care"));
    CHECK(w.stack().index() == steps + 2);
    // The list shows the new name (with its 3 users: pa1, pa2's extra, m1).
    CHECK(w.categoryList()->item(2)->text().startsWith(QStringLiteral("Leerlingenzorg (3)")));

    w.checkUndoAllRedoAll(before);
    const Session saved = w.saveAndRead(file);
    CHECK(saved.categories[2].id == QStringLiteral("zorg"));
    CHECK(saved.categories[2].labelNl == QStringLiteral("Leerlingenzorg"));
    CHECK(saved.categories[2].labelEn == QStringLiteral("Care"));
}

TEST_CASE("Recolouring, marker, letter, frame and note through the dock", "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    const int steps = w.stack().index();
    w.selectCategory(QStringLiteral("beleid"));

    w.type("categoryColor", QStringLiteral("#00AA55"));
    CHECK(w.doc().session().category(QStringLiteral("beleid"))->color == QStringLiteral("#00aa55"));
    CHECK(w.stack().index() == steps + 1); // the incomplete colours stored nothing

    auto *marker = w.child<QComboBox>("categoryMarker");
    marker->setFocus();
    QTest::keyClick(marker, Qt::Key_Down); // Hexagon -> Star, by keyboard
    CHECK(w.doc().session().category(QStringLiteral("beleid"))->marker == MarkerShape::Star);

    w.type("categoryLetter", QStringLiteral("Bl"));
    auto *framed = w.child<QCheckBox>("categoryFramed");
    framed->setFocus();
    QTest::keyClick(framed, Qt::Key_Space);
    w.type("categoryNote", QStringLiteral("niet aan bod gekomen"));
    CHECK(w.stack().index() == steps + 5);
    w.checkUndoAllRedoAll(before);

    const Session saved = w.saveAndRead(file);
    const Category *c = saved.category(QStringLiteral("beleid"));
    REQUIRE(c);
    CHECK(c->color == QStringLiteral("#00aa55"));
    CHECK(c->marker == MarkerShape::Star);
    CHECK(c->letter == QStringLiteral("Bl"));
    CHECK(c->framed);
    CHECK(c->note == QStringLiteral("niet aan bod gekomen"));
    // The list row shows the note.
    CHECK(w.categoryList()->item(4)->text().contains(QStringLiteral("niet aan bod gekomen")));
}

TEST_CASE("Adding a category makes eight sectors, partners keep their meaning", "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    const int steps = w.stack().index();
    const Partner pa1 = w.partner(QStringLiteral("pa1"));
    const double within = withinSector(w.geometry(), pa1.placement->angle);

    w.selectCategory(QStringLiteral("zorg"));
    w.clickButton("addCategory");
    CHECK(w.stack().index() == steps + 1);
    const Session &s = w.doc().session();
    REQUIRE(s.categories.size() == 8);
    CHECK(s.categories[3].labelNl == QStringLiteral("Nieuwe categorie")); // after zorg
    CHECK(w.geometry().sectorCount == 8);
    CHECK(w.categoryList()->count() == 8);
    // The new one is selected with its name ready to be typed over.
    CHECK(w.categoryList()->currentRow() == 3);
    w.type("categoryLabelNl", QStringLiteral("Vrije tijd"));
    w.checkPlacementsInOwnSectors();
    const Partner &moved = w.partner(QStringLiteral("pa1"));
    CHECK(moved.placement->distance == pa1.placement->distance);
    CHECK(withinSector(w.geometry(), moved.placement->angle) == Approx(within));

    w.stack().undo();
    w.stack().undo();
    CHECK(w.geometry().sectorCount == 7);
    CHECK(w.categoryList()->count() == 7);
    w.stack().redo();
    w.stack().redo();
    w.checkUndoAllRedoAll(before);
    CHECK(w.geometry().sectorCount == 8);

    const Session saved = w.saveAndRead(file);
    REQUIRE(saved.categories.size() == 8);
    CHECK(saved.categories[3].labelNl == QStringLiteral("Vrije tijd"));
    CHECK(saved.categories[3].id == QStringLiteral("cat1"));
}

TEST_CASE("Removing an empty category removes its sector at once", "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    w.selectCategory(QStringLiteral("onderzoek"));
    w.clickButton("removeCategory");
    CHECK(w.window.findChild<QDialog *>(QStringLiteral("reassignCategoryDialog")) == nullptr);
    CHECK(w.doc().session().categories.size() == 6);
    CHECK(w.doc().session().category(QStringLiteral("onderzoek")) == nullptr);
    CHECK(w.geometry().sectorCount == 6);
    w.checkPlacementsInOwnSectors();
    w.checkUndoAllRedoAll(before);
    const Session saved = w.saveAndRead(file);
    CHECK(saved.categories.size() == 6);
}

TEST_CASE("Removing a used category reassigns its partners into the chosen sector", "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    const int steps = w.stack().index();
    const Partner pa1 = w.partner(QStringLiteral("pa1"));
    const double within = withinSector(w.geometry(), pa1.placement->angle);

    w.selectCategory(QStringLiteral("zorg"));
    w.clickButton("removeCategory");
    auto *dialog = w.window.findChild<QDialog *>(QStringLiteral("reassignCategoryDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("reassignTarget"));
    REQUIRE(target);
    CHECK(target->count() == 6);
    target->setCurrentIndex(target->findData(QStringLiteral("beleid")));
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();

    CHECK(w.stack().index() == steps + 1); // one undo step
    const Session &s = w.doc().session();
    REQUIRE(s.categories.size() == 6);
    CHECK(s.category(QStringLiteral("zorg")) == nullptr);
    const MapGeometry g = w.geometry();
    const Partner &p = w.partner(QStringLiteral("pa1"));
    CHECK(p.category == QStringLiteral("beleid"));
    CHECK(g.sectorAt(p.placement->angle) == s.categoryIndex(QStringLiteral("beleid")));
    CHECK(p.placement->distance == pa1.placement->distance);
    CHECK(withinSector(g, p.placement->angle) == Approx(within));
    // The extra category moved to beleid; the missing partner too.
    CHECK(w.partner(QStringLiteral("pa2")).extraCategories == QStringList{"beleid"});
    CHECK(s.missingPartners[0].category == QStringLiteral("beleid"));
    w.checkPlacementsInOwnSectors();
    // The scene follows: pa1's item is drawn where its placement says.
    CHECK(w.scene().partnerPosition(QStringLiteral("pa1")) == g.toPoint(*p.placement));

    w.stack().undo();
    CHECK(w.bytes() == before);
    CHECK(w.doc().session().categories.size() == 7);
    CHECK(w.categoryList()->count() == 7);
    w.stack().redo();
    CHECK(w.partner(QStringLiteral("pa1")).category == QStringLiteral("beleid"));

    const Session saved = w.saveAndRead(file);
    CHECK(saved.partner(QStringLiteral("pa1"))->category == QStringLiteral("beleid"));
    CHECK(saved.categories.size() == 6);
}

TEST_CASE("Cancelling the reassignment dialog removes nothing", "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const int steps = w.stack().index();
    w.selectCategory(QStringLiteral("intern"));
    w.clickButton("removeCategory");
    auto *dialog = w.window.findChild<QDialog *>(QStringLiteral("reassignCategoryDialog"));
    REQUIRE(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(w.stack().index() == steps);
    CHECK(w.doc().session().categories.size() == 7);
}

TEST_CASE("Moving a category up re-lays out the sectors, partners stay in their own",
          "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    const int steps = w.stack().index();
    const Partner pa1 = w.partner(QStringLiteral("pa1"));

    w.selectCategory(QStringLiteral("zorg"));
    w.clickButton("moveCategoryUp");
    CHECK(w.stack().index() == steps + 1);
    const Session &s = w.doc().session();
    CHECK(s.categoryIndex(QStringLiteral("zorg")) == 1);
    CHECK(s.categoryIndex(QStringLiteral("aanbod")) == 2);
    CHECK(w.categoryList()->currentRow() == 1); // the moved one stays selected
    w.checkPlacementsInOwnSectors();
    const Partner &p = w.partner(QStringLiteral("pa1"));
    CHECK(p.placement->distance == pa1.placement->distance);
    CHECK(p.placement->angle == Approx(pa1.placement->angle - 360.0 / 7));
    // The desired placement of pa2 (in its own sector, unmoved) keeps its angle exactly.
    CHECK(w.partner(QStringLiteral("pa2")).desiredPlacement->angle == 20.0);

    // Ctrl+Shift+Down by keyboard moves it back.
    QTest::keyClick(w.categoryList(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(s.categoryIndex(QStringLiteral("zorg")) == 2);
    w.checkPlacementsInOwnSectors();
    w.stack().undo();
    w.stack().undo();
    CHECK(w.bytes() == before);
}

TEST_CASE("The last category cannot be removed and the ends cannot move further", "[categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    w.selectCategory(QStringLiteral("professionalisering"));
    auto *up = w.dock()->findChild<QAction *>(QStringLiteral("moveCategoryUp"));
    REQUIRE(up);
    CHECK_FALSE(up->isEnabled());
    w.selectCategory(QStringLiteral("intern"));
    auto *down = w.dock()->findChild<QAction *>(QStringLiteral("moveCategoryDown"));
    CHECK_FALSE(down->isEnabled());
}
