// SPDX-License-Identifier: GPL-3.0-or-later
// `info` and `measures` on a session using schema 3: distances not discussed are never a
// ring, the neutral zone has its own row, votes and researcher-inferred priorities apart.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace nwk;
using namespace nwk::clitest;

namespace {

QString run(const char *command)
{
    const CliResult r =
        runCli({QString::fromLatin1(command), QStringLiteral(NWK_TEST_DATA "/golden/full.nwk")});
    INFO(r.err.toStdString());
    REQUIRE(r.normalExit);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("info counts a distance not discussed apart from the rings, and the neutral zone",
          "[cli][info][schema3]")
{
    const QString out = run("info");
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Partners (9: 6 placed, 3 unplaced)")));
    const QStringList header = linesStartingWith(out, QStringLiteral("  Category"));
    REQUIRE(header.size() == 1);
    CHECK(header.first().simplified() ==
          QStringLiteral("Category close in between far ring 4 not discussed unplaced total"));
    // Aanbod: pa8 in the school (innermost), pa4 far out, pa7 distance not discussed.
    const QStringList aanbod =
        linesStartingWith(out, QStringLiteral("  Pedagogical-didactic offer"));
    REQUIRE(aanbod.size() == 1);
    CHECK(aanbod.first().simplified().endsWith(QStringLiteral("1 0 0 1 1 0 3")));
    const QStringList zone = linesStartingWith(out, QStringLiteral("  (no category yet)"));
    REQUIRE(zone.size() == 1);
    CHECK(zone.first().simplified() == QStringLiteral("(no category yet) 0 0 0 0 0 1 1"));
    CHECK(out.contains(QStringLiteral("Distance not discussed: 1 of 6 placed (in no ring)")));
    CHECK(out.contains(QStringLiteral("Neutral zone (no category yet): 1")));
}

TEST_CASE("measures reports distances not discussed, votes and researcher-inferred "
          "priorities apart",
          "[cli][measures][schema3]")
{
    const QString out = run("measures");
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Distance not discussed: 1 of 6 placed (in no ring)")));
    CHECK(
        linesStartingWith(out, QStringLiteral("  Mean distance (stated)")).value(0).simplified() ==
        QStringLiteral("Mean distance (stated) 0.437"));
    CHECK(linesStartingWith(out, QStringLiteral("  Marks (participants)")).value(0).simplified() ==
          QStringLiteral("Marks (participants) 2"));
    CHECK(linesStartingWith(out, QStringLiteral("  Researcher-inferred priorities"))
              .value(0)
              .simplified() == QStringLiteral("Researcher-inferred priorities 1"));
    CHECK(out.contains(QStringLiteral("Researcher-inferred priorities (not counted above)")));
    CHECK(linesStartingWith(out, QStringLiteral("  Leesproject")).size() >= 2);
}
