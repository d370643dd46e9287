// SPDX-License-Identifier: GPL-3.0-or-later
// The test runners' own home: each test process gets its own settings, data and cache
// folders (also inherited by the programs a test starts), so no test sees what an earlier
// one saved: window layout, interface language, recent files, recovery files.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QTemporaryDir>

namespace nwk::test {

/// Points the XDG folders into `home` and makes the offscreen platform the default;
/// false when the folder could not be made.
inline bool useOwnHome(const QTemporaryDir &home)
{
    if (!home.isValid())
        return false;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, (home.path() + QLatin1Char('/') + QLatin1String(name)).toUtf8());
    qputenv("QT_QPA_PLATFORM",
            qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    return true;
}

inline QString homeTemplate()
{
    return QDir::tempPath() + QStringLiteral("/netwerkkaart-test-home-XXXXXX");
}

} // namespace nwk::test
