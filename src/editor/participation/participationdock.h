// SPDX-License-Identifier: GPL-3.0-or-later
// The Participation dock: how phones join (QR code, URL, join code, how many joined),
// the round the phones show, the devices with who they are and how much they sent, and
// the proposals waiting for the facilitator, grouped by device, with likely duplicates.
#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace nwk {

class ParticipationFeature;
class SessionDocument;

class ParticipationDock : public QWidget {
    Q_OBJECT

public:
    ParticipationDock(ParticipationFeature *feature, SessionDocument *document, QAction *openAction,
                      QWidget *parent = nullptr);

    QLabel *qrLabel() const { return m_qr; }
    QLabel *urlLabel() const { return m_url; }
    QLabel *codeLabel() const { return m_code; }
    QLabel *countLabel() const { return m_count; }
    QComboBox *roundCombo() const { return m_round; }
    QCheckBox *autoAcceptBox() const { return m_auto; }
    QTreeWidget *deviceTree() const { return m_devices; }
    QTreeWidget *proposalTree() const { return m_proposals; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *rejectButton() const { return m_reject; }
    /// Index in ParticipationFeature::pending() of the selected proposal, -1 = none.
    int selectedProposal() const;
    /// Selects pending proposal `index`.
    void selectProposal(int index);

private:
    QWidget *createJoinPart(QAction *openAction);
    QWidget *createDevicePart();
    QWidget *createProposalPart();
    void updateJoin();
    void updateDevices();
    void updateProposals();
    void updateButtons();
    void mergeSelected();
    /// The devices and proposals rebuilt soon (once for a burst), or at once.
    void scheduleRefresh();
    void refreshNow();
    /// The partner the facilitator chooses among `ids` (by position), empty when cancelled.
    QString choosePartner(const QStringList &ids);
    QString participantText(const QString &participantId) const;
    QString proposalText(int index) const;

    ParticipationFeature *m_feature;
    SessionDocument *m_document;
    QWidget *m_closedPart = nullptr;
    QWidget *m_openPart = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_round = nullptr;
    QCheckBox *m_auto = nullptr;
    QTreeWidget *m_devices = nullptr;
    QPushButton *m_removeDevice = nullptr;
    QTreeWidget *m_proposals = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QTimer m_refresh;
};

} // namespace nwk
