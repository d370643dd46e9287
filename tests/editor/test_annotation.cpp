// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation mode and versions, driven through the real widgets: the group's data
// stays locked whatever the user tries; annotations added on the map and in the
// cards dock end up in the file and the CSV; snapshots show what changed.
#include "cardsfixture.h"

#include "../../src/editor/research/annotationdialog.h"
#include "../../src/editor/research/annotationsdock.h"
#include "../../src/editor/research/annotationui.h"
#include "../../src/editor/research/codebookdialog.h"
#include "../../src/editor/research/versionsdock.h"
#include "../../src/editor/scene/overlayitems.h"
#include "nwk/core/codebookio.h"
#include "nwk/core/dataexport.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/partnercommands.h"

#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoView>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");

AnnotationUi *annotationUi(const Window &w)
{
    auto *ui = w.window.findChild<AnnotationUi *>(QStringLiteral("annotationUi"));
    REQUIRE(ui);
    return ui;
}

/// Right-clicks at `pos` of `widget` (a context-menu event, as the platform sends).
void rightClick(QWidget *widget, QPoint pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
}

/// The entry named `objectName` of the context menu that is open under `parent`.
QAction *menuEntry(QWidget *parent, const char *menuName, const char *objectName)
{
    QMenu *menu = nullptr;
    for (QMenu *m : parent->findChildren<QMenu *>(QString::fromLatin1(menuName)))
        if (m->isVisible())
            menu = m;
    INFO(menuName);
    REQUIRE(menu);
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String(objectName)) {
            REQUIRE(a->isEnabled());
            return a;
        }
    FAIL("no entry " << objectName);
    return nullptr;
}

/// Fills in the open annotation dialog and presses OK.
void fillAnnotation(const Window &w, const QString &memo, const QString &newCode = {},
                    const QString &author = {})
{
    AnnotationDialog *dialog = nullptr;
    for (auto *d : w.window.findChildren<AnnotationDialog *>(QStringLiteral("annotationDialog")))
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("annotationMemo")), memo);
    if (!newCode.isEmpty()) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newCodeEdit")), newCode);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addCodeButton")),
                          Qt::LeftButton);
    }
    auto *authorEdit = dialog->findChild<QLineEdit *>(QStringLiteral("annotationAuthor"));
    CHECK((authorEdit != nullptr) == !author.isEmpty()); // asked only the first time
    if (authorEdit)
        QTest::keyClicks(authorEdit, author);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
}

const Annotation *annotationOn(const Session &s, AnnotationTarget kind, const QString &id,
                               const QString &memo)
{
    for (const Annotation &a : s.annotations)
        if (a.targetKind == kind && a.targetId == id && a.memo == memo)
            return &a;
    return nullptr;
}

} // namespace

