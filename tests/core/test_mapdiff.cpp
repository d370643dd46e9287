// SPDX-License-Identifier: GPL-3.0-or-later
// Versions: the diff of two hand-made snapshots finds each kind of change;
// snapshots and the codebook file round-trip through their files.
#include <catch2/catch.hpp>

#include "nwk/core/codebookio.h"
#include "nwk/core/mapdiff.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

#include <QFile>
#include <QTemporaryDir>

using namespace nwk;

namespace {

Partner partner(const char *id, const char *label, const char *category,
                std::optional<Placement> placement, QStringList marks = {})
{
    Partner p;
    p.id = QString::fromUtf8(id);
    p.label = QString::fromUtf8(label);
    p.category = QString::fromUtf8(category);
    p.placement = placement;
    p.marks = std::move(marks);
    return p;
}

Link link(const char *id, const char *from, const char *to)
{
    Link l;
    l.id = QString::fromUtf8(id);
    l.from = QString::fromUtf8(from);
    l.to = QString::fromUtf8(to);
    return l;
}

/// "after the focus group": the map the group made.
Snapshot focusGroup()
{
    Session s = newSession();
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    s.participants = {p1};
    s.partners = {partner("pa1", "CLB", "zorg", Placement{0.5, 128.0}, {QStringLiteral("p1")}),
                  partner("pa2", "Hogeschool", "professionalisering", Placement{0.3, 25.0}),
                  partner("pa3", "Ouders", "intern", Placement{0.8, 330.0}),
                  partner("pa4", "Stad", "beleid", std::nullopt),
                  partner("pa5", "Bib", "aanbod", Placement{0.6, 70.0}),
                  partner("pa6", "Sportclub", "aanbod", Placement{0.6, 80.0})};
    s.links = {link("l1", "pa1", "pa2"), link("l2", "school", "pa1")};
    return snapshotOf(s, QStringLiteral("snap1"), QStringLiteral("after the focus group"),
                      QStringLiteral("2026-03-14T10:00:00Z"));
}

QStringList ids(const std::vector<Partner> &partners)
{
    QStringList out;
    for (const Partner &p : partners)
        out << p.id;
    return out;
}

QStringList ids(const std::vector<Link> &links)
{
    QStringList out;
    for (const Link &l : links)
        out << l.id;
    return out;
}

} // namespace

TEST_CASE("The diff of two snapshots finds each kind of change", "[diff]")
{
    const Snapshot before = focusGroup();
    Snapshot after = before; // "after the member check"
    after.id = QStringLiteral("snap2");
    after.name = QStringLiteral("after the member check");
    auto find = [&](const char *id) -> Partner & {
        for (Partner &p : after.partners)
            if (p.id == QLatin1String(id))
                return p;
        FAIL("no partner " << id);
        return after.partners.front();
    };
    find("pa1").placement = Placement{0.1, 128.0};     // closer: ring 2 -> ring 1
    find("pa1").marks.clear();                         // P1's mark taken off
    find("pa2").placement = Placement{0.9, 25.0};      // further
    find("pa2").marks = {QStringLiteral("p1")};        // P1 marks it
    find("pa3").category = QStringLiteral("werk");     // recategorised
    find("pa3").placement = Placement{0.805, 330.0};   // a nudge, not a move
    find("pa4").placement = Placement{0.5, 200.0};     // from the tray onto the map
    find("pa5").label = QStringLiteral("Bibliotheek"); // relabelled
    find("pa6").placement.reset();                     // back to the tray
    after.partners.push_back(partner("pa7", "Welzijnsschakel", "zorg", Placement{0.4, 150.0}));
    Snapshot removedOne = after;
    erase_if(after.links, [](const Link &l) { return l.id == "l2"; });
    after.links.push_back(link("l3", "pa7", "school"));
    after.links[0].to = QStringLiteral("pa5"); // l1 re-ended: removed and added

    MapDiff d = diffMaps(before, after);
    CHECK(ids(d.partnersAdded) == QStringList{QStringLiteral("pa7")});
    CHECK(d.partnersRemoved.empty());
    REQUIRE(d.movedCloser.size() == 1);
    CHECK(d.movedCloser[0].partnerId == QStringLiteral("pa1"));
    CHECK(d.movedCloser[0].ringBefore == 1);
    CHECK(d.movedCloser[0].ringAfter == 0);
    REQUIRE(d.movedFurther.size() == 1);
    CHECK(d.movedFurther[0].partnerId == QStringLiteral("pa2"));
    CHECK(d.movedFurther[0].ringAfter == 2);
    CHECK(d.placed == QStringList{QStringLiteral("pa4")});
    CHECK(d.unplaced == QStringList{QStringLiteral("pa6")});
    REQUIRE(d.recategorised.size() == 1);
    CHECK(d.recategorised[0].partnerId == QStringLiteral("pa3"));
    CHECK(d.recategorised[0].before == QStringLiteral("intern"));
    CHECK(d.recategorised[0].after == QStringLiteral("werk"));
    REQUIRE(d.relabelled.size() == 1);
    CHECK(d.relabelled[0].before == QStringLiteral("Bib"));
    CHECK(d.relabelled[0].after == QStringLiteral("Bibliotheek"));
    CHECK(ids(d.linksAdded) == QStringList{QStringLiteral("l1"), QStringLiteral("l3")});
    CHECK(ids(d.linksRemoved) == QStringList{QStringLiteral("l1"), QStringLiteral("l2")});
    REQUIRE(d.marksAdded.size() == 1);
    CHECK(d.marksAdded[0].partnerId == QStringLiteral("pa2"));
    CHECK(d.marksAdded[0].participantId == QStringLiteral("p1"));
    REQUIRE(d.marksRemoved.size() == 1);
    CHECK(d.marksRemoved[0].partnerId == QStringLiteral("pa1"));
    CHECK_FALSE(d.isEmpty());

    // A partner removed, seen from both sides.
    erase_if(removedOne.partners, [](const Partner &p) { return p.id == "pa3"; });
    const MapDiff r = diffMaps(before, removedOne);
    CHECK(ids(r.partnersRemoved) == QStringList{QStringLiteral("pa3")});
    CHECK(ids(diffMaps(removedOne, before).partnersAdded) == QStringList{QStringLiteral("pa3")});

    // Nothing changed: an empty diff, also against the session it was taken from.
    CHECK(diffMaps(before, before).isEmpty());
}

