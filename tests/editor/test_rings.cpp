// SPDX-License-Identifier: GPL-3.0-or-later
// The "Categories and Rings" dock, rings part: the ring count and ring labels,
// and File > New giving the default categories and rings again.
#include "gridfixture.h"

using namespace nwk;
using namespace nwk::test;

namespace {
std::vector<double> distances(const Session &s)
{
    std::vector<double> d;
    for (const Partner &p : s.partners)
        if (p.placement)
            d.push_back(p.placement->distance);
    return d;
}
} // namespace

TEST_CASE("Four rings with labels through the dock reach the file", "[rings]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    const int steps = w.stack().index();
    const std::vector<double> oldDistances = distances(w.doc().session());

    auto *count = w.child<QSpinBox>("ringCount");
    CHECK(count->value() == 3);
    count->setFocus();
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(count, QStringLiteral("4"));
    QTest::keyClick(count, Qt::Key_Return);
    CHECK(w.stack().index() == steps + 1);
    REQUIRE(w.doc().session().rings.size() == 4);
    CHECK(w.geometry().ringCount == 4);
    CHECK(w.child<QListWidget>("ringList")->count() == 4);

    auto *list = w.child<QListWidget>("ringList");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(3)).center());
    REQUIRE(list->currentRow() == 3);
    CHECK(w.child<QLineEdit>("ringLabelNl")->text() == QStringLiteral("ring 4"));
    w.type("ringLabelNl", QStringLiteral("heel ver"));
    w.type("ringLabelEn", QStringLiteral("very far"));
    CHECK(w.stack().index() == steps + 3);
    CHECK(list->item(3)->text() == QStringLiteral("4. heel ver / very far"));

    // Distances are continuous: nobody moved, only the ring boundaries did.
    CHECK(distances(w.doc().session()) == oldDistances);
    // The scene's rings follow (it positions items with its own geometry).
    CHECK(w.scene().partnerPosition(QStringLiteral("pa1")) ==
          w.geometry().toPoint(*w.partner(QStringLiteral("pa1")).placement));

    w.checkUndoAllRedoAll(before);
    const Session saved = w.saveAndRead(file);
    REQUIRE(saved.rings.size() == 4);
    CHECK(saved.rings[0].labelNl == QStringLiteral("dichtbij"));
    CHECK(saved.rings[3].labelNl == QStringLiteral("heel ver"));
    CHECK(saved.rings[3].labelEn == QStringLiteral("very far"));
    CHECK(distances(saved) == oldDistances);

    while (w.stack().canUndo())
        w.stack().undo();
    CHECK(count->value() == 3);
    CHECK(w.geometry().ringCount == 3);
}

TEST_CASE("Fewer rings drop the outermost, the arrow keys step the count", "[rings]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const QByteArray before = w.bytes();
    auto *count = w.child<QSpinBox>("ringCount");
    count->setFocus();
    QTest::keyClick(count, Qt::Key_Down);
    REQUIRE(w.doc().session().rings.size() == 2);
    CHECK(w.doc().session().rings[1].labelNl == QStringLiteral("tussenin"));
    QTest::keyClick(count, Qt::Key_Down);
    CHECK(w.doc().session().rings.size() == 1);
    QTest::keyClick(count, Qt::Key_Down); // one ring at least
    CHECK(w.doc().session().rings.size() == 1);
    w.stack().undo();
    w.stack().undo();
    CHECK(w.bytes() == before);
}

TEST_CASE("Renaming the middle ring is one undo step", "[rings]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    const int steps = w.stack().index();
    auto *list = w.child<QListWidget>("ringList");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    w.type("ringLabelNl", QStringLiteral("middenin"));
    CHECK(w.stack().index() == steps + 1);
    CHECK(w.saveAndRead(file).rings[1].labelNl == QStringLiteral("middenin"));
}

TEST_CASE("File > New starts with the default categories and rings", "[rings][categories]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    w.selectCategory(QStringLiteral("onderzoek"));
    w.clickButton("removeCategory");
    auto *count = w.child<QSpinBox>("ringCount");
    count->setFocus();
    QTest::keyClick(count, Qt::Key_Up);
    REQUIRE(w.doc().session().categories.size() == 6);
    REQUIRE(w.doc().session().rings.size() == 4);

    ModalAnswerer discard(QMessageBox::Discard);
    w.action(QStringLiteral("New"))->trigger();
    CHECK(discard.seen);
    const Session &s = w.doc().session();
    CHECK(s.categories == defaultCategories());
    CHECK(s.rings == defaultRings());
    CHECK(s.partners.empty());
    CHECK(w.categoryList()->count() == 7);
    CHECK(w.categoryList()->item(6)->text() == QStringLiteral("Interne actoren"));
    CHECK(count->value() == 3);
    CHECK(w.geometry().sectorCount == 7);
    CHECK(w.geometry().ringCount == 3);
}
