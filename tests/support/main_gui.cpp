// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the render layer: one QGuiApplication (fonts, images, SVG).
#define CATCH_CONFIG_RUNNER
#include "testhome.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    const QTemporaryDir home(nwk::test::homeTemplate());
    if (!nwk::test::useOwnHome(home))
        return 2;
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
