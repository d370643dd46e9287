// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation of every voice (#23 item 4) and the researcher's marks on sections without a
// record (#23 item 8), through the cards dock's real widgets: metaphors, closing answers
// and memos are annotated from their lists and fields like quotes (right-click or the
// Menu key), in annotation mode too, and show a marker; one new code is one History step;
// a card or question is marked not discussed / not recorded / left out in one undo step.
#include "cardsfixture.h"

#include "../../src/editor/research/annotationdialog.h"
#include "../../src/editor/research/annotationui.h"
#include "../../src/editor/research/codebookdialog.h"
#include "nwk/editor/objectaccess.h"

#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

Session voicesSession()
{
    Session s = focusGroupSession();
    Metaphor m;
    m.id = QStringLiteral("me1");
    m.text = QStringLiteral("Een parachute");
    m.participantId = QStringLiteral("pt1");
    s.metaphors = {m};
    Memo memo;
    memo.id = QStringLiteral("mo1");
    memo.text = QStringLiteral("Directeur weggeroepen");
    s.memos = {memo};
    ClosingAnswer answer;
    answer.questionId = QStringLiteral("afronding1");
    answer.text = QStringLiteral("Nog geen ervaring.");
    s.closingAnswers = {answer};
    CardProgress card;
    card.cardId = QStringLiteral("betekenisonderhandeling");
    Quote q;
    q.id = QStringLiteral("q1");
    q.text = QStringLiteral("Het CLB is er altijd.");
    card.quotes = {q};
    s.cards = {card};
    return s;
}

AnnotationUi *annotationUi(const Window &w)
{
    auto *ui = w.window.findChild<AnnotationUi *>(QStringLiteral("annotationUi"));
    REQUIRE(ui);
    return ui;
}

/// Shows the cards dock's tab that holds `widget`.
void showTabOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(
                w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            if (tabs->indexOf(w) >= 0) {
                tabs->setCurrentWidget(w);
                return;
            }
}

/// The open context menu named `name` (under `parent`), and its entry `entry`.
QAction *menuEntry(QWidget *parent, const QString &name, const char *entry)
{
    QMenu *menu = nullptr;
    for (QMenu *m : parent->findChildren<QMenu *>(name))
        if (m->isVisible())
            menu = m;
    INFO(name.toStdString());
    REQUIRE(menu);
    for (QAction *a : menu->findChildren<QAction *>())
        if (a->objectName() == QLatin1String(entry)) {
            REQUIRE(a->isEnabled());
            return a;
        }
    FAIL("no entry " << entry);
    return nullptr;
}

/// Fills in the open annotation dialog (memo, optionally a new code) and presses OK.
void fillAnnotation(const Window &w, const QString &memo, const QString &newCode = {})
{
    AnnotationDialog *dialog = nullptr;
    for (auto *d : w.window.findChildren<AnnotationDialog *>(QStringLiteral("annotationDialog")))
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("annotationMemo")), memo);
    if (!newCode.isEmpty())
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newCodeEdit")), newCode);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
}

/// Opens the context menu of a list's item with the keyboard (Menu key on the list).
void keyboardMenu(QListWidget *list, int row)
{
    showTabOf(list);
    list->setCurrentRow(row);
    list->setFocus();
    const QPoint at = list->visualItemRect(list->item(row)).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, list->mapToGlobal(at));
    QApplication::sendEvent(list, &event);
}

const Annotation *annotationOn(const Session &s, AnnotationTarget kind, const QString &id)
{
    for (const Annotation &a : s.annotations)
        if (a.targetKind == kind && a.targetId == id)
            return &a;
    return nullptr;
}

} // namespace

