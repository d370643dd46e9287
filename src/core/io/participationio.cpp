// SPDX-License-Identifier: GPL-3.0-or-later
// The participation protocol's JSON (docs/participation.md, "Messages"): a phone's
// message parsed with validation, each refusal located ("$.label: ..."); the editor's
// messages written.
#include "nwk/core/participation.h"

#include <nlohmann/json.hpp>

namespace nwk::participation {

namespace {

using Json = nlohmann::json;

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string ss(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

/// U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069: text direction marks,
/// embeddings, overrides and isolates.
bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString typeName(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::boolean:
        return QStringLiteral("true or false");
    case Json::value_t::object:
        return QStringLiteral("an object");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::null:
        return QStringLiteral("null");
    default:
        return QStringLiteral("a number");
    }
}

/// Thrown (and caught in parseClientMessage) for the first problem of a message.
struct Bad {
    explicit Bad(QString text)
        : message(std::move(text))
    {
    }
    QString message;
    QString cid; ///< set when the message had a valid one
};

/// Index of the first byte that is not part of well-formed UTF-8 (no overlong forms,
/// no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned c = b[i];
        int extra = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return i;
            const unsigned d = b[i + k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += 1 + extra;
    }
    return -1;
}

class Reader {
public:
    explicit Reader(const Json &object)
        : m_object(object)
    {
    }
    const Json &member(const char *key) const
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            throw Bad{path(key) + QStringLiteral(": missing")};
        return *it;
    }
    QString string(const char *key) const
    {
        const Json &v = member(key);
        if (!v.is_string())
            throw Bad{path(key) + QStringLiteral(": expected a string, found ") + typeName(v)};
        return qs(v.get<std::string>());
    }
    /// An id of the phone's own: `min` to kMaxClientId characters of [A-Za-z0-9_-].
    QString clientId(const char *key, qsizetype min) const
    {
        const QString id = string(key);
        if (id.size() < min || id.size() > kMaxClientId)
            throw Bad{path(key) + QStringLiteral(": expected %1 to %2 characters, found %3")
                                      .arg(min)
                                      .arg(kMaxClientId)
                                      .arg(id.size())};
        for (const QChar c : id)
            if (!(c.isDigit() || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                  c == u'_' || c == u'-'))
                throw Bad{path(key) + QStringLiteral(": only letters A-Z, digits, _ and - "
                                                     "are allowed")};
        return id;
    }
    /// A session id: 1 to kMaxSessionId characters, no control characters; empty
    /// only when `mayBeEmpty`.
    QString sessionId(const char *key, bool mayBeEmpty = false) const
    {
        const QString id = string(key);
        if (id.isEmpty() && mayBeEmpty)
            return id;
        if (id.isEmpty() || id.size() > kMaxSessionId)
            throw Bad{path(key) +
                      QStringLiteral(": expected an id of 1 to %1 characters").arg(kMaxSessionId)};
        for (const QChar c : id)
            if (c.category() == QChar::Other_Control || c.isSpace())
                throw Bad{path(key) + QStringLiteral(": an id has no spaces or control "
                                                     "characters")};
        return id;
    }
    /// Trimmed and simplified, 1 to kMaxLabel characters, no control characters; the
    /// bidirectional controls (marks, embeddings, overrides, isolates) are dropped, so a
    /// label cannot reorder the text it is shown in.
    QString text(const char *key) const
    {
        QString raw = string(key);
        for (const QChar c : raw)
            if (c.category() == QChar::Other_Control && !c.isSpace())
                throw Bad{path(key) + QStringLiteral(": holds a control character")};
        raw.removeIf([](QChar c) { return isBidiControl(c); });
        const QString t = raw.simplified();
        if (t.isEmpty())
            throw Bad{path(key) + QStringLiteral(": empty")};
        if (t.size() > kMaxLabel)
            throw Bad{path(key) + QStringLiteral(": longer than %1 characters").arg(kMaxLabel)};
        return t;
    }
    bool boolean(const char *key) const
    {
        const Json &v = member(key);
        if (!v.is_boolean())
            throw Bad{path(key) + QStringLiteral(": expected true or false, found ") + typeName(v)};
        return v.get<bool>();
    }
    int ring(const char *key) const
    {
        const Json &v = member(key);
        if (!v.is_number_integer())
            throw Bad{path(key) + QStringLiteral(": expected a whole number, found ") +
                      typeName(v)};
        const auto r = v.get<std::int64_t>();
        if (r < 1 || r > kMaxRing)
            throw Bad{path(key) + QStringLiteral(": expected a ring from 1 to %1").arg(kMaxRing)};
        return static_cast<int>(r);
    }
    static QString path(const char *key) { return QStringLiteral("$.") + QLatin1String(key); }

private:
    const Json &m_object;
};

