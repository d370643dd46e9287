// SPDX-License-Identifier: GPL-3.0-or-later
#include "participationdock.h"

#include "participationfeature.h"
#include "qrcode.h"

#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nwk {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QString proposalKey(const PhoneProposal &p)
{
    return p.device + QLatin1Char('\n') + p.cid + QLatin1Char('\n') +
           QString::number(static_cast<int>(p.kind));
}

} // namespace

ParticipationDock::ParticipationDock(ParticipationFeature *feature, SessionDocument *document,
                                     QAction *openAction, QWidget *parent)
    : QWidget(parent)
    , m_feature(feature)
    , m_document(document)
{
    setObjectName(QStringLiteral("participationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createJoinPart(openAction));
    layout->addWidget(createDevicePart(), 1);
    layout->addWidget(createProposalPart(), 2);

    connect(feature, &ParticipationFeature::openChanged, this, [this] {
        updateJoin();
        updateDevices();
    });
    // Messages and document changes come in bursts: the lists are rebuilt once per burst.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        updateDevices();
        updateProposals();
    });
    connect(feature, &ParticipationFeature::pendingChanged, this,
            &ParticipationDock::scheduleRefresh);
    connect(feature->server(), &ParticipationServer::devicesChanged, this, [this] {
        updateJoin();
        scheduleRefresh();
    });
    connect(feature, &ParticipationFeature::roundChanged, this,
            [this](const QString &round) { m_round->setCurrentIndex(m_round->findData(round)); });
    // Codes, roles and partner labels shown here follow the document.
    connect(document, &SessionDocument::changed, this, &ParticipationDock::scheduleRefresh);
    updateJoin();
    updateDevices();
    updateProposals();
}

QWidget *ParticipationDock::createJoinPart(QAction *openAction)
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);

    m_closedPart = new QWidget(part);
    auto *closed = new QVBoxLayout(m_closedPart);
    closed->setContentsMargins(0, 0, 0, 0);
    auto *explain = new QLabel(tr("Participants can send partners and priorities from their "
                                  "phones over this room's network. Nothing goes to the "
                                  "internet; every proposal waits for you here."),
                               m_closedPart);
    explain->setWordWrap(true);
    closed->addWidget(explain);
    auto *openButton = new QToolButton(m_closedPart);
    openButton->setDefaultAction(openAction);
    openButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    closed->addWidget(openButton);
    layout->addWidget(m_closedPart);

    m_openPart = new QWidget(part);
    auto *open = new QHBoxLayout(m_openPart);
    open->setContentsMargins(0, 0, 0, 0);
    m_qr = new QLabel(m_openPart);
    m_qr->setObjectName(QStringLiteral("participationQr"));
    open->addWidget(m_qr, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_code = new QLabel(m_openPart);
    m_code->setObjectName(QStringLiteral("participationCode"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url = new QLabel(m_openPart);
    m_url->setObjectName(QStringLiteral("participationUrl"));
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel(m_openPart);
    m_count->setObjectName(QStringLiteral("participationCount"));
    texts->addWidget(m_code);
    texts->addWidget(m_url);
    texts->addWidget(m_count);
    texts->addStretch();
    open->addLayout(texts, 1);
    layout->addWidget(m_openPart);

    auto *form = new QFormLayout;
    m_round = new QComboBox(part);
    m_round->setObjectName(QStringLiteral("participationRound"));
    m_round->addItem(tr("Post-its: name partners"), QStringLiteral("names"));
    m_round->addItem(tr("Priorities: tick partners"), QStringLiteral("marks"));
    m_round->addItem(tr("Closed: phones wait"), QStringLiteral("closed"));
    m_round->setCurrentIndex(m_round->findData(m_feature->round()));
    m_round->setToolTip(tr("What the participants' phones show now"));
    connect(m_round, &QComboBox::activated, this,
            [this] { m_feature->setRound(m_round->currentData().toString()); });
    form->addRow(tr("&Round:"), m_round);
    layout->addLayout(form);
    m_auto = new QCheckBox(tr("Accept &automatically"), part);
    m_auto->setObjectName(QStringLiteral("participationAutoAccept"));
    m_auto->setToolTip(tr("Every proposal becomes an undo step as it comes; likely duplicates "
                          "are merged. New participants still wait for you"));
    connect(m_auto, &QCheckBox::toggled, m_feature, &ParticipationFeature::setAutoAccept);
    connect(m_feature, &ParticipationFeature::autoAcceptChanged, m_auto, &QCheckBox::setChecked);
    layout->addWidget(m_auto);
    return part;
}

QWidget *ParticipationDock::createDevicePart()
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    m_devices = new QTreeWidget(part);
    m_devices->setObjectName(QStringLiteral("participationDevices"));
    m_devices->setHeaderLabels({tr("Phone"), tr("Sent"), tr("Connection")});
    m_devices->setRootIsDecorated(false);
    m_devices->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_devices->header()->setStretchLastSection(false);
    m_devices->setAccessibleName(tr("Phones"));
    layout->addWidget(m_devices);
    m_removeDevice = new QPushButton(tr("Remove P&hone"), part);
    m_removeDevice->setToolTip(tr("Disconnect this phone; it cannot send any more"));
    connect(m_removeDevice, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_devices->currentItem())
            m_feature->removeDevice(item->data(0, Qt::UserRole).toString());
        refreshNow();
    });
    connect(m_devices, &QTreeWidget::currentItemChanged, this, &ParticipationDock::updateButtons);
    layout->addWidget(m_removeDevice, 0, Qt::AlignLeft);
    return part;
}

