// SPDX-License-Identifier: GPL-3.0-or-later
// The map's history in the file, compact (docs/file-format.md, MapEvent): an event whose
// object the history held before is written as a JSON merge patch (RFC 7386) against that
// earlier value, under "patch"; the reader rebuilds the whole value before the model is
// read, so the model and validation only ever see whole values.
#include "io/sessionjson.h"

#include <unordered_map>

namespace nwk::io {

namespace {

constexpr const char *kValueKeys[] = {"partner", "link", "group", "missingPartner",
                                      "relativePlacement"};

bool holdsNull(const Json &j)
{
    if (j.is_null())
        return true;
    if (j.is_object() || j.is_array()) {
        for (const Json &item : j)
            if (holdsNull(item))
                return true;
    }
    return false;
}

/// The merge patch that turns `from` into `to` (both objects without nulls).
Json mergePatch(const Json &from, const Json &to)
{
    Json patch = Json::object();
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            patch[it.key()] = nullptr;
    }
    for (auto it = to.begin(); it != to.end(); ++it) {
        const auto before = from.find(it.key());
        if (before == from.end())
            patch[it.key()] = *it;
        else if (*before != *it)
            patch[it.key()] =
                before->is_object() && it->is_object() ? mergePatch(*before, *it) : *it;
    }
    return patch;
}

/// The key of an event's object in the history ("kind/id"); empty when it has none.
std::string objectKey(const Json &event)
{
    const auto kind = event.find("kind");
    const auto id = event.find("id");
    if (kind == event.end() || id == event.end() || !kind->is_string() || !id->is_string())
        return {};
    return kind->get<std::string>() + '/' + id->get<std::string>();
}

} // namespace

void compactHistory(Json &document)
{
    const auto history = document.find("history");
    if (history == document.end() || !history->is_array())
        return;
    std::unordered_map<std::string, Json> last; // each object's value as last written
    for (Json &event : *history) {
        const std::string key = objectKey(event);
        for (const char *valueKey : kValueKeys) {
            const auto value = event.find(valueKey);
            if (value == event.end())
                continue;
            Json whole = *value;
            const auto before = last.find(key);
            if (before != last.end() && !holdsNull(whole)) {
                Json patch = mergePatch(before->second, whole);
                event.erase(valueKey);
                event["patch"] = std::move(patch);
            }
            last[key] = std::move(whole);
            break;
        }
        if (event.value("removed", false))
            last.erase(key);
    }
}

void expandHistory(Json &document, Problems &problems)
{
    const auto history = document.find("history");
    if (history == document.end() || !history->is_array())
        return;
    std::unordered_map<std::string, std::pair<std::string, Json>> last; // value key, value
    for (std::size_t i = 0; i < history->size(); ++i) {
        Json &event = (*history)[i];
        if (!event.is_object())
            continue;
        const std::string key = objectKey(event);
        const auto patch = event.find("patch");
        if (patch != event.end()) {
            const auto before = last.find(key);
            const std::string path = "/history/" + std::to_string(i) + "/patch";
            if (!patch->is_object()) {
                problems.error(path, QStringLiteral("a patch must be an object"));
                continue;
            }
            if (before == last.end()) {
                problems.error(path, QStringLiteral("no earlier value of \"%1\" to apply it to")
                                         .arg(QString::fromStdString(key)));
                continue;
            }
            Json whole = before->second.second;
            whole.merge_patch(*patch);
            const std::string valueKey = before->second.first;
            event.erase("patch");
            event[valueKey] = whole;
            before->second.second = std::move(whole);
            continue;
        }
        for (const char *valueKey : kValueKeys) {
            const auto value = event.find(valueKey);
            if (value != event.end()) {
                last[key] = {valueKey, *value};
                break;
            }
        }
        if (const auto removed = event.find("removed");
            removed != event.end() && removed->is_boolean() && removed->get<bool>())
            last.erase(key);
    }
}

} // namespace nwk::io
