// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #21, the facilitator's rehearsal: memo kinds coded with Alt+n while a
// partner is selected, a quote finished in "Said by", a card only passed through,
// History naming the partner, and a confirmation for every capture.
#include "../../src/editor/properties/partneredits.h"
#include "cardsfixture.h"
#include "nwk/editor/cardcommands.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

/// The focus group's session with four participants (Alt+1..4 all mark someone).
Session fourParticipants()
{
    Session s = focusGroupSession();
    for (int i = 3; i <= 4; ++i) {
        Participant p;
        p.id = QStringLiteral("pt%1").arg(i);
        p.code = QStringLiteral("P%1").arg(i);
        p.role = i == 3 ? QStringLiteral("leerkracht") : QStringLiteral("zorgleerkracht");
        p.roleGroup = RoleGroup::Teacher;
        s.participants.push_back(p);
    }
    return s;
}

/// Records Qt's warnings while alive (e.g. "Ambiguous shortcut overload").
struct Warnings {
    static QStringList &all()
    {
        static QStringList list;
        return list;
    }
    QtMessageHandler old;
    Warnings()
    {
        all().clear();
        old = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { all().append(m); });
    }
    ~Warnings() { qInstallMessageHandler(old); }
};

QString statusMessage(const MainWindow &w)
{
    return const_cast<MainWindow &>(w).statusBar()->currentMessage();
}

void selectPartner(Window &w, const QString &id)
{
    w.scene().clearSelection();
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(id));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
}

} // namespace

