// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli export FILE... (-o OUT | --out-dir DIR) [--format LIST]`: maps, data
// and findings reports. One session that fails does not stop the others.
#include "cli.h"
#include "exportplan.h"

#include <QDir>
#include <QFileInfo>

namespace nwk::cli {

int runExport(const QStringList &arguments)
{
    ExportPlan plan;
    if (const auto done = parseExportCommand(arguments, plan))
        return *done;

    // Nothing is written unless every output may be: not over an input or a session, not
    // into a folder that is a file. The --out-dir folder is created first when missing.
    const auto refuse = [](const QStringList &problems) {
        for (const QString &problem : problems)
            printErr(problem);
        printErr(QStringLiteral("nothing exported"));
        return ExitFailure;
    };
    if (plan.outDir.isEmpty() || QFileInfo(plan.outDir).isDir()) {
        if (const QStringList problems = outputRefusals(plan); !problems.isEmpty())
            return refuse(problems);
    }

    if (!plan.outDir.isEmpty()) {
        const QFileInfo dir(plan.outDir);
        if (dir.exists() && !dir.isDir()) {
            printErr(QStringLiteral("%1: cannot write: not a folder").arg(plan.outDir));
            return ExitFailure;
        }
        if (!dir.exists() && !QDir().mkpath(plan.outDir)) {
            printErr(QStringLiteral("%1: cannot create the folder").arg(plan.outDir));
            return ExitFailure;
        }
    }

    if (const QStringList problems = outputRefusals(plan); !problems.isEmpty())
        return refuse(problems);

    int failed = 0;
    QHash<QString, QString> egoIds; // the data exports' ego ids so far: one per school
    for (const QString &file : std::as_const(plan.sessionFiles))
        failed += exportSession(file, plan, &egoIds) ? 0 : 1;
    if (failed > 0 && plan.sessionFiles.size() > 1)
        printErr(QStringLiteral("%1 of %2 sessions not (fully) exported")
                     .arg(failed)
                     .arg(plan.sessionFiles.size()));
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace nwk::cli
