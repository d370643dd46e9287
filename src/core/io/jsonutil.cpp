// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonutil.h"

#include <cmath>

#include <QLocale>

#include <algorithm>
#include <limits>

namespace nwk::io {

std::string childPath(const std::string &path, const std::string &key)
{
    std::string out = path;
    out.reserve(path.size() + key.size() + 1);
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string childPath(const std::string &path, std::size_t index)
{
    return path + '/' + std::to_string(index);
}

QString describeType(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return QStringLiteral("a number");
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("an unsupported value");
    }
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString notAnIntegerMessage(double value)
{
    const QString shown = formatNumber(value);
    if (std::isfinite(value) && std::floor(value) == value && std::abs(value) < 1e15)
        return QStringLiteral("expected an integer, found %1.0 (write %1, without a decimal point)")
            .arg(shown);
    return QStringLiteral("expected an integer, found %1").arg(shown);
}

// --- Problems -------------------------------------------------------------------------

void Problems::add(Diagnostic d)
{
    if (d.severity == Diagnostic::Severity::Error)
        ++m_errors;
    if (static_cast<int>(m_out.size()) >= kMaxProblems) {
        ++m_dropped;
        return;
    }
    m_out.push_back(std::move(d));
}

void Problems::error(const std::string &path, const QString &message)
{
    Diagnostic d;
    d.path = qs(path);
    d.message = message;
    add(std::move(d));
}

void Problems::warning(const std::string &path, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.path = qs(path);
    d.message = message;
    add(std::move(d));
}

void Problems::finish()
{
    if (m_dropped == 0)
        return;
    Diagnostic d;
    d.severity = m_errors > 0 ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    d.message = QStringLiteral("%1 more problems not shown").arg(m_dropped);
    m_out.push_back(std::move(d));
    m_dropped = 0;
}

// --- ObjectReader ---------------------------------------------------------------------

const Json *ObjectReader::member(const char *key)
{
    m_known.push_back(key);
    auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &it.value();
}

const Json *ObjectReader::required(const char *key)
{
    const Json *v = member(key);
    if (!v)
        m_problems.error(pathOf(key), QStringLiteral("missing"));
    return v;
}

void ObjectReader::typeError(const char *key, const QString &expected, const Json &found)
{
    m_problems.error(pathOf(key),
                     QStringLiteral("expected %1, found %2").arg(expected, describeType(found)));
}

/// `path()` gives the value's JSON pointer; it is built only for a message.
template <typename PathFn>
static bool readText(Problems &problems, const Json &v, PathFn path, QString &out,
                     qsizetype maxLength)
{
    if (!v.is_string()) {
        problems.error(path(), QStringLiteral("expected a string, found %1").arg(describeType(v)));
        return false;
    }
    QString value = qs(v.get_ref<const std::string &>());
    if (value.size() > maxLength) {
        problems.error(path(), QStringLiteral("text is too long (%1 characters; at most %2)")
                                   .arg(value.size())
                                   .arg(maxLength));
        return false;
    }
    out = std::move(value);
    return true;
}

void ObjectReader::text(const char *key, QString &out, qsizetype maxLength)
{
    if (const Json *v = member(key))
        readText(
            m_problems, *v, [&] { return pathOf(key); }, out, maxLength);
}

const Json *ObjectReader::typed(const char *key, bool (Json::*is)() const noexcept,
                                const QString &expected)
{
    const Json *v = member(key);
    if (v && !((*v).*is)()) {
        typeError(key, expected, *v);
        return nullptr;
    }
    return v;
}

void ObjectReader::textList(const char *key, QStringList &out, qsizetype maxLength)
{
    const Json *v = typed(key, &Json::is_array, QStringLiteral("an array of strings"));
    if (!v)
        return;
    QStringList list;
    list.reserve(static_cast<qsizetype>(v->size()));
    for (std::size_t i = 0; i < v->size(); ++i) {
        QString item;
        readText(
            m_problems, (*v)[i], [&] { return childPath(pathOf(key), i); }, item, maxLength);
        list.push_back(std::move(item));
    }
    out = std::move(list);
}

void ObjectReader::flag(const char *key, bool &out)
{
    if (const Json *v = typed(key, &Json::is_boolean, QStringLiteral("true or false")))
        out = v->get<bool>();
}

void ObjectReader::integer(const char *key, qint64 &out)
{
    const Json *v = member(key);
    if (!v)
        return;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())) {
            m_problems.error(pathOf(key), QStringLiteral("%1 is out of range").arg(u));
            return;
        }
        out = static_cast<qint64>(u);
    } else if (v->is_number_integer()) {
        out = v->get<std::int64_t>();
    } else if (v->is_number()) {
        m_problems.error(pathOf(key), notAnIntegerMessage(v->get<double>()));
    } else {
        typeError(key, QStringLiteral("an integer"), *v);
    }
}

