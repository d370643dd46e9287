// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for layers that need only Qt Core: one QCoreApplication per executable.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
