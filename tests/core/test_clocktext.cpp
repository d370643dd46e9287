// SPDX-License-Identifier: GPL-3.0-or-later
// The session clock as text: one formatter serves the notes CSV ("h:mm:ss"), the report
// and the editor's clock ("m:ss" under an hour).
#include "nwk/core/clocktext.h"

#include "stringmakers.h"

#include <catch2/catch.hpp>

using namespace nwk;

TEST_CASE("fullClockText writes hours, minutes and seconds", "[clocktext]")
{
    CHECK(fullClockText(0) == QStringLiteral("0:00:00"));
    CHECK(fullClockText(7'999) == QStringLiteral("0:00:07"));
    CHECK(fullClockText(307'000) == QStringLiteral("0:05:07"));
    CHECK(fullClockText(3'907'000) == QStringLiteral("1:05:07"));
    CHECK(fullClockText(36'000'000 + 59'000) == QStringLiteral("10:00:59"));
    CHECK(fullClockText(-1).isEmpty());
}

TEST_CASE("shortClockText leaves the hours out under an hour", "[clocktext]")
{
    CHECK(shortClockText(0) == QStringLiteral("0:00"));
    CHECK(shortClockText(307'000) == QStringLiteral("5:07"));
    CHECK(shortClockText(3'599'999) == QStringLiteral("59:59"));
    CHECK(shortClockText(3'600'000) == QStringLiteral("1:00:00"));
    CHECK(shortClockText(3'907'000) == QStringLiteral("1:05:07"));
    CHECK(shortClockText(-1).isEmpty());
}

TEST_CASE("stampClockText writes two-digit hours as transcripts stamp them", "[clocktext]")
{
    CHECK(stampClockText(0) == QStringLiteral("00:00:00"));
    CHECK(stampClockText(2472999) == QStringLiteral("00:41:12"));
    CHECK(stampClockText(3907000) == QStringLiteral("01:05:07"));
    CHECK(stampClockText(100 * 3600 * 1000LL) == QStringLiteral("100:00:00"));
    CHECK(stampClockText(-1).isEmpty());
}
