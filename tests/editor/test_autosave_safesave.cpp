// SPDX-License-Identifier: GPL-3.0-or-later
// Safe saving: a file changed on disk by someone else is not silently
// overwritten, and a failed save keeps the old file and offers Save As.
#include "test_autosave_support.h"

using namespace nwk;
using namespace nwk::test;

namespace {
/// Another program writes the file while it is open here.
void changeOnDisk(const SessionFile &file)
{
    Session other = sampleSession();
    other.meta.schoolName = QStringLiteral("Door iemand anders bewaard");
    REQUIRE(writeSessionFile(other, file.path).isEmpty());
}
} // namespace

TEST_CASE("Saving over a file changed on disk asks first", "[safe-save]")
{
    SessionFile file;
    Window w(file.path);
    renamePartner(w.doc(), "pa1", "CLB Mechelen");

    SECTION("unchanged on disk: saves without asking")
    {
        MessageBoxClicker clicker(QStringLiteral("overwriteButton"));
        CHECK(w.window.save());
        // A question comes up inside save() (exec()): no later wait can show one.
        CHECK_FALSE(clicker.seen);
        CHECK(file.read().partner(QStringLiteral("pa1"))->label == QStringLiteral("CLB Mechelen"));
    }
    SECTION("cancel keeps the other program's file and the changes here")
    {
        changeOnDisk(file);
        const QByteArray theirs = file.bytes();
        MessageBoxClicker clicker(QStringLiteral("no such button: reject = Cancel"));
        CHECK_FALSE(w.window.save());
        CHECK(clicker.seen);
        CHECK(clicker.text.contains(QStringLiteral("regenboog.nwk")));
        CHECK(file.bytes() == theirs);
        CHECK(w.doc().isModified());
    }
    SECTION("overwrite writes ours, and the next save does not ask again")
    {
        changeOnDisk(file);
        {
            MessageBoxClicker clicker(QStringLiteral("overwriteButton"));
            CHECK(w.window.save());
            CHECK(clicker.seen);
        }
        CHECK(file.read().partner(QStringLiteral("pa1"))->label == QStringLiteral("CLB Mechelen"));
        CHECK(file.read().meta.schoolName == QStringLiteral("De Regenboog"));
        CHECK_FALSE(w.doc().isModified());

        renamePartner(w.doc(), "pa1", "CLB Lier");
        MessageBoxClicker again(QStringLiteral("overwriteButton"));
        CHECK(w.window.save());
        // A question comes up inside save() (exec()): no later wait can show one.
        CHECK_FALSE(again.seen);
        CHECK(file.read().partner(QStringLiteral("pa1"))->label == QStringLiteral("CLB Lier"));
    }
    SECTION("save as is offered (the file dialog is cancelled here)")
    {
        changeOnDisk(file);
        const QByteArray theirs = file.bytes();
        MessageBoxClicker clicker(QStringLiteral("saveAsButton"));
        QTimer closeFileDialog; // the Save As file dialog that follows: cancel it
        closeFileDialog.setInterval(50);
        bool fileDialogSeen = false;
        QObject::connect(&closeFileDialog, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && !qobject_cast<QMessageBox *>(modal) && clicker.seen) {
                fileDialogSeen = true;
                modal->close();
            }
        });
        closeFileDialog.start();
        CHECK_FALSE(w.window.save());
        CHECK(clicker.seen);
        CHECK(fileDialogSeen);
        CHECK(file.bytes() == theirs);
        CHECK(w.doc().isModified());
    }
}

TEST_CASE("A save into an unwritable folder keeps the old file and offers Save As", "[safe-save]")
{
    SessionFile file;
    Window w(file.path);
    const QByteArray oldBytes = file.bytes();
    renamePartner(w.doc(), "pa1", "CLB Brugge");

    QString informative;
    bool offersSaveAs = false;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        informative = box->informativeText();
        for (QAbstractButton *b : box->buttons())
            offersSaveAs |=
                b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Save As"));
        box->reject();
    });
    answer.start();
    bool saved = true;
    {
        UnwritableDir guard(file.dir.path());
        saved = w.window.save();
    }
    CHECK_FALSE(saved);
    CHECK(offersSaveAs);
    CHECK(informative.contains(QStringLiteral("regenboog.nwk")));
    CHECK(file.bytes() == oldBytes);
    CHECK(w.doc().isModified());
    CHECK(w.doc().session().partner(QStringLiteral("pa1"))->label == QStringLiteral("CLB Brugge"));
}
