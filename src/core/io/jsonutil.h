// SPDX-License-Identifier: GPL-3.0-or-later
// Private helpers of core/io: safe parsing of JSON text into located values, typed
// reading of object members with JSON-pointer-located diagnostics, canonical writing,
// and the encoding of unknown keys (UnknownFields). Nothing outside src/core/io
// includes this header.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/enums.h"
#include "nwk/core/limits.h"
#include "nwk/core/readlimits.h"
#include "nwk/core/session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace nwk::io {

/// Object keys keep their file order (unknown keys are written back in that order).
using Json = nlohmann::ordered_json;

inline constexpr qsizetype kMaxFileBytes = kMaxInputFileBytes; ///< larger files are refused
inline constexpr int kMaxDepth = kMaxInputDepth; ///< deeper nesting of [ and { is refused
inline constexpr int kMaxProblems = 100;         ///< diagnostics beyond this are summarised
inline constexpr qsizetype kShortText = 10000;   ///< ids, labels, names (UTF-16 units)
inline constexpr qsizetype kLongText = 1000000;  ///< notes, quotes, memos, descriptions

inline QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline std::string ss(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

/// Makes room for `capacity` members, moving the values. (ordered_map's pairs have a
/// const key, so they are not nothrow-movable: std::vector's own growth would copy
/// every member's value, whole subtrees included.)
inline void reserveMembers(Json::object_t &object, std::size_t capacity)
{
    if (capacity <= object.capacity())
        return;
    Json::object_t grown;
    grown.reserve(capacity);
    for (auto &member : object)
        grown.Json::object_t::Container::emplace_back(member.first, std::move(member.second));
    static_cast<Json::object_t::Container &>(object).swap(grown);
}

/// Appends a member without ordered_map's linear key lookup (which makes building an
/// object of n members O(n^2)). The caller guarantees that the key is not present.
inline void appendMember(Json &object, std::string key, Json value)
{
    auto *members = object.get_ptr<Json::object_t *>();
    if (members->size() == members->capacity())
        reserveMembers(*members, std::max<std::size_t>(8, 2 * members->size()));
    members->Json::object_t::Container::emplace_back(std::move(key), std::move(value));
}

/// Parses JSON text this program produced itself (the text of UnknownFields), in linear
/// time; a discarded value when the text is not JSON.
Json parseTrusted(const std::string &text);

/// "/a/b" + key, escaping '~' and '/' as JSON pointers require.
std::string childPath(const std::string &path, const std::string &key);
std::string childPath(const std::string &path, std::size_t index);

/// "a string", "a number", "null", ... for messages.
QString describeType(const Json &value);

/// A number as written in messages: shortest text that reads back to the same double.
QString formatNumber(double value);
/// "expected an integer, found 2.5", and for a whole number written with a fraction
/// "expected an integer, found 2.0 (write 2, without a decimal point)".
QString notAnIntegerMessage(double value);

/// Collects diagnostics up to kMaxProblems; the rest are counted and summarised by finish().
class Problems {
public:
    explicit Problems(Diagnostics &out)
        : m_out(out)
    {
    }
    void error(const std::string &path, const QString &message);
    void warning(const std::string &path, const QString &message);
    void add(Diagnostic d);
    bool hasErrors() const { return m_errors > 0; }
    int errorCount() const { return m_errors; }
    /// Appends "... N more problems" when some were dropped.
    void finish();

private:
    Diagnostics &m_out;
    int m_errors = 0;
    int m_dropped = 0;
};

/// Checks the header of a side file (codebook, synonyms): "format" must be the string
/// `formatName` (else "expected ...; this is not a Netwerkkaart <kind> file") and
/// `versionKey` an integer. That number, or nullopt (reported) when the header is wrong.
std::optional<std::int64_t> readFileHeader(const Json &doc, Problems &problems,
                                           const char *formatName, const char *kind,
                                           const std::string &versionKey);

/// Parses JSON text safely: size limit, nesting limit (checked before the recursive
/// parts of nlohmann run), strict UTF-8 (a leading BOM is skipped), syntax errors with
/// line and column, duplicate object keys. nullopt (with an error) when unusable.
/// With `limits` (a session's), an array of the top-level object or of an object in its
/// kSnapshotsKey array is refused when longer than its limit: its elements past the
/// limit are counted, not stored.
std::optional<Json> parseJsonText(const QByteArray &bytes, Problems &problems,
                                  const std::vector<SessionLimit> *limits = nullptr);
/// Byte offset of the `occurrence`-th (1-based) key `key` written in the object at JSON
/// pointer `objectPath` (keys compared as written, escapes included), or -1.
qsizetype findMemberKey(const char *text, qsizetype size, const std::string &objectPath,
                        const std::string &key, int occurrence);
/// Why parseJsonText() would refuse `bytes` by its limits alone (larger than
/// kMaxFileBytes, nested deeper than kMaxDepth); empty when within them. Writers check
/// their output with it, so that nothing is written that cannot be read back.
QString readLimitProblem(const QByteArray &bytes);
/// parseJsonText() of a document whose top level must be an object (else an error at
/// the root, and nullopt). Every file the core reads is one.
std::optional<Json> parseJsonObject(const QByteArray &bytes, Problems &problems,
                                    const std::vector<SessionLimit> *limits = nullptr);

/// The bytes of a file the core reads (session, deck, codebook, synonyms), or nullopt
/// and `error`, a message naming the file: it does not exist, is a folder or not a
/// regular file, is larger than kMaxFileBytes, cannot be opened or read. Qt resource
/// paths (":/...") are read as they are. (src/core/io/inputfile.cpp)
std::optional<QByteArray> readInputFile(const QString &fileName, QString &error);
/// Why a symbolic link leads to no file: a loop of links, or a missing target (named).
QString brokenLinkReason(const QString &fileName);

/// The result of a read that failed before parsing (the file could not be read): one
/// error without a path.
template <typename Result> Result readFailure(const QString &message)
{
    Result result;
    Diagnostic d;
    d.message = message;
    result.diagnostics.push_back(d);
    return result;
}

/// The start of a file of ours: {"format": `format`, "schemaVersion": `schemaVersion`}.
inline Json fileHeader(const char *format, int schemaVersion)
{
    Json doc = Json::object();
    doc["format"] = format;
    doc["schemaVersion"] = schemaVersion;
    return doc;
}

/// A file reader: the input file `fileName` (readInputFile()) parsed by `parse`, or
/// readFailure() with the reason when the file cannot be read.
template <typename Parse> auto readInputFileWith(const QString &fileName, Parse parse)
{
    using Result = decltype(parse(QByteArray()));
    QString error;
    const std::optional<QByteArray> bytes = readInputFile(fileName, error);
    return bytes ? parse(*bytes) : readFailure<Result>(error);
}

/// Runs `read`, which reads a file's document into `value`: an exception it throws
/// becomes the error "internal error while reading: ..." (and no value); then the
/// problems are finished (summarised past kMaxProblems). Every file reader uses it.
template <typename Value, typename Read>
void guardedRead(Problems &problems, std::optional<Value> &value, Read read)
{
    try {
        read();
    } catch (const std::exception &e) {
        value.reset();
        problems.error(
            std::string(),
            QStringLiteral("internal error while reading: %1").arg(QString::fromUtf8(e.what())));
    }
    problems.finish();
}

/// A file reader's result: `bytes` parsed as a JSON object, which `read(doc, problems)`
/// turns into the optional value stored in `value` (guardedRead(): an exception leaves
/// no value). `Result` holds `diagnostics` and the value.
template <typename Result, typename Value, typename Read>
Result parseJsonDocument(const QByteArray &bytes, std::optional<Value> Result::*value, Read read)
{
    Result result;
    Problems problems(result.diagnostics);
    guardedRead(problems, result.*value, [&] {
        if (const std::optional<Json> doc = parseJsonObject(bytes, problems))
            result.*value = read(*doc, problems);
    });
    return result;
}

/// Reads the members of one JSON object. Each getter records its key as known; an
/// absent key leaves the output untouched (the default). Wrong types are reported
/// with the member's JSON pointer and leave the output untouched too.
class ObjectReader {
public:
    ObjectReader(Problems &problems, const Json &object, std::string path)
        : m_problems(problems)
        , m_object(object)
        , m_path(std::move(path))
    {
        m_known.reserve(24);
    }

    const std::string &path() const { return m_path; }
    std::string pathOf(const char *key) const { return childPath(m_path, key); }
    Problems &problems() { return m_problems; }

    /// The member's value when present (recorded as known), else nullptr.
    const Json *member(const char *key);
    /// A required member: reports "missing" when absent.
    const Json *required(const char *key);
    /// The member when present and `((*value).*is)()`; else nullptr, and when present
    /// an error "expected <expected>, found ...".
    const Json *typed(const char *key, bool (Json::*is)() const noexcept, const QString &expected);

    void text(const char *key, QString &out, qsizetype maxLength = kShortText);
    void textList(const char *key, QStringList &out, qsizetype maxLength = kShortText);
    void flag(const char *key, bool &out);
    void integer(const char *key, qint64 &out);
    void integer(const char *key, int &out);
    void number(const char *key, double &out);

    template <typename E> void enumeration(const char *key, E &out)
    {
        const Json *v = typed(key, &Json::is_string, QStringLiteral("a string"));
        if (!v)
            return;
        const auto &text = v->get_ref<const std::string &>();
        if (auto e = enumFromString<E>(text)) {
            out = *e;
            return;
        }
        QStringList names;
        for (auto n : EnumNames<E>::names)
            names << QString::fromUtf8(n);
        m_problems.error(pathOf(key),
                         QStringLiteral("unknown value \"%1\" (expected one of: %2)")
                             .arg(qs(text).left(200), names.join(QStringLiteral(", "))));
    }

    /// An array of objects; readItem(ObjectReader &, T &) fills each element.
    template <typename List, typename F> void objects(const char *key, List &out, F readItem)
    {
        using T = typename List::value_type; // List: std::vector or SharedVector
        const Json *v = typed(key, &Json::is_array, QStringLiteral("an array"));
        if (!v)
            return;
        const std::string base = pathOf(key);
        out.clear();
        out.reserve(v->size());
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json &item = (*v)[i];
            const std::string itemPath = childPath(base, i);
            T value{};
            if (!item.is_object()) {
                m_problems.error(
                    itemPath,
                    QStringLiteral("expected an object, found %1").arg(describeType(item)));
            } else {
                ObjectReader r(m_problems, item, itemPath);
                readItem(r, value);
            }
            out.push_back(std::move(value));
        }
    }

    /// An optional nested object; reports a type error and returns nullptr when not an object.
    const Json *object(const char *key);

    /// The members no getter asked for, in file order (nullptr when none).
    Json unknownMembers() const;
    /// unknownMembers() plus the unknown members of nested objects (kept under the
    /// nested object's key, which can never be an unknown key itself).
    UnknownFields unknown(const Json &nested = Json()) const;
    /// Reports every unknown member as a warning "unknown key ignored".
    void warnUnknown() const;

    void typeError(const char *key, const QString &expected, const Json &found);

private:
    Problems &m_problems;
    const Json &m_object;
    std::string m_path;
    std::vector<const char *> m_known;
};