TEST_CASE("Snapshots round-trip through the session file and are validated", "[diff]")
{
    Session s = newSession();
    s.partners = {partner("pa1", "CLB", "zorg", Placement{0.5, 128.0})};
    const QByteArray withoutSnapshots = serializeSession(s);
    CHECK_FALSE(withoutSnapshots.contains("\"snapshots\"")); // older files stay as they were

    s.snapshots.push_back(snapshotOf(s, QStringLiteral("snap1"),
                                     QStringLiteral("after the "
                                                    "focus group"),
                                     QStringLiteral("2026-03-14T10:00:00Z")));
    s.partners[0].placement = Placement{0.2, 128.0};
    s.snapshots.push_back(snapshotOf(s, QStringLiteral("snap2"),
                                     QStringLiteral("after the member check"),
                                     QStringLiteral("2026-04-02T09:30:00Z")));
    const QByteArray bytes = serializeSession(s);
    CHECK(bytes.contains("\"snapshots\""));
    SessionReadResult read = parseSession(bytes);
    REQUIRE(read.session.has_value());
    CHECK(read.session->snapshots == s.snapshots);
    CHECK(*read.session == s);
    CHECK(serializeSession(*read.session) == bytes);
    const MapDiff d = diffMaps(read.session->snapshots[0], read.session->snapshots[1]);
    REQUIRE(d.movedCloser.size() == 1);

    // A snapshot's contents are checked like a map of their own, with located paths.
    Session broken = s;
    broken.snapshots[1].links.push_back(link("l9", "pa1", "nobody"));
    broken.snapshots[0].name.clear();
    QStringList problems;
    for (const Diagnostic &d2 : validate(broken))
        problems << d2.toString();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.filter(QStringLiteral("/snapshots/1/links/0/to")).size() == 1);
    CHECK(problems.filter(QStringLiteral("/snapshots/0/name")).size() == 1);
    const SessionReadResult bad = parseSession(serializeSession(broken));
    CHECK_FALSE(bad.session.has_value());
}

TEST_CASE("A codebook file round-trips and a bad one is refused with its place", "[diff]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<Code> codes(2);
    codes[0].id = QStringLiteral("inferred-priority");
    codes[0].label = QStringLiteral("Inferred priority");
    codes[1].id = QStringLiteral("trust");
    codes[1].label = QStringLiteral("Vertrouwen");
    codes[1].description = QStringLiteral("Over vertrouwen tussen partners");
    const QString path = dir.filePath(QStringLiteral("codes.nwkcodes"));
    REQUIRE(writeCodebookFile(codes, path).isEmpty());
    const CodebookReadResult read = readCodebookFile(path);
    REQUIRE(read.codes.has_value());
    CHECK(*read.codes == codes);

    const CodebookReadResult dup = parseCodebook(
        R"({"format": "netwerkkaart-codebook", "version": 1, "codes": [
             {"id": "a", "label": "A"}, {"id": "a", "label": "B"}]})");
    CHECK_FALSE(dup.codes.has_value());
    REQUIRE_FALSE(dup.diagnostics.empty());
    CHECK(dup.diagnostics.front().toString().contains(QStringLiteral("/codes/1/id")));
    const CodebookReadResult session = parseCodebook(serializeSession(newSession()));
    CHECK_FALSE(session.codes.has_value());
    CHECK(session.diagnostics.front().toString().contains(QStringLiteral("/format")));
}
