// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled example session (resources/examples/basisschool-1.nwk), as tests read it.
#pragma once

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

namespace nwk::testdata {

inline QString exampleSessionFile()
{
    return QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk");
}

/// The example as the reader gives it; the test fails when it cannot be read.
inline Session exampleSession()
{
    const SessionReadResult r = readSessionFile(exampleSessionFile());
    REQUIRE(r.session);
    return *r.session;
}

} // namespace nwk::testdata