void ObjectReader::integer(const char *key, int &out)
{
    qint64 value = out;
    integer(key, value);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        m_problems.error(pathOf(key), QStringLiteral("%1 is out of range").arg(value));
        return;
    }
    out = static_cast<int>(value);
}

void ObjectReader::number(const char *key, double &out)
{
    if (const Json *v = typed(key, &Json::is_number, QStringLiteral("a number")))
        out = v->get<double>();
}

const Json *ObjectReader::object(const char *key)
{
    return typed(key, &Json::is_object, QStringLiteral("an object"));
}

static bool isKnown(const std::vector<const char *> &known, const std::string &key)
{
    return std::any_of(known.begin(), known.end(), [&](const char *n) { return key == n; });
}

Json ObjectReader::unknownMembers() const
{
    Json out = Json::object();
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!isKnown(m_known, it.key()))
            appendMember(out, it.key(), it.value());
    }
    return out;
}

UnknownFields ObjectReader::unknown(const Json &nested) const
{
    Json u = unknownMembers();
    if (nested.is_object()) {
        // Nested keys are names of known members, so never among the unknown ones.
        for (auto it = nested.begin(); it != nested.end(); ++it)
            appendMember(u, it.key(), it.value());
    }
    UnknownFields out;
    if (!u.empty())
        out.json = u.dump(-1, ' ', false, Json::error_handler_t::replace);
    return out;
}

void ObjectReader::warnUnknown() const
{
    const Json u = unknownMembers();
    for (auto it = u.begin(); it != u.end(); ++it)
        m_problems.warning(childPath(m_path, it.key()), QStringLiteral("unknown key ignored"));
}

// --- ObjectWriter ---------------------------------------------------------------------

ObjectWriter::ObjectWriter(const UnknownFields &unknown)
{
    if (unknown.json.empty())
        return;
    Json parsed = parseTrusted(unknown.json);
    if (parsed.is_object())
        m_unknown = std::move(parsed);
    m_known.reserve(24);
}

void ObjectWriter::know(const char *key)
{
    if (!m_unknown.is_null()) // the known keys matter only for the unknown members
        m_known.push_back(key);
}

void ObjectWriter::set(const char *key, Json value)
{
    for (auto &member : *m_object.get_ptr<Json::object_t *>()) {
        if (member.first == key) {
            member.second = std::move(value);
            return;
        }
    }
    appendMember(m_object, key, std::move(value));
}

void ObjectWriter::always(const char *key, Json value)
{
    know(key);
    set(key, std::move(value));
}

static void appendNestedUnknown(Json &target, const Json &unknown, const char *key)
{
    auto it = unknown.find(key);
    if (it == unknown.end() || !it->is_object())
        return;
    for (auto m = it->begin(); m != it->end(); ++m) {
        if (!target.contains(m.key()))
            target[m.key()] = compactValue(m.value());
    }
}

void ObjectWriter::nested(const char *key, Json value)
{
    know(key);
    appendNestedUnknown(value, m_unknown, key);
    set(key, std::move(value));
}

Json ObjectWriter::finish()
{
    if (m_unknown.is_null())
        return std::move(m_object);
    reserveMembers(*m_object.get_ptr<Json::object_t *>(), m_object.size() + m_unknown.size());
    for (auto it = m_unknown.begin(); it != m_unknown.end(); ++it) {
        if (!isKnown(m_known, it.key())) // only known keys were written so far
            appendMember(m_object, it.key(), compactValue(it.value()));
    }
    return std::move(m_object);
}

std::optional<std::int64_t> readFileHeader(const Json &doc, Problems &problems,
                                           const char *formatName, const char *kind,
                                           const std::string &versionKey)
{
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() ||
        format->get_ref<const std::string &>() != formatName) {
        problems.error("/format",
                       QStringLiteral("expected \"%1\"; this is not a Netwerkkaart %2 file")
                           .arg(QLatin1String(formatName), QLatin1String(kind)));
        return std::nullopt;
    }
    const auto version = doc.find(versionKey);
    if (version == doc.end() || !version->is_number_integer()) {
        problems.error("/" + versionKey, QStringLiteral("missing or not an integer"));
        return std::nullopt;
    }
    return version->get<std::int64_t>();
}

} // namespace nwk::io
