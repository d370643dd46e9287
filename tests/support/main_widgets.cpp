// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the editor: one QApplication; widgets are driven with QTest events.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Each test process gets its own settings, data and cache folders (also inherited by
    // the programs a test starts), so no test sees what an earlier one saved: window
    // layout, interface language, recent files, recovery files.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/netwerkkaart-test-home-XXXXXX"));
    if (!home.isValid())
        return 2;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, (home.path() + QLatin1Char('/') + QLatin1String(name)).toUtf8());
    qputenv("QT_QPA_PLATFORM",
            qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetwerkkaartTests"));
    QApplication::setApplicationName(QStringLiteral("netwerkkaart-tests"));
    return Catch::Session().run(argc, argv);
}
