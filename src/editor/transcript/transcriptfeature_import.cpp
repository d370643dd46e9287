// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptFeature: Session > Import Transcript…. The file is read first; only a readable
// transcript is copied beside the session file (never over a different file) and referred
// to in Session::transcript, as one undo step.
#include "context/editorcontext.h"
#include "nwk/editor/sessiondocument.h"
#include "transcriptdock.h"
#include "transcriptedits.h"
#include "transcriptfeature.h"
#include "transcriptfiles.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace nwk {

namespace {

void showImportProblem(QWidget *parent, const QString &text, const QStringList &details)
{
    QMessageBox box(QMessageBox::Warning, TranscriptFeature::tr("Import Transcript"), text,
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("transcriptImportProblem"));
    box.setInformativeText(details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace

void TranscriptFeature::chooseAndImport()
{
    if (!ensureSaved())
        return;
    const QString folder = QFileInfo(m_document->fileName()).absolutePath();
    const QString chosen =
        QFileDialog::getOpenFileName(m_context.window, tr("Import Transcript"), folder,
                                     tr("Transcripts (*.srt *.vtt *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        importFile(chosen);
}

bool TranscriptFeature::ensureSaved()
{
    if (!m_document->isUntitled())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Import Transcript"),
                    tr("Save the session first: the transcript is kept beside the session file."),
                    QMessageBox::Cancel, m_context.window);
    box.setObjectName(QStringLiteral("transcriptSaveFirst"));
    QPushButton *save = box.addButton(tr("&Save Session\u2026"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveFirstButton"));
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() != save)
        return false;
    m_context.action(ActionId::Save)->trigger();
    return !m_document->isUntitled();
}

bool TranscriptFeature::importFile(const QString &fileName)
{
    if (!ensureSaved())
        return false;
    const TranscriptReadResult read = readTranscriptFile(fileName);
    const QString name = QFileInfo(fileName).fileName();
    if (!read.transcript) {
        showImportProblem(m_context.window,
                          tr("%1 was not imported: it is not a transcript this program reads. "
                             "The session is unchanged.")
                              .arg(name),
                          read.messages());
        return false;
    }
    const PlacedTranscript placed = placeBesideSession(fileName, m_document->fileName());
    if (placed.relative.isEmpty()) {
        showImportProblem(m_context.window,
                          tr("%1 was not imported: it could not be copied beside the session "
                             "file. The session is unchanged.")
                              .arg(name),
                          {placed.error});
        return false;
    }
    // A corrected transcript of the same recording keeps its offset and the assignments of
    // the speakers it still has.
    TranscriptRef ref = m_document->session().transcript;
    ref.file = placed.relative;
    const QStringList speakers = transcriptSpeakers(*read.transcript);
    const SharedVector<TranscriptSpeaker> assigned = ref.speakers;
    for (const TranscriptSpeaker &s : assigned)
        if (!speakers.contains(s.speaker))
            ref = withSpeaker(ref, s.speaker, QString());
    if (!pushTranscriptRef(m_document, ref, tr("Import transcript %1").arg(placed.relative)))
        reload(); // the same file again: read it again
    const int warnings = static_cast<int>(read.diagnostics.size());
    QString message = tr("Transcript %1 imported: %n cue(s)", nullptr,
                         static_cast<int>(read.transcript->cues.size()))
                          .arg(placed.relative);
    if (warnings > 0)
        message +=
            QLatin1Char(' ') + tr("(%n warning(s) in the Transcript dock)", nullptr, warnings);
    m_context.window->statusBar()->showMessage(message, 10000);
    if (m_dock) {
        m_dock->show();
        m_dock->raise();
    }
    return true;
}

} // namespace nwk
