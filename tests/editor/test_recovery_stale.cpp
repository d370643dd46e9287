// SPDX-License-Identifier: GPL-3.0-or-later
// A recovery copy is offered only while it holds work newer than the user's file: a copy
// equal to the file, or written before the file was saved again, is dropped; a save
// removes such copies of the same file left by editors that are gone; the question
// shows the copy's time beside the file's and what differs.
// (The real program, killed right after a save: test_crash_recovery_stale.cpp.)
#include "test_autosave_support.h"

#include "../../src/editor/session/recoverydialog.h"

#include "nwk/editor/autosaver.h"
#include "nwk/editor/partnercommands.h"

#include <QLocale>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Leaves the copy of an editor that made `edit` on `file` and was then killed, as `id`.
QString leaveCopy(const SessionFile &file, const QString &dir, const QString &id,
                  const std::function<void(SessionDocument &)> &edit)
{
    SessionDocument doc;
    REQUIRE(!hasErrors(doc.load(file.path)));
    Autosaver saver(&doc, dir);
    edit(doc);
    REQUIRE(doc.isModified());
    REQUIRE(saver.saveNow().isEmpty());
    simulateDeadEditor(dir, saver.recoveryFile(), id);
    return QDir(dir).filePath(id + QStringLiteral(".nwk"));
}

void addPartner(SessionDocument &doc, const char *id)
{
    Partner p;
    p.id = QString::fromUtf8(id);
    p.label = QStringLiteral("Nieuw");
    p.category = QStringLiteral("zorg");
    doc.push(new AddPartner(&doc, p));
}

