// SPDX-License-Identifier: GPL-3.0-or-later
// A copy of a Session shares its collections (sharedvector.h) until one side changes one:
// the copy is O(1), and a change never reaches the other copy.
#include "nwk/core/session.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace nwk;

namespace {

Session sessionWithPartners(int n)
{
    Session s = newSession();
    for (int i = 0; i < n; ++i) {
        Partner p;
        p.id = QStringLiteral("pa%1").arg(i);
        p.label = QStringLiteral("Partner %1").arg(i);
        p.alternatives.push_back({});
        s.partners.push_back(p);
    }
    Link l;
    l.id = QStringLiteral("l1");
    l.from = kSchoolId;
    l.to = QStringLiteral("pa0");
    s.links.push_back(l);
    return s;
}

} // namespace

TEST_CASE("A copy of a session shares its collections until one side changes", "[session-copy]")
{
    Session s = sessionWithPartners(50);
    const Session copy = s; // what the autosave hands to its worker
    const QByteArray bytesAtCopy = serializeSession(copy);

    // Shared: the same elements, not copies of them (std::vector copied them all).
    const Session &cs = s;
    CHECK(copy.partners.data() == cs.partners.data());
    CHECK(copy.links.data() == cs.links.data());
    CHECK(copy.categories.data() == cs.categories.data());
    CHECK(copy == s);

    SECTION("changing an element of the original")
    {
        s.partners[3].label = QStringLiteral("renamed");
        CHECK(copy.partners[3].label == QStringLiteral("Partner 3"));
        CHECK(cs.partners[3].label == QStringLiteral("renamed"));
        CHECK(copy.partners.data() != cs.partners.data());
        CHECK(copy.links.data() == cs.links.data()); // only the changed collection is copied
    }
    SECTION("appending, inserting and erasing")
    {
        s.partners.push_back(Partner{});
        s.links.insert(cs.links.begin(), Link{}); // a position taken while still shared
        s.partners.erase(cs.partners.begin() + 1);
        CHECK(s.partners.size() == 50);
        CHECK(s.partners[1].id == QStringLiteral("pa2"));
        CHECK(s.links.size() == 2);
        CHECK(copy.partners.size() == 50);
        CHECK(copy.partners[1].id == QStringLiteral("pa1"));
        CHECK(copy.links.size() == 1);
    }
    SECTION("erase_if, and through a mutable pointer from a lookup")
    {
        CHECK(erase_if(s.partners, [](const Partner &p) { return p.id == "pa7"; }) == 1);
        s.partner(QStringLiteral("pa8"))->alternatives.clear();
        CHECK(s.partners.size() == 49);
        CHECK(copy.partners.size() == 50);
        CHECK(copy.partner(QStringLiteral("pa7")));
        CHECK(copy.partner(QStringLiteral("pa8"))->alternatives.size() == 1);
    }
    SECTION("changing the copy's copy leaves the original")
    {
        Session second = copy;
        second.partners.front().label = QStringLiteral("other");
        second.links.clear();
        CHECK(s.partners.front().label == QStringLiteral("Partner 0"));
        CHECK(s.links.size() == 1);
    }
    // What the copy holds is what was there at the moment it was taken.
    CHECK(serializeSession(copy) == bytesAtCopy);
}

TEST_CASE("Sessions with equal collections compare equal whether shared or not", "[session-copy]")
{
    const Session a = sessionWithPartners(5);
    Session b = sessionWithPartners(5); // equal values, separate elements
    CHECK(a.partners.data() != std::as_const(b).partners.data());
    CHECK(a == b);
    b.partners[2].label = QStringLiteral("x");
    CHECK_FALSE(a == b);
    Session c;
    CHECK(c.partners.empty());
    CHECK(c.partners.begin() == c.partners.end());
    CHECK_FALSE(c == a);
    c = a;
    CHECK(c == a);
}
