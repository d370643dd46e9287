// SPDX-License-Identifier: GPL-3.0-or-later
// Reading input files and wording their problems, shared by the commands.
#include "cli.h"

#include "nwk/core/filekind.h"
#include "nwk/core/sessionio.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace nwk::cli {

namespace {
/// Far above any real session (hundreds of partners); guards against reading a huge file.
constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;
} // namespace

std::optional<QByteArray> readInputFile(const QString &fileName, QString &error)
{
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
    QString text = fileName;
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
                     .arg(fileName, QString::fromLatin1(kDeckFormatName)));
        return std::nullopt;
    }
    SessionReadResult result = parseSession(bytes);
    for (const auto &d : result.diagnostics)
        printErr(locatedMessage(fileName, d));
    if (!result.session && !hasErrors(result.diagnostics))
        printErr(QStringLiteral("%1: not a valid session file").arg(fileName));
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