QWidget *ParticipationDock::createProposalPart()
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    m_proposals = new QTreeWidget(part);
    m_proposals->setObjectName(QStringLiteral("participationProposals"));
    m_proposals->setHeaderLabels({tr("Proposal"), tr("Likely the same as")});
    m_proposals->setAccessibleName(tr("Proposals from phones"));
    m_proposals->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_proposals, &QTreeWidget::currentItemChanged, this, &ParticipationDock::updateButtons);
    layout->addWidget(m_proposals);
    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(tr("A&ccept"), part);
    m_accept->setToolTip(tr("A partner goes to the tray, named by its participant; a tick "
                            "becomes a mark"));
    m_merge = new QPushButton(tr("&Merge"), part);
    m_merge->setToolTip(tr("The participant is added to those who named the likely same "
                           "partner (or the partners proposed alike become one)"));
    m_reject = new QPushButton(tr("Re&ject"), part);
    m_acceptAll = new QPushButton(tr("Accept A&ll"), part);
    m_acceptAll->setToolTip(tr("Accept every waiting proposal; likely duplicates are merged"));
    for (QPushButton *b : {m_accept, m_merge, m_reject, m_acceptAll})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    // The facilitator's own decisions show at once.
    connect(m_accept, &QPushButton::clicked, this, [this] {
        m_feature->accept(selectedProposal());
        refreshNow();
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        mergeSelected();
        refreshNow();
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        m_feature->reject(selectedProposal());
        refreshNow();
    });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        m_feature->acceptAll();
        refreshNow();
    });
    return part;
}

void ParticipationDock::updateJoin()
{
    const bool open = m_feature->isOpen();
    m_closedPart->setVisible(!open);
    m_openPart->setVisible(open);
    if (!open)
        return;
    const QString url = m_feature->server()->joinUrl().toString();
    if (m_url->text() != url) {
        m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(url, 4)));
        m_url->setText(url);
    }
    m_code->setText(tr("Code %1").arg(m_feature->server()->joinCode()));
    int connected = 0;
    for (const PhoneDevice &d : m_feature->server()->devices())
        connected += d.connected ? 1 : 0;
    m_count->setText(tr("%n phone(s) joined", nullptr, connected));
}

QString ParticipationDock::participantText(const QString &participantId) const
{
    const Participant *p = m_document->session().participant(participantId);
    if (!p)
        return tr("not chosen yet");
    return p->role.isEmpty() ? p->code : tr("%1 (%2)").arg(p->code, p->role);
}

void ParticipationDock::updateDevices()
{
    const QString current = m_devices->currentItem()
                                ? m_devices->currentItem()->data(0, Qt::UserRole).toString()
                                : QString();
    m_devices->clear();
    if (m_feature->isOpen()) {
        for (const PhoneDevice &d : m_feature->server()->devices()) {
            auto *item = new QTreeWidgetItem(m_devices);
            item->setText(0, d.pendingNew ? tr("new participant, waiting")
                                          : participantText(d.participant));
            item->setText(1, QString::number(d.proposals));
            item->setText(2, d.connected ? tr("connected") : tr("away"));
            item->setData(0, Qt::UserRole, d.id);
            item->setToolTip(0, tr("Phone %1").arg(d.id.left(8)));
            if (d.id == current)
                m_devices->setCurrentItem(item);
        }
    }
    updateButtons();
}

