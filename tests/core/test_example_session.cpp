// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled example session (resources/examples/basisschool-1.nwk): what the app opens on
// its first run. It must load cleanly, say what the example school text says, and be stored
// in canonical form (saving it unchanged gives the same bytes).
#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <algorithm>
#include <string>

using namespace nwk;

namespace {

const QString kExamplePath = QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk");

QByteArray exampleBytes()
{
    QFile file(kExamplePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Session loadExample()
{
    const SessionReadResult result = readSessionFile(kExamplePath);
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.session.has_value());
    REQUIRE_FALSE(hasErrors(result.diagnostics));
    CHECK(result.diagnostics.empty()); // not even a warning
    return *result.session;
}

const Partner *partnerByLabel(const Session &s, const QString &label)
{
    auto it = std::find_if(s.partners.begin(), s.partners.end(),
                           [&](const Partner &p) { return p.label == label; });
    return it == s.partners.end() ? nullptr : &*it;
}

QStringList allParticipantIds(const Session &s)
{
    QStringList ids;
    for (const Participant &p : s.participants)
        ids << p.id;
    return ids;
}

bool markedByAll(const Session &s, const Partner &p)
{
    const QStringList all = allParticipantIds(s);
    return std::all_of(all.begin(), all.end(),
                       [&](const QString &id) { return p.marks.contains(id); });
}

} // namespace

TEST_CASE("example session loads without problems", "[example]")
{
    const Session s = loadExample();
    const Diagnostics problems = validate(s);
    for (const Diagnostic &d : problems)
        UNSCOPED_INFO(d.toString().toStdString());
    CHECK(problems.empty());

    CHECK(s.meta.schoolName.toStdString() == "Basisschool 1");
    CHECK(s.meta.schoolPseudonym.toStdString() == "BaO1");
    CHECK(s.meta.level.toStdString() == "basisonderwijs");
    CHECK(s.meta.umbrella.toStdString() == "Katholiek Onderwijs Vlaanderen");
    CHECK(s.deck.id.toStdString() == "sono-collectief-leren");
    // The study's default categories (with a note on two of them) and rings.
    const std::vector<Category> defaults = defaultCategories();
    REQUIRE(s.categories.size() == defaults.size());
    for (std::size_t i = 0; i < defaults.size(); ++i) {
        INFO("category " << i);
        Category c = s.categories[i];
        c.note.clear();
        CHECK(c == defaults[i]);
    }
    CHECK(s.rings == defaultRings());
    CHECK(s.missingPartners.empty()); // "De participanten vermelden geen specifieke hiaten."
}

TEST_CASE("example session has the four participants and their role groups", "[example]")
{
    const Session s = loadExample();
    REQUIRE(s.participants.size() == 4);
    const struct {
        const char *code;
        const char *roleStart;
        RoleGroup group;
    } expected[] = {
        {"P1", "leerkracht-beleidsondersteuner", RoleGroup::Teacher},
        {"P2", "zorgcoördinator", RoleGroup::Care},
        {"P3", "zorgleerkracht-ondersteuner type 7", RoleGroup::Care},
        {"P4", "directeur", RoleGroup::Management},
    };
    for (std::size_t i = 0; i < 4; ++i) {
        INFO("participant " << i);
        CHECK(s.participants[i].code.toStdString() == expected[i].code);
        CHECK_THAT(s.participants[i].role.toStdString(), Catch::StartsWith(expected[i].roleStart));
        CHECK(s.participants[i].roleGroup == expected[i].group);
    }
}

TEST_CASE("example session: the priority partners of the whole group", "[example]")
{
    const Session s = loadExample();

    const Partner *clb = partnerByLabel(s, QStringLiteral("CLB"));
    REQUIRE(clb);
    CHECK(clb->category.toStdString() == "zorg");
    CHECK(clb->marks.size() == 4);
    CHECK(markedByAll(s, *clb));

    for (const char *label :
         {"Brugfiguur", "Ouders", "Overleg externe collega's", "Schoolteam", "Kernteam"}) {
        INFO(label);
        const Partner *p = partnerByLabel(s, QString::fromUtf8(label));
        REQUIRE(p);
        CHECK(markedByAll(s, *p));
    }
    // "Twee participanten vinden ook de Raad van bestuur en bijscholingen bij externen
    // belangrijke partners": who is not said, so two votes without names, not two marks.
    for (const char *label : {"Raad van bestuur", "Bijscholingen bij externen"}) {
        INFO(label);
        const Partner *p = partnerByLabel(s, QString::fromUtf8(label));
        REQUIRE(p);
        CHECK(p->marks.isEmpty());
        CHECK(p->voteCount == 2);
        CHECK(p->voteText == QStringLiteral("twee participanten"));
    }
}

TEST_CASE("example session: what the school's report says, as it says it (schema 3)",
          "[example][schema3]")
{
    const Session s = loadExample();
    // "de ondersteuner van type 7 werkt halftijds ook als zorgleerkracht op de school":
    // the partner is also participant P3.
    const Partner *type7 = partnerByLabel(s, QStringLiteral("Ondersteuner type 7"));
    REQUIRE(type7);
    CHECK(type7->scope == Scope::Both);
    const Participant *p3 = s.participant(type7->sameAsParticipant);
    REQUIRE(p3);
    CHECK(p3->role == QStringLiteral("zorgleerkracht-ondersteuner type 7"));
    // "Platformen als Klasse en KlasCement worden eveneens vermeld": mentioned, no distance.
    for (const char *label : {"Klasse", "KlasCement", "Uitgeverijen", "Minister van Onderwijs"}) {
        INFO(label);
        const Partner *p = partnerByLabel(s, QString::fromUtf8(label));
        REQUIRE(p);
        REQUIRE(p->placement);
        CHECK_FALSE(p->placement->distanceDiscussed());
    }
    // "Het focusgroepgesprek duurde in totaal twee uur en een kwartier."
    CHECK(s.meta.durationMinutes == 135);
    // "De schoolbrugfiguur volgt beide organisaties op."
    const Partner *bridge = partnerByLabel(s, QStringLiteral("Brugfiguur"));
    REQUIRE(bridge);
    int followsUp = 0;
    for (const Link &l : s.links)
        followsUp += (l.from == bridge->id && l.kind == LinkKind::FollowsUp) ? 1 : 0;
    CHECK(followsUp == 2);
}

TEST_CASE("example session: brugfiguur and ondersteuningsnetwerk are close to the school",
          "[example]")
{
    const Session s = loadExample();
    const MapGeometry geometry = MapGeometry::forSession(s);
    for (const char *label : {"Brugfiguur", "Ondersteuningsnetwerk"}) {
        INFO(label);
        const Partner *p = partnerByLabel(s, QString::fromUtf8(label));
        REQUIRE(p);
        REQUIRE(p->placement.has_value());
        CHECK(geometry.ringAt(p->placement->distance) == 0);
    }
    const Partner *netwerk = partnerByLabel(s, QStringLiteral("Ondersteuningsnetwerk"));
    CHECK(netwerk->count == 7);
    CHECK(netwerk->extraCategories.contains(QStringLiteral("zorg")));
}

TEST_CASE("example session: work and research were not discussed", "[example]")
{
    const Session s = loadExample();
    const MapGeometry geometry = MapGeometry::forSession(s);
    for (const char *id : {"werk", "onderzoek"}) {
        INFO(id);
        const QString categoryId = QString::fromUtf8(id);
        const Category *category = s.category(categoryId);
        REQUIRE(category);
        CHECK(category->note.toStdString() == "niet aan bod gekomen");
        const int index = s.categoryIndex(categoryId);
        for (const Partner &p : s.partners) {
            INFO(p.label.toStdString());
            CHECK(p.category != categoryId);
            if (p.placement)
                CHECK(geometry.sectorAt(p.placement->angle) != index);
        }
    }
}

TEST_CASE("example session: every placed partner lies in its category's sector", "[example]")
{
    const Session s = loadExample();
    const MapGeometry geometry = MapGeometry::forSession(s);
    int placed = 0;
    for (const Partner &p : s.partners) {
        INFO(p.label.toStdString());
        REQUIRE(p.placement.has_value()); // the example has no partners left in the tray
        ++placed;
        CHECK(p.placement->distance >= 0.0);
        CHECK(p.placement->distance <= 1.0);
        CHECK(p.placement->angle >= 0.0);
        CHECK(p.placement->angle < 360.0);
        CHECK(geometry.sectorAt(p.placement->angle) == s.categoryIndex(p.category));
    }
    CHECK(placed >= 30);
}

TEST_CASE("example session has the three metaphors", "[example]")
{
    const Session s = loadExample();
    REQUIRE(s.metaphors.size() == 3);
    // The role of the participant who gave the metaphor containing a word.
    auto participantOf = [&](const char *word) -> std::string {
        for (const Metaphor &m : s.metaphors) {
            const Participant *p = s.participant(m.participantId);
            if (p && m.text.contains(QString::fromUtf8(word), Qt::CaseInsensitive))
                return p->role.toStdString();
        }
        return {};
    };
    CHECK(participantOf("parachute") == "directeur");
    CHECK(participantOf("vlot") == "zorgleerkracht-ondersteuner type 7");
    CHECK(participantOf("koets") == "directeur");
}

TEST_CASE("example session is stored in canonical form", "[example]")
{
    const QByteArray bytes = exampleBytes();
    const SessionReadResult result = parseSession(bytes);
    REQUIRE(result.session.has_value());
    CHECK(result.fileSchemaVersion == kSchemaVersion);
    const QByteArray again = serializeSession(*result.session);
    if (again != bytes) {
        // Show where they part, not 60 kB of JSON.
        qsizetype i = 0;
        while (i < again.size() && i < bytes.size() && again[i] == bytes[i])
            ++i;
        UNSCOPED_INFO("first difference at byte "
                      << i << ": file has \""
                      << bytes.mid(std::max<qsizetype>(0, i - 40), 80).toStdString()
                      << "\", serializer writes \""
                      << again.mid(std::max<qsizetype>(0, i - 40), 80).toStdString() << "\"");
    }
    CHECK(again == bytes);
}
