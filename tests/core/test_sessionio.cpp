// SPDX-License-Identifier: GPL-3.0-or-later
// Session files: golden round trips, model values, unknown keys, canonical form, file I/O.
#include <catch2/catch.hpp>

#include "nwk/core/sessionio.h"
#include "ordinaryuser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <set>

#include <unistd.h>

using namespace nwk;

namespace {

QByteArray readBytes(const QString &fileName)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString golden(const char *name)
{
    return QStringLiteral(NWK_TEST_DATA "/golden/") + QLatin1String(name);
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList all;
    for (const Diagnostic &d : diagnostics)
        all << d.toString();
    return all.join(QLatin1Char('\n'));
}

Session load(const QByteArray &bytes)
{
    const SessionReadResult r = parseSession(bytes);
    INFO(describe(r.diagnostics).toStdString());
    REQUIRE(r.session.has_value());
    CHECK(r.diagnostics.empty());
    return *r.session;
}

QByteArray header()
{
    return QByteArrayLiteral("{\"format\": \"netwerkkaart-session\", \"schemaVersion\": 2");
}

} // namespace

TEST_CASE("golden session files survive parse and serialize byte for byte", "[io][golden]")
{
    for (const char *name : {"minimal.nwk", "full.nwk", "unknown-keys.nwk"}) {
        INFO(name);
        const QByteArray bytes = readBytes(golden(name));
        const SessionReadResult r = parseSession(bytes);
        INFO(describe(r.diagnostics).toStdString());
        REQUIRE(r.session.has_value());
        CHECK(r.diagnostics.empty());
        CHECK(r.fileSchemaVersion == kSchemaVersion);
        const QByteArray again = serializeSession(*r.session);
        CHECK(again.toStdString() == bytes.toStdString());
        // And the model survives a second trip.
        CHECK(load(again) == *r.session);
    }
}

