// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical text of a JSON document (docs/file-format.md, "Writing"): nlohmann's
// pretty printing, except that preserved unknown arrays and objects stay on one line.
#include "io/jsonutil.h"

#include <string>

namespace nwk::io {

namespace {

/// The binary subtype that marks a compactValue(): its bytes are JSON text. (Binary
/// values never come from parsing JSON text, so nothing read can carry it.)
constexpr std::uint8_t kCompactSubtype = 0x4a;

/// nlohmann's pretty printing (indent 2), except that compact values are copied as they
/// are. Scalars and keys go through nlohmann's own serializer, so the text is the same.
class CanonicalWriter {
public:
    explicit CanonicalWriter(std::string &out)
        : m_out(out)
        , m_serializer(nlohmann::detail::output_adapter<char>(out), ' ',
                       Json::error_handler_t::replace)
    {
    }

    void write(const Json &value, std::size_t indent)
    {
        switch (value.type()) {
        case Json::value_t::object:
            container(value, indent, '{', '}', true);
            break;
        case Json::value_t::array:
            container(value, indent, '[', ']', false);
            break;
        case Json::value_t::binary: {
            const auto &bytes = value.get_binary();
            if (bytes.has_subtype() && bytes.subtype() == kCompactSubtype) {
                m_out.append(bytes.begin(), bytes.end());
                break;
            }
            [[fallthrough]];
        }
        default:
            m_serializer.dump(value, false, false, 0);
        }
    }

private:
    void container(const Json &value, std::size_t indent, char open, char close, bool keys)
    {
        if (value.empty()) {
            m_out += open;
            m_out += close;
            return;
        }
        m_out += open;
        m_out += '\n';
        const std::size_t inner = indent + 2;
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                m_out += ",\n";
            first = false;
            m_out.append(inner, ' ');
            if (keys) {
                m_serializer.dump(Json(it.key()), false, false, 0);
                m_out += ": ";
            }
            write(it.value(), inner);
        }
        m_out += '\n';
        m_out.append(indent, ' ');
        m_out += close;
    }

    std::string &m_out;
    nlohmann::detail::serializer<Json> m_serializer;
};

} // namespace

Json compactValue(const Json &value)
{
    if (!value.is_structured() || value.empty())
        return value; // written the same either way
    const std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    return Json::binary(Json::binary_t::container_type(text.begin(), text.end()), kCompactSubtype);
}

QByteArray dumpCanonical(const Json &value)
{
    std::string text;
    CanonicalWriter(text).write(value, 0);
    text += '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace nwk::io