TEST_CASE("Metaphors, closing answers and memos are annotated like quotes, in annotation "
          "mode, marked in their lists and saved",
          "[annotation]")
{
    QSettings().setValue(QStringLiteral("annotation/author"), QStringLiteral("Onderzoeker A"));
    SessionFile file(voicesSession());
    Window w(file.path);
    annotationUi(w)->modeAction->trigger();
    Cards cards(w.window);
    auto *quotes = cards.find<QListWidget>(QStringLiteral("cardQuotes"));
    auto *metaphors = cards.find<QListWidget>(QStringLiteral("metaphorList"));
    auto *memos = cards.find<QListWidget>(QStringLiteral("memoList"));
    REQUIRE(metaphors->count() == 1);
    REQUIRE(memos->count() == 1);
    CHECK(metaphors->item(0)->icon().isNull()); // not annotated yet: no marker
    CHECK(quotes->item(0)->icon().isNull());

    // A metaphor: the Menu key on its list, Annotate…; one undo step with its new code.
    const int steps = w.stack().count();
    keyboardMenu(metaphors, 0);
    menuEntry(metaphors, QStringLiteral("metaphorContextMenu"), "annotateAction")->trigger();
    fillAnnotation(w, QStringLiteral("Zorg als doel."), QStringLiteral("Zorg"));
    const Annotation *onMetaphor =
        annotationOn(w.doc().session(), AnnotationTarget::Metaphor, QStringLiteral("me1"));
    REQUIRE(onMetaphor);
    CHECK(onMetaphor->memo == QStringLiteral("Zorg als doel."));
    CHECK(w.stack().count() == steps + 1); // the code and the annotation: one History entry
    CHECK_FALSE(metaphors->item(0)->icon().isNull());
    CHECK(metaphors->item(0)->toolTip() == QStringLiteral("Annotated (1)"));

    // A memo: right-click in its list.
    showTabOf(memos);
    const QPoint at = memos->visualItemRect(memos->item(0)).center();
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, memos->viewport()->mapToGlobal(at));
    QApplication::sendEvent(memos->viewport(), &click);
    menuEntry(memos, QStringLiteral("memoContextMenu"), "annotateAction")->trigger();
    fillAnnotation(w, QStringLiteral("Onderbreking."));
    CHECK(annotationOn(w.doc().session(), AnnotationTarget::Memo, QStringLiteral("mo1")));
    CHECK(memos->item(0)->toolTip() == QStringLiteral("Annotated (1)"));

    // A closing answer: right-click its field (read-only in annotation mode).
    auto *closing = cards.find<QPlainTextEdit>(QStringLiteral("closing:afronding1"));
    showTabOf(closing);
    CHECK(closing->isReadOnly());
    QContextMenuEvent inField(QContextMenuEvent::Mouse, QPoint(5, 5),
                              closing->viewport()->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(closing->viewport(), &inField);
    menuEntry(closing, QStringLiteral("closingContextMenu"), "annotateAction")->trigger();
    fillAnnotation(w, QStringLiteral("Werkvorm gewaardeerd."));
    CHECK(annotationOn(w.doc().session(), AnnotationTarget::ClosingAnswer,
                       QStringLiteral("afronding1")));
    auto *marker = cards.find<QLabel>(QStringLiteral("closingMarker:afronding1"));
    CHECK(marker->isVisible());
    CHECK(marker->toolTip() == QStringLiteral("Annotated (1)"));

    // A quote with the keyboard as well; its marker follows its annotations.
    keyboardMenu(quotes, 0);
    menuEntry(quotes, QStringLiteral("quoteContextMenu"), "annotateAction")->trigger();
    fillAnnotation(w, QStringLiteral("Positief."));
    CHECK(quotes->item(0)->toolTip() == QStringLiteral("Annotated (1)"));
    w.stack().undo();
    CHECK(quotes->item(0)->icon().isNull());
    w.stack().redo();

    // Saved, and the group's words untouched.
    REQUIRE(w.window.save());
    const Session saved = file.read();
    CHECK(annotationOn(saved, AnnotationTarget::Metaphor, QStringLiteral("me1")));
    CHECK(annotationOn(saved, AnnotationTarget::Memo, QStringLiteral("mo1")));
    CHECK(annotationOn(saved, AnnotationTarget::ClosingAnswer, QStringLiteral("afronding1")));
    CHECK(saved.metaphors == voicesSession().metaphors);
    CHECK(saved.closingAnswers == voicesSession().closingAnswers);
}