TEST_CASE("the full golden file gives the expected model", "[io][golden]")
{
    const Session s = load(readBytes(golden("full.nwk")));
    CHECK(s.meta.schoolPseudonym == QStringLiteral("Basisschool 1"));
    CHECK(s.meta.facilitators ==
          QStringList{QStringLiteral("Onderzoeker A"), QStringLiteral("Onderzoeker B")});
    CHECK(s.meta.language == QStringLiteral("en"));
    REQUIRE(s.categories.size() == 8);
    CHECK(s.categories[6].framed);
    CHECK(s.categories[6].marker == MarkerShape::Pentagon);
    CHECK(s.categories[7].color == QStringLiteral("#808080")); // omitted = default
    CHECK(s.categories[0].marker == MarkerShape::Circle);
    CHECK(s.rings.size() == 4);
    CHECK(s.freePlacement);
    CHECK(s.participants[2].role == QStringLiteral("zorgcoördinator"));
    CHECK(s.participants[1].leftMs == 7500000);
    CHECK(s.participants[0].joinedMs == -1);

    const Partner *clb = s.partner(QStringLiteral("pa1"));
    REQUIRE(clb);
    REQUIRE(clb->placement);
    CHECK(clb->placement->distance == 0.35);
    CHECK(clb->placement->angle == 120.0);
    REQUIRE(clb->desiredPlacement);
    CHECK(clb->desiredPlacement->angle == 135.5);
    CHECK(clb->extraCategories.size() == 3);
    CHECK(clb->marks == QStringList{QStringLiteral("p2"), QStringLiteral("p3")});
    CHECK(clb->disputed);
    CHECK(clb->notes.contains(QLatin1Char('\n')));
    CHECK(clb->formality == Formality::Formal);
    CHECK(s.partners[2].count == 3);
    CHECK(s.partners[2].scope == Scope::Both);
    CHECK(s.partners[3].placement->distance == 0.8333333333333334);
    CHECK_FALSE(s.partners[4].placement.has_value());
    CHECK(s.partners[5].label.isEmpty());

    CHECK(s.links[1].kind == LinkKind::PartOf);
    CHECK(s.links[1].direction == LinkDirection::OneWay);
    CHECK(s.links[0].from == kSchoolId);
    CHECK(s.missingPartners[3].status == MissingStatus::LeftOff);
    CHECK(s.deck.language == QStringLiteral("en"));
    CHECK(s.cards[0].quotes[0].text.startsWith(QStringLiteral("“Het is")));
    CHECK(s.cards[0].spentMs == 960000);
    CHECK(s.cards[1].status == CardStatus::InProgress);
    CHECK(s.memos[2].kind == MemoKind::Emotion);
    CHECK(s.annotations[4].targetKind == AnnotationTarget::CardNote);
    CHECK(s.annotations[7].targetKind == AnnotationTarget::Metaphor);
    CHECK(s.annotations[8].targetId == QStringLiteral("afronding1")); // a closing answer
    REQUIRE(s.cards[1].sectionMarks.size() == 3);
    CHECK(s.cards[1].sectionMark(QString())->state == SectionState::NotRecorded);
    CHECK(s.cards[1].sectionMark(QStringLiteral("actoreninventarisatie.h2"))->state ==
          SectionState::LeftOut);
    CHECK(s.cards[0].sectionMark(QString()) == nullptr);

    // Every value of every enum occurs in the full file.
    auto covers = [](auto items, auto member, std::size_t count) {
        std::set<int> seen;
        for (const auto &x : items)
            seen.insert(static_cast<int>(member(x)));
        return seen.size() == count;
    };
    CHECK(covers(
        s.partners, [](const Partner &p) { return p.kind; }, enumCount<PartnerKind>()));
    CHECK(covers(
        s.partners, [](const Partner &p) { return p.formality; }, enumCount<Formality>()));
    CHECK(covers(
        s.partners, [](const Partner &p) { return p.scope; }, enumCount<Scope>()));
    CHECK(covers(
        s.links, [](const Link &l) { return l.kind; }, enumCount<LinkKind>()));
    CHECK(covers(
        s.links, [](const Link &l) { return l.direction; }, enumCount<LinkDirection>()));
    CHECK(covers(
        s.links, [](const Link &l) { return l.valence; }, enumCount<Valence>()));
    CHECK(covers(
        s.participants, [](const Participant &p) { return p.roleGroup; }, enumCount<RoleGroup>()));
    CHECK(covers(
        s.missingPartners, [](const MissingPartner &m) { return m.status; },
        enumCount<MissingStatus>()));
    CHECK(covers(
        s.cards, [](const CardProgress &c) { return c.status; }, enumCount<CardStatus>()));
    CHECK(covers(
        s.memos, [](const Memo &m) { return m.kind; }, enumCount<MemoKind>()));
    CHECK(covers(
        s.categories, [](const Category &c) { return c.marker; }, enumCount<MarkerShape>()));
    CHECK(covers(
        s.annotations, [](const Annotation &a) { return a.targetKind; },
        enumCount<AnnotationTarget>()));
    CHECK(covers(
        s.cards[1].sectionMarks, [](const SectionMark &m) { return m.state; },
        enumCount<SectionState>()));
}

TEST_CASE("every enum spelling is read, and the default is omitted on write", "[io]")
{
    for (std::size_t i = 0; i < enumCount<LinkKind>(); ++i) {
        const QByteArray name(EnumNames<LinkKind>::names[i]);
        const QByteArray text = header() +
                                ", \"partners\": [{\"id\": \"a\", \"label\": \"A\"}], "
                                "\"links\": [{\"id\": \"l\", \"from\": \"school\", "
                                "\"to\": \"a\", \"kind\": \"" +
                                name + "\"}]}";
        const Session s = load(text);
        CHECK(s.links[0].kind == static_cast<LinkKind>(i));
        CHECK(serializeSession(s).contains("\"kind\": \"" + name + "\"") == (i != 0));
    }
    for (std::size_t i = 0; i < enumCount<MissingStatus>(); ++i) {
        const QByteArray name(EnumNames<MissingStatus>::names[i]);
        const Session s = load(
            header() + ", \"missingPartners\": [{\"id\": \"m1\", \"status\": \"" + name + "\"}]}");
        CHECK(s.missingPartners[0].status == static_cast<MissingStatus>(i));
        CHECK(serializeSession(s).contains("\"status\": \"" + name + "\"") == (i != 0));
    }
}

