// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report lists what the group stated (schema 3): distances not discussed
// as such (never under a ring), participants' own and former placements in the
// partner's entry, researcher-inferred priorities marked and kept apart.
#include "nwk/core/sessionio.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace nwk;

namespace {

Session full()
{
    SessionReadResult r = readSessionFile(QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"));
    REQUIRE(r.session.has_value());
    return *r.session;
}

QString html(bool anonymise)
{
    ReportOptions o;
    o.language = QStringLiteral("en");
    o.anonymise = anonymise;
    return reportHtml(full(), builtinDeck(QStringLiteral("en")), o);
}

} // namespace

TEST_CASE("report: a distance not discussed is listed as such, never under a ring; in the "
          "school is in the innermost ring",
          "[render][report][schema3]")
{
    const QString h = html(false);
    INFO(h.toStdString());
    CHECK(h.contains(QStringLiteral("<li><b>distance not discussed</b>: Leesproject</li>")));
    const QRegularExpression listed(QStringLiteral("<li><b>[^<]*</b>: [^<]*Leesproject"));
    CHECK(h.count(listed) == 1);
    CHECK(h.contains(QStringLiteral("<li><b>close</b>: Pedagogisch begeleider, Databank</li>")));
    CHECK(h.contains(QStringLiteral("Distance: distance not discussed")));
    CHECK(h.contains(QStringLiteral("Distance: in the school")));
    CHECK(
        h.contains(QStringLiteral("<h4>No category yet</h4>\n<ul>\n<li><b>Eigen ervaringen</b>")));
}

TEST_CASE("report: the partner's entry names who placed it otherwise and where it used to be",
          "[render][report][schema3]")
{
    const QString h = html(false);
    INFO(h.toStdString());
    CHECK(h.contains(QStringLiteral("Placed otherwise by: P2 directeur: close (0.20) "
                                    "(\u201cvoor mij heel dicht\u201d); unknown: on the school")));
    CHECK(h.contains(QStringLiteral("Formerly: close (0.10), tot 2018, nieuwe directie")));
    CHECK(h.contains(QStringLiteral("Votes: 4, teacher 2, \u201ctwee leraren\u201d")));
    // Anonymised: the role only, never the code.
    const QString anonymous = html(true);
    CHECK(anonymous.contains(QStringLiteral("Placed otherwise by: directeur: close (0.20)")));
    CHECK_FALSE(anonymous.contains(QStringLiteral("Placed otherwise by: P2")));
}

TEST_CASE("report: a priority the researchers inferred is marked and kept apart from the "
          "participants' marks",
          "[render][report][schema3]")
{
    const QString h = html(false);
    INFO(h.toStdString());
    CHECK(h.contains(QStringLiteral("priority inferred by the researchers")));
    CHECK(h.contains(QStringLiteral("<p>Priorities inferred by the researchers (not marked by "
                                    "the participants): Leesproject</p>")));
    // The participants' priority table has CLB (two marks), not Leesproject.
    const qsizetype row = h.indexOf(QStringLiteral("<td>CLB</td><td>2</td>"));
    REQUIRE(row >= 0);
    const qsizetype table = h.lastIndexOf(QStringLiteral("<table"), row);
    const QString priority = h.mid(table, h.indexOf(QStringLiteral("</table>"), table) - table);
    CHECK(priority.contains(QStringLiteral("<td>CLB</td><td>2</td>")));
    CHECK_FALSE(priority.contains(QStringLiteral("Leesproject")));
}
