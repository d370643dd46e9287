// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing a model type from its one description: a table of fields
// (JSON key, member pointer, rules), in file order. The reader and the writer walk
// the same table, so a field, its key, its order and its default are written once;
// the default is the model's own (the member's value in a default-constructed
// object, session.h). Private to core/io; the tables are in sessionfields.h.
//
// What a member's type means in the file:
//   QString, QStringList, bool, int, qint64, double, enum: a string, an array of
//     strings, true/false, an integer, a number, the enum's name;
//   std::vector<U>, SharedVector<U>: an array of U objects;
//   a type with `unknown` (Meta): a nested object keeping its own unknown keys;
//   another described type (DeckRef), or std::optional of one (Placement): a nested
//     object whose unknown keys are kept by the enclosing object.
#pragma once

#include "io/jsonutil.h"

#include <optional>
#include <tuple>
#include <type_traits>
#include <vector>

namespace nwk::io {

/// A field's rules (bits).
enum FieldRule : unsigned {
    kOmitDefault = 0,  ///< written only when it differs from the model's default; may be absent
    kAlways = 1u << 0, ///< written even at its default
    kLong = 1u << 1,   ///< text of up to kLongText characters (else kShortText)
};

template <typename T, typename M> struct Field {
    const char *key;
    M T::*member;
    unsigned rules = kOmitDefault;
    /// Run after the member was read (e.g. a warning about its value); may be null.
    void (*check)(ObjectReader &, const M &) = nullptr;
};

template <typename T, typename M>
constexpr Field<T, M> field(const char *key, M T::*member, unsigned rules = kOmitDefault,
                            void (*check)(ObjectReader &, const M &) = nullptr)
{
    return {key, member, rules, check};
}

/// Specialised per model type: `static constexpr std::tuple fields{field(...), ...};`.
template <typename T> struct Description;

namespace detail {
template <typename M> struct IsVector : std::false_type {
};
template <typename U> struct IsVector<std::vector<U>> : std::true_type {
};
template <typename U> struct IsVector<SharedVector<U>> : std::true_type {
};
template <typename M> struct IsOptional : std::false_type {
};
template <typename U> struct IsOptional<std::optional<U>> : std::true_type {
};
template <typename T>
concept KeepsUnknown = requires(T t)
{
    t.unknown;
};

inline const UnknownFields &unknownOf(const auto &value)
{
    static const UnknownFields none;
    if constexpr (KeepsUnknown<std::remove_cvref_t<decltype(value)>>)
        return value.unknown;
    else
        return none;
}
} // namespace detail

template <typename T> void readFields(ObjectReader &r, T &out, Json &nested);
template <typename T> void writeFields(ObjectWriter &w, const T &value);

/// One object (its unknown keys into `out.unknown` when the type keeps them).
template <typename T> void readObject(ObjectReader &r, T &out)
{
    Json nested; // unknown keys of nested objects without their own `unknown`
    readFields(r, out, nested);
    if constexpr (detail::KeepsUnknown<T>)
        out.unknown = r.unknown(nested);
}

/// The canonical object of a value: its fields in table order, then its unknown keys.
template <typename T> Json toJson(const T &value)
{
    ObjectWriter w(detail::unknownOf(value));
    writeFields(w, value);
    return w.finish();
}

namespace detail {

/// A nested object whose unknown keys the enclosing object keeps (under `key`).
template <typename U> bool readNested(ObjectReader &r, const char *key, U &out, Json &nested)
{
    const Json *object = r.object(key);
    if (!object)
        return false;
    ObjectReader nr(r.problems(), *object, r.pathOf(key));
    Json inner;
    readFields(nr, out, inner);
    Json unknown = nr.unknownMembers();
    if (!unknown.empty())
        nested[key] = std::move(unknown);
    return true;
}

template <typename T, typename M>
void readField(ObjectReader &r, T &out, Json &nested, const Field<T, M> &f)
{
    M &m = out.*f.member;
    if constexpr (std::is_same_v<M, QString>) {
        r.text(f.key, m, (f.rules & kLong) ? kLongText : kShortText);
    } else if constexpr (std::is_same_v<M, QStringList>) {
        r.textList(f.key, m);
    } else if constexpr (std::is_same_v<M, bool>) {
        r.flag(f.key, m);
    } else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, qint64>) {
        r.integer(f.key, m);
    } else if constexpr (std::is_same_v<M, double>) {
        r.number(f.key, m);
    } else if constexpr (std::is_enum_v<M>) {
        r.enumeration(f.key, m);
    } else if constexpr (IsVector<M>::value) {
        r.objects(f.key, m,
                  [](ObjectReader &ir, typename M::value_type &item) { readObject(ir, item); });
    } else if constexpr (IsOptional<M>::value) {
        typename M::value_type value{};
        if (readNested(r, f.key, value, nested))
            m = std::move(value);
    } else if constexpr (KeepsUnknown<M>) {
        if (const Json *object = r.object(f.key)) {
            ObjectReader nr(r.problems(), *object, r.pathOf(f.key));
            readObject(nr, m);
        }
    } else {
        readNested(r, f.key, m, nested);
    }
    if (f.check)
        f.check(r, m);
}

/// The JSON value of a member that is written in place (not a nested object).
template <typename M> Json valueOf(const M &m)
{
    if constexpr (std::is_same_v<M, QString>) {
        return ss(m);
    } else if constexpr (std::is_same_v<M, QStringList>) {
        Json a = Json::array();
        for (const QString &s : m)
            a.push_back(ss(s));
        return a;
    } else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, qint64>) {
        return static_cast<std::int64_t>(m);
    } else if constexpr (std::is_enum_v<M>) {
        return std::string(toString(m));
    } else if constexpr (IsVector<M>::value) {
        Json a = Json::array();
        for (const auto &item : m)
            a.push_back(toJson(item));
        return a;
    } else if constexpr (KeepsUnknown<M>) {
        return toJson(m);
    } else {
        return m; // bool, double
    }
}

template <typename T, typename M>
void writeField(ObjectWriter &w, const T &value, const T &defaults, const Field<T, M> &f)
{
    const M &m = value.*f.member;
    const bool write = (f.rules & kAlways) || !(m == defaults.*f.member);
    if constexpr (IsOptional<M>::value) {
        if (m && write)
            w.nested(f.key, toJson(*m));
        else
            w.omitted(f.key);
    } else if constexpr (!KeepsUnknown<M> && std::is_class_v<M> && !IsVector<M>::value &&
                         !std::is_same_v<M, QString> && !std::is_same_v<M, QStringList>) {
        if (write)
            w.nested(f.key, toJson(m));
        else
            w.omitted(f.key);
    } else if (write) {
        w.always(f.key, valueOf(m));
    } else {
        w.omitted(f.key);
    }
}

} // namespace detail

template <typename T> void readFields(ObjectReader &r, T &out, Json &nested)
{
    std::apply([&](const auto &...f) { (detail::readField(r, out, nested, f), ...); },
               Description<T>::fields);
}

template <typename T> void writeFields(ObjectWriter &w, const T &value)
{
    static const T defaults{};
    std::apply([&](const auto &...f) { (detail::writeField(w, value, defaults, f), ...); },
               Description<T>::fields);
}

} // namespace nwk::io
