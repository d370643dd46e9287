// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and recovery in-process: what reaches the recovery file, when it is
// removed, which left-over files are offered, and what a restore gives back.
// (The real program killed with SIGKILL: test_crash_recovery.cpp.)
#include "test_autosave_support.h"

#include "nwk/editor/autosaver.h"
#include "nwk/editor/changevalue.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Typing notes reaches the recovery file, also while merged into one undo step",
          "[autosave]")
{
    SessionFile file;
    const QByteArray userBytes = file.bytes();
    QTemporaryDir recovery;
    Window w(file.path);
    Autosaver saver(&w.doc(), recovery.path());
    saver.setInterval(100);
    CHECK_FALSE(QFile::exists(saver.recoveryFile())); // nothing to recover yet

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(QStringLiteral("pa1")));
    auto *notes = w.window.findChild<QPlainTextEdit *>(QStringLiteral("partnerNotesEdit"));
    REQUIRE(notes);
    REQUIRE(notes->isEnabled());
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Eerst"));
    CHECK(waitFor([&] { return recoveredNotes(saver.recoveryFile(), "pa1") == "Eerst"; }));

    // More typing merges into the same undo step: the undo index does not move,
    // the recovery file still follows.
    const int index = w.stack().index();
    QTest::keyClicks(notes, QStringLiteral(" en dan"));
    CHECK(w.stack().index() == index);
    CHECK(waitFor([&] { return recoveredNotes(saver.recoveryFile(), "pa1") == "Eerst en dan"; }));
    CHECK(file.bytes() == userBytes); // the user's file is never the recovery file
    CHECK(QFileInfo(saver.recoveryFile()).absolutePath() == QDir(recovery.path()).absolutePath());

    SECTION("saving removes the recovery file")
    {
        REQUIRE(w.window.save());
        CHECK(waitFor([&] { return !QFile::exists(saver.recoveryFile()); }));
        CHECK(recoveryInfos(recovery.path()).isEmpty());
    }
    SECTION("a new edit after saving writes it again")
    {
        REQUIRE(w.window.save());
        QTest::keyClicks(notes, QStringLiteral("!"));
        CHECK(waitFor(
            [&] { return recoveredNotes(saver.recoveryFile(), "pa1") == "Eerst en dan!"; }));
    }
}