TEST_CASE("Annotation mode locks the group's data on every path", "[annotation]")
{
    SessionFile file;
    Window w(file.path);
    AnnotationUi *ui = annotationUi(w);
    // An earlier group edit: dragging "Ouders" closer to the school.
    w.drag(w.pixelOfPartner(QStringLiteral("pa3")), w.pixelOf(Placement{0.4, 330.0}));
    REQUIRE(w.stack().count() == 1);
    const Session before = w.doc().session();

    QTest::keyClick(&w.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w.doc().annotationMode());
    CHECK(ui->modeAction->isChecked());
    auto *indicator = w.window.findChild<QLabel *>(QStringLiteral("annotationModeIndicator"));
    REQUIRE(indicator);
    CHECK(indicator->isVisible());
    QSignalSpy refused(&w.doc(), &SessionDocument::groupEditRefused);

    // Dragging a partner, nudging it with the arrow keys.
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf(Placement{0.9, 128.0}));
    CHECK(w.doc().session() == before);
    w.scene().selectPartners({kPa1});
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_Left);
    CHECK(w.doc().session() == before);

    // Renaming in the properties dock: the field is disabled (issue #23).
    auto *label = w.window.findChild<QLineEdit *>(QStringLiteral("partnerLabelEdit"));
    REQUIRE(label);
    CHECK_FALSE(label->isEnabled());
    label->setFocus();
    QTest::keyClicks(label, QStringLiteral(" Antwerpen"));
    CHECK(w.partner(kPa1).label == QStringLiteral("CLB"));

    // The Delete key on the selected partner: refused by the document.
    w.scene().selectPartners({kPa1});
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_Delete);
    CHECK(w.doc().session().partner(kPa1) != nullptr);
    CHECK(w.doc().session() == before);
    CHECK(refused.count() >= 1);
    CHECK(w.stack().count() == 1);

    // Undo of the earlier drag: refused; the step stays where it was.
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.doc().session() == before);
    CHECK(w.stack().index() == 1);
    CHECK(w.stack().count() == 1);
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("locked")));

    // A jump back in the History dock over an annotation step and the group edit:
    // refused as a whole, the annotation stays and the stack stays where it was.
    Annotation memo;
    memo.id = QStringLiteral("an9");
    memo.memo = QStringLiteral("sessie verliep rustig");
    w.doc().push(new AddObject<Annotation>(&w.doc(), memo, QStringLiteral("Annotate")));
    REQUIRE(w.stack().count() == 2);
    auto *history = w.window.findChild<QUndoView *>();
    REQUIRE(history);
    history->setCurrentIndex(history->model()->index(0, 0)); // "<opened>"
    CHECK(w.stack().index() == 2);
    Session withMemo = before;
    withMemo.annotations.push_back(memo);
    CHECK(w.doc().session() == withMemo);
    w.stack().undo(); // the annotation step itself undoes as usual
    CHECK(w.doc().session() == before);
    CHECK(w.stack().index() == 1);

    // Any command pushed by any other path changes nothing and leaves no step.
    w.doc().push(new ChangeValue<PartnerField<&Partner::label>>(&w.doc(), kPa2, QStringLiteral("X"),
                                                                QStringLiteral("Rename")));
    CHECK(w.doc().session() == before);
    CHECK(w.stack().count() == 2); // refused before the stack saw it: the redo tail stays
    CHECK(w.stack().index() == 1);

    // Leaving annotation mode: the earlier edit undoes as usual.
    ui->modeAction->trigger();
    CHECK_FALSE(w.doc().annotationMode());
    CHECK_FALSE(indicator->isVisible());
    CHECK_FALSE(label->isReadOnly());
    w.stack().undo();
    CHECK(w.doc().session() == file.read());
}

TEST_CASE("Annotations on a partner and a quote are saved and exported", "[annotation]")
{
    QSettings().remove(QStringLiteral("annotation/author"));
    SessionFile file;
    Window w(file.path);
    AnnotationUi *ui = annotationUi(w);
    ui->modeAction->trigger();
    const Session group = w.doc().session();

    // On the map: right-click "CLB", Annotate…; the first annotation asks the author.
    rightClick(w.viewport(), w.pixelOfPartner(kPa1));
    QAction *annotate = menuEntry(&w.view(), "partnerContextMenu", "annotateAction");
    // The map's own entries (category, ring, marks, delete ...) are greyed out.
    const QList<QAction *> entries = qobject_cast<QMenu *>(annotate->parent())->actions();
    CHECK_FALSE(entries.front()->isEnabled());
    CHECK(std::count_if(entries.begin(), entries.end(), [](QAction *a) {
              return a->objectName() == QLatin1String("deleteAction") && !a->isEnabled();
          }) == 1);
    annotate->trigger();
    fillAnnotation(w, QStringLiteral("Het CLB wordt als spil gezien."),
                   QStringLiteral("Vertrouwen"), QStringLiteral("Onderzoeker A"));
    const Annotation *onPartner = annotationOn(w.doc().session(), AnnotationTarget::Partner, kPa1,
                                               QStringLiteral("Het CLB wordt als spil gezien."));
    REQUIRE(onPartner);
    CHECK(onPartner->author == QStringLiteral("Onderzoeker A"));
    CHECK_FALSE(onPartner->created.isEmpty());
    REQUIRE(onPartner->codes.size() == 1);
    const QString code = onPartner->codes.front();
    CHECK(ObjectAccess<Code>::find(w.doc().session(), code)->label == QStringLiteral("Vertrouwen"));

    // In the cards dock: right-click the quote, Annotate…; the author is known now.
    Cards cards(w.window);
    auto *quotes = cards.find<QListWidget>(QStringLiteral("cardQuotes"));
    REQUIRE(quotes->count() == 1);
    rightClick(quotes->viewport(), quotes->visualItemRect(quotes->item(0)).center());
    menuEntry(quotes, "quoteContextMenu", "annotateAction")->trigger();
    fillAnnotation(w, QStringLiteral("Positief geformuleerd."));
    const Annotation *onQuote =
        annotationOn(w.doc().session(), AnnotationTarget::Quote, QStringLiteral("q1"),
                     QStringLiteral("Positief geformuleerd."));
    REQUIRE(onQuote);
    CHECK(onQuote->author == QStringLiteral("Onderzoeker A"));

    // A card note: right-click the first question's notes field (read-only now).
    const QString question = QStringLiteral("betekenisonderhandeling.h1");
    QPlainTextEdit *note = cards.note(question);
    CHECK(note->isReadOnly());
    rightClick(note->viewport(), QPoint(5, 5));
    menuEntry(note, "noteContextMenu", "annotateAction")->trigger();
    fillAnnotation(w, QStringLiteral("Geen notities: tijdsdruk."));
    CHECK(annotationOn(w.doc().session(), AnnotationTarget::CardNote,
                       QStringLiteral("betekenisonderhandeling/") + question,
                       QStringLiteral("Geen notities: tijdsdruk.")));

    // The group's data is untouched; the badges show on the map.
    Session groupNow = w.doc().session();
    groupNow.annotations = group.annotations;
    groupNow.codebook = group.codebook;
    CHECK(groupNow == group);
    auto *badges = static_cast<AnnotationBadgesItem *>(nullptr);
    for (QGraphicsItem *item : w.scene().items())
        if (item->type() == AnnotationBadgesItem::Type)
            badges = static_cast<AnnotationBadgesItem *>(item);
    REQUIRE(badges);
    REQUIRE(badges->badges().size() == 1); // pa1: the sample's annotation and the new one
    CHECK(badges->badges().front().count == 2);
    ui->showAnnotationsAction->trigger(); // View > Show Annotations off
    CHECK_FALSE(badges->isVisible());
    ui->showAnnotationsAction->trigger();
    CHECK(badges->isVisible());

    // Saved: both annotations and the new code are in the file.
    REQUIRE(w.window.save());
    const Session saved = file.read();
    CHECK(annotationOn(saved, AnnotationTarget::Partner, kPa1,
                       QStringLiteral("Het CLB wordt als spil gezien.")));
    CHECK(annotationOn(saved, AnnotationTarget::Quote, QStringLiteral("q1"),
                       QStringLiteral("Positief geformuleerd.")));
    CHECK(annotationOn(saved, AnnotationTarget::CardNote,
                       QStringLiteral("betekenisonderhandeling/") + question,
                       QStringLiteral("Geen notities: tijdsdruk.")));
    CHECK(saved.codebook.size() == 1);
    // And in the annotations CSV.
    const QString csv = QString::fromUtf8(csvTable(saved, CsvTable::Annotations, {}));
    CHECK(csv.contains(QStringLiteral("Het CLB wordt als spil gezien.")));
    CHECK(csv.contains(QStringLiteral("Positief geformuleerd.")));
    CHECK(csv.contains(QStringLiteral("Onderzoeker A")));
}

