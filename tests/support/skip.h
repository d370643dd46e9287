// SPDX-License-Identifier: GPL-3.0-or-later
// The one way a test may leave something unchecked: NWK_SKIP(reason). In CI (the
// environment variable CI set, as .ci/run does) a skip is a failure: a missing tool or
// an impossible condition must not pass silently there. Elsewhere it warns and prints a
// marker line that CTest counts as a skipped test (SKIP_REGULAR_EXPRESSION in
// tests/CMakeLists.txt), and scripts/test.sh prints the count ("N skipped").
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>

#include <cstdio>
#include <sstream>
#include <string>

namespace nwk::test {

/// True when the tests run in CI: CI is set and not "0" or "false".
inline bool inCi()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

/// The line a skipped test prints on stdout; CTest marks the test skipped on it.
inline constexpr const char *kSkipMarker = "NWK-TEST-SKIPPED";

inline void printSkipMarker(const std::string &reason)
{
    std::printf("%s: %s: %s\n", kSkipMarker, Catch::getResultCapture().getCurrentTestName().c_str(),
                reason.c_str());
    std::fflush(stdout);
}

} // namespace nwk::test

/// Leaves the rest of a check undone because `reason` (a stream expression, like
/// INFO's). Fails in CI; elsewhere warns and marks the test skipped. Does not return:
/// follow it with `return;` or put the check in an else branch.
#define NWK_SKIP(reason)                                                                           \
    do {                                                                                           \
        std::ostringstream nwkSkipReason_;                                                         \
        nwkSkipReason_ << reason;                                                                  \
        if (::nwk::test::inCi()) {                                                                 \
            FAIL("not checked, which CI does not allow (CI is set): " << nwkSkipReason_.str());    \
        } else {                                                                                   \
            WARN("skipped: " << nwkSkipReason_.str());                                             \
            ::nwk::test::printSkipMarker(nwkSkipReason_.str());                                    \
        }                                                                                          \
    } while (false)
