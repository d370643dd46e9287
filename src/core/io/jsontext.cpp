// SPDX-License-Identifier: GPL-3.0-or-later
// Safe parsing of JSON text (see parseJsonText in jsonutil.h).
#include "io/jsonbuilder.h"
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
    JsonBuilder builder;
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

    JsonBuilder builder(limits);
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
