// SPDX-License-Identifier: GPL-3.0-or-later
// timelineEvents(): the session's timed records and the map's history on one clock.
#include <catch2/catch.hpp>

#include "nwk/core/timeline.h"

using namespace nwk;

namespace {

Partner partner(const char *id, const char *label)
{
    Partner p;
    p.id = QString::fromLatin1(id);
    p.label = QString::fromUtf8(label);
    return p;
}

MapEvent set(qint64 atMs, const Partner &p)
{
    MapEvent e;
    e.atMs = atMs;
    e.kind = MapObjectKind::Partner;
    e.id = p.id;
    e.partner = p;
    return e;
}

MapEvent setLink(qint64 atMs, const char *id, const char *from, const char *to)
{
    MapEvent e;
    e.atMs = atMs;
    e.kind = MapObjectKind::Link;
    e.id = QString::fromLatin1(id);
    Link l;
    l.id = e.id;
    l.from = QString::fromLatin1(from);
    l.to = QString::fromLatin1(to);
    e.link = l;
    return e;
}

MapEvent removal(qint64 atMs, MapObjectKind kind, const char *id)
{
    MapEvent e;
    e.atMs = atMs;
    e.kind = kind;
    e.id = QString::fromLatin1(id);
    e.removed = true;
    return e;
}

/// One line per event: "atMs kind[/change] objectId card participant text".
QStringList lines(const std::vector<TimelineEvent> &events)
{
    QStringList out;
    for (const TimelineEvent &e : events) {
        QString kind = QString::fromLatin1(toString(e.kind));
        if (e.kind == TimelineKind::MapChange)
            kind += QLatin1Char('/') + QString::fromLatin1(toString(e.change));
        QStringList parts{QString::number(e.atMs), kind,  e.objectId, e.cardId,
                          e.participantId,         e.text};
        if (e.endMs >= 0)
            parts << QStringLiteral("end=%1").arg(e.endMs);
        out << parts.join(QLatin1Char('|'));
    }
    return out;
}

Session timedSession()
{
    Session s = newSession();
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.role = QStringLiteral("zorgco\u00f6rdinator");
    p1.joinedMs = 120000;
    s.participants.push_back(p1);
    CardProgress c1;
    c1.cardId = QStringLiteral("c1");
    c1.startedMs = 0;
    c1.endedMs = 60000;
    Quote q;
    q.id = QStringLiteral("q1");
    q.text = QStringLiteral("We bellen het CLB altijd eerst.");
    q.participantId = QStringLiteral("p1");
    q.atMs = 30000;
    c1.quotes.push_back(q);
    CardProgress c2;
    c2.cardId = QStringLiteral("c2");
    c2.startedMs = 60000;
    s.cards.push_back(c1);
    s.cards.push_back(c2);
    Memo memo;
    memo.id = QStringLiteral("m1");
    memo.text = QStringLiteral("Gelach");
    memo.atMs = 70000;
    s.memos.push_back(memo);
    Memo untimed = memo;
    untimed.id = QStringLiteral("m2");
    untimed.atMs = -1;
    s.memos.push_back(untimed);
    s.recording.parts.push_back({QStringLiteral("a/part-001.wav"), 0, 90000, QString(), {}});
    return s;
}

} // namespace

TEST_CASE("the timeline holds the cards, the parts and the timed records in clock order",
          "[timeline]")
{
    const Session s = timedSession();
    CHECK(lines(timelineEvents(s)) ==
          QStringList{
              "0|card|c1|c1|||end=60000",
              "0|audio-part|a/part-001.wav||||end=90000",
              "30000|quote|q1|c1|p1|We bellen het CLB altijd eerst.",
              "60000|card|c2|c2||",
              "70000|memo|m1|c2||Gelach",
              QStringLiteral("120000|joined|p1|c2|p1|zorgco\u00f6rdinator"),
          });
    CHECK(cardAt(s, 59999) == QStringLiteral("c1"));
    CHECK(cardAt(s, 60000) == QStringLiteral("c2")); // the later card wins at the boundary
}

TEST_CASE("the map's history becomes added, placed, moved, marked, linked and removed events",
          "[timeline]")
{
    Session s = newSession();
    Partner clb = partner("pa1", "CLB");
    Partner ouders = partner("pa2", "Ouders");
    ouders.addedMs = 500; // also in the history: not listed twice
    Partner stad = partner("pa3", "Stad");
    stad.addedMs = 9000; // not in the history: listed as added
    s.partners.push_back(stad);
    s.history.push_back(set(0, clb));
    s.history.push_back(set(1000, ouders));
    ouders.placement = Placement{0.3, 40.0};
    s.history.push_back(set(2000, ouders));
    ouders.placement = Placement{0.6, 200.0};
    ouders.category = QStringLiteral("cat3"); // a move into another sector: part of the move
    s.history.push_back(set(3000, ouders));
    ouders.marks = {QStringLiteral("p1"), QStringLiteral("p2")};
    s.history.push_back(set(4000, ouders));
    ouders.marks = {QStringLiteral("p2")};
    ouders.notes = QStringLiteral("via de directie");
    s.history.push_back(set(5000, ouders));
    s.history.push_back(setLink(6000, "l1", "pa1", "school"));
    clb.label = QStringLiteral("CLB Gent");
    s.history.push_back(set(6500, clb));
    s.history.push_back(removal(7000, MapObjectKind::Link, "l1"));
    s.history.push_back(removal(8000, MapObjectKind::Partner, "pa2"));
    s.history.push_back(set(8500, ouders)); // back by an undo: added again
    CHECK(lines(timelineEvents(s)) ==
          QStringList{
              "0|map-change/added|pa1|||CLB",
              "1000|map-change/added|pa2|||Ouders",
              "2000|map-change/placed|pa2|||Ouders",
              "3000|map-change/moved|pa2|||Ouders",
              "4000|map-change/marked|pa2||p1|Ouders",
              "4000|map-change/marked|pa2||p2|Ouders",
              "5000|map-change/unmarked|pa2||p1|Ouders",
              "5000|map-change/changed|pa2|||Ouders",
              QStringLiteral("6000|map-change/linked|l1|||CLB \u2013 school"),
              "6500|map-change/changed|pa1|||CLB Gent",
              QStringLiteral("7000|map-change/removed|l1|||CLB \u2013 school"),
              "8000|map-change/removed|pa2|||Ouders",
              "8500|map-change/added|pa2|||Ouders",
              "9000|partner-added|pa3|||Stad",
          });
}