TEST_CASE("a terse file takes the defaults for absent keys", "[io]")
{
    const Session s = load(header() + "}");
    CHECK(s == Session{});
    const Session p = load(header() + ", \"partners\": [{\"id\": \"pa1\"}]}");
    CHECK(p.partners[0].kind == PartnerKind::Organisation);
    CHECK(p.partners[0].addedMs == -1);
    CHECK_FALSE(p.partners[0].placement);
    // Written back in full canonical form: every top-level key, "label" always.
    const QByteArray out = serializeSession(p);
    CHECK(out.contains("\"label\": \"\""));
    CHECK(out.contains("\"annotations\": []\n}\n"));
    CHECK(out.startsWith("{\n  \"format\": \"netwerkkaart-session\",\n  \"schemaVersion\": 3,\n"));
}

TEST_CASE("a UTF-8 byte order mark is accepted and not written back", "[io]")
{
    const QByteArray withBom = readBytes(golden("bom-minimal.nwk"));
    REQUIRE(withBom.startsWith("\xEF\xBB\xBF"));
    const Session s = load(withBom);
    CHECK(serializeSession(s) == readBytes(golden("minimal.nwk")));
}

TEST_CASE("unknown keys survive a load, an edit and a save", "[io][unknown]")
{
    Session s = load(readBytes(golden("unknown-keys.nwk")));
    CHECK_FALSE(s.unknown.json.empty());
    CHECK_FALSE(s.meta.unknown.json.empty());
    CHECK_FALSE(s.cards[0].quotes[0].unknown.json.empty());

    s.partners[0].label = QStringLiteral("CLB Antwerpen");
    s.partners[0].placement->distance = 0.75;
    const QByteArray out = serializeSession(s);
    CHECK(out.contains("\"label\": \"CLB Antwerpen\""));
    CHECK(out.contains(
        "      \"placement\": {\n        \"distance\": 0.75,\n        \"angle\": 10.0,\n"
        "        \"x-placement\": \"polar-extra\",\n        \"z\": 1.5\n      },"));
    CHECK(out.contains("\"x-big\": 18446744073709551615"));
    CHECK(out.contains("\"x-partner\": {\"a\":1,\"b\":\"ü € 😀\"}")); // unknown: one line
    CHECK(out.contains("  \"deck\": {\n    \"id\": \"sono-collectief-leren\",\n    \"version\": "
                       "\"1\",\n    \"x-deck\": \"deck-extra\"\n  },"));
    CHECK(out.endsWith("  \"x-top-second\": [\"a\",\"b\"]\n}\n"));
    CHECK(out.indexOf("x-top-first") < out.indexOf("x-top-second"));

    // Unknown keys of a nested placement go when the placement goes.
    s.partners[0].placement.reset();
    const QByteArray unplaced = serializeSession(s);
    CHECK_FALSE(unplaced.contains("x-placement"));
    CHECK(unplaced.contains("x-desired"));
    const Session reloaded = load(unplaced);
    CHECK(reloaded.partners[0].unknown.json.find("x-partner") != std::string::npos);
    CHECK(reloaded.partners[0].unknown.json.find("x-placement") == std::string::npos);
    CHECK(serializeSession(reloaded) == unplaced);
}

TEST_CASE("unknown keys between known keys are written after them, in order", "[io][unknown]")
{
    const Session s = load(header() + ", \"x-b\": 2, \"partners\": [{\"zeta\": 1, \"id\": \"pa1\", "
                                      "\"alpha\": [true, null], \"label\": \"L\"}], \"x-a\": 1}");
    const QByteArray out = serializeSession(s);
    CHECK(out.contains("      \"id\": \"pa1\",\n      \"label\": \"L\",\n      \"zeta\": 1,\n"
                       "      \"alpha\": [true,null]\n"));
    CHECK(out.endsWith("  \"annotations\": [],\n  \"x-b\": 2,\n  \"x-a\": 1\n}\n"));
    CHECK(load(out) == s);
}

