// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptfiles.h"

#include "nwk/core/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace nwk {

namespace {

QByteArray contents(const QString &path, bool *ok, QString *error = nullptr)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    if (!*ok && error)
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.errorString());
    return *ok ? f.readAll() : QByteArray();
}

} // namespace

QString transcriptPath(const QString &sessionFile, const QString &relative)
{
    return QDir::cleanPath(QFileInfo(sessionFile).absoluteDir().filePath(relative));
}

PlacedTranscript placeBesideSession(const QString &chosen, const QString &sessionFile)
{
    PlacedTranscript placed;
    const QDir folder = QFileInfo(sessionFile).absoluteDir();
    const QString source = QFileInfo(chosen).absoluteFilePath();
    const QString relative = folder.relativeFilePath(source);
    if (!relative.startsWith(QLatin1String("../")) && !QDir::isAbsolutePath(relative)) {
        placed.relative = relative;
        return placed;
    }
    bool ok = false;
    const QByteArray bytes = contents(source, &ok, &placed.error);
    if (!ok)
        return placed;
    const QFileInfo info(source);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1; n < 1000; ++n) {
        const QString name =
            n == 1 ? info.fileName() : QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
        const QString target = folder.filePath(name);
        if (QFileInfo::exists(target)) {
            bool same = false;
            if (contents(target, &same) == bytes && same) {
                placed.relative = name;
                return placed;
            }
            continue; // never overwrite a different file
        }
        placed.error = writeFileAtomically(target, bytes);
        if (placed.error.isEmpty()) {
            placed.relative = name;
            placed.copied = true;
        }
        return placed;
    }
    placed.error = QStringLiteral("%1: no free name beside the session").arg(info.fileName());
    return placed;
}

QString clockText(qint64 ms, bool withMs)
{
    const QString sign = ms < 0 ? QStringLiteral("-") : QString();
    const qint64 a = ms < 0 ? -ms : ms;
    const qint64 s = a / 1000;
    QString text = QStringLiteral("%1%2:%3:%4")
                       .arg(sign)
                       .arg(s / 3600)
                       .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (withMs && a % 1000 != 0)
        text += QStringLiteral(".%1").arg(a % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

std::optional<qint64> parseClockText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*([+-]?)\s*(?:(?:(\d{1,3}):)?(\d{1,2}):)?(\d{1,6})(?:[.,](\d{1,3}))?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool colons = m.capturedLength(3) > 0;
    const qint64 seconds = m.captured(4).toLongLong();
    if (colons && seconds > 59)
        return std::nullopt;
    if (m.capturedLength(2) > 0 && m.captured(3).toLongLong() > 59)
        return std::nullopt;
    QString fraction = m.captured(5);
    while (fraction.size() < 3)
        fraction += QLatin1Char('0');
    const qint64 ms =
        ((m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong()) * 60 + seconds) * 1000 +
        fraction.toLongLong();
    return m.captured(1) == QLatin1String("-") ? -ms : ms;
}

} // namespace nwk
