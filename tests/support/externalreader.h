// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real readers of the data exports (R's Rscript, python3) from a test: the
// script goes into a file, the files to read are its arguments. A missing tool is a
// skip (NWK_SKIP: a failure in CI, where scripts/deps.sh installs them).
#pragma once

#include "skip.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace nwk::test {

struct ReaderRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The program when it is installed and `probe` (arguments) runs with exit code 0; empty
/// otherwise.
inline QString readerProgram(const QString &name, const QStringList &probe)
{
    const QString program = QStandardPaths::findExecutable(name);
    if (program.isEmpty())
        return {};
    QProcess p;
    p.start(program, probe);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return program;
}

/// Rscript when R and the igraph package are installed (Debian: r-base-core, r-cran-igraph).
inline QString rscriptWithIgraph()
{
    return readerProgram(QStringLiteral("Rscript"),
                         {QStringLiteral("-e"), QStringLiteral("library(igraph)")});
}

/// python3 when networkx is installed (Debian: python3-networkx).
inline QString python3WithNetworkx()
{
    return readerProgram(QStringLiteral("python3"),
                         {QStringLiteral("-c"), QStringLiteral("import networkx")});
}

/// Runs `script` (written to `dir`/`scriptName`) with `program`, `arguments` after it.
inline ReaderRun runReader(const QString &program, const QDir &dir, const QString &scriptName,
                           const QString &script, const QStringList &arguments)
{
    ReaderRun run;
    QFile file(dir.filePath(scriptName));
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0) {
        run.err = QStringLiteral("cannot write ") + file.fileName();
        return run;
    }
    file.close();
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(program, QStringList{file.fileName()} + arguments);
    if (!p.waitForFinished(300000)) {
        run.err = QStringLiteral("did not finish: ") + program;
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace nwk::test
