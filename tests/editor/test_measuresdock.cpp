// SPDX-License-Identifier: GPL-3.0-or-later
// The Measures dock: shown from the View menu, follows the document, lazy when hidden.
#include "editorfixture.h"

#include "../../src/editor/research/measuresdock.h"
#include "../../src/editor/window/actions.h"

#include <QMenu>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace nwk;
using namespace nwk::test;

namespace {

QTreeWidgetItem *summaryRow(MeasuresDock *dock, const QString &name)
{
    const auto found = dock->summary()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

QString summaryValue(MeasuresDock *dock, const QString &name)
{
    QTreeWidgetItem *item = summaryRow(dock, name);
    return item ? item->text(1) : QStringLiteral("<no row>");
}

/// The partner table's cell in `column` for the row labelled `label`.
QString partnerCell(MeasuresDock *dock, const QString &label, int column)
{
    QTableWidget *t = dock->partners();
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == label)
            return t->item(r, column)->text();
    return QStringLiteral("<no row>");
}

} // namespace

TEST_CASE("The Measures dock shows the open session's measures and follows edits", "[measuresdock]")
{
    // Sample: pa1-pa2, school-pa1, pa2-pa3; pa4 unplaced and unlinked. Ego network: the 4
    // implicit school ties + 2 partner ties = 6 of 10 -> 0.6; partners only 2 of 6.
    SessionFile file;
    Window w(file.path);
    auto *dock = w.window.findChild<MeasuresDock *>(QStringLiteral("measuresDock"));
    REQUIRE(dock);
    CHECK_FALSE(dock->isVisible());
    CHECK(dock->computeCount() == 0); // nothing computed while hidden

    QAction *toggle = dock->toggleViewAction();
    REQUIRE(w.window.actions()->viewMenu->actions().contains(toggle));
    CHECK(toggle->statusTip().startsWith(QStringLiteral("Show network measures")));
    toggle->trigger();
    REQUIRE(dock->isVisible());
    CHECK(dock->computeCount() == 1);
    CHECK(summaryValue(dock, QStringLiteral("Density (with school)")) == QStringLiteral("0.600"));
    CHECK(summaryValue(dock, QStringLiteral("Density (without school)")) ==
          QStringLiteral("0.333"));
    CHECK(summaryValue(dock, QStringLiteral("Isolates")) == QStringLiteral("1"));
    CHECK(summaryValue(dock, QStringLiteral("Partners")) == QStringLiteral("4 (3 placed)"));
    CHECK(summaryValue(dock, QStringLiteral("External")) == QStringLiteral("4 of 4 (100%)"));
    // What was not recorded is shown as such, never as a zero share.
    CHECK(summaryValue(dock, QStringLiteral("Formal")) == QStringLiteral("0 of 4 (0%)"));
    CHECK(summaryValue(dock, QStringLiteral("Formality not recorded")) ==
          QStringLiteral("4 of 4 (100%)"));
    const MeasureInfo *density = measureInfo(QStringLiteral("density-with-school"));
    REQUIRE(density);
    CHECK(summaryRow(dock, QStringLiteral("Density (with school)"))->toolTip(0) ==
          density->definition);
    CHECK(partnerCell(dock, QStringLiteral("Hogeschool"), 1) == QStringLiteral("2"));
    CHECK(dock->partners()->horizontalHeaderItem(3)->toolTip() ==
          measureInfo(QStringLiteral("constraint"))->definition);
    // Categories tab: "Zorg voor leerlingen" holds CLB with two links.
    const auto care =
        dock->categories()->findItems(QStringLiteral("Zorg voor leerlingen"), Qt::MatchExactly);
    REQUIRE(care.size() == 1);
    CHECK(dock->categories()->item(care.first()->row(), 1)->text() == QStringLiteral("1"));
    CHECK(dock->categories()->item(care.first()->row(), 2)->text() == QStringLiteral("2"));

    // The user deletes the link Hogeschool-Ouders: 5 of 10, 1 of 6, Ouders isolated.
    w.scene().clearSelection();
    QGraphicsItem *link = w.scene().linkItem(QStringLiteral("l3"));
    REQUIRE(link);
    link->setSelected(true);
    w.window.actions()->deleteSelection->trigger();
    REQUIRE_FALSE(w.doc().session().link(QStringLiteral("l3")));
    // Computed once the change has settled, not in the middle of a burst of changes.
    const int beforeDelete = dock->computeCount();
    REQUIRE(QTest::qWaitFor([&] { return dock->computeCount() == beforeDelete + 1; }, 5000));
    CHECK(summaryValue(dock, QStringLiteral("Density (with school)")) == QStringLiteral("0.500"));
    CHECK(summaryValue(dock, QStringLiteral("Density (without school)")) ==
          QStringLiteral("0.167"));
    CHECK(summaryValue(dock, QStringLiteral("Isolates")) == QStringLiteral("2"));
    CHECK(partnerCell(dock, QStringLiteral("Hogeschool"), 1) == QStringLiteral("1"));
    CHECK(partnerCell(dock, QStringLiteral("Ouders"), 2) == QStringLiteral("–"));

    // A burst of changes, as the steps of a drag, is computed once, after its last change.
    const int beforeBurst = dock->computeCount();
    for (int i = 0; i < 3; ++i) {
        w.stack().undo();
        w.stack().redo();
    }
    REQUIRE(QTest::qWaitFor([&] { return dock->computeCount() > beforeBurst; }, 5000));
    QCoreApplication::processEvents();
    CHECK(dock->computeCount() == beforeBurst + 1);
    // And no other computation is pending (no fixed wait for one that might still come).
    const QList<QTimer *> timers = dock->findChildren<QTimer *>();
    CHECK(std::none_of(timers.begin(), timers.end(), [](const QTimer *t) {
        return t->isActive() && t->interval() == MeasuresDock::kSettleMs;
    }));
    CHECK(std::any_of(timers.begin(), timers.end(), [](const QTimer *t) {
        return t->isSingleShot() && t->interval() == MeasuresDock::kSettleMs;
    })); // the settle timer is there to look at
    CHECK(summaryValue(dock, QStringLiteral("Isolates")) == QStringLiteral("2"));

    // Hidden, it does not compute; shown again, it catches up (undo restored the link).
    toggle->trigger();
    REQUIRE_FALSE(dock->isVisible());
    const int computed = dock->computeCount();
    w.stack().undo();
    CHECK(dock->computeCount() == computed);
    toggle->trigger();
    CHECK(dock->computeCount() == computed + 1);
    CHECK(summaryValue(dock, QStringLiteral("Density (with school)")) == QStringLiteral("0.600"));
}

