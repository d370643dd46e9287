// SPDX-License-Identifier: GPL-3.0-or-later
// The natural order of ids (the label layout's order, so where labels go): the fast
// comparison must order exactly as the first, allocating version did.
#include "../../src/render/render_p.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <random>

namespace {

/// naturalLess as it was first written (substrings and QString::toULongLong()).
bool referenceLess(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int ie = i;
            int je = j;
            while (ie < a.size() && a.at(ie).isDigit())
                ++ie;
            while (je < b.size() && b.at(je).isDigit())
                ++je;
            const QString na = a.mid(i, ie - i);
            const QString nb = b.mid(j, je - j);
            if (na.toULongLong() != nb.toULongLong())
                return na.toULongLong() < nb.toULongLong();
            if (na.size() != nb.size())
                return na.size() < nb.size();
            i = ie;
            j = je;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b;
}

} // namespace

TEST_CASE("naturalLess: pa2 before pa10, as the first version ordered", "[labels]")
{
    using nwk::detail::naturalLess;
    CHECK(naturalLess(QStringLiteral("pa2"), QStringLiteral("pa10")));
    CHECK_FALSE(naturalLess(QStringLiteral("pa10"), QStringLiteral("pa2")));
    CHECK(naturalLess(QStringLiteral("pa7"), QStringLiteral("pa007")));
    CHECK(naturalLess(QStringLiteral("pa"), QStringLiteral("pa1")));

    // Ids built from pieces that meet every branch: letters, ASCII digits with and
    // without leading zeros, runs too long for 64 bits, digits of other scripts
    // (Arabic-Indic, full-width), accents and case.
    const QStringList pieces = {QStringLiteral("pa"),
                                QStringLiteral("p"),
                                QStringLiteral("-"),
                                QStringLiteral("0"),
                                QStringLiteral("7"),
                                QStringLiteral("007"),
                                QStringLiteral("10"),
                                QStringLiteral("99"),
                                QStringLiteral("18446744073709551615"),
                                QStringLiteral("18446744073709551616"),
                                QStringLiteral("99999999999999999999999"),
                                QString(QChar(0x0663)),
                                QString(QChar(0xFF15)),
                                QStringLiteral("\u00e9"),
                                QStringLiteral("A"),
                                QStringLiteral("a"),
                                QString()};
    std::mt19937 random(20261128);
    std::uniform_int_distribution<int> pick(0, static_cast<int>(pieces.size()) - 1);
    std::uniform_int_distribution<int> length(0, 5);
    QStringList ids;
    for (int n = 0; n < 600; ++n) {
        QString id;
        for (int k = length(random); k > 0; --k)
            id += pieces.at(pick(random));
        ids << id;
    }
    for (int x = 0; x < ids.size(); ++x)
        for (int y = x % 3; y < ids.size(); y += 3) {
            INFO(ids.at(x).toStdString() << " / " << ids.at(y).toStdString());
            REQUIRE(naturalLess(ids.at(x), ids.at(y)) == referenceLess(ids.at(x), ids.at(y)));
        }
}
