// SPDX-License-Identifier: GPL-3.0-or-later
// The one lookup by id (ids.h) and the Session lookups built on it.
#include "nwk/core/ids.h"
#include "nwk/core/session.h"

#include <catch2/catch.hpp>

using namespace nwk;

TEST_CASE("Objects are found by id, the first of a repeated id wins", "[ids]")
{
    Session s = newSession();
    Partner a;
    a.id = QStringLiteral("pa1");
    a.label = QStringLiteral("first");
    Partner b = a;
    b.label = QStringLiteral("second"); // an (invalid) repeated id
    Partner c;
    c.id = QStringLiteral("pa2");
    s.partners = {c, a, b};

    CHECK(indexOfId(s.partners, QStringLiteral("pa1")) == 1);
    CHECK(indexOfId(s.partners, QStringLiteral("nobody")) == -1);
    REQUIRE(findId(s.partners, QStringLiteral("pa1")));
    CHECK(findId(s.partners, QStringLiteral("pa1"))->label == QStringLiteral("first"));
    CHECK(findId(s.partners, QStringLiteral("nobody")) == nullptr);
    CHECK(s.partner(QStringLiteral("pa1")) == &s.partners[1]);
    findId(s.partners, QStringLiteral("pa2"))->label = QStringLiteral("changed");
    CHECK(s.partners[0].label == QStringLiteral("changed"));

    CHECK(s.categoryIndex(QStringLiteral("zorg")) == 2);
    CHECK(s.categoryIndex(QString()) == -1);
    CHECK(s.category(QStringLiteral("zorg")) == &s.categories[2]);
}
