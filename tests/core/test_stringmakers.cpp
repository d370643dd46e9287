// SPDX-License-Identifier: GPL-3.0-or-later
// A failed comparison prints the values (tests/support/stringmakers.h, included in every
// test source): what CHECK(a == b) shows when it fails, for the Qt and model types the
// tests compare.
#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <sstream>

namespace {

/// The text Catch2 reports for CHECK(lhs == rhs) when it fails.
template <typename L, typename R> std::string reported(const L &lhs, const R &rhs)
{
    const auto expression = Catch::Decomposer() <= lhs == rhs;
    std::ostringstream out;
    // What the reporter calls (public in the base, private in BinaryExpr).
    static_cast<const Catch::ITransientExpression &>(expression).streamReconstructedExpression(out);
    std::string text = out.str(); // long values go on lines of their own: one line here
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

} // namespace

TEST_CASE("A failed comparison of Qt values prints both values", "[support][stringmaker]")
{
    CHECK(reported(QStringList{QStringLiteral("Ann"), QStringLiteral("Ann Janssens")},
                   QStringList{QStringLiteral("Ann")}) == R"(["Ann", "Ann Janssens"] == ["Ann"])");
    CHECK(reported(QStringLiteral("één"), QStringLiteral("twee")) == R"("één" == "twee")");
    CHECK(reported(QByteArray("abc"), QByteArray("a\nb\\", 4)) ==
          R"("abc" (3 bytes) == "a\x0ab\\" (4 bytes))");
    CHECK(reported(QPointF(1.5, -2), QPointF(1.5, 2)) == "QPointF(1.5, -2) == QPointF(1.5, 2)");
    CHECK(reported(QRectF(0, 1, 20, 10.25), QRectF()) ==
          "QRectF(0, 1 20 x 10.25) == QRectF(0, 0 0 x 0)");
    CHECK(reported(QSizeF(3, 4), QSizeF(4, 3)) == "QSizeF(3 x 4) == QSizeF(4 x 3)");
    CHECK(reported(QVariant(12), QVariant()) == R"(QVariant(int, "12") == QVariant(invalid))");
    CHECK(reported(QJsonValue(QJsonObject{{QStringLiteral("ring"), -1}}), QJsonValue(true)) ==
          R"({"ring":-1} == true)");
    CHECK(reported(std::optional<nwk::Placement>(nwk::Placement{0.25, 90}),
                   std::optional<nwk::Placement>()) ==
          "Placement{distance 0.25, angle 90} == nullopt");
}