TEST_CASE("An inferred priority is an annotation, never a mark", "[annotation]")
{
    QSettings().setValue(QStringLiteral("annotation/author"), QStringLiteral("Onderzoeker B"));
    SessionFile file;
    Window w(file.path);
    annotationUi(w)->modeAction->trigger();
    const QStringList marks = w.partner(kPa2).marks;
    rightClick(w.viewport(), w.pixelOfPartner(kPa2));
    menuEntry(&w.view(), "partnerContextMenu", "inferredPriorityAction")->trigger();
    fillAnnotation(w, QStringLiteral("Directie noemt het telkens."));
    const Annotation *a = annotationOn(w.doc().session(), AnnotationTarget::Partner, kPa2,
                                       QStringLiteral("Directie noemt het telkens."));
    REQUIRE(a);
    CHECK(a->codes == QStringList{QString::fromLatin1(kInferredPriorityCode)});
    const Code *code =
        ObjectAccess<Code>::find(w.doc().session(), QString::fromLatin1(kInferredPriorityCode));
    REQUIRE(code);
    CHECK(code->label == QStringLiteral("Inferred priority"));
    CHECK(w.partner(kPa2).marks == marks);
    // One undo step takes annotation and code away together.
    w.stack().undo();
    CHECK(w.doc().session() == file.read());
}

