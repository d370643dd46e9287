// SPDX-License-Identifier: GPL-3.0-or-later
// Session > Open to Participants (docs/participation.md): the server while the session is
// open to phones, the proposals waiting for the facilitator, and the decisions on them.
// Every accepted or merged proposal is one undo step pushed through the document; the
// server only hears the decision afterwards. The Participation dock shows all of it.
#pragma once

#include "participationserver.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <vector>

class QAction;

namespace nwk {

class Autosaver;
class EditorContext;
class ParticipationDock;
struct RecoveryCandidate;
class SessionDocument;

class ParticipationFeature : public QObject {
    Q_OBJECT

public:
    ParticipationFeature(SessionDocument *document, QObject *parent = nullptr);
    ~ParticipationFeature() override;

    /// Session > Open to Participants… (checkable), its button in the Capture dock, the
    /// Participation dock, the room view's join panel. Provides the feature.
    static void install(EditorContext &context);

    ParticipationServer *server() const { return m_server; }
    QAction *openAction() const { return m_openAction; }
    ParticipationDock *dock() const { return m_dock; }

    /// The suffix of the round's state beside the recovery copy (Autosaver::setSidecar()).
    static QString recoverySuffix() { return QStringLiteral(".participation.json"); }

    /// Opens the server (port 0 = any free port); false with `*error` set when it cannot.
    bool open(quint16 port = 0, QString *error = nullptr);
    void close();
    bool isOpen() const;

    /// "names", "marks" or "closed": what the phones show.
    QString round() const { return m_round; }
    void setRound(const QString &round);
    /// Every proposal is decided as it comes (a likely duplicate is merged); a new
    /// participant still waits for the facilitator.
    bool autoAccept() const { return m_autoAccept; }
    void setAutoAccept(bool on);

    /// The proposals waiting for a decision, in the order they came.
    const std::vector<PhoneProposal> &pending() const { return m_pending; }
    /// Per pending proposal: the partners it likely names (empty when none or not a
    /// partner proposal), and the other pending proposals likely naming the same.
    std::vector<QStringList> suggestedPartners() const;
    std::vector<std::vector<int>> pendingDuplicates() const;

    /// Accepts pending proposal `index`: a partner goes to the tray named by its
    /// participant; a tick sets or clears the participant's mark; a place becomes the
    /// participant's own placement; a new participant is added and confirmed.
    bool accept(int index);
    /// Merges partner proposal `index` into partner `partnerId`: its participant is
    /// added to those who named it.
    bool merge(int index, const QString &partnerId);
    /// Accepts pending partner proposals `indices` as one new partner named by all their
    /// participants (one undo step).
    bool acceptTogether(std::vector<int> indices);
    void reject(int index);
    /// Accepts every pending proposal (likely duplicates merged).
    void acceptAll();
    /// Forgets a device and the proposals it has waiting.
    void removeDevice(const QString &device);

Q_SIGNALS:
    void openChanged(bool open);
    void pendingChanged();
    void roundChanged(const QString &round);
    void autoAcceptChanged(bool on);
    /// A message for the status bar, shown for `timeoutMs`.
    void message(const QString &text, int timeoutMs = 4000);

private:
    void received(const PhoneProposal &proposal);
    /// Accepts or merges `index` by itself: into its likely duplicate, else as new.
    bool decideAutomatically(int index);
    bool acceptPartner(const PhoneProposal &p);
    bool acceptTick(const PhoneProposal &p);
    bool acceptPlace(const PhoneProposal &p);
    bool acceptNewParticipant(const PhoneProposal &p);
    void takePending(int index);
    /// Drops the new-participant requests of devices that no longer wait for one.
    void dropAnsweredNewParticipants();
    const QStringList &keysOf(const QString &label) const;
    /// The session's partners that partner proposal `p` likely names.
    QStringList likelyDuplicates(const PhoneProposal &p) const;
    void scheduleViewUpdate();
    PhoneView currentView() const;
    // The round beside the recovery copy (participationfeature_recovery.cpp).
    /// The Autosaver of the document, once it exists; connects to its restore.
    Autosaver *autosaver();
    /// Writes the round's state beside the copy from now on; an empty one removes it.
    void keepStateBesideCopy(bool keep);
    void scheduleStateSave();
    /// A session restored from recovery: reopens the round saved beside its copy.
    void reopenAfterCrash(const RecoveryCandidate &candidate);
    void opened();

    SessionDocument *m_document;
    ParticipationServer *m_server;
    QAction *m_openAction = nullptr;
    ParticipationDock *m_dock = nullptr;
    QString m_round = QStringLiteral("names");
    bool m_autoAccept = false;
    bool m_viewUpdateScheduled = false;
    std::vector<PhoneProposal> m_pending;
    QTimer m_stateTimer; ///< the round's state beside the recovery copy, debounced
    mutable QHash<QString, QStringList> m_keys; ///< label -> its matching keys
};

} // namespace nwk