TEST_CASE("new sessions and awkward values round-trip exactly", "[io]")
{
    Session s = newSession();
    Partner p;
    p.id = QStringLiteral("pa1");
    p.label = QStringLiteral("Quote \" backslash \\ tab \t nul-free ünïcode 😀 </script>");
    p.placement = Placement{0.1 + 0.2, 359.99999999999994};
    p.desiredPlacement = Placement{1e-7, 0.0};
    p.addedMs = 9007199254740993LL; // not representable as a double
    s.partners.push_back(p);
    s.meta.notes = QStringLiteral("line 1\nline 2\r\n");
    const QByteArray text = serializeSession(s);
    CHECK(text.endsWith("}\n"));
    CHECK(text.contains("ünïcode 😀")); // no ASCII escaping
    CHECK(text.contains("0.30000000000000004"));
    const Session back = load(text);
    CHECK(back == s);
    CHECK(serializeSession(back) == text);
}

TEST_CASE("readSessionFile reports I/O problems with a clear message", "[io][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("missing file")
    {
        const QString name = dir.filePath(QStringLiteral("nope.nwk"));
        const auto r = readSessionFile(name);
        CHECK_FALSE(r.session);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].path.isEmpty());
        CHECK(r.diagnostics[0].message.contains(name));
        CHECK(r.diagnostics[0].message.contains(QStringLiteral("does not exist")));
    }
    SECTION("a directory")
    {
        const auto r = readSessionFile(dir.path());
        CHECK_FALSE(r.session);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.contains(QStringLiteral("is a folder, not a file")));
    }
    SECTION("an existing file is read")
    {
        const auto r = readSessionFile(golden("full.nwk"));
        CHECK(r.session.has_value());
    }
}

TEST_CASE("writeSessionFile writes atomically and names the file and reason on failure",
          "[io][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Nieuw");

    SECTION("success writes the canonical bytes, replacing an old file")
    {
        const QString name = dir.filePath(QStringLiteral("a.nwk"));
        QFile old(name);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than nothing");
        old.close();
        CHECK(writeSessionFile(s, name).isEmpty());
        CHECK(readBytes(name) == serializeSession(s));
        CHECK(*readSessionFile(name).session == s);
    }
    SECTION("a folder that does not exist")
    {
        const QString name = dir.filePath(QStringLiteral("missing/a.nwk"));
        const QString error = writeSessionFile(s, name);
        CHECK(error.contains(name));
        CHECK(error.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(name));
    }
    SECTION("a regular file used as a folder")
    {
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        const QString error = writeSessionFile(s, blocker + QStringLiteral("/a.nwk"));
        CHECK(error.contains(QStringLiteral("a.nwk")));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("a folder as the file name")
    {
        const QString error = writeSessionFile(s, dir.path());
        CHECK(error.contains(QStringLiteral("is a folder")));
    }
    SECTION("a failed save leaves the old file byte-identical")
    {
        // The longest possible name: the temporary file next to it cannot be renamed into
        // place under a longer name, so the save fails even for root.
        const QString name = dir.filePath(QString(255, QLatin1Char('n')));
        QFile old(name);
        REQUIRE(old.open(QIODevice::WriteOnly));
        const QByteArray before = readBytes(golden("full.nwk"));
        old.write(before);
        old.close();
        const QString error = writeSessionFile(s, name);
        CHECK(error.startsWith(QStringLiteral("cannot save \"") + QDir::toNativeSeparators(name)));
        CHECK(readBytes(name) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no leftovers
    }
    SECTION("a read-only folder leaves the old file byte-identical")
    {
        const QString sub = dir.filePath(QStringLiteral("ro"));
        REQUIRE(QDir().mkpath(sub));
        const QString name = sub + QStringLiteral("/a.nwk");
        QFile old(name);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner);
        QString error;
        {
            // As root (CI), acting as the user nobody: root would write anyway.
            nwk::test::OrdinaryUser user({dir.path(), sub, name});
            REQUIRE(nwk::test::denied(sub, W_OK));
            error = writeSessionFile(s, name);
        }
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CHECK(error.contains(name));
        CHECK(readBytes(name) == QByteArray("old"));
    }
}
