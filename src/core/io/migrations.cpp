// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/migrations.h"

#include "nwk/core/sessionio.h"

#include <algorithm>

namespace nwk::io {

namespace {

/// A copy of an object with member `key` replaced, at the same position, by the members
/// of `replacement` (those the object does not already have).
Json replaceMember(const Json &object, const std::string &key, const Json &replacement)
{
    Json out = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != key) {
            out[it.key()] = it.value();
            continue;
        }
        for (auto r = replacement.begin(); r != replacement.end(); ++r) {
            if (!object.contains(r.key()))
                out[r.key()] = r.value();
        }
    }
    return out;
}

/// Schema 1 placement {"ring": i, "angle": a} -> {"distance": (i + 0.5) / ringCount, "angle": a}.
void migratePlacement(Json &owner, const char *key, const std::string &ownerPath, int ringCount,
                      Problems &problems)
{
    auto it = owner.find(key);
    if (it == owner.end() || !it->is_object() || !it->contains("ring"))
        return;
    const std::string path = childPath(ownerPath, key);
    const Json &ring = (*it)["ring"];
    if (it->contains("distance")) {
        problems.error(
            childPath(path, "ring"),
            QStringLiteral("a schema 1 placement has \"ring\" or \"distance\", not both"));
        return;
    }
    if (!ring.is_number_integer() || ring.get<std::int64_t>() < 0 ||
        ring.get<std::int64_t>() >= ringCount) {
        const QString found = ring.is_number_integer() ? QString::number(ring.get<std::int64_t>())
                                                       : describeType(ring);
        problems.error(
            childPath(path, "ring"),
            QStringLiteral("expected a ring number 0..%1, found %2").arg(ringCount - 1).arg(found));
        return;
    }
    const double distance = (static_cast<double>(ring.get<std::int64_t>()) + 0.5) / ringCount;
    *it = replaceMember(*it, "ring", Json{{"distance", distance}});
}

} // namespace

Json migrateV1toV2(const Json &document, Problems &problems)
{
    Json doc = document;
    const auto rings = doc.find("rings");
    const int ringCount = rings != doc.end() && rings->is_array()
                              ? std::max<int>(1, static_cast<int>(rings->size()))
                              : 1;

    if (auto partners = doc.find("partners"); partners != doc.end() && partners->is_array()) {
        for (std::size_t i = 0; i < partners->size(); ++i) {
            Json &p = (*partners)[i];
            if (!p.is_object())
                continue;
            const std::string path = childPath("/partners", i);
            migratePlacement(p, "placement", path, ringCount, problems);
            migratePlacement(p, "desiredPlacement", path, ringCount, problems);
        }
    }
    if (auto missing = doc.find("missingPartners"); missing != doc.end() && missing->is_array()) {
        for (std::size_t i = 0; i < missing->size(); ++i) {
            if ((*missing)[i].is_object())
                migratePlacement((*missing)[i], "placement", childPath("/missingPartners", i),
                                 ringCount, problems);
        }
    }
    if (auto categories = doc.find("categories");
        categories != doc.end() && categories->is_array()) {
        for (std::size_t i = 0; i < categories->size(); ++i) {
            Json &c = (*categories)[i];
            if (!c.is_object() || !c.contains("label"))
                continue;
            const Json &label = c["label"];
            if (!label.is_string()) {
                problems.error(
                    childPath(childPath("/categories", i), "label"),
                    QStringLiteral("expected a string, found %1").arg(describeType(label)));
                continue;
            }
            c = replaceMember(c, "label", Json{{"labelNl", label}, {"labelEn", label}});
        }
    }
    if (doc.contains("deckId")) {
        const Json &deckId = doc["deckId"];
        if (!deckId.is_string()) {
            problems.error("/deckId",
                           QStringLiteral("expected a string, found %1").arg(describeType(deckId)));
        } else if (doc.contains("deck")) {
            problems.error("/deckId",
                           QStringLiteral("a schema 1 file has \"deckId\" or \"deck\", not both"));
        } else {
            Json deck = Json::object();
            deck["id"] = deckId;
            deck["version"] = "1";
            deck["language"] = "nl";
            doc = replaceMember(doc, "deckId", Json{{"deck", deck}});
        }
    }
    doc["schemaVersion"] = 2;
    return doc;
}

Json migrateV2toV3(const Json &document, Problems &)
{
    Json doc = document;
    doc["schemaVersion"] = 3;
    return doc;
}

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps{&migrateV1toV2, &migrateV2toV3};
    return steps;
}

std::optional<Json> migrate(Json document, int fromVersion, Problems &problems)
{
    const auto &steps = migrationSteps();
    const int errorsBefore = problems.errorCount();
    for (int v = std::max(1, fromVersion); v < kSchemaVersion; ++v) {
        const auto index = static_cast<std::size_t>(v - 1);
        if (index >= steps.size())
            break;
        document = steps[index](document, problems);
        if (problems.errorCount() > errorsBefore)
            return std::nullopt;
    }
    return document;
}

} // namespace nwk::io
