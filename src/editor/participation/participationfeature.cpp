// SPDX-License-Identifier: GPL-3.0-or-later
// The feature's state: the server, the round, the waiting proposals and the view phones
// get. Decisions: participationfeature_decisions.cpp; installing: _install.cpp.
#include "participationfeature.h"

#include "phoneviewsource.h"

#include "nwk/core/participationround.h"
#include "nwk/editor/autosaver.h"
#include "nwk/editor/sessiondocument.h"

#include <QTimer>

namespace nwk {

ParticipationFeature::ParticipationFeature(SessionDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_server(new ParticipationServer(this))
{
    connect(m_server, &ParticipationServer::proposalReceived, this,
            &ParticipationFeature::received);
    connect(m_server, &ParticipationServer::refused, this,
            [](const QString &reason) { qInfo("participation: refused: %s", qPrintable(reason)); });
    // Phones follow the document: partners, categories, participants, marks, language.
    connect(document, &SessionDocument::changed, this, &ParticipationFeature::scheduleViewUpdate);
    // Another session (new, opened, recovered) closes the round: its link dies with it.
    // The next round of another session starts as a first one does.
    connect(document, &SessionDocument::sessionReset, this, [this] {
        close();
        setAutoAccept(false);
        setRound(QStringLiteral("names"));
    });
    // The round's state beside the recovery copy follows every change of it.
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setInterval(1000);
    connect(&m_stateTimer, &QTimer::timeout, this, [this] {
        if (Autosaver *saver = autosaver(); saver && isOpen())
            saver->updateSidecars();
    });
    connect(m_server, &ParticipationServer::devicesChanged, this,
            &ParticipationFeature::scheduleStateSave);
    connect(m_server, &ParticipationServer::devicesChanged, this,
            &ParticipationFeature::dropAnsweredNewParticipants,
            Qt::QueuedConnection); // not while a decision (confirmParticipant) is taking it
    connect(m_server, &ParticipationServer::proposalReceived, this,
            &ParticipationFeature::scheduleStateSave);
    connect(this, &ParticipationFeature::pendingChanged, this,
            &ParticipationFeature::scheduleStateSave);
    connect(document, &SessionDocument::sessionReset, this, [this] { autosaver(); });
    autosaver();
}

ParticipationFeature::~ParticipationFeature() = default;

PhoneView ParticipationFeature::currentView() const
{
    return phoneViewOf(m_document->session(), m_round);
}

bool ParticipationFeature::open(quint16 port, QString *error)
{
    if (isOpen())
        return true;
    m_pending.clear();
    if (!m_server->open(currentView(), port, error))
        return false;
    opened();
    return true;
}

void ParticipationFeature::opened()
{
    keepStateBesideCopy(true);
    Q_EMIT pendingChanged();
    Q_EMIT openChanged(true);
}

void ParticipationFeature::close()
{
    if (!isOpen())
        return;
    m_server->close();
    keepStateBesideCopy(false); // closed on purpose: nothing to reopen after a crash
    m_pending.clear();
    Q_EMIT pendingChanged();
    Q_EMIT openChanged(false);
}

bool ParticipationFeature::isOpen() const
{
    return m_server->isOpen();
}

void ParticipationFeature::setRound(const QString &round)
{
    if (round == m_round)
        return;
    m_round = round;
    if (isOpen())
        m_server->setView(currentView());
    Q_EMIT roundChanged(round);
}

void ParticipationFeature::setAutoAccept(bool on)
{
    if (on == m_autoAccept)
        return;
    m_autoAccept = on;
    Q_EMIT autoAcceptChanged(on);
    if (on)
        acceptAll();
}

void ParticipationFeature::scheduleViewUpdate()
{
    if (m_viewUpdateScheduled || !isOpen())
        return;
    // One new view per burst of changes (a paste, a macro), after the burst.
    m_viewUpdateScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_viewUpdateScheduled = false;
        if (isOpen())
            m_server->setView(currentView());
    });
}

void ParticipationFeature::received(const PhoneProposal &proposal)
{
    m_pending.push_back(proposal);
    const int index = static_cast<int>(m_pending.size()) - 1;
    if (m_autoAccept && proposal.kind != PhoneProposal::Kind::NewParticipant)
        decideAutomatically(index);
    Q_EMIT pendingChanged();
}

const QStringList &ParticipationFeature::keysOf(const QString &label) const
{
    // The matcher's keys of a label, computed once (labels repeat: partners, proposals).
    auto it = m_keys.constFind(label);
    if (it == m_keys.cend()) {
        if (m_keys.size() > 50000)
            m_keys.clear();
        it = m_keys.insert(label, participation::matchKeys(label));
    }
    return *it;
}

QStringList ParticipationFeature::likelyDuplicates(const PhoneProposal &p) const
{
    QStringList ids;
    if (p.kind != PhoneProposal::Kind::Partner || p.label.trimmed().isEmpty())
        return ids;
    const QStringList &keys = keysOf(p.label);
    if (keys.isEmpty())
        return ids;
    for (const Partner &partner : m_document->session().partners)
        if (participation::shareMatchKey(keys, keysOf(partner.label)))
            ids << partner.id;
    return ids;
}

std::vector<QStringList> ParticipationFeature::suggestedPartners() const
{
    std::vector<QStringList> existing;
    existing.reserve(m_pending.size());
    for (const PhoneProposal &p : m_pending)
        existing.push_back(likelyDuplicates(p));
    return existing;
}

std::vector<std::vector<int>> ParticipationFeature::pendingDuplicates() const
{
    std::vector<std::vector<int>> others(m_pending.size());
    const auto named = [](const PhoneProposal &p) {
        return p.kind == PhoneProposal::Kind::Partner && !p.label.trimmed().isEmpty();
    };
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        if (!named(m_pending[i]))
            continue;
        const QStringList &keys = keysOf(m_pending[i].label);
        for (std::size_t j = 0; j < m_pending.size(); ++j)
            if (j != i && named(m_pending[j]) &&
                participation::shareMatchKey(keys, keysOf(m_pending[j].label)))
                others[i].push_back(static_cast<int>(j));
    }
    return others;
}

void ParticipationFeature::takePending(int index)
{
    m_pending.erase(m_pending.begin() + index);
}

void ParticipationFeature::dropAnsweredNewParticipants()
{
    // A phone that asked to be a new participant and then chose someone on the list
    // ("Not you?", iam) no longer waits: accepting its request would add a participant
    // and make the phone that one instead of the one it chose.
    QStringList waiting;
    for (const PhoneDevice &d : m_server->devices())
        if (d.pendingNew)
            waiting.append(d.id);
    const auto dropped = std::erase_if(m_pending, [&](const PhoneProposal &p) {
        return p.kind == PhoneProposal::Kind::NewParticipant && !waiting.contains(p.device);
    });
    if (dropped > 0)
        Q_EMIT pendingChanged();
}

void ParticipationFeature::removeDevice(const QString &device)
{
    std::erase_if(m_pending, [&](const PhoneProposal &p) { return p.device == device; });
    m_server->removeDevice(device);
    Q_EMIT pendingChanged();
}

} // namespace nwk
