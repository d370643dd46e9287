// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Data and Report…: the menu entry and what the status bar says afterwards.
#include "exportdatadialog.h"

#include "context/editorcontext.h"

#include "nwk/editor/cards/focusgroup.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace nwk {

void ExportDataDialog::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *action = new QAction(tr("Export &Data and Report…"), window);
    action->setObjectName(QStringLiteral("exportDataAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QString tip =
        tr("Write GraphML, CSV tables, the R pack and the findings report (HTML, PDF, ODT) "
           "into a folder");
    action->setToolTip(tip);
    action->setStatusTip(tip);
    // Right after File > Export Map….
    QMenu *fileMenu = context.menu(MenuId::File);
    const QList<QAction *> entries = fileMenu->actions();
    const qsizetype at = entries.indexOf(context.action(ActionId::ExportMap));
    QAction *before = at >= 0 && at + 1 < entries.size()
                          ? entries.at(at + 1)
                          : context.action(ActionId::FileExportSeparator);
    fileMenu->insertAction(before, action);
    SessionDocument *document = context.document;
    const FocusGroup *group = context.feature<FocusGroup>(); // the deck the cards show
    connect(action, &QAction::triggered, window, [window, document, group] {
        ExportDataDialog dialog(document, group->deck(), window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        int csv = 0;
        QStringList names;
        QString pack; // the R pack's folder: its files are not listed one by one
        const QString folder = QDir(QDir::fromNativeSeparators(dialog.folder())).absolutePath();
        for (const QString &file : dialog.written()) {
            if (QFileInfo(file).absolutePath() != folder)
                pack = QFileInfo(file).absolutePath();
            else if (file.endsWith(QStringLiteral(".csv")))
                ++csv;
            else
                names.append(QFileInfo(file).fileName());
        }
        if (!pack.isEmpty())
            names.append(tr("R pack in %1").arg(QFileInfo(pack).fileName()));
        if (csv > 0)
            names.insert(names.isEmpty() || !names.first().endsWith(QStringLiteral(".graphml")) ? 0
                                                                                                : 1,
                         tr("%1 CSV tables").arg(csv));
        window->statusBar()->showMessage(
            tr("Exported to %1: %2")
                .arg(QDir::toNativeSeparators(dialog.folder()), names.join(QStringLiteral(", "))),
            8000);
    });
}

} // namespace nwk
