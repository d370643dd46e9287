// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace nwk {

namespace {

#ifdef Q_OS_UNIX
/// What a non-regular file is, for messages ("a FIFO", "a character device", ...).
QString kindOf(mode_t mode)
{
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

/// Writes `data` straight into a character device or FIFO: no temporary file, no rename,
/// so the device node itself is never replaced. A FIFO nobody reads is refused, not waited for.
QString writeStream(const QString &fileName, const QString &shown, mode_t mode,
                    const QByteArray &data)
{
    const QByteArray path = QFile::encodeName(fileName);
    int flags = O_WRONLY | O_CLOEXEC | O_NOCTTY;
    if (S_ISFIFO(mode))
        flags |= O_NONBLOCK; // open() of a FIFO without a reader would block for ever
    const int fd = ::open(path.constData(), flags);
    if (fd < 0) {
        const int e = errno;
        if (e == ENXIO)
            return QStringLiteral("cannot write \"%1\": it is a FIFO (named pipe) and no program "
                                  "is reading from it")
                .arg(shown);
        return QStringLiteral("cannot write \"%1\": %2").arg(shown, qt_error_string(e));
    }
    if (S_ISFIFO(mode))
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int e = n < 0 ? errno : EIO;
            ::close(fd);
            return QStringLiteral("cannot write \"%1\": %2").arg(shown, qt_error_string(e));
        }
        p += n;
        left -= n;
    }
    if (::close(fd) != 0)
        return QStringLiteral("cannot write \"%1\": %2").arg(shown, qt_error_string(errno));
    return QString();
}
#endif

/// The atomic write of a regular (or new) file through QSaveFile.
QString writeRegular(const QString &fileName, const QString &shown, const QByteArray &data)
{
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

} // namespace

QString writeFileAtomically(const QString &fileName, const QByteArray &data, SpecialFiles special)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    if (fileName.isEmpty())
        return QStringLiteral("cannot save: no file name given");
    const QFileInfo info(fileName);
    if (info.isDir())
        return QStringLiteral("cannot save \"%1\": it is a folder, not a file").arg(shown);
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(fileName).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        const bool stream = S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
        if (stream && special == SpecialFiles::WriteInto)
            return writeStream(fileName, shown, st.st_mode, data);
        return QStringLiteral("cannot save \"%1\": it is %2, not a regular file; nothing was "
                              "written")
            .arg(shown, kindOf(st.st_mode));
    }
#endif
    if (!info.absoluteDir().exists())
        return QStringLiteral("cannot save \"%1\": the folder \"%2\" does not exist")
            .arg(shown, QDir::toNativeSeparators(info.absolutePath()));
    return writeRegular(fileName, shown, data);
}

} // namespace nwk
