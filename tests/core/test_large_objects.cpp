// SPDX-License-Identifier: GPL-3.0-or-later
// Large objects and lists (docs/performance.md): the reader and the validator switch from
// searching to hashing past a few members; messages and paths stay the same either way.
#include <catch2/catch.hpp>

#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

using namespace nwk;

namespace {

/// "path: message" of each diagnostic (where in the text is checked on its own).
QStringList messages(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.path + QStringLiteral(": ") + d.message;
    return out;
}

/// A saved session with two partners; partner 1's "id" line is replaced by `members`.
QByteArray withPartnerMembers(const QByteArray &members)
{
    Session s = newSession();
    for (const char *id : {"pa1", "pa2"}) {
        Partner p;
        p.id = QString::fromLatin1(id);
        p.label = p.id.toUpper();
        p.placement = Placement{0.5, 10.0};
        s.partners.push_back(p);
    }
    QByteArray text = serializeSession(s);
    const QByteArray idLine = "\"id\": \"pa2\",";
    REQUIRE(text.count(idLine) == 1);
    return text.replace(idLine, members);
}

/// `count` unknown members x0, x1, ... of partner 1, then `extra`.
QByteArray manyMembers(int count, const QByteArray &extra)
{
    QByteArray members = "\"id\": \"pa2\",";
    for (int i = 0; i < count; ++i)
        members += "\"x" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    return members + extra;
}

} // namespace

TEST_CASE("a duplicate key is found in small and large objects, at its object's path",
          "[sessionio][performance]")
{
    for (int count : {0, 3, 15, 16, 17, 40}) {
        INFO(count << " other members");
        const SessionReadResult r =
            parseSession(withPartnerMembers(manyMembers(count, "\"x1\": 1, \"id\": \"again\",")));
        CHECK_FALSE(r.session);
        const QStringList m = messages(r.diagnostics);
        CHECK(m.contains(QStringLiteral("/partners/1: duplicate key \"id\"")));
        CHECK(m.contains(QStringLiteral("/partners/1: duplicate key \"x1\"")) == (count > 1));
    }
}

TEST_CASE("a duplicate key deep in arrays and objects names the right element",
          "[sessionio][performance]")
{
    const QByteArray text =
        withPartnerMembers("\"id\": \"pa2\", \"x\": [1, {\"a\": [{}, {\"b\": 1, \"b\": 2}]}],");
    const SessionReadResult r = parseSession(text);
    CHECK_FALSE(r.session);
    CHECK(messages(r.diagnostics) ==
          QStringList{QStringLiteral("/partners/1/x/1/a/1: duplicate key \"b\"")});
    // Located at the second "b": its line, and its column on that line.
    REQUIRE(r.diagnostics.size() == 1);
    const qsizetype at = text.indexOf("\"b\": 2");
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    CHECK(r.diagnostics.front().line == text.left(at).count('\n') + 1);
    CHECK(r.diagnostics.front().column == at - lineStart + 1);
}

TEST_CASE("a long list of references reports each repeat once, with its index",
          "[validation][performance]")
{
    Session s = newSession();
    QStringList members;
    for (int i = 0; i < 30; ++i) {
        Partner p;
        p.id = QStringLiteral("pa%1").arg(i);
        s.partners.push_back(p);
        members << p.id;
    }
    Group g;
    g.id = QStringLiteral("g1");
    g.members = members;
    g.members << QStringLiteral("pa3") << QStringLiteral("nobody") << QStringLiteral("pa3");
    s.groups.push_back(g);
    Group small;
    small.id = QStringLiteral("g2");
    small.members = {QStringLiteral("pa1"), QStringLiteral("pa2"), QStringLiteral("pa1")};
    s.groups.push_back(small);
    s.partners[7].id = QStringLiteral("pa6"); // a duplicate id: the first use is named
    CHECK(messages(validate(s)) ==
          QStringList{
              QStringLiteral("/partners/7/id: duplicate id \"pa6\" (also used at /partners/6/id)"),
              QStringLiteral("/groups/0/members/7: unknown partner \"pa7\""),
              QStringLiteral("/groups/0/members/30: partner \"pa3\" is listed twice"),
              QStringLiteral("/groups/0/members/31: unknown partner \"nobody\""),
              QStringLiteral("/groups/0/members/32: partner \"pa3\" is listed twice"),
              QStringLiteral("/groups/1/members/2: partner \"pa1\" is listed twice"),
          });
}
