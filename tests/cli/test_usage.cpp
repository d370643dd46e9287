// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli: help, version and usage errors.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace nwk::clitest;

TEST_CASE("The top-level --help lists the commands, --version the version", "[cli][usage]")
{
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"validate", "info", "export"})
        CHECK(help.out.contains(QString::fromLatin1(command)));

    const CliResult version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("netwerkkaart-cli " NWK_VERSION));
}

TEST_CASE("each command has its own help", "[cli][usage]")
{
    const CliResult r = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Usage: netwerkkaart-cli export")));
    for (const char *option :
         {"--output", "--width", "--dpi", "--lang", "--anonymise", "--transparent", "--no-legend"})
        CHECK(r.out.contains(QString::fromLatin1(option)));

    const CliResult v = runCli({QStringLiteral("help"), QStringLiteral("validate")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("Usage: netwerkkaart-cli validate")));
}

TEST_CASE("usage errors exit with 2 and say so on stderr", "[cli][usage]")
{
    const CliResult none = runCli({});
    CHECK(none.exitCode == 2);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(QStringLiteral("Usage:")));

    const CliResult unknown = runCli({QStringLiteral("draw")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'draw'")));

    const CliResult option = runCli({QStringLiteral("--frobnicate")});
    CHECK(option.exitCode == 2);
    CHECK(option.err.contains(QStringLiteral("--frobnicate")));
}
