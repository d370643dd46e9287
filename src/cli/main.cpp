// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli: headless validate / info / export of Netwerkkaart files.
#include "cli.h"

int main(int argc, char *argv[])
{
    return nwk::cli::run(argc, argv);
}
