// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 2 files open as schema 3 with nothing changing meaning: every schema 2 member is
// read as written, and the members schema 3 adds take the defaults that say what schema 2
// said (a distance on the rings, priorities by the participants, nothing disputed unless
// stated).
#include <catch2/catch.hpp>

#include "nwk/core/sessionio.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nwk;

namespace {

QByteArray readBytes(const QString &fileName)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Every .nwk under the test data and the bundled examples that says schema 2.
QStringList schema2Files()
{
    QStringList files;
    for (const QString &root :
         {QStringLiteral(NWK_TEST_DATA), QStringLiteral(NWK_SOURCE_DIR "/resources/examples")}) {
        QDirIterator it(root, {QStringLiteral("*.nwk")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (readBytes(file).contains("\"schemaVersion\": 2,"))
                files << file;
        }
    }
    files.sort();
    return files;
}

/// The JSON of a schema 3 file without what schema 3 added at its defaults, so that it can be
/// compared with the schema 2 original.
QJsonObject withoutSchema3Defaults(QJsonObject o)
{
    o.remove(QStringLiteral("schemaVersion"));
    if (o.value(QStringLiteral("relativePlacements")).toArray().isEmpty())
        o.remove(QStringLiteral("relativePlacements"));
    return o;
}

} // namespace

TEST_CASE("every schema 2 file of the test data opens as schema 3 with its meaning kept",
          "[migration]")
{
    const QStringList files = schema2Files();
    // The golden files' schema 2 originals and the example's, at least.
    REQUIRE(files.size() >= 5);
    int loaded = 0;
    for (const QString &file : files) {
        INFO(file.toStdString());
        const QByteArray bytes = readBytes(file);
        const SessionReadResult r = parseSession(bytes);
        if (!r.session)
            continue; // the invalid corpus: refused, as its own test checks
        ++loaded;
        CHECK(r.fileSchemaVersion == 2);
        const Session &s = *r.session;
        for (const Partner &p : s.partners) {
            if (p.placement)
                CHECK(p.placement->distanceKind == DistanceKind::Ring);
            CHECK(p.prioritySource == PrioritySource::Participants);
            CHECK(p.alternatives.empty());
            CHECK(isDisputed(p) == p.disputed);
            CHECK_FALSE(p.neutralZone);
        }
        CHECK(s.relativePlacements.empty());

        const QByteArray saved = serializeSession(s);
        CHECK(saved.contains("\"schemaVersion\": 3,"));
        // Nothing the schema 2 file said is lost or changed: the saved JSON is the original's
        // (canonical order and spelling aside) plus the schema 3 version.
        const QJsonObject original = QJsonDocument::fromJson(bytes).object();
        QJsonObject expected = original;
        expected.remove(QStringLiteral("schemaVersion"));
        CHECK(withoutSchema3Defaults(QJsonDocument::fromJson(saved).object()) == expected);
        // And the schema 3 file reads back to the same model.
        const SessionReadResult again = parseSession(saved);
        REQUIRE(again.session.has_value());
        CHECK(again.fileSchemaVersion == 3);
        CHECK(*again.session == s);
    }
    CHECK(loaded >= 5);
}

TEST_CASE("a schema 2 partner's disputed flag and placements read the same in schema 3",
          "[migration]")
{
    const QByteArray v2 = readBytes(QStringLiteral(NWK_TEST_DATA "/migration/v2/full.nwk"));
    const QByteArray v3 = readBytes(QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"));
    const SessionReadResult old = parseSession(v2);
    const SessionReadResult now = parseSession(v3);
    REQUIRE(old.session.has_value());
    REQUIRE(now.session.has_value());
    // The schema 2 partners are in the schema 3 golden file unchanged.
    for (const Partner &p : old.session->partners) {
        INFO(p.id.toStdString());
        const Partner *q = now.session->partner(p.id);
        REQUIRE(q != nullptr);
        CHECK(*q == p);
    }
}
