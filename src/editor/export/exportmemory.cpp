// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace nwk::exportmemory {

namespace {

QString folderKey(const char *kind, bool anonymised)
{
    return QStringLiteral("export/%1/%2")
        .arg(QLatin1String(kind),
             anonymised ? QStringLiteral("dirAnonymised") : QStringLiteral("dirPlain"));
}

} // namespace

QString anonymisedSuffix()
{
    return QCoreApplication::translate("nwk::ExportMemory", "-anonymised",
                                       "appended to the suggested name of anonymised exports");
}

QString suggestedFolder(const char *kind, const QString &sessionFile, bool anonymised)
{
    const QString remembered = QSettings().value(folderKey(kind, anonymised)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    if (!sessionFile.isEmpty())
        return QFileInfo(sessionFile).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString suggestedBaseName(const QString &sessionFile, bool anonymised)
{
    const QString base = sessionFile.isEmpty() ? QStringLiteral("netwerkkaart")
                                               : QFileInfo(sessionFile).completeBaseName();
    return anonymised ? base + anonymisedSuffix() : base;
}

void rememberFolder(const char *kind, bool anonymised, const QString &folder)
{
    QSettings().setValue(folderKey(kind, anonymised), QDir::fromNativeSeparators(folder));
}

} // namespace nwk::exportmemory