void setModified(const QString &path, const QDateTime &time)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(time, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("A recovery copy equal in content to the file is dropped, not offered", "[recovery]")
{
    SessionFile file;
    QTemporaryDir recovery;
    const QString copy = leaveCopy(file, recovery.path(), QStringLiteral("dead1"),
                                   [](SessionDocument &d) { renamePartner(d, "pa2", "HoGent"); });
    // The same work reached the file by a save; its time even says it is older.
    Session same = file.read();
    same.partners[1].label = QStringLiteral("HoGent");
    same.meta.modified = QStringLiteral("2026-01-01T10:00:00Z"); // the stamps do not count
    REQUIRE(writeSessionFile(same, file.path).isEmpty());
    setModified(file.path, QDateTime::currentDateTime().addSecs(-3600));

    CHECK(Autosaver::recoverable(recovery.path()).empty());
    CHECK_FALSE(QFile::exists(copy));
    CHECK(recoveryInfos(recovery.path()).isEmpty());
}

TEST_CASE("A copy left by a kill right after a save is dropped, another program's change is "
          "not taken for a save",
          "[recovery]")
{
    SessionFile file;
    QTemporaryDir recovery;

    SECTION("killed right after a save that reached the disk: dropped")
    {
        SessionDocument doc;
        REQUIRE(!hasErrors(doc.load(file.path)));
        Autosaver saver(&doc, recovery.path());
        renamePartner(doc, "pa2", "Oud");
        REQUIRE(saver.saveNow().isEmpty());
        renamePartner(doc, "pa3", "Later dan de kopie"); // after the last autosave
        // What a kill right after the file is written leaves: the copy and its sidecar as
        // they are when the save starts writing (connected after the autosaver).
        QObject::connect(&doc, &SessionDocument::aboutToWriteFile, [&] {
            simulateDeadEditor(recovery.path(), saver.recoveryFile(), QStringLiteral("dead1"));
        });
        REQUIRE(doc.save().isEmpty());
        REQUIRE(QFile::exists(QDir(recovery.path()).filePath(QStringLiteral("dead1.nwk"))));
        CHECK(Autosaver::recoverable(recovery.path()).empty());
        CHECK(recoveryInfos(recovery.path()).isEmpty());
    }
    SECTION("a save that failed: still offered")
    {
        SessionDocument doc;
        REQUIRE(!hasErrors(doc.load(file.path)));
        Autosaver saver(&doc, recovery.path());
        renamePartner(doc, "pa2", "Oud");
        REQUIRE(saver.saveNow().isEmpty());
        QObject::connect(&doc, &SessionDocument::aboutToWriteFile, [&] {
            simulateDeadEditor(recovery.path(), saver.recoveryFile(), QStringLiteral("dead1"));
        });
        // The folder is gone: the save fails after the sidecar noted it.
        const QString elsewhere = recovery.filePath(QStringLiteral("gone/school.nwk"));
        CHECK_FALSE(doc.saveAs(elsewhere).isEmpty());
        const std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
        REQUIRE(found.size() == 1);
        CHECK(found.front().session.partner(QStringLiteral("pa2"))->label == QStringLiteral("Oud"));
    }
    SECTION("another program wrote the file after the copy: offered, saying the file is newer")
    {
        leaveCopy(file, recovery.path(), QStringLiteral("dead1"),
                  [](SessionDocument &d) { renamePartner(d, "pa2", "Oud"); });
        Session later = file.read();
        later.partners[1].label = QStringLiteral("Nieuwer");
        QTest::qWait(5); // the file's time is later than the copy's
        REQUIRE(writeSessionFile(later, file.path).isEmpty());
        const std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
        REQUIRE(found.size() == 1);
        CHECK(found.front().session.partner(QStringLiteral("pa2"))->label == QStringLiteral("Oud"));
        CHECK(RecoveryDialog::describe(found.front())
                  .contains(QStringLiteral("The file is newer than this copy")));
    }
    SECTION("the file was only touched (same bytes as the copy started from): offered")
    {
        leaveCopy(file, recovery.path(), QStringLiteral("dead1"),
                  [](SessionDocument &d) { renamePartner(d, "pa2", "Oud"); });
        setModified(file.path, QDateTime::currentDateTime().addSecs(60));
        const std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
        REQUIRE(found.size() == 1);
        CHECK(found.front().session.partner(QStringLiteral("pa2"))->label == QStringLiteral("Oud"));
    }
}

TEST_CASE("The recovery question shows the copy's time, the file's time and what differs",
          "[recovery]")
{
    SessionFile file;
    QTemporaryDir recovery;
    leaveCopy(file, recovery.path(), QStringLiteral("dead1"), [](SessionDocument &d) {
        addPartner(d, "pa5");
        addPartner(d, "pa6");
    });
    const std::vector<RecoveryCandidate> found = Autosaver::recoverable(recovery.path());
    REQUIRE(found.size() == 1);
    const RecoveryCandidate &c = found.front();
    REQUIRE(c.fileModified.isValid());
    const QString text = RecoveryDialog::describe(c);
    CHECK(text.startsWith(QStringLiteral("regenboog.nwk")));
    CHECK(text.contains(QStringLiteral("6 partners, 3 links, 1 note")));
    CHECK(text.contains(QLocale().toString(c.savedAt, QLocale::ShortFormat)));
    CHECK(text.contains(QStringLiteral("the file on disk was saved ") +
                        QLocale().toString(c.fileModified, QLocale::ShortFormat)));
    CHECK(text.contains(QStringLiteral("partners: 6 in the copy, 4 in the file")));
    CHECK_FALSE(text.contains(QStringLiteral("links:"))); // only what differs
}

TEST_CASE("A save removes the older copies of the same file the user chose Not Now for",
          "[recovery]")
{
    SessionFile file;
    SessionFile other(sampleSession(), QStringLiteral("ander.nwk"));
    QTemporaryDir recovery;
    // Left by a crash; at the next start the user chooses Not Now.
    const QString stale = leaveCopy(file, recovery.path(), QStringLiteral("dead1"),
                                    [](SessionDocument &d) { renamePartner(d, "pa1", "Oud"); });
    const QString otherFile = leaveCopy(other, recovery.path(), QStringLiteral("dead2"),
                                        [](SessionDocument &d) { renamePartner(d, "pa1", "X"); });

    SessionDocument doc;
    REQUIRE(!hasErrors(doc.load(file.path)));
    Autosaver saver(&doc, recovery.path());
    {
        DialogClicker notNow(QStringLiteral("recoveryDialog"),
                             [](QWidget *) { return QStringLiteral("laterButton"); });
        CHECK_FALSE(offerRecovery(saver, Autosaver::recoverable(recovery.path())));
        CHECK(notNow.clicked);
    }
    // A crash of another editor of the same file after this start: never offered here.
    const QString unseen = leaveCopy(file, recovery.path(), QStringLiteral("dead3"),
                                     [](SessionDocument &d) { renamePartner(d, "pa2", "Nooit"); });

    renamePartner(doc, "pa3", "Ouderraad");
    REQUIRE(saver.saveNow().isEmpty());
    CHECK(QFile::exists(stale)); // not saved yet: the old copy stays
    QTest::qWait(5);
    REQUIRE(doc.save().isEmpty());
    CHECK_FALSE(QFile::exists(stale));                // declined, older than the saved file: gone
    CHECK_FALSE(QFile::exists(saver.recoveryFile())); // and this editor's own copy
    CHECK(QFile::exists(otherFile));                  // another file's copy is not touched
    CHECK(QFile::exists(unseen));                     // nor one the user never saw

    // The next start offers the other file's copy and the unseen one, not the declined one.
    const std::vector<RecoveryCandidate> left = Autosaver::recoverable(recovery.path());
    REQUIRE(left.size() == 2);
    for (const RecoveryCandidate &c : left)
        CHECK(c.id != QStringLiteral("dead1"));
}
