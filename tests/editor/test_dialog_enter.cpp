// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #21: every dialog finishes on Enter the way its label says. Enter in a
// field that has its own action (add a code, add a participant) does that action
// and keeps the dialog open; elsewhere Enter presses the dialog's default button,
// whose label says what happens. (The wizard: test_startscreen.cpp; the quote,
// memo and capture bars: test_rehearsal_capture.cpp; the export dialogs:
// test_export_dialog.cpp and test_export_data_dialog.cpp press Enter to export.)
#include "gridfixture.h"

#include "../../src/editor/help/quickguide.h"
#include "../../src/editor/help/shortcutshelp.h"
#include "../../src/editor/research/annotationdialog.h"
#include "../../src/editor/research/synonymsdialog.h"
#include "../../src/editor/session/recoverydialog.h"
#include "../../src/editor/window/preferencesdialog.h"
#include "nwk/editor/startscreen.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Shows `dialog` (not modal: the test goes on) with the focus on `field`.
void showWithFocus(QDialog &dialog, QWidget *field)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QApplication::setActiveWindow(&dialog);
    field->setFocus(Qt::OtherFocusReason);
}

/// The text of the button Enter presses (the default one), without "&".
QString defaultButton(const QDialog &dialog)
{
    for (const QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->isDefault() && b->isVisible())
            return b->text().remove(QLatin1Char('&'));
    return {};
}

template <typename T> T *child(const QDialog &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Enter in the annotation's new-code field adds the code and Enter elsewhere is OK",
          "[dialogs][enter]")
{
    Session s = sampleSession();
    Annotation a;
    a.targetKind = AnnotationTarget::Partner;
    a.targetId = QStringLiteral("pa1");
    a.author = QStringLiteral("An");
    AnnotationDialog dialog(s, a, QStringLiteral("CLB"));
    auto *newCode = child<QLineEdit>(dialog, "newCodeEdit");
    showWithFocus(dialog, newCode);
    CHECK(defaultButton(dialog) == QStringLiteral("OK"));

    QTest::keyClicks(newCode, QStringLiteral("ondersteuning"));
    QTest::keyClick(newCode, Qt::Key_Return); // "New code…": adds it, the dialog stays
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    REQUIRE(dialog.newCodes().size() == 1);
    CHECK(dialog.newCodes()[0].label == QStringLiteral("ondersteuning"));
    CHECK(newCode->text().isEmpty());

    // Enter in the code list: OK, with the new code ticked.
    auto *codes = child<QListWidget>(dialog, "annotationCodes");
    codes->setFocus();
    QTest::keyClick(codes, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.annotation().codes.size() == 1);
}

TEST_CASE("Enter in Preferences is OK and keeps the typed autosave delay", "[dialogs][enter]")
{
    PreferencesDialog dialog;
    auto *autosave = child<QSpinBox>(dialog, "autosaveSeconds");
    showWithFocus(dialog, autosave);
    CHECK(defaultButton(dialog) == QStringLiteral("OK"));
    autosave->selectAll();
    QTest::keyClicks(autosave, QStringLiteral("42"));
    QTest::keyClick(autosave, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QSettings().value(QStringLiteral("autosave/intervalMs")).toInt() == 42000);
}

TEST_CASE("Enter in the recovery dialog restores", "[dialogs][enter]")
{
    std::vector<RecoveryCandidate> candidates(1);
    candidates[0].id = QStringLiteral("r1");
    candidates[0].untitledName = QStringLiteral("Untitled");
    candidates[0].savedAt = QDateTime::currentDateTime();
    RecoveryDialog dialog(candidates);
    auto *list = child<QListWidget>(dialog, "recoveryList");
    showWithFocus(dialog, list);
    CHECK(defaultButton(dialog) == QStringLiteral("Restore"));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Enter in the synonyms table is OK", "[dialogs][enter]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synonyms.json"));
    SynonymsDialog dialog(SynonymList{}, path);
    auto *table = child<QTableWidget>(dialog, "synonymsTable");
    showWithFocus(dialog, table);
    CHECK(defaultButton(dialog) == QStringLiteral("OK"));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QFile::exists(path)); // OK saves the list
}

TEST_CASE("Enter in the shortcut filter goes to the first match and Enter there closes",
          "[dialogs][enter]")
{
    SessionFile file;
    Window w(file.path);
    ShortcutsHelp help(&w.window);
    auto *filter = help.findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    REQUIRE(filter);
    showWithFocus(help, filter);
    QTest::keyClicks(filter, QStringLiteral("memo"));
    QTest::keyClick(filter, Qt::Key_Return);
    CHECK(help.isVisible()); // a filter field does not close the list it filters
    auto *tree = help.findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    REQUIRE(tree->currentItem());
    CHECK(tree->currentItem()->text(0) == QStringLiteral("New Memo"));
    CHECK(QApplication::focusWidget() == tree);
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK_FALSE(help.isVisible()); // "Close"
}

TEST_CASE("Enter in the quick guide and the start screen presses their default", "[dialogs][enter]")
{
    QuickGuide guide;
    guide.show();
    REQUIRE(QTest::qWaitForWindowExposed(&guide));
    CHECK(defaultButton(guide) == QStringLiteral("Close"));

    SessionFile file;
    Window w(file.path);
    StartScreen start(w.window.context(), QString());
    start.show();
    REQUIRE(QTest::qWaitForWindowExposed(&start));
    CHECK(defaultButton(start).startsWith(QStringLiteral("New Session")));
}

TEST_CASE("Enter in the remove-category dialog removes and moves the partners", "[dialogs][enter]")
{
    SessionFile file(gridSession());
    GridWindow w(file.path);
    w.selectCategory(QStringLiteral("zorg"));
    w.clickButton("removeCategory");
    auto *dialog = w.window.findChild<QDialog *>(QStringLiteral("reassignCategoryDialog"));
    REQUIRE(dialog);
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("reassignTarget"));
    showWithFocus(*dialog, target);
    CHECK(defaultButton(*dialog) == QStringLiteral("Remove and Move Partners"));
    target->setCurrentIndex(target->findData(QStringLiteral("beleid")));
    QTest::keyClick(target, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(w.doc().session().category(QStringLiteral("zorg")) == nullptr);
    CHECK(w.partner(QStringLiteral("pa1")).category == QStringLiteral("beleid"));
}