/// Builds one JSON object in canonical form: known members in call order (fieldtable.h
/// leaves out a member equal to its default), then the unknown members in their
/// original order.
class ObjectWriter {
public:
    explicit ObjectWriter(const UnknownFields &unknown = {});

    /// A member written (the tables of fieldtable.h decide when).
    void always(const char *key, Json value);
    /// A known member left out (at its default): an unknown member of that name is
    /// not restored either.
    void omitted(const char *key) { know(key); }
    /// A nested object, with the preserved unknown members it had in the file (kept
    /// by this object under `key`) appended.
    void nested(const char *key, Json value);

    Json finish();

private:
    /// Records a key as known (only when there are unknown members to restore).
    void know(const char *key);
    /// Sets a member: replaces its value, or appends it.
    void set(const char *key, Json value);

    Json m_object = Json::object();
    Json m_unknown; ///< null when the object had no unknown members
    std::vector<const char *> m_known;
};

/// A value written on one line, without spaces, wherever it stands in the canonical text
/// (ObjectWriter uses it for preserved unknown arrays and objects: their size then does
/// not grow with their depth, see docs/file-format.md). Only dumpCanonical() knows it.
Json compactValue(const Json &value);

/// Writes a JSON value as the project's canonical text: 2-space indent, UTF-8 (no
/// ASCII escaping), trailing newline; compactValue()s on one line.
QByteArray dumpCanonical(const Json &value);

} // namespace nwk::io
