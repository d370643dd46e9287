// SPDX-License-Identifier: GPL-3.0-or-later
// The versions dock lists changes of what the group stated (schema 3) in words.
#include "../../src/editor/research/versionsdock.h"
#include "nwk/core/mapdiff.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/sessiondocument.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace nwk;

TEST_CASE("Versions: changed statements are listed in words", "[annotation][schema3]")
{
    SessionReadResult r = readSessionFile(QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"));
    REQUIRE(r.session);
    Session s = *r.session;
    s.snapshots = {snapshotOf(s, QStringLiteral("sn1"), QStringLiteral("before"),
                              QStringLiteral("2019-03-14T15:00:00Z"))};
    Partner &pa7 = *s.partner(QStringLiteral("pa7"));
    pa7.placement->distanceKind = DistanceKind::Ring;
    pa7.alternatives.erase(pa7.alternatives.begin());
    pa7.voteCount = 3;
    pa7.prioritySource = PrioritySource::Participants;
    s.partner(QStringLiteral("pa9"))->neutralZone = false;
    s.relativePlacements.erase(s.relativePlacements.begin());
    for (Link &l : s.links)
        if (l.id == QLatin1String("l9"))
            l.reciprocity = Reciprocity::Reciprocal;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    SessionDocument doc;
    REQUIRE_FALSE(hasErrors(doc.load(file)));
    VersionsDock dock(&doc);
    const QStringList lines = dock.describeChanges(QStringLiteral("sn1"), QString());
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(
        QStringLiteral("Distance of \u201cLeesproject\u201d: not discussed \u2192 in a ring")));
    CHECK(lines.contains(QStringLiteral("Own placement removed: \u201cLeesproject\u201d by P2")));
    CHECK(lines.contains(QStringLiteral("Votes on \u201cLeesproject\u201d: 2 votes, Teacher 2, "
                                        "\u201ctwee leraren\u201d \u2192 3 votes, Teacher 2, "
                                        "\u201ctwee leraren\u201d")));
    CHECK(lines.contains(
        QStringLiteral("Priority of \u201cLeesproject\u201d now set by the participants")));
    CHECK(lines.contains(QStringLiteral("Out of the neutral zone: \u201cEigen ervaringen\u201d")));
    CHECK(lines.contains(QStringLiteral("Relative placement removed: \u201cKlasCement\u201d "
                                        "further than \u201cCLB\u201d")));
    CHECK(lines.contains(QStringLiteral(
        "Link changed: the school \u2013 \u201cKlasCement\u201d (initiated by the school, "
        "one-sided, the school offers, via \u201cCLB\u201d \u2192 initiated by the school, "
        "reciprocal, the school offers, via \u201cCLB\u201d)")));
}
