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

/// The text of each page of `pdfFile` (pdftotext ends every page with a form feed), every
/// run of white space one space, ligatures as their letters (NFKC: "\ufb01" is "fi").
inline QStringList pdfPages(const QString &pdfFile)
{
    const QString text = runPoppler("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                  pdfFile, QStringLiteral("-")});
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.normalized(QString::NormalizationForm_KC).simplified();
    return pages;
}

/// The words (three letters or more) of `texts` that are not a word of `pageText`:
/// labels may wrap over lines, so each word is looked for on its own.
inline QStringList wordsNotIn(const QString &pageText, const QStringList &texts)
{
    const QStringList have = pageText.split(QLatin1Char(' '));
    QStringList missing;
    for (const QString &text : texts)
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.size() >= 3 && !have.contains(word))
                missing << word;
    return missing;
}

} // namespace nwk::testpdf
