// SPDX-License-Identifier: GPL-3.0-or-later
// What every reader of the core does first: take a file's bytes safely, and parse a
// JSON document whose top level is an object.
#include "io/jsonutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace nwk::io {

std::optional<Json> parseJsonObject(const QByteArray &bytes, Problems &problems,
                                    const std::vector<SessionLimit> *limits)
{
    std::optional<Json> doc = parseJsonText(bytes, problems, limits);
    if (doc && !doc->is_object()) {
        problems.error(std::string(),
                       QStringLiteral("expected a JSON object at the top level, found %1")
                           .arg(describeType(*doc)));
        doc.reset();
    }
    return doc;
}

QString brokenLinkReason(const QString &fileName)
{
    errno = 0;
    const bool loop =
        ::access(QFile::encodeName(fileName).constData(), F_OK) != 0 && errno == ELOOP;
    if (loop)
        return QStringLiteral("it is a symbolic link in a loop of links (it never reaches a file)");
    return QStringLiteral("it is a symbolic link to \"%1\", which does not exist")
        .arg(QDir::toNativeSeparators(QFileInfo(fileName).symLinkTarget()));
}

std::optional<QByteArray> readInputFile(const QString &fileName, QString &error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    const QFileInfo info(fileName);
    if (fileName.startsWith(QLatin1Char(':'))) {
        // A Qt resource: QFileInfo works, the regular-file checks do not apply.
    } else if (!info.exists() && info.isSymLink()) {
        error = QStringLiteral("cannot open \"%1\": %2").arg(shown, brokenLinkReason(fileName));
        return std::nullopt;
    } else if (!info.exists()) {
        error = QStringLiteral("cannot open \"%1\": the file does not exist").arg(shown);
        return std::nullopt;
    } else if (info.isDir()) {
        error = QStringLiteral("cannot open \"%1\": it is a folder, not a file").arg(shown);
        return std::nullopt;
    } else if (!info.isFile()) {
        error = QStringLiteral("cannot open \"%1\": not a regular file").arg(shown);
        return std::nullopt;
    } else if (info.size() > kMaxFileBytes) {
        error = QStringLiteral("cannot open \"%1\": the file is too large (%2 MiB; at most %3 MiB)")
                    .arg(shown)
                    .arg(info.size() / (1024 * 1024))
                    .arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot open \"%1\": %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    // One byte more than allowed, so that parseJsonText() sees a file that grew.
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error = QStringLiteral("cannot read \"%1\": %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace nwk::io
