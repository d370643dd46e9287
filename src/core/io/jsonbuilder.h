// SPDX-License-Identifier: GPL-3.0-or-later
// The SAX handler parseJsonText() (jsontext.cpp) builds documents with: no linear
// duplicate-key lookup, duplicate keys and over-long session arrays recorded.
#pragma once

#include "io/jsonutil.h"

#include <algorithm>
#include <memory>
#include <unordered_set>
#include <utility>
#include <vector>

namespace nwk::io {

/// Builds the document without nlohmann's linear duplicate-key lookup (O(n) for huge
/// objects) and reports duplicate keys. JSON pointers are built only for a duplicate.
class JsonBuilder : public nlohmann::json_sax<Json> {
public:
    Json root;
    bool failed = false;
    std::size_t errorPosition = 0;
    std::string errorMessage;
    std::vector<std::pair<std::string, std::string>> duplicateKeys; // object path, key
    /// Arrays over their limit: JSON pointer, message.
    std::vector<std::pair<std::string, QString>> overLimits;

    explicit JsonBuilder(const std::vector<SessionLimit> *limits = nullptr)
        : m_limits(limits)
        , m_totals(limits ? limits->size() : 0, 0)
    {
    }

    /// The limits of the map and its snapshots together (after the parse).
    void checkTotals()
    {
        for (std::size_t i = 0; i < m_totals.size(); ++i) {
            const SessionLimit &l = (*m_limits)[i];
            const bool reported = std::any_of(overLimits.begin(), overLimits.end(), [&](auto &o) {
                return o.first.size() > std::strlen(l.key) &&
                       o.first.compare(o.first.size() - std::strlen(l.key), std::string::npos,
                                       l.key) == 0;
            });
            if (m_totals[i] > l.maxTotal && !reported)
                overLimits.emplace_back(std::string("/") + kSnapshotsKey,
                                        overTotalMessage(l, m_totals[i]));
        }
    }

    bool null() override { return put(Json(nullptr)); }
    bool boolean(bool v) override { return put(Json(v)); }
    bool number_integer(number_integer_t v) override { return put(Json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return put(Json(v)); }
    bool number_float(number_float_t v, const string_t &) override { return put(Json(v)); }
    bool string(string_t &v) override { return put(Json(std::move(v))); }
    bool binary(binary_t &) override { return false; }

    bool start_object(std::size_t) override { return open(Json::object()); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t &k) override
    {
        if (m_skip > 0)
            return true;
        Frame &f = m_stack.back();
        if (f.limited)
            m_key = k;
        auto *obj = f.value->get_ptr<Json::object_t *>();
        if (isDuplicate(f, *obj, k) && duplicateKeys.size() < kMaxProblems)
            duplicateKeys.emplace_back(topPath(), k);
        // ordered_map is a vector of pairs: append without the linear key lookup.
        appendMember(*f.value, std::move(k), Json());
        m_slot = &obj->back().second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string & /*lastToken*/,
                     const nlohmann::detail::exception &ex) override
    {
        failed = true;
        errorPosition = position;
        errorMessage = ex.what();
        return false;
    }

private:
    /// Objects up to this size are searched for a duplicate key; larger ones get a set.
    static constexpr std::size_t kLinearKeys = 16;

    struct Frame {
        Json *value;
        std::unique_ptr<std::unordered_set<std::string>> keys; ///< only for large objects
        bool limited = false;   ///< an object whose arrays have limits (the root, a snapshot)
        bool snapshots = false; ///< the root's array of snapshots
        int limit = -1;         ///< an array with a limit: its index in m_limits
        std::size_t count = 0;  ///< elements seen (stored or not)
    };
    std::vector<Frame> m_stack;
    Json *m_slot = nullptr;
    const std::vector<SessionLimit> *m_limits;
    std::vector<std::size_t> m_totals; ///< elements per limit in the whole document
    std::string m_key;                 ///< the last key of a limited object
    int m_skip = 0;                    ///< depth inside an element that is not stored

    /// Counts a new element of a limited array; false when it is over a limit (and is
    /// then only counted, not stored).
    bool admit()
    {
        if (m_stack.empty() || m_stack.back().limit < 0)
            return true;
        Frame &f = m_stack.back();
        const auto i = static_cast<std::size_t>(f.limit);
        ++f.count;
        ++m_totals[i];
        return f.count <= (*m_limits)[i].max && m_totals[i] <= (*m_limits)[i].maxTotal;
    }

    /// Limits of the container about to be opened in the current one.
    void limitsOf(Frame &opened, bool isArray) const
    {
        if (!m_limits)
            return;
        if (m_stack.empty()) {
            opened.limited = !isArray;
            return;
        }
        const Frame &parent = m_stack.back();
        if (parent.snapshots && !isArray) {
            opened.limited = true;
        } else if (parent.limited && isArray) {
            opened.snapshots = m_stack.size() == 1 && m_key == kSnapshotsKey;
            for (std::size_t i = 0; i < m_limits->size(); ++i)
                if (m_key == (*m_limits)[i].key)
                    opened.limit = static_cast<int>(i);
        }
    }

    static bool isDuplicate(Frame &f, const Json::object_t &obj, const std::string &k)
    {
        if (obj.size() < kLinearKeys) {
            return std::any_of(obj.begin(), obj.end(),
                               [&](const auto &member) { return member.first == k; });
        }
        if (!f.keys) {
            f.keys = std::make_unique<std::unordered_set<std::string>>();
            for (const auto &member : obj)
                f.keys->insert(member.first);
        }
        return !f.keys->insert(k).second;
    }

    /// The JSON pointer of the innermost open object or array: each open container is
    /// the last element (or the member with the last key) of the one around it.
    std::string topPath() const
    {
        std::string path;
        for (std::size_t i = 1; i < m_stack.size(); ++i) {
            const Json &parent = *m_stack[i - 1].value;
            if (parent.is_array())
                path = childPath(path, parent.size() - 1);
            else
                path = childPath(path, parent.get_ref<const Json::object_t &>().back().first);
        }
        return path;
    }

    /// Stores a value at the current position and returns where it is.
    Json *place(Json v)
    {
        if (m_stack.empty()) {
            root = std::move(v);
            return &root;
        }
        Frame &f = m_stack.back();
        if (f.value->is_array()) {
            auto *arr = f.value->get_ptr<Json::array_t *>();
            arr->push_back(std::move(v));
            return &arr->back();
        }
        *m_slot = std::move(v);
        return m_slot;
    }
    bool put(Json v)
    {
        if (m_skip == 0 && admit())
            place(std::move(v));
        return true;
    }
    bool open(Json v)
    {
        if (m_skip > 0 || !admit()) {
            ++m_skip;
            return true;
        }
        if (m_stack.size() >= static_cast<std::size_t>(kMaxDepth)) {
            failed = true; // the pre-scan refuses this before parsing; kept as a safety net
            errorMessage = "arrays and objects are nested too deeply";
            return false;
        }
        Frame f{nullptr, nullptr};
        limitsOf(f, v.is_array());
        f.value = place(std::move(v));
        m_stack.push_back(std::move(f));
        return true;
    }
    bool close()
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        const Frame &f = m_stack.back();
        if (f.limit >= 0 && f.count > (*m_limits)[static_cast<std::size_t>(f.limit)].max)
            overLimits.emplace_back(
                topPath(),
                overLimitMessage((*m_limits)[static_cast<std::size_t>(f.limit)], f.count));
        m_stack.pop_back();
        return true;
    }
};

} // namespace nwk::io
