// SPDX-License-Identifier: GPL-3.0-or-later
// The participation round: devices, proposals and their states, idempotent resends and
// the per-device limits (docs/participation.md).
#include "nwk/core/participationround.h"

#include <QRandomGenerator>

#include <algorithm>

namespace nwk::participation {

namespace {

QString key(const QString &device, const QString &cid)
{
    return device + QLatin1Char('\n') + cid;
}

Refusal refusal(const char *code, const QString &message, const QString &cid = {})
{
    return Refusal{QString::fromLatin1(code), message, cid};
}

Reply refused(const char *code, const QString &message, const QString &cid = {})
{
    Reply r;
    r.messages.push_back(refusal(code, message, cid));
    r.refused = message;
    return r;
}

template <typename T> bool hasId(const std::vector<T> &items, const QString &id)
{
    return std::any_of(items.begin(), items.end(), [&](const T &x) { return x.id == id; });
}

} // namespace

ParticipationRound::ParticipationRound(const Limits &limits)
    : m_limits(limits)
{
}

QString ParticipationRound::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString token;
    for (const quint32 w : words)
        token += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return token;
}

QString ParticipationRound::newJoinCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10,
                                    QLatin1Char('0'));
}

void ParticipationRound::start(const QString &token, const QString &joinCode, int port)
{
    m_state = RoundState{token, joinCode, port, {}, {}, {}};
    m_index.clear();
    m_buckets.clear();
    m_joinTries.clear();
    m_joinWrong = 0;
}

bool ParticipationRound::restore(const QByteArray &bytes, QString *error)
{
    auto state = readRoundState(bytes, error);
    if (!state)
        return false;
    start(state->token, state->joinCode, state->port);
    m_state = std::move(*state);
    for (qsizetype i = 0; i < qsizetype(m_state.proposals.size()); ++i) {
        auto &p = m_state.proposals[std::size_t(i)];
        p.reported = p.state != u"sent";
        m_index.insert(key(p.device, p.cid), i);
    }
    return true;
}

QByteArray ParticipationRound::saveState() const
{
    return writeRoundState(m_state);
}

