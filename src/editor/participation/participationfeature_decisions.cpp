// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's decisions on the phones' proposals: each accepted or merged one is
// one undo step pushed through the document; the phone hears the decision after it.
#include "participationfeature.h"

#include "nwk/core/geometry.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <algorithm>

namespace nwk {

namespace {

const QString kAccepted = QStringLiteral("accepted");
const QString kMerged = QStringLiteral("merged");
const QString kRejected = QStringLiteral("rejected");

} // namespace

bool ParticipationFeature::accept(int index)
{
    if (index < 0 || index >= static_cast<int>(m_pending.size()))
        return false;
    const PhoneProposal p = m_pending[static_cast<std::size_t>(index)];
    bool done = false;
    switch (p.kind) {
    case PhoneProposal::Kind::Partner:
        done = acceptPartner(p);
        break;
    case PhoneProposal::Kind::Tick:
        done = acceptTick(p);
        break;
    case PhoneProposal::Kind::Place:
        done = acceptPlace(p);
        break;
    case PhoneProposal::Kind::NewParticipant:
        done = acceptNewParticipant(p);
        break;
    }
    if (!done)
        return false;
    takePending(index);
    Q_EMIT pendingChanged();
    return true;
}

bool ParticipationFeature::acceptPartner(const PhoneProposal &p)
{
    const Session &s = m_document->session();
    Partner partner;
    partner.id = uniqueId(s, QStringLiteral("pa"));
    partner.label = p.label.trimmed();
    if (s.categoryIndex(p.category) >= 0)
        partner.category = p.category;
    if (s.participant(p.participant))
        partner.namedBy = {p.participant};
    partner.addedMs = SessionClock::elapsedMs(s);
    if (!m_document->push(new AddPartner(m_document, partner)))
        return false;
    m_server->decide(p.device, p.cid, kAccepted, partner.id);
    return true;
}

bool ParticipationFeature::acceptTick(const PhoneProposal &p)
{
    const Session &s = m_document->session();
    const Partner *partner = s.partner(p.partner);
    if (!partner || !s.participant(p.participant)) {
        m_server->decide(p.device, p.cid, kRejected, QString());
        return true;
    }
    // Already as the phone asks (a tick twice, or the facilitator marked it): no step.
    if (partner->marks.contains(p.participant) != p.on) {
        QUndoCommand *command = makeToggleMarkCommand(m_document, p.participant, {p.partner});
        if (command && !m_document->push(command))
            return false;
    }
    m_server->decide(p.device, p.cid, kAccepted, p.partner);
    return true;
}

bool ParticipationFeature::acceptPlace(const PhoneProposal &p)
{
    const Session &s = m_document->session();
    const Partner *partner = s.partner(p.partner);
    const int sector = s.categoryIndex(p.category);
    const Participant *who = s.participant(p.participant);
    if (!partner || !who || sector < 0 || p.ring < 1 || p.ring > static_cast<int>(s.rings.size())) {
        m_server->decide(p.device, p.cid, kRejected, QString());
        return true;
    }
    const MapGeometry geometry = MapGeometry::forSession(s);
    AlternativePlacement own;
    own.participantId = p.participant;
    own.placement.angle = geometry.sectorMid(sector);
    own.placement.distance = geometry.ringMidDistance(p.ring - 1);
    Partner changed = *partner;
    // One own placement per participant: a later place moves it.
    const auto mine =
        std::find_if(changed.alternatives.begin(), changed.alternatives.end(),
                     [&](const AlternativePlacement &a) { return a.participantId == who->id; });
    if (mine != changed.alternatives.end())
        *mine = own;
    else
        changed.alternatives.push_back(own);
    const QString text = tr("Own placement of \u201c%1\u201d by %2").arg(partner->label, who->code);
    if (!m_document->push(new SetObject<Partner>(m_document, changed, text)))
        return false;
    m_server->decide(p.device, p.cid, kAccepted, p.partner);
    return true;
}

bool ParticipationFeature::acceptNewParticipant(const PhoneProposal &p)
{
    const Session &s = m_document->session();
    Participant who;
    who.id = uniqueId(s, QStringLiteral("p"));
    who.code = nextParticipantCode(s);
    who.role = p.label.trimmed();
    who.joinedMs = SessionClock::elapsedMs(s);
    const QString text = tr("Add participant %1").arg(who.code);
    if (!m_document->push(new AddObject<Participant>(m_document, who, text)))
        return false;
    // The welcome that confirms the phone lists the new participant: the view first.
    m_server->setView(currentView());
    m_server->confirmParticipant(p.device, who.id);
    if (!p.cid.isEmpty())
        m_server->decide(p.device, p.cid, kAccepted, QString());
    return true;
}

bool ParticipationFeature::merge(int index, const QString &partnerId)
{
    if (index < 0 || index >= static_cast<int>(m_pending.size()))
        return false;
    const PhoneProposal p = m_pending[static_cast<std::size_t>(index)];
    const Partner *partner = m_document->session().partner(partnerId);
    if (p.kind != PhoneProposal::Kind::Partner || !partner)
        return false;
    if (m_document->session().participant(p.participant) &&
        !partner->namedBy.contains(p.participant)) {
        Partner changed = *partner;
        changed.namedBy.append(p.participant);
        const QString text =
            tr("Merge \u201c%1\u201d into \u201c%2\u201d").arg(p.label, partner->label);
        if (!m_document->push(new SetObject<Partner>(m_document, changed, text)))
            return false;
    }
    m_server->decide(p.device, p.cid, kMerged, partnerId);
    takePending(index);
    Q_EMIT pendingChanged();
    return true;
}

bool ParticipationFeature::acceptTogether(std::vector<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    const int size = static_cast<int>(m_pending.size());
    if (indices.empty() || indices.front() < 0 || indices.back() >= size)
        return false;
    const Session &s = m_document->session();
    const PhoneProposal &first = m_pending[static_cast<std::size_t>(indices.front())];
    Partner partner;
    partner.id = uniqueId(s, QStringLiteral("pa"));
    partner.label = first.label.trimmed();
    partner.addedMs = SessionClock::elapsedMs(s);
    for (int i : indices) {
        const PhoneProposal &p = m_pending[static_cast<std::size_t>(i)];
        if (p.kind != PhoneProposal::Kind::Partner)
            return false;
        if (partner.category.isEmpty() && s.categoryIndex(p.category) >= 0)
            partner.category = p.category;
        if (s.participant(p.participant) && !partner.namedBy.contains(p.participant))
            partner.namedBy.append(p.participant);
    }
    if (!m_document->push(new AddPartner(m_document, partner)))
        return false;
    for (int i : indices) {
        const PhoneProposal &p = m_pending[static_cast<std::size_t>(i)];
        m_server->decide(p.device, p.cid, i == indices.front() ? kAccepted : kMerged, partner.id);
    }
    for (auto it = indices.rbegin(); it != indices.rend(); ++it)
        takePending(*it);
    Q_EMIT pendingChanged();
    return true;
}

void ParticipationFeature::reject(int index)
{
    if (index < 0 || index >= static_cast<int>(m_pending.size()))
        return;
    const PhoneProposal p = m_pending[static_cast<std::size_t>(index)];
    if (p.kind == PhoneProposal::Kind::NewParticipant) {
        removeDevice(p.device); // not one of the group: the phone and all it sent go
        return;
    }
    takePending(index);
    m_server->decide(p.device, p.cid, kRejected, QString());
    Q_EMIT pendingChanged();
}

bool ParticipationFeature::decideAutomatically(int index)
{
    const PhoneProposal &p = m_pending[static_cast<std::size_t>(index)];
    if (p.kind == PhoneProposal::Kind::Partner) {
        const QStringList same = likelyDuplicates(p);
        if (!same.isEmpty())
            return merge(index, same.front());
    }
    return accept(index);
}

void ParticipationFeature::acceptAll()
{
    // New participants wait for the facilitator: a phone may not add people by itself.
    std::size_t i = 0;
    while (i < m_pending.size()) {
        if (m_pending[i].kind == PhoneProposal::Kind::NewParticipant ||
            !decideAutomatically(static_cast<int>(i)))
            ++i;
    }
    Q_EMIT pendingChanged();
}

} // namespace nwk