TEST_CASE("The Measures dock lists the priority ranking", "[measuresdock]")
{
    Session s = sampleSession();
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    Participant p2 = p1;
    p2.id = QStringLiteral("p2");
    p2.code = QStringLiteral("P2");
    s.participants = {p1, p2};
    s.partner(QStringLiteral("pa3"))->marks = {QStringLiteral("p1"), QStringLiteral("p2")};
    s.partner(QStringLiteral("pa1"))->marks = {QStringLiteral("p2")};
    SessionFile file(s);
    Window w(file.path);
    auto *dock = w.window.findChild<MeasuresDock *>(QStringLiteral("measuresDock"));
    REQUIRE(dock);
    dock->toggleViewAction()->trigger();
    QTreeWidgetItem *priority = summaryRow(dock, QStringLiteral("Priority"));
    REQUIRE(priority);
    REQUIRE(priority->childCount() == 2);
    CHECK(priority->child(0)->text(0) == QStringLiteral("1. Ouders"));
    CHECK(priority->child(1)->text(0) == QStringLiteral("2. CLB"));
    CHECK(partnerCell(dock, QStringLiteral("Ouders"), 5) == QStringLiteral("1"));
}

TEST_CASE("The Measures dock keeps unstated distances and inferred priorities apart",
          "[measuresdock][schema3]")
{
    Session s = sampleSession();
    REQUIRE(s.partners.size() >= 4);
    REQUIRE(s.partners[0].placement);
    s.partners[0].placement->distanceKind = DistanceKind::NotDiscussed;
    s.partners[1].voteCount = 2;
    s.partners[1].voteText = QStringLiteral("twee leraren");
    s.partners[3].voteText = QStringLiteral("de meeste");
    s.partners[2].prioritySource = PrioritySource::Researchers;
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    s.participants.push_back(p1);
    s.partners[2].marks = {p1.id};
    SessionFile file(s);
    Window w(file.path);
    auto *dock = w.window.findChild<MeasuresDock *>(QStringLiteral("measuresDock"));
    REQUIRE(dock);
    dock->toggleViewAction()->trigger();
    REQUIRE(dock->isVisible());
    const int placed = static_cast<int>(std::count_if(
        s.partners.begin(), s.partners.end(), [](const Partner &p) { return p.placement; }));
    CHECK(summaryValue(dock, QStringLiteral("Distance not discussed")) ==
          QStringLiteral("1 of %1 placed").arg(placed));
    CHECK(summaryValue(dock, QStringLiteral("Votes without names")) == QStringLiteral("2"));
    CHECK(summaryValue(dock, s.partners[1].label) == QStringLiteral("votes 2 (twee leraren)"));
    // A quantifier alone is shown as said, not as zero votes.
    CHECK(summaryValue(dock, s.partners[3].label) == QStringLiteral("de meeste"));
    CHECK(summaryValue(dock, QStringLiteral("Inferred by the researchers")) == QStringLiteral("1"));
    // The inferred priority is not ranked among the participants' priorities.
    QTreeWidgetItem *priority = summaryRow(dock, QStringLiteral("Priority"));
    REQUIRE(priority);
    for (int i = 0; i < priority->childCount(); ++i)
        CHECK_FALSE(priority->child(i)->text(0).endsWith(s.partners[2].label));
}
