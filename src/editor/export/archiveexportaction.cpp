// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveexportaction.h"

#include "context/editorcontext.h"

#include "nwk/core/archiveexport.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <optional>

namespace nwk {

namespace {

/// True when the document is saved as it is (saving it first when the user agrees).
bool savedFirst(EditorContext &context)
{
    SessionDocument *document = context.document;
    if (!document->isUntitled() && !document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        context.window, ArchiveExportAction::tr("Export Archive"),
        ArchiveExportAction::tr("The archive holds the session file as it is saved. Save the "
                                "session first?"),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return false;
    context.action(ActionId::Save)->trigger();
    return !document->isUntitled() && !document->isModified();
}

/// The archive's name, asked for: "<session>-archive.zip" beside the session by default.
QString askArchiveName(QWidget *parent, const QString &sessionFile)
{
    const QFileInfo info(sessionFile);
    const QString suggested =
        info.dir().filePath(ArchiveExportAction::tr("%1-archive.zip").arg(info.completeBaseName()));
    QString name =
        QFileDialog::getSaveFileName(parent, ArchiveExportAction::tr("Export Archive"), suggested,
                                     ArchiveExportAction::tr("ZIP archives (*.zip)"));
    if (!name.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += QStringLiteral(".zip");
    return name;
}

/// Writes the archive; asks before leaving missing files out. The result, or nullopt when
/// the user cancelled.
std::optional<ArchiveResult> archive(QWidget *parent, const QString &sessionFile,
                                     const QString &archiveFile)
{
    ArchiveResult result = writeArchive(sessionFile, archiveFile);
    if (result.ok() || result.missing.isEmpty())
        return result;
    QMessageBox box(QMessageBox::Warning, ArchiveExportAction::tr("Export Archive"),
                    ArchiveExportAction::tr("These files of the recording are missing:\n%1\n\n"
                                            "Archive the session without them? The archive's "
                                            "manifest will list them as missing.")
                        .arg(result.missing.join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("archiveMissingQuestion"));
    box.setDetailedText(result.error);
    QPushButton *without =
        box.addButton(ArchiveExportAction::tr("Archive Without Them"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != without)
        return std::nullopt;
    ArchiveOptions options;
    options.allowMissing = true;
    return writeArchive(sessionFile, archiveFile, options);
}

void exportArchive(EditorContext &context)
{
    QMainWindow *window = context.window;
    if (!savedFirst(context))
        return;
    const QString sessionFile = context.document->fileName();
    const QString archiveFile = askArchiveName(window, sessionFile);
    if (archiveFile.isEmpty())
        return;
    const std::optional<ArchiveResult> result = archive(window, sessionFile, archiveFile);
    if (!result)
        return;
    if (!result->ok()) {
        QMessageBox::warning(
            window, ArchiveExportAction::tr("Export Archive"),
            ArchiveExportAction::tr("The archive was not written.\n\n%1").arg(result->error));
        return;
    }
    window->statusBar()->showMessage(
        ArchiveExportAction::tr("Archived to %1: %n file(s)", nullptr, int(result->files.size()))
            .arg(QDir::toNativeSeparators(archiveFile)),
        8000);
}

} // namespace

void ArchiveExportAction::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *action = new QAction(tr("Export Ar&chive…"), window);
    action->setObjectName(QStringLiteral("exportArchiveAction"));
    const QString tip = tr("Write the saved session file, its audio and its transcript into one "
                           "ZIP with a manifest and checksums, for a research data store");
    action->setToolTip(tip);
    action->setStatusTip(tip);
    QMenu *fileMenu = context.menu(MenuId::File);
    const QList<QAction *> entries = fileMenu->actions();
    QAction *exportData = window->findChild<QAction *>(QStringLiteral("exportDataAction"));
    const qsizetype at = entries.indexOf(exportData);
    QAction *before = at >= 0 && at + 1 < entries.size()
                          ? entries.at(at + 1)
                          : context.action(ActionId::FileExportSeparator);
    fileMenu->insertAction(before, action);
    EditorContext *c = &context;
    QObject::connect(action, &QAction::triggered, window, [c] { exportArchive(*c); });
}

} // namespace nwk