TEST_CASE("The annotations dock filters by code and author and finds the target", "[annotation]")
{
    Session s = sampleSession();
    Code c1;
    c1.id = QStringLiteral("trust");
    c1.label = QStringLiteral("Vertrouwen");
    s.codebook = {c1};
    s.annotations[0].author = QStringLiteral("An");
    Annotation second;
    second.id = QStringLiteral("an2");
    second.targetKind = AnnotationTarget::Link;
    second.targetId = QStringLiteral("l1");
    second.memo = QStringLiteral("sterke band");
    second.codes = {QStringLiteral("trust")};
    second.author = QStringLiteral("Bert");
    s.annotations.push_back(second);
    SessionFile file(s);
    Window w(file.path);
    AnnotationsDock *dock = annotationUi(w)->dock;
    CHECK(dock->shownIds() == QStringList{QStringLiteral("an1"), QStringLiteral("an2")});
    dock->codeFilter()->setCurrentIndex(dock->codeFilter()->findText(QStringLiteral("Vertrouwen")));
    CHECK(dock->shownIds() == QStringList{QStringLiteral("an2")});
    dock->codeFilter()->setCurrentIndex(0);
    dock->authorFilter()->setCurrentIndex(dock->authorFilter()->findText(QStringLiteral("An")));
    CHECK(dock->shownIds() == QStringList{QStringLiteral("an1")});
    dock->authorFilter()->setCurrentIndex(0);

    // Double-click selects the annotated link, then the partner.
    dock->show();
    QTreeWidget *list = dock->list();
    QApplication::processEvents(); // lay out the dock that just appeared
    REQUIRE(list->isVisible());
    auto doubleClick = [list](int row) {
        const QPoint at = list->visualItemRect(list->topLevelItem(row)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    };
    doubleClick(1);
    CHECK(w.scene().selectedLinkIds() == QStringList{QStringLiteral("l1")});
    doubleClick(0);
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa1});
}

TEST_CASE("The codebook is edited, exported and imported in another session", "[annotation]")
{
    SessionFile file;
    Window w(file.path);
    auto *dialog = new CodebookDialog(&w.doc(), &w.window);
    const QString id = dialog->addCode(QStringLiteral("Vertrouwen"));
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    table->item(0, 1)->setText(QStringLiteral("Over vertrouwen")); // as typed in the cell
    REQUIRE(w.doc().session().codebook.size() == 1);
    CHECK(w.doc().session().codebook[0].description == QStringLiteral("Over vertrouwen"));
    const QString codes = file.dir.filePath(QStringLiteral("codes.nwkcodes"));
    REQUIRE(dialog->exportFile(codes).isEmpty());
    delete dialog;

    SessionFile other(sampleSession(), QStringLiteral("other.nwk"));
    Window w2(other.path);
    auto *dialog2 = new CodebookDialog(&w2.doc(), &w2.window);
    CHECK(dialog2->importFile(codes).isEmpty());
    REQUIRE(w2.doc().session().codebook.size() == 1);
    CHECK(w2.doc().session().codebook[0].id == id);
    CHECK(w2.doc().session().codebook[0].label == QStringLiteral("Vertrouwen"));
    CHECK_FALSE(dialog2->importFile(other.path).isEmpty()); // a session is not a codebook
    delete dialog2;
}

TEST_CASE("Snapshots are taken from the Session menu and their changes listed", "[annotation]")
{
    SessionFile file;
    Window w(file.path);
    AnnotationUi *ui = annotationUi(w);
    ui->takeSnapshotAction->trigger();
    auto *ask = w.window.findChild<QInputDialog *>(QStringLiteral("snapshotNameDialog"));
    REQUIRE(ask);
    ask->setTextValue(QStringLiteral("after the focus group"));
    ask->accept();
    REQUIRE(w.doc().session().snapshots.size() == 1);

    // The member check: "CLB" moves closer, "Ouders" is deleted.
    w.drag(w.pixelOfPartner(kPa1), w.pixelOf(Placement{0.1, 128.0}));
    w.scene().selectPartners({QStringLiteral("pa3")});
    w.view().setFocus();
    QTest::keyClick(&w.view(), Qt::Key_Delete);
    VersionsDock *versions = ui->versions;
    CHECK(versions->toCombo()->currentText() == QStringLiteral("Now"));
    QStringList lines;
    for (int i = 0; i < versions->changeList()->count(); ++i)
        lines << versions->changeList()->item(i)->text();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.filter(QStringLiteral("Moved closer: \u201cCLB\u201d")).size() == 1);
    CHECK(lines.filter(QStringLiteral("Removed: \u201cOuders\u201d")).size() == 1);
    CHECK(lines
              .filter(QStringLiteral("Link removed: \u201cHogeschool\u201d \u2013 "
                                     "\u201cOuders\u201d"))
              .size() == 1);

    versions->takeSnapshot(QStringLiteral("after the member check"));
    REQUIRE(w.window.save());
    const Session saved = file.read();
    REQUIRE(saved.snapshots.size() == 2);
    CHECK(saved.snapshots[0].name == QStringLiteral("after the focus group"));
    CHECK(saved.snapshots[0].partners.size() == 4);
    CHECK(saved.snapshots[1].partners.size() == 3);
    CHECK(versions->describeChanges(saved.snapshots[0].id, saved.snapshots[1].id) == lines);
}
