// SPDX-License-Identifier: GPL-3.0-or-later
// Safe parsing of JSON text (see parseJsonText in jsonutil.h).
#include "io/jsonutil.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_set>
#include <utility>

namespace nwk::io {

namespace {

/// Line and column (1-based; the column counts characters, not bytes) of a byte offset.
void locate(const char *text, qsizetype size, qsizetype offset, int &line, int &column)
{
    offset = std::clamp<qsizetype>(offset, 0, size);
    line = 1;
    column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
}

/// Offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const char *text, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // at most U+10FFFF
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

/// Offset of the bracket that opens level kMaxDepth + 1, or -1. Brackets inside
/// strings do not count.
qsizetype tooDeep(const char *text, qsizetype size)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

/// Builds the document without nlohmann's linear duplicate-key lookup (O(n) for huge
/// objects) and reports duplicate keys. JSON pointers are built only for a duplicate.
class Builder : public nlohmann::json_sax<Json> {
public:
    Json root;
    bool failed = false;
    std::size_t errorPosition = 0;
    std::string errorMessage;
    std::vector<std::pair<std::string, std::string>> duplicateKeys; // object path, key
    /// Arrays over their limit: JSON pointer, message.
    std::vector<std::pair<std::string, QString>> overLimits;

    explicit Builder(const std::vector<SessionLimit> *limits = nullptr)
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

/// nlohmann's message without its "[json.exception...] parse error at ...: " prefix and
/// the "last read: '...'" token echo (the line and column say where).
QString cleanParserMessage(const std::string &what)
{
    std::string m = what;
    if (!m.empty() && m.front() == '[') {
        const auto p = m.find("] ");
        if (p != std::string::npos)
            m.erase(0, p + 2);
    }
    if (m.rfind("parse error", 0) == 0) {
        const auto p = m.find(": ");
        if (p != std::string::npos)
            m.erase(0, p + 2);
    }
    const auto echo = m.find("; last read: '");
    if (echo != std::string::npos) {
        const auto expected = m.rfind("'; expected ");
        if (expected != std::string::npos && expected > echo)
            m.erase(echo, expected + 1 - echo);
        else
            m.erase(echo);
    }
    QString out = qs(m);
    if (out.size() > 300)
        out = out.left(300) + QStringLiteral("...");
    return out;
}

} // namespace

Json parseTrusted(const std::string &text)
{
    Builder builder;
    try {
        if (Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true,
                            false) &&
            !builder.failed)
            return std::move(builder.root);
    } catch (const std::exception &) {
    }
    return Json(Json::value_t::discarded);
}

QString readLimitProblem(const QByteArray &bytes)
{
    constexpr double kMiB = 1024.0 * 1024.0;
    if (bytes.size() > kMaxFileBytes) {
        return QStringLiteral("it would be %1 MiB, and Netwerkkaart opens files of at most %2 MiB")
            .arg(static_cast<double>(bytes.size()) / kMiB, 0, 'f', 1)
            .arg(kMaxFileBytes / (1024 * 1024));
    }
    if (tooDeep(bytes.constData(), bytes.size()) >= 0) {
        return QStringLiteral("its arrays and objects would be nested deeper than %1 levels, "
                              "and Netwerkkaart opens files nested at most %1 levels deep")
            .arg(kMaxDepth);
    }
    return {};
}

std::optional<Json> parseJsonText(const QByteArray &bytes, Problems &problems,
                                  const std::vector<SessionLimit> *limits)
{
    auto fail = [&](const QString &message, const char *text, qsizetype size, qsizetype offset) {
        Diagnostic d;
        d.message = message;
        if (offset >= 0)
            locate(text, size, offset, d.line, d.column);
        problems.add(std::move(d));
        return std::nullopt;
    };

    if (bytes.size() > kMaxFileBytes) {
        return fail(QStringLiteral("the file is too large (%1 MiB; at most %2 MiB)")
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(kMaxFileBytes / (1024 * 1024)),
                    nullptr, 0, -1);
    }
    const char *text = bytes.constData();
    qsizetype size = bytes.size();
    if (size >= 3 && std::memcmp(text, "\xEF\xBB\xBF", 3) == 0) { // UTF-8 byte order mark
        text += 3;
        size -= 3;
        // nlohmann would skip a second one; a file starts with at most one.
        if (size >= 3 && std::memcmp(text, "\xEF\xBB\xBF", 3) == 0)
            return fail(QStringLiteral("a second byte order mark; a file may start with one at "
                                       "most"),
                        text, size, 0);
    }
    if (QByteArrayView(text, size).trimmed().isEmpty())
        return fail(QStringLiteral("the file is empty"), text, size, -1);

    if (const qsizetype at = tooDeep(text, size); at >= 0) {
        return fail(
            QStringLiteral("arrays and objects are nested deeper than %1 levels").arg(kMaxDepth),
            text, size, at);
    }
    if (size >= 2 &&
        (std::memcmp(text, "\xFF\xFE", 2) == 0 || std::memcmp(text, "\xFE\xFF", 2) == 0))
        return fail(QStringLiteral("the file is UTF-16 text; it must be UTF-8"), text, size, 0);
    if (const qsizetype at = firstInvalidUtf8(text, size); at >= 0)
        return fail(QStringLiteral("invalid UTF-8 byte sequence (the file must be UTF-8 text)"),
                    text, size, at);

    Builder builder(limits);
    bool ok = false;
    try {
        ok = Json::sax_parse(text, text + size, &builder, Json::input_format_t::json, true, false);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("invalid JSON: %1").arg(cleanParserMessage(e.what())), text,
                    size, -1);
    }
    if (!ok || builder.failed) {
        const qsizetype offset =
            builder.errorPosition > 0 ? static_cast<qsizetype>(builder.errorPosition) - 1 : 0;
        QString message = cleanParserMessage(builder.errorMessage);
        if (offset + 1 < size && text[offset] == '/' &&
            (text[offset + 1] == '/' || text[offset + 1] == '*'))
            message = QStringLiteral("comments are not allowed in JSON");
        return fail(QStringLiteral("invalid JSON: %1").arg(message), text, size, offset);
    }
    builder.checkTotals();
    if (!builder.overLimits.empty()) {
        for (const auto &[path, message] : builder.overLimits)
            problems.error(path, message);
        return std::nullopt;
    }
    if (!builder.duplicateKeys.empty()) {
        std::map<std::pair<std::string, std::string>, int> repeats;
        for (const auto &[path, key] : builder.duplicateKeys) {
            const int occurrence = ++repeats[{path, key}] + 1;
            Diagnostic d;
            d.path = qs(path);
            d.message = QStringLiteral("duplicate key \"%1\"").arg(qs(key).left(200));
            // Where the key is written again in that object (the SAX parser gives no position).
            if (const qsizetype at = findMemberKey(text, size, path, key, occurrence); at >= 0)
                locate(text, size, at, d.line, d.column);
            problems.add(std::move(d));
        }
        return std::nullopt;
    }
    return std::move(builder.root);
}

} // namespace nwk::io
