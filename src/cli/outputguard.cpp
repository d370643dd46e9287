// SPDX-License-Identifier: GPL-3.0-or-later
// The checks every output path passes before a command writes anything: never over one
// of its inputs, never over a Netwerkkaart session, never by replacing a device or FIFO.
#include "cli.h"

#include "nwk/core/atomicfile.h"
#include "nwk/core/filekind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace nwk::cli {

namespace {

/// True when `a` and `b` name the same existing file (symbolic and hard links included).
bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa {
    }, sb{};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#else
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
#endif
}

} // namespace

bool isStandardOutput(const QString &fileName)
{
    return fileName == QLatin1String("-");
}

bool isStreamTarget(const QString &fileName)
{
    if (isStandardOutput(fileName))
        return true;
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(fileName).constData(), &st) != 0)
        return false;
    return S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
#else
    return false;
#endif
}

QString outputRefusal(const QString &output, const QStringList &inputs, bool force)
{
    if (isStandardOutput(output) || force)
        return {};
    for (const QString &input : inputs)
        if (sameFile(output, input) ||
            QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath())
            return QStringLiteral("%1: refusing to write over an input file (%2); choose "
                                  "another output, or give --force")
                .arg(output, input);
    if (fileKindOf(output) == FileKind::Session)
        return QStringLiteral("%1: refusing to write over a Netwerkkaart session; choose "
                              "another output, or give --force")
            .arg(output);
    if (QFileInfo(output).suffix().compare(QLatin1String("nwk"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("%1: refusing to write a file named .nwk, which would look like a "
                              "session; choose another output, or give --force")
            .arg(output);
    return {};
}

QString deliverOutput(const QString &output, const QByteArray &bytes)
{
    if (!isStandardOutput(output))
        return writeFileAtomically(output, bytes, SpecialFiles::WriteInto);
    std::fflush(stdout);
    if (std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout) !=
            static_cast<std::size_t>(bytes.size()) ||
        std::fflush(stdout) != 0)
        return QStringLiteral("cannot write to standard output");
    return {};
}

QString streamThroughTemporaryFile(const QString &output, const QString &suffix,
                                   const std::function<QString(const QString &)> &write)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
    const QString temporary = dir.filePath(QStringLiteral("output") + suffix);
    if (QString error = write(temporary); !error.isEmpty())
        return error.replace(temporary, output);
    QFile file(temporary);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read back the temporary output: %1").arg(file.errorString());
    return deliverOutput(output, file.readAll());
}

} // namespace nwk::cli
