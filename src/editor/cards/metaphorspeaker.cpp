// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaphorspeaker.h"

#include "nwk/editor/cards/partnerquotes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace nwk {

namespace {
// Data of the combo's last two entries; participant ids never contain a colon here
// because they are compared whole with these.
const QString kRole = QStringLiteral(":role");
const QString kGroup = QStringLiteral(":group");
} // namespace

MetaphorSpeaker::MetaphorSpeaker(QWidget *parent)
    : QWidget(parent)
{
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("metaphorParticipant"));
    m_who->setToolTip(tr("Who chose it: a participant, a role, or the whole group"));
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("metaphorRoleEdit"));
    m_role->setPlaceholderText(tr("Role, e.g. a teacher"));
    m_role->setAccessibleName(tr("Role of who chose it"));
    m_role->setToolTip(tr("The role of who chose it, when no participant is named"));
    m_who->setMinimumContentsLength(12);
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(tr("Chosen by:"), this);
    label->setBuddy(m_who);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_who, 1);
    layout->addWidget(m_role, 1);
    connect(m_who, &QComboBox::currentIndexChanged, this, &MetaphorSpeaker::updateRoleField);
    updateRoleField();
}

void MetaphorSpeaker::refresh(const Session &s)
{
    const QString current = m_who->currentData().toString();
    const QSignalBlocker block(m_who);
    m_who->clear();
    m_who->addItem(tr("(unknown)"), QString());
    for (const Participant &p : s.participants)
        m_who->addItem(p.role.isEmpty() ? p.code : QStringLiteral("%1 (%2)").arg(p.code, p.role),
                       p.id);
    m_who->addItem(tr("A role\u2026"), kRole);
    m_who->addItem(tr("The whole group"), kGroup);
    m_who->setCurrentIndex(std::max(0, m_who->findData(current)));
    updateRoleField();
}

void MetaphorSpeaker::showSpeaker(const Metaphor &m)
{
    const QString choice = m.byGroup ? kGroup : !m.role.isEmpty() ? kRole : m.participantId;
    m_who->setCurrentIndex(std::max(0, m_who->findData(choice)));
    m_role->setText(m.role);
    updateRoleField();
}

void MetaphorSpeaker::applyTo(Metaphor &m) const
{
    const QString choice = m_who->currentData().toString();
    m.byGroup = choice == kGroup;
    m.role = choice == kRole ? m_role->text().trimmed() : QString();
    m.participantId = choice == kGroup || choice == kRole ? QString() : choice;
}

QString MetaphorSpeaker::speakerText(const Session &s, const Metaphor &m)
{
    if (m.byGroup)
        return tr("the whole group");
    if (!m.role.isEmpty())
        return m.role;
    return speakerLabel(s, m.participantId);
}

void MetaphorSpeaker::updateRoleField()
{
    m_role->setVisible(m_who->currentData().toString() == kRole);
}

} // namespace nwk
