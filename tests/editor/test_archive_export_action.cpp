// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Archive…: the saved session with its audio parts and transcript in one ZIP;
// unsaved changes saved first when the user agrees; missing audio named and left out only
// when the user says so.
#include "editorfixture.h"

#include "../../src/editor/window/actions.h"

#include "nwk/core/zipwriter.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Answers the modal dialogs as they come: a file dialog gets `path`; a message box the
/// button whose text is one of `buttons` (the first that it has). Records the boxes' texts.
struct DialogAnswers {
    QTimer timer;
    QStringList boxes;
    bool fileDialogSeen = false;

    DialogAnswers(const QString &path, const QStringList &buttons)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this, path, buttons] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                fileDialogSeen = true;
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return dialog->reject();
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxes << box->text();
                for (QAbstractButton *b : box->buttons())
                    if (buttons.contains(b->text().remove(QLatin1Char('&')))) {
                        b->click();
                        return;
                    }
                box->reject();
            }
        });
        timer.start();
    }
};

Session recordedSession()
{
    Session s = sampleSession();
    s.recording.parts.push_back(
        {QStringLiteral("regenboog.audio/part-001.wav"), 0, 3000, QString(), {}});
    s.recording.parts.push_back(
        {QStringLiteral("regenboog.audio/part-002.wav"), 5000, 3000, QString(), {}});
    s.transcript.file = QStringLiteral("regenboog.srt");
    return s;
}

void writeSide(const SessionFile &file, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(file.dir.filePath(name)).absolutePath());
    QFile f(file.dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

std::vector<ZipEntry> entriesOf(const QString &zip)
{
    QFile f(zip);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto entries = readZipArchive(f.readAll());
    REQUIRE(entries.has_value());
    return *entries;
}

QStringList namesOf(const std::vector<ZipEntry> &entries)
{
    QStringList names;
    for (const ZipEntry &e : entries)
        names << e.name;
    return names;
}

} // namespace

TEST_CASE("File > Export Archive saves unsaved changes first and archives the session with "
          "its audio and transcript",
          "[editor][archive]")
{
    SessionFile file(recordedSession());
    writeSide(file, QStringLiteral("regenboog.audio/part-001.wav"), QByteArray(5000, 'a'));
    writeSide(file, QStringLiteral("regenboog.audio/part-002.wav"), QByteArray(7000, 'b'));
    writeSide(file, QStringLiteral("regenboog.srt"), "1\n00:00:01,000 --> 00:00:02,000\nJa.\n");
    Window w(file.path);
    QAction *archive = w.window.findChild<QAction *>(QStringLiteral("exportArchiveAction"));
    REQUIRE(archive);
    QAction *exportData = w.window.findChild<QAction *>(QStringLiteral("exportDataAction"));
    const QList<QAction *> entries = w.window.actions()->fileMenu->actions();
    CHECK(entries.indexOf(archive) == entries.indexOf(exportData) + 1);

    w.doc().markUnsaved();
    const QString zip = file.dir.filePath(QStringLiteral("regenboog-archive.zip"));
    DialogAnswers answers(zip, {QStringLiteral("Save")});
    archive->trigger();
    CHECK(answers.fileDialogSeen);
    REQUIRE(answers.boxes.size() == 1);
    CHECK(answers.boxes.first().contains(QStringLiteral("Save the session first?")));
    CHECK_FALSE(w.doc().isModified());

    const auto zipped = entriesOf(zip);
    CHECK(
        namesOf(zipped) ==
        QStringList{QStringLiteral("regenboog.nwk"), QStringLiteral("regenboog.audio/part-001.wav"),
                    QStringLiteral("regenboog.audio/part-002.wav"), QStringLiteral("regenboog.srt"),
                    QStringLiteral("manifest.json"), QStringLiteral("SHA256SUMS")});
    CHECK(zipped.front().data == file.bytes()); // the file as just saved
    CHECK(w.window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Archived to %1: 6 file").arg(QDir::toNativeSeparators(zip))));
}

TEST_CASE("File > Export Archive names a missing audio part and leaves it out only when told",
          "[editor][archive]")
{
    SessionFile file(recordedSession());
    writeSide(file, QStringLiteral("regenboog.audio/part-001.wav"), QByteArray(5000, 'a'));
    writeSide(file, QStringLiteral("regenboog.srt"), "1\n00:00:01,000 --> 00:00:02,000\nJa.\n");
    Window w(file.path);
    QAction *archive = w.window.findChild<QAction *>(QStringLiteral("exportArchiveAction"));
    REQUIRE(archive);
    const QString zip = file.dir.filePath(QStringLiteral("out.zip"));
    {
        DialogAnswers cancel(zip, {QStringLiteral("Cancel")});
        archive->trigger();
        REQUIRE(cancel.boxes.size() == 1);
        CHECK(cancel.boxes.first().contains(QStringLiteral("regenboog.audio/part-002.wav")));
        CHECK_FALSE(QFile::exists(zip));
    }
    DialogAnswers without(zip, {QStringLiteral("Archive Without Them")});
    archive->trigger();
    REQUIRE(without.boxes.size() == 1);
    const auto zipped = entriesOf(zip);
    CHECK_FALSE(namesOf(zipped).contains(QStringLiteral("regenboog.audio/part-002.wav")));
    const QJsonObject manifest = QJsonDocument::fromJson(zipped[3].data).object();
    REQUIRE(zipped[3].name == QStringLiteral("manifest.json"));
    CHECK(manifest.value(QStringLiteral("missing")).toArray() ==
          QJsonArray{QStringLiteral("regenboog.audio/part-002.wav")});
}
