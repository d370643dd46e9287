// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the editor: one QApplication; widgets are driven with QTest events.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetwerkkaartTests"));
    QApplication::setApplicationName(QStringLiteral("netwerkkaart-tests"));
    return Catch::Session().run(argc, argv);
}
