// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 1 files are migrated on read and written back as the current schema.
#include <catch2/catch.hpp>

#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"

#include <QFile>

using namespace nwk;

namespace {

QByteArray readBytes(const QString &fileName)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList all;
    for (const Diagnostic &d : diagnostics)
        all << d.toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a schema 1 file migrates to the expected model", "[migration]")
{
    const SessionReadResult r =
        readSessionFile(QStringLiteral(NWK_TEST_DATA "/migration/v1-minimal.nwk"));
    INFO(describe(r.diagnostics).toStdString());
    REQUIRE(r.session.has_value());
    CHECK(r.diagnostics.empty());
    CHECK(r.fileSchemaVersion == 1);
    const Session &s = *r.session;

    // Categories: the single Dutch label becomes both labels.
    REQUIRE(s.categories.size() == 2);
    CHECK(s.categories[0].labelNl == QStringLiteral("Zorg voor leerlingen"));
    CHECK(s.categories[0].labelEn == QStringLiteral("Zorg voor leerlingen"));
    CHECK(s.categories[0].marker == MarkerShape::Triangle);
    CHECK(s.categories[1].labelNl == QStringLiteral("Beleid"));

    // Placements: ring index -> the middle of that ring (three rings).
    const MapGeometry g = MapGeometry::forSession(s);
    REQUIRE(s.partners.size() == 3);
    REQUIRE(s.partners[0].placement);
    CHECK(s.partners[0].placement->distance == Approx(1.0 / 6.0));
    CHECK(s.partners[0].placement->angle == 120.0);
    CHECK(g.ringAt(s.partners[0].placement->distance) == 0);
    REQUIRE(s.partners[0].desiredPlacement);
    CHECK(s.partners[0].desiredPlacement->distance == Approx(5.0 / 6.0));
    CHECK(s.partners[1].placement->distance == 0.5);
    CHECK(g.ringAt(s.partners[1].placement->distance) == 1);
    CHECK(s.partners[1].placement->angle == 300.5);
    CHECK_FALSE(s.partners[2].placement);
    REQUIRE(s.missingPartners[0].placement);
    CHECK(g.ringAt(s.missingPartners[0].placement->distance) == 2);

    // deckId -> deck object.
    CHECK(s.deck.id == QStringLiteral("sono-collectief-leren"));
    CHECK(s.deck.version == QStringLiteral("1"));
    CHECK(s.deck.language == QStringLiteral("nl"));
    CHECK(s.meta.schoolName == QStringLiteral("Oude school"));
}

TEST_CASE("a migrated file is written as the current schema and reads back unchanged", "[migration]")
{
    const SessionReadResult r =
        readSessionFile(QStringLiteral(NWK_TEST_DATA "/migration/v1-minimal.nwk"));
    REQUIRE(r.session.has_value());
    const QByteArray out = serializeSession(*r.session);
    CHECK(out.contains("\"schemaVersion\": 3,"));
    CHECK_FALSE(out.contains("\"ring\""));
    CHECK_FALSE(out.contains("\"deckId\""));
    CHECK(out.contains("\"x-old\": \"kept\"")); // unknown keys of an old placement survive
    const QByteArray expected =
        readBytes(QStringLiteral(NWK_TEST_DATA "/migration/v1-minimal.expected.nwk"));
    CHECK(out.toStdString() == expected.toStdString());

    const SessionReadResult again = parseSession(out);
    REQUIRE(again.session.has_value());
    CHECK(again.fileSchemaVersion == kSchemaVersion);
    CHECK(*again.session == *r.session);
}

TEST_CASE("schema 1 ring numbers follow the file's ring count", "[migration]")
{
    const QByteArray text =
        "{\"format\": \"netwerkkaart-session\", \"schemaVersion\": 1, "
        "\"rings\": [{}, {}, {}, {}, {}], "
        "\"partners\": [{\"id\": \"a\", \"placement\": {\"ring\": 4, \"angle\": 5}}]}";
    const SessionReadResult r = parseSession(text);
    REQUIRE(r.session.has_value());
    CHECK(r.session->partners[0].placement->distance == 0.9);
    CHECK(r.session->partners[0].placement->angle == 5.0);

    const SessionReadResult bad =
        parseSession(QByteArray(text).replace("\"ring\": 4", "\"ring\": 5"));
    CHECK_FALSE(bad.session);
    CHECK(describe(bad.diagnostics) ==
          QStringLiteral("/partners/0/placement/ring: expected a ring number 0..4, found 5"));
}

TEST_CASE("schema 1 files the migration cannot take are refused with the member named",
          "[migration]")
{
    // Each case: a change to a valid schema 1 file and the one message it must give.
    const QByteArray valid = "{\"format\": \"netwerkkaart-session\", \"schemaVersion\": 1, "
                             "\"rings\": [{}, {}, {}, {}, {}], "
                             "\"categories\": [{\"id\": \"c1\", \"label\": \"zorg\"}], "
                             "\"partners\": [{\"id\": \"a\", "
                             "\"placement\": {\"ring\": 4, \"angle\": 5}}], "
                             "\"deckId\": \"kaarten\"}";
    REQUIRE(parseSession(valid).session.has_value());
    struct Case {
        const char *from;
        const char *to;
        const char *message;
    };
    const Case cases[] = {
        {"\"ring\": 4", "\"ring\": 4, \"distance\": 0.5",
         "/partners/0/placement/ring: a schema 1 placement has \"ring\" or \"distance\", not "
         "both"},
        {"\"ring\": 4", "\"ring\": -1",
         "/partners/0/placement/ring: expected a ring number 0..4, found -1"},
        {"\"ring\": 4", "\"ring\": \"4\"",
         "/partners/0/placement/ring: expected a ring number 0..4, found a string"},
        {"\"label\": \"zorg\"", "\"label\": 7",
         "/categories/0/label: expected a string, found a number"},
        {"\"deckId\": \"kaarten\"",
         "\"deckId\": \"kaarten\", \"deck\": {\"id\": \"kaarten\", \"version\": \"1\", "
         "\"language\": \"nl\"}",
         "/deckId: a schema 1 file has \"deckId\" or \"deck\", not both"},
        {"\"deckId\": \"kaarten\"", "\"deckId\": null", "/deckId: expected a string, found null"},
    };
    for (const Case &c : cases) {
        const QByteArray text = QByteArray(valid).replace(c.from, c.to);
        INFO(text.toStdString());
        REQUIRE(text != valid);
        const SessionReadResult r = parseSession(text);
        CHECK_FALSE(r.session);
        CHECK(describe(r.diagnostics) == QString::fromUtf8(c.message));
    }
}
