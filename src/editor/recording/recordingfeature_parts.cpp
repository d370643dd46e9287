// SPDX-License-Identifier: GPL-3.0-or-later
// RecordingFeature: the audio parts as files, so that recorded audio is never silently
// orphaned (docs/recording.md, "Audio parts"): the unsaved-changes question names the parts
// the saved file does not list, opening a session offers the part files beside it that it
// does not list, and Save As into another folder copies the parts along.
#include "recordingfeature.h"

#include "nwk/core/sessionio.h"
#include "nwk/editor/recordinglog.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"
#include "partfiles.h"
#include "recorder.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>

#include <utility>

namespace nwk {

QString RecordingFeature::unsavedNote()
{
    if (!m_document->isModified() || m_document->session().recording.parts.empty())
        return {};
    m_recorder->noteDuration(); // the part being recorded, as long as it is now
    QSet<QString> saved;
    if (!m_document->isUntitled()) {
        const SessionReadResult read = readSessionFile(m_document->fileName());
        if (read.session)
            for (const AudioPart &p : read.session->recording.parts)
                saved.insert(p.file);
    }
    int count = 0;
    qint64 ms = 0;
    for (const AudioPart &p : m_document->session().recording.parts)
        if (!saved.contains(p.file)) {
            ++count;
            ms += p.durationMs;
        }
    if (count == 0)
        return {};
    //: %1 the length of the audio (1:02:03), %2 the audio folder (school.audio)
    return tr("The changes include %n audio part(s) (%1 of audio) that the saved session does "
              "not list. If you discard the changes, the audio stays in the folder %2 beside "
              "the session file, and opening the session offers to add it again.",
              nullptr, count)
        .arg(SessionClock::format(ms), Recorder::partsFolderName(m_document->fileName()));
}

void RecordingFeature::offerUnlistedParts()
{
    if (m_document->isUntitled() || m_recorder->state() != Recorder::State::Idle ||
        m_unlistedQuestion)
        return;
    const QList<UnlistedPart> unlisted =
        unlistedParts(m_document->fileName(), m_document->session());
    if (unlisted.isEmpty())
        return;
    qint64 ms = 0;
    for (const UnlistedPart &u : unlisted)
        ms += u.durationMs;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Audio Not in the Session"),
        //: %1 the length of the audio (1:02:03)
        tr("%n audio part(s) recorded for this session (%1 of audio) are not in it.", nullptr,
           static_cast<int>(unlisted.size()))
            .arg(SessionClock::format(ms)),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("unlistedPartsQuestion"));
    m_unlistedQuestion = box;
    //: %1 the audio folder (school.audio)
    box->setInformativeText(
        tr("The part(s) are in the folder %1 beside the session file: recorded, but the "
           "session was not saved with them (its changes were discarded, or the editor "
           "stopped). Add them to the session's recording? Each is placed on the session clock "
           "where its file says it ended, never before the part before it ends.",
           nullptr, static_cast<int>(unlisted.size()))
            .arg(Recorder::partsFolderName(m_document->fileName())));
    QPushButton *add = box->addButton(tr("&Add to the Recording"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addUnlistedPartsButton"));
    QPushButton *later = box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("unlistedPartsLaterButton"));
    box->setDefaultButton(add);
    box->setEscapeButton(later);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal); // asks without an event loop of its own
    connect(box, &QMessageBox::finished, this, [this, box, add] {
        if (box->clickedButton() == add)
            addUnlistedParts();
    });
    box->open();
}

void RecordingFeature::addUnlistedParts()
{
    // Found again: the session or the folder may have changed while the question was open.
    const QList<UnlistedPart> unlisted =
        unlistedParts(m_document->fileName(), m_document->session());
    if (unlisted.isEmpty() || m_document->isUntitled())
        return;
    setRecordingParts(m_document, withUnlistedParts(m_document->session(), unlisted));
    m_window->statusBar()->showMessage(
        tr("Added %n audio part(s) to the session's recording: save the session to keep them.",
           nullptr, static_cast<int>(unlisted.size())),
        15000);
}

void RecordingFeature::prepareSaveAs(const QString &fileName)
{
    m_saveAs = {};
    if (m_document->isUntitled() || m_document->session().recording.parts.empty() ||
        QFileInfo(fileName).absoluteDir() == QFileInfo(m_document->fileName()).absoluteDir())
        return; // the same folder: the parts are found where they are
    m_saveAs.active = true;
    m_saveAs.resume = m_recorder->state() == Recorder::State::Recording;
    if (m_saveAs.resume)
        m_recorder->pause(); // the part ends complete before it is copied
    m_saveAs.before = m_document->session().recording.parts;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CarriedParts carried = carryParts(m_document->fileName(), fileName, m_saveAs.before);
    QApplication::restoreOverrideCursor();
    m_saveAs.created = carried.created;
    m_saveAs.failed = carried.failed;
    setRecordingParts(m_document, carried.parts);
}

void RecordingFeature::finishSaveAs(bool saved)
{
    if (!m_saveAs.active)
        return;
    const SaveAsParts done = std::exchange(m_saveAs, {});
    if (!saved) {
        setRecordingParts(m_document, done.before);
        for (const QString &copy : done.created)
            QFile::remove(copy);
        if (!done.created.isEmpty()) // the folder made for them, when nothing else is in it
            QDir().rmdir(QFileInfo(done.created.front()).absolutePath());
    } else if (!done.failed.isEmpty()) {
        const QString folder = Recorder::partsFolderName(m_document->fileName());
        const QString text =
            tr("The session was saved, but %n audio part(s) could not be copied beside it: "
               "the saved session lists them, and they are missing there.",
               nullptr, static_cast<int>(done.failed.size()));
        m_window->statusBar()->showMessage(text, 30000);
        QMessageBox box(QMessageBox::Warning, tr("Audio Not Copied"), text, QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("partsNotCopied"));
        //: %1 the list of parts and why each failed, %2 the audio folder (school.audio)
        box.setInformativeText(tr("%1\n\nCopy them into the folder %2 beside the session file "
                                  "under the names it lists, or save again.")
                                   .arg(done.failed.join(QLatin1Char('\n')), folder));
        box.exec();
    }
    if (done.resume) { // beside the file the session has now
        m_problemShown = false;
        if (!m_recorder->startPart())
            showProblem(m_recorder->problem());
    }
}

} // namespace nwk
