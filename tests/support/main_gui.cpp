// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the render layer: one QGuiApplication (fonts, images, SVG).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
