// SPDX-License-Identifier: GPL-3.0-or-later
// The session's limits (docs/file-format.md, "Limits"): a file over one is refused while
// it is parsed, with a located message, before the session is built; validate() reports
// a session over one. (A file of a million partners took 15.5 s and 1.09 GB to validate.)
#include <catch2/catch.hpp>

#include "nwk/core/limits.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

using namespace nwk;

namespace {

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out;
}

/// A session file whose top level has `members` (JSON text) after the header.
QByteArray sessionText(const QByteArray &members)
{
    return R"({"format": "netwerkkaart-session", "schemaVersion": 2)" +
           (members.isEmpty() ? QByteArray() : ", " + members) + "}";
}

/// `count` copies of `element`, comma-separated, in brackets.
QByteArray array(const QByteArray &element, int count)
{
    QByteArray out;
    out.reserve((element.size() + 1) * count + 2);
    out += '[';
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += element;
    }
    return out + ']';
}

std::size_t limitOf(const char *key)
{
    for (const SessionLimit &l : sessionLimits())
        if (qstrcmp(l.key, key) == 0)
            return l.max;
    FAIL("no limit for " << key);
    return 0;
}

} // namespace

TEST_CASE("Limits: a file of a million partners is refused with a located message",
          "[sessionio][limits]")
{
    // Built as text: about 40 MB, under the 64 MiB read limit.
    QByteArray partners;
    constexpr int kCount = 1000000;
    partners.reserve(kCount * 40);
    partners += "\"partners\": [";
    for (int i = 0; i < kCount; ++i) {
        if (i > 0)
            partners += ',';
        partners += "{\"id\": \"pa" + QByteArray::number(i) + "\", \"label\": \"P\"}";
    }
    partners += ']';
    const SessionReadResult r = parseSession(sessionText(partners));
    CHECK_FALSE(r.session);
    CHECK(
        messages(r.diagnostics) ==
        QStringList{QStringLiteral("/partners: 1000000 partners, more than the maximum of 20000")});
}

TEST_CASE("Limits: an array at its limit is read, one more is refused", "[sessionio][limits]")
{
    const int rings = static_cast<int>(limitOf("rings"));
    const QByteArray ring = R"({"labelNl": "r"})";
    const SessionReadResult atLimit = parseSession(sessionText("\"rings\": " + array(ring, rings)));
    INFO(messages(atLimit.diagnostics).join(u'\n').toStdString());
    REQUIRE(atLimit.session);
    CHECK(static_cast<int>(atLimit.session->rings.size()) == rings);

    const SessionReadResult over =
        parseSession(sessionText("\"rings\": " + array(ring, rings + 1)));
    CHECK_FALSE(over.session);
    CHECK(messages(over.diagnostics) ==
          QStringList{QStringLiteral("/rings: %1 rings, more than the maximum of %2")
                          .arg(rings + 1)
                          .arg(rings)});
}

TEST_CASE("Limits: snapshots have the map's limits, each and together", "[sessionio][limits]")
{
    const int rings = static_cast<int>(limitOf("rings"));
    const QByteArray ring = R"({"labelNl": "r"})";
    // One snapshot over the limit: located at the snapshot's array.
    const QByteArray oneOver = "{\"id\": \"s1\", \"rings\": " + array(ring, rings + 1) + "}";
    const SessionReadResult each =
        parseSession(sessionText("\"snapshots\": [{\"id\": \"s0\"}, " + oneOver + "]"));
    CHECK_FALSE(each.session);
    CHECK(messages(each.diagnostics)
              .contains(QStringLiteral("/snapshots/1/rings: %1 rings, more than the maximum of %2")
                            .arg(rings + 1)
                            .arg(rings)));

    // Categories: 100 in each of 11 snapshots is over the 1,000 of the file.
    const QByteArray snapshot =
        "{\"id\": \"s\", \"categories\": " + array(R"({"id": "c"})", 100) + "}";
    const SessionReadResult total =
        parseSession(sessionText("\"snapshots\": " + array(snapshot, 11)));
    CHECK_FALSE(total.session);
    CHECK(messages(total.diagnostics) ==
          QStringList{QStringLiteral("/snapshots: 1100 categories in the map and its snapshots "
                                     "together, more than the maximum of 1000")});
}

TEST_CASE("Limits: validate() reports a session over a limit", "[validation][limits]")
{
    Session s = newSession();
    const std::size_t max = limitOf("rings");
    s.rings.resize(max);
    CHECK(messages(validate(s)).filter(QStringLiteral("maximum")).isEmpty());
    s.rings.resize(max + 1);
    CHECK(
        messages(validate(s)) ==
        QStringList{
            QStringLiteral("/rings: %1 rings, more than the maximum of %2").arg(max + 1).arg(max)});
}
