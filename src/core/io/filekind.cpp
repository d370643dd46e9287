// SPDX-License-Identifier: GPL-3.0-or-later
// The top-level "format" marker, read with a SAX handler that stops as soon as it is
// known: no document is built, deep nesting is not followed past a limit.
#include "nwk/core/filekind.h"

#include "nwk/core/readlimits.h"
#include "nwk/core/sessionio.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <string>

namespace nwk {

namespace {

using Json = nlohmann::json;

class FormatFinder : public nlohmann::json_sax<Json> {
public:
    std::string format;
    bool found = false;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool string(string_t &text) override
    {
        if (m_depth == 1 && m_formatKey) {
            format = text;
            found = true;
            return false; // done: stop parsing
        }
        return value();
    }
    bool start_object(std::size_t) override { return open(); }
    bool start_array(std::size_t) override { return m_depth > 0 && open(); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t &name) override
    {
        m_formatKey = m_depth == 1 && name == "format";
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }

private:
    static constexpr int kMaxDepth = 200;
    int m_depth = 0;
    bool m_formatKey = false;

    /// A scalar: at the top level it means "not an object"; "format" must be a string.
    bool value()
    {
        if (m_depth == 0)
            return false;
        if (m_depth == 1 && m_formatKey)
            return false;
        return true;
    }
    bool open()
    {
        if (m_depth == 1 && m_formatKey)
            return false; // "format" holds an object or array
        m_formatKey = false;
        return ++m_depth <= kMaxDepth;
    }
    bool close()
    {
        --m_depth;
        return m_depth > 0; // the top-level object ended without "format"
    }
};

} // namespace

FileKind detectFileKind(const QByteArray &bytes)
{
    FormatFinder finder;
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    Json::sax_parse(begin, begin + bytes.size(), &finder);
    if (!finder.found)
        return FileKind::Unknown;
    if (finder.format == kFormatName)
        return FileKind::Session;
    if (finder.format == kDeckFormatName)
        return FileKind::Deck;
    return FileKind::Unknown;
}

FileKind fileKindOf(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!info.isFile() || info.size() > kMaxInputFileBytes)
        return FileKind::Unknown;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unknown;
    // A session or deck is a JSON object: a file whose first character (after a byte order
    // mark and white space, as the parser skips them) is not "{" is none, and is not read
    // further (an export written over again is megabytes of SVG or PNG).
    const QByteArray head = file.peek(4096);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
        ++i;
    if (i < head.size() && head[i] != '{')
        return FileKind::Unknown;
    return detectFileKind(file.readAll());
}

} // namespace nwk