TEST_CASE("A normal end removes the recovery files, a running editor's are not offered",
          "[autosave]")
{
    SessionFile file;
    QTemporaryDir recovery;
    SessionDocument doc;
    REQUIRE(!hasErrors(doc.load(file.path)));
    QString recoveryFile;
    {
        Autosaver saver(&doc, recovery.path());
        renamePartner(doc, "pa2", "Hogeschool Gent");
        REQUIRE(saver.saveNow().isEmpty());
        recoveryFile = saver.recoveryFile();
        REQUIRE(QFile::exists(recoveryFile));
        // This process is alive and holds the lock: nobody may take its files.
        CHECK(Autosaver::recoverable(recovery.path()).empty());
    }
    CHECK_FALSE(QFile::exists(recoveryFile));
    CHECK(QDir(recovery.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("A dead editor's session is offered and restored exactly", "[autosave]")
{
    SessionFile file;
    const QByteArray userBytes = file.bytes();
    QTemporaryDir recovery;
    Session edited;
    {
        SessionDocument doc;
        REQUIRE(!hasErrors(doc.load(file.path)));
        Autosaver saver(&doc, recovery.path());
        renamePartner(doc, "pa2", "Hogeschool Gent");
        REQUIRE(saver.saveNow().isEmpty());
        edited = doc.session();
        simulateDeadEditor(recovery.path(), saver.recoveryFile(), QStringLiteral("dead1"));
    } // the live editor's own files are gone; the copy of the "dead" one stays

    std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
    REQUIRE(found.size() == 1);
    RecoveryCandidate &c = found.front();
    CHECK(c.originalFile == QFileInfo(file.path).absoluteFilePath());
    CHECK(c.partnerCount() == 4);
    CHECK(c.linkCount() == 3);
    CHECK(c.noteCount() == 1); // the quote
    CHECK(c.savedAt.isValid());
    CHECK(c.session == edited);
    // Offered to one editor at a time: while this one holds it, no other sees it.
    CHECK(Autosaver::recoverable(recovery.path()).empty());

    SessionDocument restored;
    Autosaver saver(&restored, recovery.path());
    saver.restore(c);
    CHECK(restored.session() == edited);
    CHECK(restored.isModified());
    CHECK(restored.fileName() == QFileInfo(file.path).absoluteFilePath());
    CHECK_FALSE(QFile::exists(c.sessionPath));  // the old copy is gone ...
    CHECK(QFile::exists(saver.recoveryFile())); // ... once ours is written
    CHECK(file.bytes() == userBytes);           // nothing saved behind the user's back

    REQUIRE(restored.save().isEmpty()); // Save writes the user's file
    CHECK(file.read().partner(QStringLiteral("pa2"))->label == QStringLiteral("Hogeschool Gent"));
    CHECK_FALSE(restored.isModified());
}

TEST_CASE("An untitled session is recovered under its name, still untitled", "[autosave]")
{
    QTemporaryDir recovery;
    {
        SessionDocument doc;
        doc.reset(sampleSession(), QString(), QStringLiteral("basisschool-1 (example)"));
        Autosaver saver(&doc, recovery.path());
        renamePartner(doc, "pa1", "CLB Noord");
        REQUIRE(saver.saveNow().isEmpty());
        simulateDeadEditor(recovery.path(), saver.recoveryFile(), QStringLiteral("dead2"));
    }
    std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
    REQUIRE(found.size() == 1);
    CHECK(found.front().originalFile.isEmpty());
    CHECK(found.front().displayName() == QStringLiteral("basisschool-1 (example)"));

    SessionDocument restored;
    Autosaver saver(&restored, recovery.path());
    saver.restore(found.front());
    CHECK(restored.isUntitled());
    CHECK(restored.isModified());
    CHECK(restored.displayName() == QStringLiteral("basisschool-1 (example)"));
    CHECK(restored.session().partner(QStringLiteral("pa1"))->label == QStringLiteral("CLB Noord"));
}

TEST_CASE("The recovery dialog shows what was left and restores or discards it", "[autosave]")
{
    SessionFile file;
    QTemporaryDir recovery;
    {
        SessionDocument doc;
        REQUIRE(!hasErrors(doc.load(file.path)));
        Autosaver saver(&doc, recovery.path());
        renamePartner(doc, "pa3", "Ouderraad");
        REQUIRE(saver.saveNow().isEmpty());
        simulateDeadEditor(recovery.path(), saver.recoveryFile(), QStringLiteral("dead3"));
    }
    SessionFile other(sampleSession(), QStringLiteral("open.nwk"));
    Window w(other.path);
    Autosaver saver(&w.doc(), recovery.path());

    QString shown;
    DialogClicker clicker(QStringLiteral("recoveryDialog"), [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("recoveryList"));
        shown = list && list->count() > 0 ? list->item(0)->text() : QString();
        return QStringLiteral("restoreButton");
    });
    SECTION("restore")
    {
        CHECK(offerRecovery(saver, Autosaver::recoverable(recovery.path()), &w.window));
        CHECK(clicker.clicked);
        CHECK(shown.startsWith(QStringLiteral("regenboog.nwk")));
        CHECK(shown.contains(QStringLiteral("4 partners, 3 links, 1 note")));
        CHECK(w.doc().session().partner(QStringLiteral("pa3"))->label ==
              QStringLiteral("Ouderraad"));
        CHECK(w.doc().fileName() == QFileInfo(file.path).absoluteFilePath());
        CHECK(w.window.isWindowModified());
        CHECK(recoveryInfos(recovery.path()) ==
              QStringList{QFileInfo(saver.recoveryFile()).completeBaseName() +
                          QStringLiteral(".info")});
    }
    SECTION("discard, confirmed")
    {
        clicker.choose = [](QWidget *) { return QStringLiteral("discardButton"); };
        ModalAnswerer confirm(QMessageBox::Discard); // answers the "for good?" question
        CHECK_FALSE(offerRecovery(saver, Autosaver::recoverable(recovery.path()), &w.window));
        CHECK(confirm.seen);
        CHECK(recoveryInfos(recovery.path()).isEmpty());
        CHECK(w.doc().fileName() == QFileInfo(other.path).absoluteFilePath());
        CHECK_FALSE(w.doc().isModified());
    }
    SECTION("not now keeps it for the next start")
    {
        clicker.choose = [](QWidget *) { return QStringLiteral("laterButton"); };
        CHECK_FALSE(offerRecovery(saver, Autosaver::recoverable(recovery.path()), &w.window));
        CHECK(Autosaver::recoverable(recovery.path()).size() == 1);
    }
}

TEST_CASE("Copying the session for the autosave is cheap", "[.][autosave-cost]")
{
    Session big = sampleSession();
    for (int i = 0; i < 2000; ++i) {
        Partner p = big.partners.front();
        p.id = QStringLiteral("big%1").arg(i);
        p.notes = QString(400, QLatin1Char('x'));
        big.partners.push_back(p);
    }
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 100; ++i) {
        Session copy = big;
        REQUIRE(copy.partners.size() == big.partners.size());
    }
    const double copyMs = static_cast<double>(t.nsecsElapsed()) / 1e6 / 100;
    t.restart();
    const QByteArray bytes = serializeSession(big);
    const double serializeMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    WARN("2000 partners: copy " << copyMs << " ms (UI thread), serialise " << serializeMs
                                << " ms for " << bytes.size() << " bytes (worker)");
}

TEST_CASE("The recovery file holds the session of the moment of the autosave", "[autosave]")
{
    // Large enough that the worker is still writing when the next edit comes.
    Session s = sampleSession();
    for (int i = 0; i < 2000; ++i) {
        Partner p;
        p.id = QStringLiteral("extra%1").arg(i);
        p.label = QStringLiteral("Partner %1").arg(i);
        s.partners.push_back(p);
    }
    SessionFile file(s);
    QTemporaryDir recovery;
    SessionDocument doc;
    REQUIRE_FALSE(hasErrors(doc.load(file.path)));
    Autosaver saver(&doc, recovery.path());
    saver.setInterval(600000); // only the syncs below write
    int writes = 0;
    QObject::connect(&saver, &Autosaver::written, [&](const QString &error) {
        CHECK(error.isEmpty());
        ++writes;
    });
    renamePartner(doc, "pa1", "At the autosave");

    // The autosave's copy shares the document's collections (no element is copied on
    // the UI thread); the next edit copies the changed collection, not the copy's.
    const Session copy = doc.session();
    CHECK(copy.partners.data() == std::as_const(doc).session().partners.data());
    saver.sync();
    renamePartner(doc, "pa1", "After the autosave");
    CHECK(copy.partner(QStringLiteral("pa1"))->label == QStringLiteral("At the autosave"));
    CHECK(copy.partners.data() != std::as_const(doc).session().partners.data());
    CHECK(copy.links.data() == std::as_const(doc).session().links.data());

    REQUIRE(waitFor([&] { return writes == 1; }));
    CHECK(recoveredPartnerLabel(saver.recoveryFile(), "pa1") == QStringLiteral("At the autosave"));
    CHECK(doc.session().partner(QStringLiteral("pa1"))->label ==
          QStringLiteral("After the autosave"));
    CHECK(doc.session().partners.size() == s.partners.size());

    saver.sync();
    REQUIRE(waitFor([&] { return writes == 2; }));
    CHECK(recoveredPartnerLabel(saver.recoveryFile(), "pa1") ==
          QStringLiteral("After the autosave"));
}
