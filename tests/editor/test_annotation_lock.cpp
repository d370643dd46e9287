// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation mode's lock is asked before a step runs: a group-data command pushed
// through the document is deleted unrun; Undo, Redo and History clicks never cross
// a step of the group's data; the researcher's own steps undo and redo as usual.
#include "editorfixture.h"

#include "nwk/editor/changevalue.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoView>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa2 = QStringLiteral("pa2");

/// A command that says nothing about its layer (so: the group's data) and records
/// whether it ran and whether it was deleted.
class Probe : public QUndoCommand {
public:
    Probe(bool *ran, bool *deleted)
        : QUndoCommand(QStringLiteral("Probe"))
        , m_ran(ran)
        , m_deleted(deleted)
    {
    }
    ~Probe() override { *m_deleted = true; }
    void redo() override { *m_ran = true; }
    void undo() override { *m_ran = true; }

private:
    bool *m_ran;
    bool *m_deleted;
};

QUndoCommand *rename(SessionDocument &doc, const QString &label, const QString &id = kPa2)
{
    return new ChangeValue<PartnerField<&Partner::label>>(&doc, id, label,
                                                          QStringLiteral("Rename"));
}

void enterAnnotationMode(Window &w)
{
    QTest::keyClick(&w.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w.doc().annotationMode());
}

void undoKey(Window &w)
{
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
}

void redoKey(Window &w)
{
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

/// Clicks row `row` of the History dock ("<opened>" is row 0).
void clickHistory(Window &w, int row)
{
    auto *history = w.window.findChild<QUndoView *>();
    REQUIRE(history);
    const QModelIndex index = history->model()->index(row, 0);
    REQUIRE(index.isValid());
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualRect(index).center());
}

int historyRow(Window &w)
{
    return w.window.findChild<QUndoView *>()->currentIndex().row();
}

bool lockedMessageShown(Window &w)
{
    return w.window.statusBar()->currentMessage().contains(QStringLiteral("locked"));
}

Annotation memo(const char *id, const char *text)
{
    Annotation a;
    a.id = QString::fromLatin1(id);
    a.memo = QString::fromLatin1(text);
    return a;
}

} // namespace

TEST_CASE("A group command pushed in annotation mode is deleted unrun", "[annotation]")
{
    SessionFile file;
    Window w(file.path);
    w.doc().push(rename(w.doc(), QStringLiteral("CLB Gent"))); // an earlier group edit
    enterAnnotationMode(w);
    // A research step, undone: the stack has a redo tail the refusal must keep.
    w.doc().push(new AddObject<Annotation>(&w.doc(), memo("an9", "rustig"), QStringLiteral("A")));
    undoKey(w);
    REQUIRE(w.stack().count() == 2);
    REQUIRE(w.stack().index() == 1);
    const Session before = w.doc().session();
    QSignalSpy refused(&w.doc(), &SessionDocument::groupEditRefused);
    w.window.statusBar()->clearMessage();

    bool ran = false;
    bool deleted = false;
    CHECK_FALSE(w.doc().push(new Probe(&ran, &deleted)));
    CHECK_FALSE(ran);
    CHECK(deleted);
    CHECK(refused.count() == 1);
    CHECK(lockedMessageShown(w));

    // Real commands of the group's data: a rename, a composite removal that also
    // takes annotations along (a group with a research child is the group's).
    CHECK_FALSE(w.doc().push(rename(w.doc(), QStringLiteral("X"))));
    CHECK_FALSE(w.doc().push(makeRemoveGroupCommand(&w.doc(), QStringLiteral("g1"))));
    CHECK(refused.count() == 3);
    CHECK(w.doc().session() == before);
    CHECK(w.stack().count() == 2); // the redo tail is still there
    CHECK(w.stack().index() == 1);
    CHECK(w.stack().redoText() == QStringLiteral("A"));

    // A plain step holding only research children is the researcher's: it runs.
    auto *holder = new QUndoCommand(QStringLiteral("Codes"));
    new AddObject<Code>(&w.doc(), Code{QStringLiteral("c9"), QStringLiteral("rust"), {}, {}},
                        QStringLiteral("Add code"), -1, holder);
    CHECK(w.doc().push(holder));
    CHECK(w.doc().session().codebook.back().id == QStringLiteral("c9"));
    CHECK(refused.count() == 3);
}

