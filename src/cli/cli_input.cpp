// SPDX-License-Identifier: GPL-3.0-or-later
// Reading input files and wording their problems, shared by the commands.
#include "cli.h"

#include "nwk/core/filekind.h"
#include "nwk/core/sessionio.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace nwk::cli {

namespace {
/// Far above any real session (hundreds of partners); guards against reading a huge file.
constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;
/// Standard input, read once (a second "-" in one command gets a message).
std::optional<QByteArray> readStandardInput(QString &error)
{
    static bool consumed = false;
    if (consumed) {
        error = QStringLiteral("%1: standard input can be read only once")
                    .arg(inputName(QStringLiteral("-")));
        return std::nullopt;
    }
    consumed = true;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: cannot read: %2")
                    .arg(inputName(QStringLiteral("-")), in.errorString());
        return std::nullopt;
    }
    QByteArray bytes = in.read(kMaxInputBytes + 1);
    if (bytes.size() > kMaxInputBytes) {
        error = QStringLiteral("%1: too large (over %2 bytes) for a Netwerkkaart file")
                    .arg(inputName(QStringLiteral("-")))
                    .arg(kMaxInputBytes);
        return std::nullopt;
    }
    return bytes;
}

} // namespace

QString inputName(const QString &fileName)
{
    return isStandardInput(fileName) ? QStringLiteral("<stdin>") : fileName;
}

QString inputBaseName(const QString &fileName)
{
    return isStandardInput(fileName) ? QStringLiteral("stdin")
                                     : QFileInfo(fileName).completeBaseName();
}

bool isStandardInput(const QString &fileName)
{
    return fileName == QLatin1String("-");
}

std::optional<QByteArray> readInputFile(const QString &fileName, QString &error)
{
    if (isStandardInput(fileName))
        return readStandardInput(error);
    const QFileInfo info(fileName);
    if (!info.exists() && info.isSymLink()) {
        errno = 0;
        const bool loop =
            ::access(QFile::encodeName(fileName).constData(), F_OK) != 0 && errno == ELOOP;
        error = loop ? QStringLiteral("%1: symbolic link loop (the link never reaches a file)")
                           .arg(fileName)
                     : QStringLiteral("%1: symbolic link to %2, which does not exist")
                           .arg(fileName, info.symLinkTarget());
        return std::nullopt;
    }
    if (!info.exists()) {
        error = QStringLiteral("%1: no such file").arg(fileName);
        return std::nullopt;
    }
    if (info.isDir()) {
        error = QStringLiteral("%1: is a directory, not a file").arg(fileName);
        return std::nullopt;
    }
    if (!info.isFile()) {
        error = QStringLiteral("%1: not a regular file").arg(fileName);
        return std::nullopt;
    }
    if (info.size() > kMaxInputBytes) {
        error = QStringLiteral("%1: too large (%2 bytes) for a Netwerkkaart file")
                    .arg(fileName)
                    .arg(info.size());
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: cannot read: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = QStringLiteral("%1: cannot read: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

QString locatedMessage(const QString &fileName, const Diagnostic &d)
{
    QString text = inputName(fileName);
    if (d.line > 0)
        text += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
    text += QStringLiteral(": ");
    if (d.severity == Diagnostic::Severity::Warning)
        text += QStringLiteral("warning: ");
    if (!d.path.isEmpty())
        text += d.path + QStringLiteral(": ");
    return text + d.message;
}

std::optional<Session> sessionFromBytes(const QString &fileName, const QByteArray &bytes)
{
    if (detectFileKind(bytes) == FileKind::Deck) {
        printErr(QStringLiteral("%1: is a card deck (%2), not a session")
                     .arg(inputName(fileName), QString::fromLatin1(kDeckFormatName)));
        return std::nullopt;
    }
    SessionReadResult result = parseSession(bytes);
    for (const auto &d : result.diagnostics)
        printErr(locatedMessage(fileName, d));
    if (!result.session && !hasErrors(result.diagnostics))
        printErr(QStringLiteral("%1: not a valid session file").arg(inputName(fileName)));
    return std::move(result.session);
}

std::optional<Session> loadSession(const QString &fileName)
{
    QString error;
    const auto bytes = readInputFile(fileName, error);
    if (!bytes) {
        printErr(error);
        return std::nullopt;
    }
    return sessionFromBytes(fileName, *bytes);
}

} // namespace nwk::cli
