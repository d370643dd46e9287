// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the editor: one QApplication; widgets are driven with QTest events.
#define CATCH_CONFIG_RUNNER
#include "testhome.h"

#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    const QTemporaryDir home(nwk::test::homeTemplate());
    if (!nwk::test::useOwnHome(home))
        return 2;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetwerkkaartTests"));
    QApplication::setApplicationName(QStringLiteral("netwerkkaart-tests"));
    return Catch::Session().run(argc, argv);
}