TEST_CASE("Alt+3 in the memo bar codes an emotion memo while a partner is selected",
          "[rehearsal][memo]")
{
    SessionFile file(fourParticipants());
    Window w(file.path);
    Cards c(w.window);
    selectPartner(w, QStringLiteral("pa1"));
    const QStringList marksBefore = w.partner(QStringLiteral("pa1")).marks;

    Warnings warnings;
    c.key(Qt::Key_M, Qt::ControlModifier);
    auto *memoEdit = c.find<QLineEdit>(QStringLiteral("memoEdit"));
    REQUIRE(QApplication::focusWidget() == memoEdit);
    c.key(Qt::Key_3, Qt::AltModifier); // emotion, not "Mark for participant 3"
    CHECK(c.find<QComboBox>(QStringLiteral("memoKind"))->currentIndex() ==
          static_cast<int>(MemoKind::Emotion));
    QTest::keyClicks(memoEdit, QStringLiteral("Zucht bij de vraag"));
    c.key(Qt::Key_Return);

    const Session &s = w.doc().session();
    REQUIRE(s.memos.size() == 1);
    CHECK(s.memos[0].kind == MemoKind::Emotion);
    CHECK(s.memos[0].text == QStringLiteral("Zucht bij de vraag"));
    CHECK(w.partner(QStringLiteral("pa1")).marks == marksBefore); // no mark slipped in
    INFO(warnings.all().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(warnings.all().join(QLatin1Char('\n')).contains(QStringLiteral("Ambiguous")));
    // The confirmation names what was kept.
    CHECK(statusMessage(w.window) ==
          QStringLiteral("Memo kept: \u201cZucht bij de vraag\u201d \u2014 Emotion"));

    // Outside the memo bar Alt+3 still marks for participant 3.
    w.view().setFocus();
    c.key(Qt::Key_3, Qt::AltModifier);
    CHECK(w.partner(QStringLiteral("pa1")).marks.contains(QStringLiteral("pt3")));
    CHECK(statusMessage(w.window) == QStringLiteral("Mark kept: P3 on \u201cCLB\u201d"));
    c.key(Qt::Key_3, Qt::AltModifier);
    CHECK_FALSE(w.partner(QStringLiteral("pa1")).marks.contains(QStringLiteral("pt3")));
    CHECK(statusMessage(w.window) == QStringLiteral("Mark removed: P3 from \u201cCLB\u201d"));
}

TEST_CASE("Enter in \"Said by\" keeps the quote, shows it and names it", "[rehearsal][quote]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    w.window.resize(1366, 768);
    Cards c(w.window);
    const QString quote = QStringLiteral("We leren het meest van de ouders");

    c.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto *quoteEdit = c.find<QLineEdit>(QStringLiteral("quoteEdit"));
    REQUIRE(QApplication::focusWidget() == quoteEdit);
    QTest::keyClicks(quoteEdit, quote);
    c.key(Qt::Key_Tab);
    auto *speaker = c.find<QComboBox>(QStringLiteral("quoteParticipant"));
    REQUIRE(QApplication::focusWidget() == speaker);
    c.key(Qt::Key_Down); // P1 (zorgcoördinator)
    c.key(Qt::Key_Return);

    const Session &s = w.doc().session();
    REQUIRE(s.cards.size() == 1);
    REQUIRE(s.cards[0].quotes.size() == 1);
    CHECK(s.cards[0].quotes[0].text == quote);
    CHECK(s.cards[0].quotes[0].participantId == QStringLiteral("pt1"));
    CHECK(quoteEdit->text().isEmpty());
    CHECK(QApplication::focusWidget() == quoteEdit); // ready for the next quote

    // The list shows the kept quote, scrolled into view.
    auto *quotes = c.find<QListWidget>(QStringLiteral("cardQuotes"));
    REQUIRE(quotes->currentItem());
    CHECK(quotes->currentItem()->text().contains(quote));
    QScrollArea *scroll = nullptr;
    for (QWidget *p = quotes->parentWidget(); p && !scroll; p = p->parentWidget())
        scroll = qobject_cast<QScrollArea *>(p);
    REQUIRE(scroll);
    const QRect item = quotes->visualItemRect(quotes->currentItem());
    const QPoint centre = quotes->viewport()->mapTo(scroll->viewport(), item.center());
    INFO("quote at " << centre.y() << " in a viewport " << scroll->viewport()->height()
                     << " px high");
    CHECK(scroll->viewport()->rect().contains(centre));

    CHECK(statusMessage(w.window) ==
          QStringLiteral("Quote kept: \u201c%1\u201d \u2014 P1 (zorgco\u00f6rdinator)").arg(quote));
}

TEST_CASE("A card only passed through is not done and the overview counts covered cards",
          "[rehearsal][cards]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    auto *overview = c.find<QTreeWidget>(QStringLiteral("cardsOverview"));
    auto total = [&] { return overview->topLevelItem(overview->topLevelItemCount() - 1)->text(0); };
    auto status = [&](int card) {
        return cardProgressOrDefault(w.doc().session(), c.group->deck().cards[card].id).status;
    };

    c.key(Qt::Key_PageDown, Qt::ControlModifier); // card 1 -> card 2, nothing done on 1
    REQUIRE(c.group->currentCardIndex() == 1);
    CHECK(status(0) != CardStatus::Done);
    CHECK(total() == QStringLiteral("Total (0 of 11 done)"));

    // A note on card 2, then on: card 2 is done.
    c.key(Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("CLB en ouders"));
    CHECK(
        statusMessage(w.window).startsWith(QStringLiteral("Note kept: \u201cCLB en ouders\u201d")));
    c.key(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(status(1) == CardStatus::Done);
    CHECK(status(0) == CardStatus::NotStarted);
    CHECK(total() == QStringLiteral("Total (1 of 11 done)"));
}

TEST_CASE("History names the partner moved to a ring or a category", "[rehearsal][history]")
{
    SessionFile file;
    Window w(file.path);
    edits::setRing(&w.doc(), QStringLiteral("pa1"), 0);
    const QString ring = w.stack().text(w.stack().index() - 1);
    CHECK(ring.startsWith(QStringLiteral("Move \u201cCLB\u201d to ring \u201c")));
    edits::setCategory(&w.doc(), QStringLiteral("pa1"), QStringLiteral("beleid"));
    const QString category = w.stack().text(w.stack().index() - 1);
    CHECK(category.startsWith(QStringLiteral("Move \u201cCLB\u201d to category \u201c")));
}

TEST_CASE("A partner typed into the capture field is confirmed by name", "[rehearsal][capture]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    c.key(Qt::Key_L, Qt::ControlModifier);
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(field);
    c.key(Qt::Key_1, Qt::ControlModifier); // named by P1
    QTest::keyClicks(field, QStringLiteral("Bibliotheek"));
    c.key(Qt::Key_Return);
    REQUIRE(w.doc().session().partners.size() == 5);
    CHECK(
        statusMessage(w.window) ==
        QStringLiteral("Partner kept: \u201cBibliotheek\u201d \u2014 named by P1, unplaced tray"));
}

TEST_CASE("Enter in the missing-partner form's status adds it and confirms it by name",
          "[rehearsal][missing]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    auto *dock = w.window.findChild<QDockWidget *>(QStringLiteral("missingDock"));
    REQUIRE(dock);
    auto *label = dock->findChild<QLineEdit *>(QStringLiteral("missingLabelEdit"));
    auto *status = dock->findChild<QComboBox *>(QStringLiteral("missingStatusCombo"));
    REQUIRE(label);
    REQUIRE(status);
    label->setText(QStringLiteral("Jeugdwerk"));
    QTest::keyClick(status, Qt::Key_Down); // Hoped for
    QTest::keyClick(status, Qt::Key_Return);
    REQUIRE(w.doc().session().missingPartners.size() == 1);
    CHECK(w.doc().session().missingPartners[0].label == QStringLiteral("Jeugdwerk"));
    CHECK(label->text().isEmpty());
    CHECK(statusMessage(w.window) ==
          QStringLiteral("Missing partner kept: \u201cJeugdwerk\u201d \u2014 Hoped for"));
}
