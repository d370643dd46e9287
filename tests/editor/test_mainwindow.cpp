// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as the user meets it: deleting with undo, typing in the
// partner panel, the unsaved-changes mark, failed saves, bad files.
#include "editorfixture.h"

#include <QLineEdit>
#include <QWindow>

using namespace nwk;
using namespace nwk::test;

namespace {
QStringList linkIds(const Session &s)
{
    QStringList ids;
    for (const Link &l : s.links)
        ids.append(l.id);
    return ids;
}
} // namespace

TEST_CASE("Deleting a linked partner and undoing brings it back with its links", "[window]")
{
    SessionFile file;
    Window w(file.path);
    const QString pa1 = QStringLiteral("pa1");
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(pa1));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{pa1});
    const int steps = w.stack().count();

    w.action(QStringLiteral("Delete"))->trigger();
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.doc().session().partner(pa1) == nullptr);
    CHECK(linkIds(w.doc().session()) == QStringList{"l3"});
    CHECK(w.scene().partnerItem(pa1) == nullptr);
    CHECK(w.scene().linkItem(QStringLiteral("l1")) == nullptr);

    w.stack().undo();
    const Session &s = w.doc().session();
    REQUIRE(s.partners.size() == 4);
    CHECK(s.partners[0].id == pa1); // same index
    CHECK(linkIds(s) == (QStringList{"l1", "l2", "l3"}));
    CHECK(s.groups.front().members == (QStringList{"pa1", "pa3"}));
    CHECK(s == file.read()); // exactly what was opened
    REQUIRE(w.scene().partnerItem(pa1) != nullptr);
    CHECK(w.scene().linkItem(QStringLiteral("l1"))->isVisible());
    CHECK(w.scene().linkItem(QStringLiteral("l2"))->isVisible());
}

TEST_CASE("Typing a label in the partner panel is one undo step", "[window]")
{
    SessionFile file;
    Window w(file.path);
    const QString pa1 = QStringLiteral("pa1");
    auto *edit = w.window.findChild<QLineEdit *>(QStringLiteral("partnerLabelEdit"));
    REQUIRE(edit);
    CHECK_FALSE(edit->isEnabled());

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(pa1));
    REQUIRE(edit->isEnabled());
    CHECK(edit->text() == QStringLiteral("CLB"));
    const int steps = w.stack().count();

    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, QStringLiteral(" Antwerpen"));
    CHECK(w.partner(pa1).label == QStringLiteral("CLB Antwerpen"));
    CHECK(w.stack().count() == steps + 1);

    w.stack().undo();
    CHECK(w.partner(pa1).label == QStringLiteral("CLB"));
    CHECK(edit->text() == QStringLiteral("CLB"));
}

TEST_CASE("The title shows unsaved changes until saved", "[window]")
{
    SessionFile file;
    Window w(file.path);
    const QString title = QStringLiteral("regenboog.nwk \u2013 Netwerkkaart");
    const QString modifiedTitle = QStringLiteral("regenboog.nwk* \u2013 Netwerkkaart");
    CHECK_FALSE(w.window.isWindowModified());
    CHECK(w.window.windowHandle()->title() == title);

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(QStringLiteral("pa2")));
    QTest::keyClick(&w.view(), Qt::Key_Left);
    CHECK(w.window.isWindowModified());
    CHECK(w.window.windowHandle()->title() == modifiedTitle);

    REQUIRE(w.window.save());
    CHECK_FALSE(w.window.isWindowModified());
    CHECK(w.window.windowHandle()->title() == title);

    w.stack().undo();
    CHECK(w.window.isWindowModified());
}

TEST_CASE("A failed save says why, keeps the old file and the changes", "[window]")
{
    SessionFile file;
    Window w(file.path);
    const QByteArray oldBytes = file.bytes();
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(QStringLiteral("pa2")));
    QTest::keyClick(&w.view(), Qt::Key_Up);
    REQUIRE(w.window.isWindowModified());

    bool saved = true;
    ModalAnswerer answer(QMessageBox::Cancel); // declines the offered Save As
    {
        UnwritableDir guard(file.dir.path());
        saved = w.window.save();
    }
    CHECK_FALSE(saved);
    CHECK(answer.seen);
    CHECK(answer.informativeText.contains(QStringLiteral("regenboog.nwk")));
    CHECK(file.bytes() == oldBytes);
    CHECK(w.window.isWindowModified());
    CHECK(w.doc().isModified());
}

TEST_CASE("Opening a bad file lists the located problems", "[window]")
{
    Session bad = sampleSession();
    bad.links[2].from = QStringLiteral("pa42");
    SessionFile badFile(bad, QStringLiteral("kapot.nwk"));
    SessionFile good;
    Window w(good.path);

    ModalAnswerer answer(QMessageBox::Ok);
    CHECK_FALSE(w.window.openFile(badFile.path));
    CHECK(answer.seen);
    CHECK(answer.informativeText.contains(QStringLiteral("kapot.nwk: /links/2/from")));
    // The open session is untouched.
    CHECK(w.doc().fileName() == good.path);
    CHECK(w.doc().session() == good.read());
}