ClientMessage readMessage(const Reader &r, const QString &type)
{
    if (type == u"hello")
        return Hello{r.clientId("device", kMinDeviceId)};
    if (type == u"iam")
        return Iam{r.sessionId("participant")};
    if (type == u"iamNew")
        return IamNew{r.text("role")};
    if (type == u"ping")
        return Ping{};
    const QString cid = r.clientId("cid", 1);
    try {
        if (type == u"partner")
            return PartnerName{cid, r.text("label"), r.sessionId("category", true)};
        if (type == u"tick")
            return Tick{cid, r.sessionId("partner"), r.boolean("on")};
        return Place{cid, r.sessionId("partner"), r.sessionId("category"), r.ring("ring")};
    } catch (Bad &bad) {
        bad.cid = cid;
        throw;
    }
}

/// The members of a JSON object's text, without its braces.
QByteArray members(const Json &object)
{
    const std::string text = object.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data() + 1, qsizetype(text.size()) - 2);
}

} // namespace

Parsed parseClientMessage(const QByteArray &bytes)
{
    Parsed out;
    const auto refuse = [&out](const char *code, const QString &message, const QString &cid) {
        out.refusal = Refusal{QString::fromLatin1(code), message, cid};
        return out;
    };
    if (bytes.size() > kMaxMessageBytes)
        return refuse("too-large",
                      QStringLiteral("$: %1 bytes, more than the %2 a message may have")
                          .arg(bytes.size())
                          .arg(kMaxMessageBytes),
                      {});
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return refuse("invalid", QStringLiteral("$: not valid UTF-8 (byte %1)").arg(bad + 1), {});
    Json doc;
    try {
        doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const Json::parse_error &e) {
        return refuse("invalid", QStringLiteral("$: not JSON (byte %1)").arg(e.byte), {});
    }
    if (!doc.is_object())
        return refuse("invalid", QStringLiteral("$: expected an object, found ") + typeName(doc),
                      {});
    const Reader reader(doc);
    try {
        const QString type = reader.string("t");
        static const QStringList known = {QStringLiteral("hello"),  QStringLiteral("iam"),
                                          QStringLiteral("iamNew"), QStringLiteral("partner"),
                                          QStringLiteral("tick"),   QStringLiteral("place"),
                                          QStringLiteral("ping")};
        if (!known.contains(type))
            return refuse("invalid",
                          QStringLiteral("$.t: unknown message type \"%1\"").arg(type.left(20)),
                          {});
        out.message = readMessage(reader, type);
    } catch (const Bad &bad) {
        return refuse("invalid", bad.message, bad.cid);
    }
    return out;
}

QByteArray writeServerMessage(const ServerMessage &message)
{
    Json j;
    if (const auto *w = std::get_if<Welcome>(&message)) {
        return writeWelcome(writeWelcomeView(w->view), *w);
    } else if (const auto *s = std::get_if<ProposalState>(&message)) {
        j = {{"t", "state"},
             {"cid", ss(s->cid)},
             {"state", ss(s->state)},
             {"partner", ss(s->partner)}};
    } else if (const auto *e = std::get_if<Refusal>(&message)) {
        j = {{"t", "error"}, {"code", ss(e->code)}, {"message", ss(e->message)}};
        if (!e->cid.isEmpty())
            j["cid"] = ss(e->cid);
    } else if (std::holds_alternative<Removed>(message)) {
        j = {{"t", "removed"}};
    } else {
        j = {{"t", "pong"}};
    }
    const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray writeWelcomeView(const RoundView &view)
{
    Json participants = Json::array(), categories = Json::array(), partners = Json::array();
    for (const auto &p : view.participants)
        participants.push_back({{"id", ss(p.id)}, {"code", ss(p.code)}, {"role", ss(p.role)}});
    for (const auto &c : view.categories)
        categories.push_back({{"id", ss(c.id)}, {"label", ss(c.label)}, {"color", ss(c.color)}});
    for (const auto &p : view.partners)
        partners.push_back(
            {{"id", ss(p.id)}, {"label", ss(p.label)}, {"category", ss(p.category)}});
    return members({{"t", "welcome"},
                    {"lang", ss(view.language)},
                    {"round", ss(view.round)},
                    {"participants", participants},
                    {"categories", categories},
                    {"rings", view.rings},
                    {"partners", partners}});
}

QByteArray writeWelcome(const QByteArray &viewMembers, const Welcome &own)
{
    Json proposals = Json::array(), ticks = Json::array();
    for (const auto &p : own.proposals)
        proposals.push_back(
            {{"cid", ss(p.cid)}, {"state", ss(p.state)}, {"partner", ss(p.partner)}});
    for (const auto &t : own.ticks)
        ticks.push_back(ss(t));
    const Json mine = {{"you", {{"participant", ss(own.participant)}, {"pending", own.pending}}},
                       {"proposals", proposals},
                       {"ticks", ticks}};
    return '{' + viewMembers + ',' + members(mine) + '}';
}

} // namespace nwk::participation
