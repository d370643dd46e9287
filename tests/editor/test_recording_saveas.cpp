// SPDX-License-Identifier: GPL-3.0-or-later
// File > Save As into another folder takes the recording's audio parts along
// (docs/recording.md, "Audio parts"): copied into "<new name>.audio/" beside the new file,
// never over a different file, and a part that cannot be copied is said.
#include "playbackfixture.h"
#include "test_autosave_support.h"
#include "transcriptfixture.h"

#include <QMessageBox>
#include <QStatusBar>

using namespace nwk;
using namespace nwk::test;

namespace {

/// The sample session with two parts in "regenboog.audio/", written beside its file.
struct PartsFile : SessionFile {
    PartsFile()
        : SessionFile(session())
    {
        writeSine(dir.filePath(QStringLiteral("regenboog.audio/part-001.wav")), 2);
        writeSine(dir.filePath(QStringLiteral("regenboog.audio/part-002.wav")), 3);
    }
    static Session session()
    {
        Session s = sampleSession();
        s.recordingStarted = QStringLiteral("2026-03-12T09:00:00.000Z");
        s.recording.parts = {part("regenboog.audio/part-001.wav", 0, 2000),
                             part("regenboog.audio/part-002.wav", 5000, 3000)};
        return s;
    }
};

/// File > Save As… answered with `path` in the file dialog.
void saveAsThroughMenu(Window &w, const QString &path)
{
    FileDialogAnswer answer(path);
    w.action(QStringLiteral("Save As\u2026"))->trigger();
    REQUIRE(answer.answered);
}

} // namespace

TEST_CASE("Save As into another folder copies the audio parts beside the new file",
          "[recording][saveas]")
{
    PartsFile file;
    Window w(file.path);
    QTemporaryDir other;
    // A different file already has the first part's name there: it is not overwritten.
    writeSine(other.filePath(QStringLiteral("kopie.audio/part-001.wav")), 1);
    const QByteArray theirs = readBytes(other.filePath(QStringLiteral("kopie.audio/part-001.wav")));

    saveAsThroughMenu(w, other.filePath(QStringLiteral("kopie.nwk")));
    REQUIRE(w.doc().fileName() == other.filePath(QStringLiteral("kopie.nwk")));
    CHECK_FALSE(w.doc().isModified());
    const auto &parts = w.doc().session().recording.parts;
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].file == QStringLiteral("kopie.audio/part-002.wav"));
    CHECK(parts[1].file == QStringLiteral("kopie.audio/part-003.wav"));
    CHECK(parts[0].startMs == 0);
    CHECK(parts[1].startMs == 5000);
    CHECK(readBytes(other.filePath(parts[0].file)) ==
          readBytes(file.dir.filePath(QStringLiteral("regenboog.audio/part-001.wav"))));
    CHECK(readBytes(other.filePath(parts[1].file)) ==
          readBytes(file.dir.filePath(QStringLiteral("regenboog.audio/part-002.wav"))));
    CHECK(readBytes(other.filePath(QStringLiteral("kopie.audio/part-001.wav"))) == theirs);
    // The saved file lists the copies, and opening it finds every part.
    CHECK(readSessionFile(w.doc().fileName()).session->recording.parts == parts);
    // (The other file in the folder is not the session's: opening offers it, Not Now.)
    MessageBoxClicker notNow(QStringLiteral("unlistedPartsLaterButton"));
    Window reopened(w.doc().fileName());
    REQUIRE(waitFor([&] { return notNow.seen; }));
    CHECK(reopened.doc().session().recording.parts == parts);
    CHECK_FALSE(reopened.doc().isModified()); // no part missing nor shorter
    // The original is untouched.
    CHECK(file.read().recording.parts == PartsFile::session().recording.parts);
}

TEST_CASE("Save As whose audio cannot be copied says so, and the saved session lists the parts "
          "where they belong",
          "[recording][saveas]")
{
    PartsFile file;
    Window w(file.path);
    QTemporaryDir other;
    { // a file where the audio folder would be: the copies cannot be made
        QFile blocker(other.filePath(QStringLiteral("kopie.audio")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    ModalAnswerer ok(QMessageBox::Ok);
    saveAsThroughMenu(w, other.filePath(QStringLiteral("kopie.nwk")));
    REQUIRE(ok.seen);
    CHECK(ok.text.contains(QStringLiteral("could not be copied")));
    CHECK(ok.informativeText.contains(QStringLiteral("regenboog.audio/part-001.wav")));
    CHECK(ok.informativeText.contains(QStringLiteral("kopie.audio")));
    CHECK(w.doc().fileName() == other.filePath(QStringLiteral("kopie.nwk")));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("could not be copied")));
}

TEST_CASE("Save As beside the session keeps the parts where they are", "[recording][saveas]")
{
    PartsFile file;
    Window w(file.path);
    saveAsThroughMenu(w, file.dir.filePath(QStringLiteral("kopie.nwk")));
    CHECK(w.doc().session().recording.parts == PartsFile::session().recording.parts);
    CHECK_FALSE(QFileInfo::exists(file.dir.filePath(QStringLiteral("kopie.audio"))));
}