bool ParticipationRound::admit(const QString &device, qint64 nowMs)
{
    auto it = m_buckets.find(device);
    if (it == m_buckets.end())
        it = m_buckets.insert(device, Bucket{double(m_limits.burst), nowMs});
    Bucket &b = *it;
    const double refill =
        double(std::max<qint64>(0, nowMs - b.lastMs)) * m_limits.perSecond / 1000.0;
    b.tokens = std::min(double(m_limits.burst), b.tokens + refill);
    b.lastMs = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

Device *ParticipationRound::findDevice(const QString &id)
{
    auto it = std::find_if(m_state.devices.begin(), m_state.devices.end(),
                           [&](const Device &d) { return d.id == id; });
    return it == m_state.devices.end() ? nullptr : &*it;
}

const Device *ParticipationRound::device(const QString &id) const
{
    return const_cast<ParticipationRound *>(this)->findDevice(id);
}

const Proposal *ParticipationRound::proposal(const QString &device, const QString &cid) const
{
    const auto it = m_index.find(key(device, cid));
    return it == m_index.end() ? nullptr : &m_state.proposals[std::size_t(*it)];
}

Welcome ParticipationRound::welcome(const QString &id) const
{
    Welcome w = own(id);
    w.view = m_view;
    w.view.marks.clear();
    return w;
}

QByteArray ParticipationRound::welcomeText(const QString &id) const
{
    if (m_viewText.isEmpty())
        m_viewText = writeWelcomeView(m_view);
    return writeWelcome(m_viewText, own(id));
}

Welcome ParticipationRound::own(const QString &id) const
{
    Welcome w;
    if (const Device *d = device(id)) {
        w.participant = d->participant;
        w.pending = d->pendingNew;
        for (const auto &m : m_view.marks)
            if (!d->participant.isEmpty() && m.first == d->participant)
                w.ticks = m.second;
    }
    for (const auto &p : m_state.proposals)
        if (p.device == id && p.kind != Proposal::Kind::NewParticipant)
            w.proposals.push_back(ProposalState{p.cid, p.state, p.result});
    return w;
}

Reply ParticipationRound::receiveHello(const QString &id)
{
    Reply r;
    if (isRemoved(id)) {
        r.messages.push_back(Removed{});
        r.close = true;
        r.refused = QStringLiteral("a removed device tried to join again");
        return r;
    }
    if (!findDevice(id)) {
        if (int(m_state.devices.size()) >= m_limits.maxDevices)
            return refused("rate", QStringLiteral("$.device: %1 devices have joined, the most a "
                                                  "round takes")
                                       .arg(m_limits.maxDevices));
        m_state.devices.push_back(Device{id, {}, false, {}, 0});
    }
    r.device = id;
    r.devicesChanged = true;
    r.messages.push_back(welcome(id));
    return r;
}

Reply ParticipationRound::receive(const QString &deviceId, const ClientMessage &message)
{
    if (const auto *hello = std::get_if<Hello>(&message))
        return receiveHello(hello->device);
    if (std::holds_alternative<Ping>(message)) {
        Reply r;
        r.messages.push_back(Pong{});
        return r;
    }
    Device *d = findDevice(deviceId);
    if (!d)
        return refused("invalid", QStringLiteral("$.t: the first message must be \"hello\""));
    if (const auto *iam = std::get_if<Iam>(&message)) {
        if (!hasId(m_view.participants, iam->participant))
            return refused(
                "unknown-id",
                QStringLiteral("$.participant: no participant \"%1\"").arg(iam->participant));
        d->participant = iam->participant;
        d->pendingNew = false;
        d->role.clear();
        Reply r;
        r.devicesChanged = true;
        r.messages.push_back(welcome(d->id));
        return r;
    }
    if (const auto *iamNew = std::get_if<IamNew>(&message)) {
        Reply r;
        if (!d->pendingNew) {
            d->participant.clear();
            d->pendingNew = true;
            d->role = iamNew->role;
            Proposal p;
            p.kind = Proposal::Kind::NewParticipant;
            p.device = d->id;
            p.label = iamNew->role;
            r.report = p;
            r.devicesChanged = true;
        }
        r.messages.push_back(welcome(d->id));
        return r;
    }
    Proposal p;
    p.device = d->id;
    if (const auto *name = std::get_if<PartnerName>(&message)) {
        p.kind = Proposal::Kind::Partner;
        p.cid = name->cid;
        p.label = name->label;
        p.category = name->category;
    } else if (const auto *tick = std::get_if<Tick>(&message)) {
        p.kind = Proposal::Kind::Tick;
        p.cid = tick->cid;
        p.partner = tick->partner;
        p.on = tick->on;
    } else if (const auto *place = std::get_if<Place>(&message)) {
        p.kind = Proposal::Kind::Place;
        p.cid = place->cid;
        p.partner = place->partner;
        p.category = place->category;
        p.ring = place->ring;
    }
    return receiveProposal(*d, std::move(p));
}

Reply ParticipationRound::receiveProposal(Device &d, Proposal p)
{
    const QString k = key(d.id, p.cid);
    if (const auto it = m_index.find(k); it != m_index.end()) {
        Proposal &known = m_state.proposals[std::size_t(*it)]; // a resend: its state again
        Reply r;
        r.messages.push_back(ProposalState{known.cid, known.state, known.result});
        if (!known.reported) {
            known.reported = true;
            r.report = known;
        }
        return r;
    }
    if (d.participant.isEmpty())
        return refused("not-identified",
                       QStringLiteral("$.cid: choose who you are before sending proposals"), p.cid);
    if (const QString wanted =
            p.kind == Proposal::Kind::Partner ? QStringLiteral("names") : QStringLiteral("marks");
        m_view.round != wanted)
        return refused(
            "closed",
            QStringLiteral("$.t: the round is \"%1\", not \"%2\"").arg(m_view.round, wanted),
            p.cid);
    if (d.proposals >= m_limits.maxProposalsPerDevice)
        return refused("rate",
                       QStringLiteral("$.cid: this device has sent %1 proposals, the most a "
                                      "device may send")
                           .arg(m_limits.maxProposalsPerDevice),
                       p.cid);
    if (!p.category.isEmpty() && !hasId(m_view.categories, p.category))
        return refused("unknown-id",
                       QStringLiteral("$.category: no category \"%1\"").arg(p.category), p.cid);
    if (p.kind != Proposal::Kind::Partner && !hasId(m_view.partners, p.partner))
        return refused("unknown-id", QStringLiteral("$.partner: no partner \"%1\"").arg(p.partner),
                       p.cid);
    if (p.kind == Proposal::Kind::Place && p.ring > m_view.rings)
        return refused("unknown-id",
                       QStringLiteral("$.ring: the map has %1 rings").arg(m_view.rings), p.cid);
    p.participant = d.participant;
    ++d.proposals;
    m_index.insert(k, qsizetype(m_state.proposals.size()));
    m_state.proposals.push_back(p);
    Reply r;
    r.messages.push_back(ProposalState{p.cid, p.state, {}});
    r.report = p;
    r.devicesChanged = true;
    return r;
}

std::optional<ProposalState> ParticipationRound::decide(const QString &device, const QString &cid,
                                                        const QString &state,
                                                        const QString &partner)
{
    static const QStringList decisions = {QStringLiteral("accepted"), QStringLiteral("merged"),
                                          QStringLiteral("rejected")};
    const auto it = m_index.find(key(device, cid));
    if (it == m_index.end() || !decisions.contains(state))
        return std::nullopt;
    Proposal &p = m_state.proposals[std::size_t(*it)];
    p.state = state;
    p.result = partner;
    p.reported = true;
    return ProposalState{p.cid, p.state, p.result};
}

bool ParticipationRound::confirmParticipant(const QString &id, const QString &participant)
{
    Device *d = findDevice(id);
    if (!d)
        return false;
    d->participant = participant;
    d->pendingNew = false;
    d->role.clear();
    return true;
}

bool ParticipationRound::removeDevice(const QString &id)
{
    auto it = std::find_if(m_state.devices.begin(), m_state.devices.end(),
                           [&](const Device &d) { return d.id == id; });
    if (it == m_state.devices.end())
        return false;
    m_state.devices.erase(it);
    if (!m_state.removed.contains(id))
        m_state.removed << id;
    m_buckets.remove(id);
    return true;
}

JoinVerdict ParticipationRound::tryJoinCode(const QString &address, const QString &code,
                                            qint64 nowMs, qint64 *retryAfterMs)
{
    if (m_joinWrong >= m_limits.joinMaxWrong)
        return JoinVerdict::Disabled;
    JoinTries &t = m_joinTries[address];
    if (nowMs < t.lockedUntilMs) {
        if (retryAfterMs)
            *retryAfterMs = t.lockedUntilMs - nowMs;
        return JoinVerdict::Locked;
    }
    if (!m_state.joinCode.isEmpty() && code == m_state.joinCode) {
        t = JoinTries{};
        return JoinVerdict::Accepted;
    }
    ++t.wrong;
    ++m_joinWrong;
    if (t.wrong > m_limits.joinFreeTries) {
        const int doublings = std::min(t.wrong - m_limits.joinFreeTries - 1, 20);
        const qint64 lock = std::min<qint64>(qint64(1000) << doublings, m_limits.joinMaxLockMs);
        t.lockedUntilMs = nowMs + lock;
        if (retryAfterMs)
            *retryAfterMs = lock;
    }
    if (m_joinTries.size() > 10000) // bounded: forget the oldest addresses' counts
        m_joinTries.clear();
    return JoinVerdict::Wrong;
}

} // namespace nwk::participation