TEST_CASE("Undo, Redo and History clicks in annotation mode never change the group's data",
          "[annotation]")
{
    SessionFile file;
    Window w(file.path);
    w.doc().push(rename(w.doc(), QStringLiteral("CLB Gent")));
    w.doc().push(rename(w.doc(), QStringLiteral("CLB Antwerpen"), QStringLiteral("pa1")));
    undoKey(w); // a group step left to redo
    REQUIRE(w.stack().index() == 1);
    REQUIRE(w.partner(kPa2).label == QStringLiteral("CLB Gent"));
    enterAnnotationMode(w);
    const Session locked = w.doc().session();
    QSignalSpy refused(&w.doc(), &SessionDocument::groupEditRefused);

    redoKey(w); // the rename of pa1
    CHECK(w.doc().session() == locked);
    CHECK(refused.count() == 1);
    undoKey(w); // the rename to "CLB Gent"
    CHECK(w.doc().session() == locked);
    CHECK(refused.count() == 2);
    CHECK(w.stack().index() == 1);

    w.window.statusBar()->clearMessage();
    clickHistory(w, 0);
    CHECK(w.doc().session() == locked);
    CHECK(w.stack().index() == 1);
    CHECK(historyRow(w) == 1); // the History shows where the stack still is
    CHECK(lockedMessageShown(w));
    clickHistory(w, 2);
    CHECK(w.doc().session() == locked);
    CHECK(w.stack().index() == 1);
    CHECK(historyRow(w) == 1);
    CHECK(refused.count() == 4);

    // Above a research step, a jump over it and the group's step is refused whole.
    w.doc().push(new AddObject<Annotation>(&w.doc(), memo("an9", "rustig"), QStringLiteral("A")));
    const Session annotated = w.doc().session();
    clickHistory(w, 0);
    CHECK(w.doc().session() == annotated);
    CHECK(w.stack().index() == 2);
    CHECK(refused.count() == 5);

    // Out of annotation mode the same steps undo as usual.
    QTest::keyClick(&w.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(w.doc().annotationMode());
    clickHistory(w, 0);
    CHECK(w.stack().index() == 0);
    CHECK(w.partner(kPa2).label == file.read().partner(kPa2)->label);
}

TEST_CASE("Research steps made in annotation mode undo and redo there", "[annotation]")
{
    SessionFile file;
    Window w(file.path);
    enterAnnotationMode(w);
    QSignalSpy refused(&w.doc(), &SessionDocument::groupEditRefused);
    std::vector<Session> states{w.doc().session()};

    w.doc().push(new AddObject<Code>(&w.doc(),
                                     Code{QStringLiteral("c9"), QStringLiteral("rust"), {}, {}},
                                     QStringLiteral("Add code")));
    states.push_back(w.doc().session());
    // As the annotation dialog does: a new code and the annotation in one step.
    w.stack().beginMacro(QStringLiteral("Annotate"));
    w.doc().push(new AddObject<Code>(&w.doc(),
                                     Code{QStringLiteral("c10"), QStringLiteral("zorg"), {}, {}},
                                     QStringLiteral("Add code")));
    Annotation a = memo("an9", "rustig");
    a.codes = {QStringLiteral("c10")};
    w.doc().push(new AddObject<Annotation>(&w.doc(), a, QStringLiteral("Annotate")));
    w.stack().endMacro();
    states.push_back(w.doc().session());
    Annotation edited = w.doc().session().annotations.front();
    edited.memo = QStringLiteral("spil van het netwerk");
    w.doc().push(new SetObject<Annotation>(&w.doc(), edited, QStringLiteral("Edit annotation")));
    states.push_back(w.doc().session());
    Snapshot snap;
    snap.id = QStringLiteral("sn9");
    snap.name = QStringLiteral("na de focusgroep");
    w.doc().push(new AddObject<Snapshot>(&w.doc(), snap, QStringLiteral("Take snapshot")));
    states.push_back(w.doc().session());
    REQUIRE(w.stack().count() == 4);

    for (int i = 3; i >= 0; --i) {
        undoKey(w);
        CHECK(w.doc().session() == states[static_cast<std::size_t>(i)]);
    }
    for (int i = 1; i <= 4; ++i) {
        redoKey(w);
        CHECK(w.doc().session() == states[static_cast<std::size_t>(i)]);
    }
    clickHistory(w, 1);
    CHECK(w.doc().session() == states[1]);
    clickHistory(w, 4);
    CHECK(w.doc().session() == states[4]);
    CHECK(refused.count() == 0);
    CHECK(w.doc().annotationMode());
}
