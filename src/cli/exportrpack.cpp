// SPDX-License-Identifier: GPL-3.0-or-later
// `export --format r`: the R pack, a folder of egor-ready tables and netwerkkaart.R.
#include "cli.h"
#include "exportplan.h"

#include "nwk/core/rpack.h"

#include <QDir>
#include <QFileInfo>

namespace nwk::cli {

QString rPackFolder(const ExportPlan &plan, const QString &sessionFile)
{
    if (!plan.outFile.isEmpty())
        return plan.outFile;
    return QDir(plan.outDir)
        .filePath(QFileInfo(sessionFile).completeBaseName() + QStringLiteral("-r"));
}

QStringList rPackOutputs(const ExportPlan &plan, const QString &sessionFile)
{
    const QDir folder(rPackFolder(plan, sessionFile));
    QStringList files;
    for (RPackTable t : allRPackTables())
        files << folder.filePath(rPackFileName(t));
    files << folder.filePath(rPackScriptName());
    return files;
}

QString rPackProblem(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return QStringLiteral("%1: cannot write the R pack: not a folder").arg(folder);
    if (!info.exists() && !info.absoluteDir().exists())
        return QStringLiteral("%1: cannot write: directory %2 does not exist")
            .arg(folder, QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

bool writeRPack(const Session &session, const DataExportOptions &o, const QString &folder)
{
    QStringList written;
    const QString error = exportRPack(session, folder, o, &written);
    for (const QString &file : std::as_const(written))
        printErr(QStringLiteral("wrote %1 (R pack)").arg(file));
    if (error.isEmpty())
        return true;
    for (const QString &line : error.split(QLatin1Char('\n')))
        printErr(line.contains(folder) ? line : QStringLiteral("%1: %2").arg(folder, line));
    return false;
}

} // namespace nwk::cli
