// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace nwk {

QString writeFileAtomically(const QString &fileName, const QByteArray &data)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    if (fileName.isEmpty())
        return QStringLiteral("cannot save: no file name given");
    const QFileInfo info(fileName);
    if (info.isDir())
        return QStringLiteral("cannot save \"%1\": it is a folder, not a file").arg(shown);
    if (!info.absoluteDir().exists())
        return QStringLiteral("cannot save \"%1\": the folder \"%2\" does not exist")
            .arg(shown, QDir::toNativeSeparators(info.absolutePath()));

    QSaveFile file(fileName);
    // Qt sometimes reports "Unknown error" (e.g. when the temporary file cannot be
    // renamed); the system's errno then says more.
    auto reason = [&file](int systemError) {
        QString e = file.errorString();
        if (e.isEmpty() || e == QLatin1String("Unknown error"))
            e = systemError != 0 ? qt_error_string(systemError) : QStringLiteral("unknown error");
        return e;
    };
    auto fail = [&](int systemError) {
        const QString why = reason(systemError);
        file.cancelWriting();
        return QStringLiteral("cannot save \"%1\": %2").arg(shown, why);
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot save \"%1\": %2").arg(shown, reason(errno));
    errno = 0;
    if (file.write(data) != data.size())
        return fail(errno);
    // Qt 6.4's commit() replaces the old file even when buffered data could not be
    // written (disk full, file-size limit); flushing first surfaces that error.
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(errno);
    errno = 0;
    if (!file.commit())
        return QStringLiteral("cannot save \"%1\": %2").arg(shown, reason(errno));
    return QString();
}

} // namespace nwk
