// SPDX-License-Identifier: GPL-3.0-or-later
// A failed comparison of colours prints them (tests/support/stringmakers.h; the Qt Core
// types are checked in tests/core/test_stringmakers.cpp).
#include <catch2/catch.hpp>

#include <QColor>

#include <sstream>

TEST_CASE("A failed comparison of colours prints both colours", "[support][stringmaker]")
{
    // Named: the expression holds references to its operands.
    const QColor red(255, 0, 0);
    const QColor blue(0, 0, 255, 128);
    const auto expression = Catch::Decomposer() <= red == blue;
    std::ostringstream out;
    // What the reporter calls (public in the base, private in BinaryExpr).
    static_cast<const Catch::ITransientExpression &>(expression).streamReconstructedExpression(out);
    CHECK(out.str() == "QColor(#ffff0000) == QColor(#800000ff)");
}