QString ParticipationDock::proposalText(int index) const
{
    const PhoneProposal &p = m_feature->pending()[static_cast<std::size_t>(index)];
    const Partner *partner = m_document->session().partner(p.partner);
    const QString partnerLabel = partner ? partner->label : p.partner;
    switch (p.kind) {
    case PhoneProposal::Kind::Partner:
        return p.label;
    case PhoneProposal::Kind::Tick:
        return p.on ? tr("matters: %1").arg(partnerLabel)
                    : tr("no longer matters: %1").arg(partnerLabel);
    case PhoneProposal::Kind::Place:
        return tr("own place: %1, ring %2").arg(partnerLabel).arg(p.ring);
    case PhoneProposal::Kind::NewParticipant:
        return tr("new participant: %1").arg(p.label);
    }
    return QString();
}

void ParticipationDock::updateProposals()
{
    const int current = selectedProposal();
    m_proposals->clear();
    const auto &pending = m_feature->pending();
    const auto suggested = m_feature->suggestedPartners();
    const auto alike = m_feature->pendingDuplicates();
    QHash<QString, QTreeWidgetItem *> groups;
    for (int i = 0; i < static_cast<int>(pending.size()); ++i) {
        const PhoneProposal &p = pending[static_cast<std::size_t>(i)];
        QTreeWidgetItem *&group = groups[p.device];
        if (!group) {
            group = new QTreeWidgetItem(m_proposals);
            group->setData(0, Qt::UserRole, -1);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true); // who, and the badge, in full
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, proposalText(i));
        item->setData(0, Qt::UserRole, i);
        item->setData(0, kKeyRole, proposalKey(p));
        QStringList same;
        for (const QString &id : suggested[static_cast<std::size_t>(i)])
            if (const Partner *partner = m_document->session().partner(id))
                same.append(partner->label);
        for (int j : alike[static_cast<std::size_t>(i)])
            same.append(tr("%1 (proposed)").arg(pending[static_cast<std::size_t>(j)].label));
        item->setText(1, same.join(QStringLiteral(", ")));
        if (i == current)
            m_proposals->setCurrentItem(item);
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QString who = tr("new participant");
        for (const PhoneProposal &p : pending)
            if (p.device == it.key() && !p.participant.isEmpty())
                who = participantText(p.participant);
        // The badge: how many of this phone's proposals wait.
        it.value()->setText(0,
                            tr("%1 \u2014 %n waiting", nullptr, it.value()->childCount()).arg(who));
    }
    updateButtons();
}

int ParticipationDock::selectedProposal() const
{
    // By its key: proposals may have come or gone since the list was built.
    const QTreeWidgetItem *item = m_proposals->currentItem();
    if (!item || item->data(0, Qt::UserRole).toInt() < 0)
        return -1;
    const QString key = item->data(0, kKeyRole).toString();
    const auto &pending = m_feature->pending();
    for (std::size_t i = 0; i < pending.size(); ++i)
        if (proposalKey(pending[i]) == key)
            return static_cast<int>(i);
    return -1;
}

void ParticipationDock::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ParticipationDock::refreshNow()
{
    m_refresh.stop();
    updateDevices();
    updateProposals();
}

void ParticipationDock::selectProposal(int index)
{
    for (int g = 0; g < m_proposals->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_proposals->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->data(0, Qt::UserRole).toInt() == index)
                m_proposals->setCurrentItem(group->child(c));
    }
}

void ParticipationDock::updateButtons()
{
    const int index = selectedProposal();
    const auto &pending = m_feature->pending();
    const bool any = index >= 0 && index < static_cast<int>(pending.size());
    const bool partner =
        any && pending[static_cast<std::size_t>(index)].kind == PhoneProposal::Kind::Partner;
    m_accept->setEnabled(any);
    m_reject->setEnabled(any);
    m_merge->setEnabled(partner && !m_document->session().partners.empty());
    m_acceptAll->setEnabled(!pending.empty());
    m_removeDevice->setEnabled(m_devices->currentItem() != nullptr);
}

} // namespace nwk
