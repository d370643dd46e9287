// SPDX-License-Identifier: GPL-3.0-or-later
// The text of a PDF as poppler reads it (pdftotext) plus its document information
// (pdfinfo: title, subject, ...), for tests that grep PDFs. poppler-utils is a required
// test dependency (scripts/deps.sh): without it these tests fail, they do not skip.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace nwk::testpdf {

inline QString runPoppler(const char *tool, const QStringList &arguments)
{
    const QString exe = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    INFO(tool << " (Debian package poppler-utils) is a required test dependency");
    REQUIRE_FALSE(exe.isEmpty());
    QProcess proc;
    proc.start(exe, arguments);
    REQUIRE(proc.waitForFinished(120000));
    INFO(QString::fromUtf8(proc.readAllStandardError()).toStdString());
    REQUIRE(proc.exitStatus() == QProcess::NormalExit);
    REQUIRE(proc.exitCode() == 0);
    return QString::fromUtf8(proc.readAllStandardOutput());
}

/// Every page's text and the document information of `pdfFile`.
inline QString pdfText(const QString &pdfFile)
{
    return runPoppler("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfFile,
                                    QStringLiteral("-")}) +
           QLatin1Char('\n') +
           runPoppler("pdfinfo", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfFile});
}

} // namespace nwk::testpdf
