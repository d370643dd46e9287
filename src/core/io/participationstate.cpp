// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round's saved state (docs/participation.md, "Resends and restarts"):
// credentials, devices and every proposal with its state, written beside the autosave's
// recovery file and read back, checked, when the session is recovered.
#include "nwk/core/participationround.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace nwk::participation {

namespace {

using Json = nlohmann::json;

constexpr int kStateVersion = 1;
constexpr std::size_t kMaxSaved = 100000; ///< devices or proposals

std::string ss(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

const char *kindName(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::Tick:
        return "tick";
    case Proposal::Kind::Place:
        return "place";
    case Proposal::Kind::NewParticipant:
        return "iamNew";
    case Proposal::Kind::Partner:
        break;
    }
    return "partner";
}

struct Bad {
    QString message;
};

class Reader {
public:
    Reader(const Json &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
        if (!object.is_object())
            throw Bad{m_path + QStringLiteral(": expected an object")};
    }
    const Json &member(const char *key, Json::value_t type) const
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            throw Bad{at(key) + QStringLiteral(": missing")};
        const bool ok =
            type == Json::value_t::number_integer ? it->is_number_integer() : it->type() == type;
        if (!ok)
            throw Bad{at(key) + QStringLiteral(": wrong type")};
        return *it;
    }
    QString string(const char *key) const
    {
        const auto &s = member(key, Json::value_t::string).get_ref<const std::string &>();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    bool boolean(const char *key) const { return member(key, Json::value_t::boolean).get<bool>(); }
    qint64 integer(const char *key, qint64 min, qint64 max) const
    {
        const auto v = member(key, Json::value_t::number_integer).get<qint64>();
        if (v < min || v > max)
            throw Bad{at(key) + QStringLiteral(": out of range")};
        return v;
    }
    const Json &array(const char *key) const
    {
        const Json &a = member(key, Json::value_t::array);
        if (a.size() > kMaxSaved)
            throw Bad{at(key) + QStringLiteral(": too many entries")};
        return a;
    }
    QString at(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }

private:
    const Json &m_object;
    QString m_path;
};

QString itemPath(const char *array, std::size_t i)
{
    return QStringLiteral("$.%1[%2]").arg(QLatin1String(array)).arg(i);
}

Proposal readProposal(const Reader &r)
{
    Proposal p;
    static const QStringList kinds = {QStringLiteral("partner"), QStringLiteral("tick"),
                                      QStringLiteral("place"), QStringLiteral("iamNew")};
    static const QStringList states = {QStringLiteral("sent"), QStringLiteral("accepted"),
                                       QStringLiteral("merged"), QStringLiteral("rejected")};
    const qsizetype kind = kinds.indexOf(r.string("kind"));
    if (kind < 0)
        throw Bad{r.at("kind") + QStringLiteral(": unknown kind")};
    p.kind = static_cast<Proposal::Kind>(kind);
    p.device = r.string("device");
    p.cid = r.string("cid");
    p.participant = r.string("participant");
    p.label = r.string("label");
    p.category = r.string("category");
    p.partner = r.string("partner");
    p.on = r.boolean("on");
    p.ring = int(r.integer("ring", 0, kMaxRing));
    p.state = r.string("state");
    if (!states.contains(p.state))
        throw Bad{r.at("state") + QStringLiteral(": unknown state")};
    p.result = r.string("result");
    return p;
}

RoundState readState(const Json &doc)
{
    const Reader top(doc, QStringLiteral("$"));
    if (top.integer("version", 1, 1000) != kStateVersion)
        throw Bad{QStringLiteral("$.version: not a version this program reads")};
    RoundState s;
    s.token = top.string("token");
    s.joinCode = top.string("joinCode");
    s.port = int(top.integer("port", 0, 65535));
    const Json &devices = top.array("devices");
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const Reader r(devices[i], itemPath("devices", i));
        s.devices.push_back(Device{r.string("id"), r.string("participant"), r.boolean("pendingNew"),
                                   r.string("role"), int(r.integer("proposals", 0, 1 << 30))});
    }
    const Json &removed = top.array("removed");
    for (std::size_t i = 0; i < removed.size(); ++i) {
        if (!removed[i].is_string())
            throw Bad{itemPath("removed", i) + QStringLiteral(": expected a string")};
        s.removed << QString::fromStdString(removed[i].get<std::string>());
    }
    const Json &proposals = top.array("proposals");
    for (std::size_t i = 0; i < proposals.size(); ++i)
        s.proposals.push_back(readProposal(Reader(proposals[i], itemPath("proposals", i))));
    return s;
}

} // namespace

QByteArray writeRoundState(const RoundState &s)
{
    Json devices = Json::array(), removed = Json::array(), proposals = Json::array();
    for (const auto &d : s.devices)
        devices.push_back({{"id", ss(d.id)},
                           {"participant", ss(d.participant)},
                           {"pendingNew", d.pendingNew},
                           {"role", ss(d.role)},
                           {"proposals", d.proposals}});
    for (const auto &r : s.removed)
        removed.push_back(ss(r));
    for (const auto &p : s.proposals)
        proposals.push_back({{"kind", kindName(p.kind)},
                             {"device", ss(p.device)},
                             {"cid", ss(p.cid)},
                             {"participant", ss(p.participant)},
                             {"label", ss(p.label)},
                             {"category", ss(p.category)},
                             {"partner", ss(p.partner)},
                             {"on", p.on},
                             {"ring", p.ring},
                             {"state", ss(p.state)},
                             {"result", ss(p.result)}});
    const Json doc = {{"format", "netwerkkaart-participation"},
                      {"version", kStateVersion},
                      {"token", ss(s.token)},
                      {"joinCode", ss(s.joinCode)},
                      {"port", s.port},
                      {"devices", devices},
                      {"removed", removed},
                      {"proposals", proposals}};
    const std::string text = doc.dump(1, '\t', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::optional<RoundState> readRoundState(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Json doc;
    try {
        doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const Json::parse_error &e) {
        return fail(QStringLiteral("$: not JSON (byte %1)").arg(e.byte));
    }
    try {
        RoundState s = readState(doc);
        static const QRegularExpression token(QStringLiteral("^[0-9a-f]{32}$"));
        static const QRegularExpression code(QStringLiteral("^[0-9]{6}$"));
        if (!token.match(s.token).hasMatch())
            return fail(QStringLiteral("$.token: expected 32 lowercase hex digits"));
        if (!code.match(s.joinCode).hasMatch())
            return fail(QStringLiteral("$.joinCode: expected 6 digits"));
        return s;
    } catch (const Bad &bad) {
        return fail(bad.message);
    }
}

} // namespace nwk::participation