TEST_CASE("Removing an annotated memo or metaphor takes its annotations along, one step",
          "[annotation]")
{
    Session s = voicesSession();
    Annotation onMemo;
    onMemo.id = QStringLiteral("an1");
    onMemo.targetKind = AnnotationTarget::Memo;
    onMemo.targetId = QStringLiteral("mo1");
    onMemo.memo = QStringLiteral("Onderbreking.");
    Annotation onMetaphor = onMemo;
    onMetaphor.id = QStringLiteral("an2");
    onMetaphor.targetKind = AnnotationTarget::Metaphor;
    onMetaphor.targetId = QStringLiteral("me1");
    s.annotations = {onMemo, onMetaphor};
    SessionFile file(s);
    Window w(file.path);
    Cards cards(w.window);
    auto *memos = cards.find<QListWidget>(QStringLiteral("memoList"));
    CHECK(memos->item(0)->toolTip() == QStringLiteral("Annotated (1)"));
    memos->setCurrentRow(0);
    const int steps = w.stack().count();
    for (QPushButton *b : cards.group->dock()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Remove Memo"))
            b->click();
    CHECK(w.doc().session().memos.empty());
    CHECK(w.stack().count() == steps + 1);
    auto *metaphors = cards.find<QListWidget>(QStringLiteral("metaphorList"));
    metaphors->setCurrentRow(0);
    for (QPushButton *b : metaphors->parentWidget()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Remove"))
            b->click();
    CHECK(w.doc().session().metaphors.empty());
    CHECK(w.doc().session().annotations.empty());
    REQUIRE(w.window.save()); // no annotation left pointing at nothing
    CHECK(file.read().annotations.empty());
    w.stack().undo();
    w.stack().undo();
    CHECK(w.doc().session().annotations.size() == 2);
    CHECK(w.doc().session().memos.size() == 1);
}

TEST_CASE("A new code in the codebook is one History entry with its name and description",
          "[annotation]")
{
    SessionFile file(voicesSession());
    Window w(file.path);
    auto *dialog = new CodebookDialog(&w.doc(), &w.window);
    const int steps = w.stack().count();
    dialog->addCode(QStringLiteral("New code")); // the Add button
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    table->item(0, 0)->setText(QStringLiteral("Vertrouwen")); // typed over "New code"
    table->item(0, 1)->setText(QStringLiteral("Over vertrouwen"));
    CHECK(w.stack().count() == steps + 1);
    REQUIRE(w.doc().session().codebook.size() == 1);
    CHECK(w.doc().session().codebook[0].label == QStringLiteral("Vertrouwen"));
    CHECK(w.doc().session().codebook[0].description == QStringLiteral("Over vertrouwen"));
    w.stack().undo(); // one undo takes the whole new code away
    CHECK(w.doc().session().codebook.empty());
    w.stack().redo();
    REQUIRE(w.doc().session().codebook.size() == 1);
    CHECK(w.doc().session().codebook[0].label == QStringLiteral("Vertrouwen"));
    CHECK(w.doc().session().codebook[0].description == QStringLiteral("Over vertrouwen"));
    // A later edit of the code is a step of its own.
    table->item(0, 1)->setText(QStringLiteral("Vertrouwen tussen partners"));
    CHECK(w.stack().count() == steps + 2);
    delete dialog;
}

TEST_CASE("A card or a question is marked not discussed, not recorded or left out, one undo "
          "step, also in annotation mode",
          "[annotation][cards]")
{
    SessionFile file(voicesSession());
    Window w(file.path);
    annotationUi(w)->modeAction->trigger();
    Cards cards(w.window);
    auto *record = cards.find<QComboBox>(QStringLiteral("cardRecord"));
    REQUIRE(record->isEnabled());
    const int steps = w.stack().count();
    const QString card = QStringLiteral("betekenisonderhandeling");
    record->setCurrentIndex(record->findData(static_cast<int>(SectionState::NotRecorded)));
    Q_EMIT record->activated(record->currentIndex()); // as the user's choice
    const CardProgress *p = ObjectAccess<CardProgress>::find(w.doc().session(), card);
    REQUIRE(p);
    REQUIRE(p->sectionMark(QString()));
    CHECK(p->sectionMark(QString())->state == SectionState::NotRecorded);
    CHECK(w.stack().count() == steps + 1);

    // A question: its notes field's context menu, Report Question As > Left out.
    const QString question = QStringLiteral("betekenisonderhandeling.h1");
    QPlainTextEdit *note = cards.note(question);
    QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(5, 5),
                            note->viewport()->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(note->viewport(), &click);
    menuEntry(note, QStringLiteral("noteContextMenu"), "sectionMark:left-out")->trigger();
    p = ObjectAccess<CardProgress>::find(w.doc().session(), card);
    REQUIRE(p->sectionMark(question));
    CHECK(p->sectionMark(question)->state == SectionState::LeftOut);
    CHECK(w.stack().count() == steps + 2);
    CHECK(note->placeholderText().contains(QStringLiteral("Left out")));

    REQUIRE(w.window.save());
    const Session saved = file.read();
    const CardProgress *savedCard = ObjectAccess<CardProgress>::find(saved, card);
    REQUIRE(savedCard);
    CHECK(savedCard->sectionMarks.size() == 2);
    CHECK(savedCard->quotes == voicesSession().cards.front().quotes);

    w.stack().undo();
    w.stack().undo();
    CHECK(ObjectAccess<CardProgress>::find(w.doc().session(), card)->sectionMarks.empty());
    CHECK(record->currentData().toInt() == -1); // "As recorded" again
}
