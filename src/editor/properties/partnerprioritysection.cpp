// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerprioritysection.h"

#include "collapsiblesection.h"
#include "shared/propertytexts.h"
#include "statementedits.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

std::vector<RoleVote> withRoleVote(std::vector<RoleVote> votes, RoleGroup group, int count)
{
    auto first = std::find_if(votes.begin(), votes.end(),
                              [&](const RoleVote &v) { return v.roleGroup == group; });
    if (first != votes.end()) {
        const auto index = first - votes.begin();
        first->count = count;
        votes.erase(std::remove_if(votes.begin() + index + 1, votes.end(),
                                   [&](const RoleVote &v) { return v.roleGroup == group; }),
                    votes.end());
        if (count <= 0)
            votes.erase(votes.begin() + index);
        return votes;
    }
    if (count > 0) {
        const auto later = std::find_if(votes.begin(), votes.end(), [&](const RoleVote &v) {
            return static_cast<int>(v.roleGroup) > static_cast<int>(group);
        });
        RoleVote vote;
        vote.roleGroup = group;
        vote.count = count;
        votes.insert(later, vote);
    }
    return votes;
}

PartnerPrioritySection::PartnerPrioritySection(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    m_section =
        new CollapsibleSection(tr("Priority"), QStringLiteral("partnerPrioritySection"), this);
    QWidget *body = m_section->body();
    m_voteCount = new QSpinBox(body);
    m_voteCount->setObjectName(QStringLiteral("partnerVoteCountSpin"));
    m_voteCount->setRange(-1, 999);
    m_voteCount->setSpecialValueText(tr("none"));
    m_voteCount->setToolTip(tr("Votes whose voters are not named (\u201ctwee leraren\u201d)"));
    watchBurst(m_voteCount);
    connect(m_voteCount, &QSpinBox::valueChanged, this, [this](int n) {
        pushChange<PartnerField<&Partner::voteCount>>(n, tr("Change vote count"), m_voteCount);
    });
    m_voteText = lineEdit<PartnerField<&Partner::voteText>>(QStringLiteral("partnerVoteTextEdit"),
                                                            tr("Edit how many, as said"));
    m_voteText->setPlaceholderText(tr("as said, e.g. \u201cunaniem\u201d, “de meeste”"));
    m_source = enumCombo<PartnerField<&Partner::prioritySource>>(
        QStringLiteral("partnerPrioritySourceCombo"),
        {tr("The participants"), tr("Inferred by the researchers")},
        tr("Change who set the priority"));
    m_source->setToolTip(tr("Whether the group said it is a priority or the researchers "
                            "inferred it (drawn hollow)"));

    auto *form = sectionForm(body);
    form->setContentsMargins(4, 0, 0, 4);
    narrowCombo(m_source);
    form->addRow(tr("Votes (voters not named):"), m_voteCount);
    form->addRow(tr("As said:"), m_voteText);
    form->addRow(new QLabel(tr("Votes per role group:"), body));
    form->addRow(buildRoleVotes(body));
    form->addRow(tr("Priority set by:"), m_source);
    form->addRow(buildChoiceChanges(body));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_section);
    // A refused edit (annotation mode) shows the model's value again.
    connect(document, &SessionDocument::groupEditRefused, this, &PartnerPrioritySection::refresh);
}

QWidget *PartnerPrioritySection::buildRoleVotes(QWidget *body)
{
    auto *box = new QWidget(body);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList names = {tr("Teachers"), tr("Management"), tr("Care"), tr("Other")};
    const QStringList keys = {QStringLiteral("Teacher"), QStringLiteral("Management"),
                              QStringLiteral("Care"), QStringLiteral("Other")};
    for (int i = 0; i < 4; ++i) {
        auto *spin = new QSpinBox(box);
        spin->setObjectName(QStringLiteral("partnerRoleVotes%1Spin").arg(keys[i]));
        spin->setRange(0, 999);
        spin->setSpecialValueText(tr("none"));
        watchBurst(spin);
        const auto group = static_cast<RoleGroup>(i);
        connect(spin, &QSpinBox::valueChanged, this,
                [this, group, spin](int n) { onRoleVote(group, n, spin); });
        auto *label = new QLabel(names[i], box);
        label->setBuddy(spin);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(spin, i / 2, (i % 2) * 2 + 1);
        m_roleVotes[static_cast<std::size_t>(i)] = spin;
    }
    return box;
}

QWidget *PartnerPrioritySection::buildChoiceChanges(QWidget *body)
{
    auto *box = new QWidget(body);
    m_changes = new QListWidget(box);
    m_changes->setObjectName(QStringLiteral("partnerChoiceChangesList"));
    m_changes->setMaximumHeight(56);
    m_changes->setTextElideMode(Qt::ElideRight);
    m_changes->setToolTip(tr("Participants whose choice of this partner was replaced by, or "
                             "supplemented with, another partner, in the order said"));
    m_changeParticipant = new QComboBox(box);
    m_changeParticipant->setObjectName(QStringLiteral("partnerChoiceParticipantCombo"));
    m_changeKind = new QComboBox(box);
    m_changeKind->setObjectName(QStringLiteral("partnerChoiceKindCombo"));
    m_changeKind->addItems({tr("replaced by"), tr("supplemented with")}); // ChoiceChangeKind
    m_changeOther = new QComboBox(box);
    m_changeOther->setObjectName(QStringLiteral("partnerChoiceOtherCombo"));
    m_changeNote = new QLineEdit(box);
    m_changeNote->setObjectName(QStringLiteral("partnerChoiceNoteEdit"));
    m_changeNote->setPlaceholderText(tr("note, as said"));
    m_addChange = new QPushButton(tr("Add change"), box);
    m_addChange->setObjectName(QStringLiteral("partnerAddChoiceButton"));
    m_removeChange = new QPushButton(tr("Remove"), box);
    m_removeChange->setObjectName(QStringLiteral("partnerRemoveChoiceButton"));
    connect(m_addChange, &QPushButton::clicked, this, &PartnerPrioritySection::addChoiceChange);
    connect(m_removeChange, &QPushButton::clicked, this,
            &PartnerPrioritySection::removeChoiceChange);

    auto *what = new QHBoxLayout;
    what->addWidget(m_changeParticipant);
    what->addWidget(m_changeKind);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addChange, 1);
    buttons->addWidget(m_removeChange);
    for (QComboBox *combo : {m_changeParticipant, m_changeKind, m_changeOther})
        narrowCombo(combo);
    auto *form = sectionForm(box);
    addWideRow(form, tr("Changed choices:"), m_changes);
    form->addRow(tr("Who:"), what);
    form->addRow(tr("Other partner:"), m_changeOther);
    form->addRow(tr("Note:"), m_changeNote);
    form->addRow(buttons);
    return box;
}

void PartnerPrioritySection::onRoleVote(RoleGroup group, int count, QWidget *source)
{
    const Partner *p = m_document->session().partner(m_id);
    if (m_refreshing || !p)
        return;
    pushChange<PartnerField<&Partner::roleVotes>>(withRoleVote(p->roleVotes, group, count),
                                                  tr("Change votes per role group"), source);
}

void PartnerPrioritySection::addChoiceChange()
{
    const Partner *p = m_document->session().partner(m_id);
    if (!p)
        return;
    Partner changed = *p;
    ChoiceChange change;
    change.participantId = m_changeParticipant->currentData().toString();
    change.change = static_cast<ChoiceChangeKind>(m_changeKind->currentIndex());
    change.otherPartnerId = m_changeOther->currentData().toString();
    change.note = m_changeNote->text();
    changed.choiceChanges.push_back(change);
    edits::setPartner(m_document, changed, tr("Add a changed choice"));
    m_changeNote->clear();
}

void PartnerPrioritySection::removeChoiceChange()
{
    const Partner *p = m_document->session().partner(m_id);
    const int row = m_changes->currentRow();
    if (!p || row < 0 || row >= static_cast<int>(p->choiceChanges.size()))
        return;
    Partner changed = *p;
    changed.choiceChanges.erase(changed.choiceChanges.begin() + row);
    edits::setPartner(m_document, changed, tr("Remove a changed choice"));
}

void PartnerPrioritySection::refreshChoiceChanges(const Session &s, const Partner &p)
{
    const int row = m_changes->currentRow();
    m_changes->clear();
    for (const ChoiceChange &c : p.choiceChanges) {
        const Participant *who = s.participant(c.participantId);
        const QString other =
            c.otherPartnerId.isEmpty()
                ? tr("(not said)")
                : QStringLiteral("\u201c%1\u201d").arg(texts::endName(s, c.otherPartnerId));
        //: A changed choice: %1 the participant, %2 the other partner
        QString text = c.change == ChoiceChangeKind::Replaced ? tr("%1: replaced by %2")
                                                              : tr("%1: supplemented with %2");
        text = text.arg(who ? edits::participantTitle(*who) : tr("someone"), other);
        if (!c.note.isEmpty())
            text += QStringLiteral(" \u00b7 ") + c.note;
        m_changes->addItem(text);
    }
    if (m_changes->count() > 0)
        m_changes->setCurrentRow(std::clamp(row, 0, m_changes->count() - 1));
    m_removeChange->setEnabled(m_changes->count() > 0);

    // Keep the choice made so far; a list filled for the first time starts at its top.
    const bool hadParticipants = m_changeParticipant->count() > 1; // beside "(not known)"
    const QString participant = m_changeParticipant->currentData().toString();
    m_changeParticipant->clear();
    for (const Participant &pt : s.participants)
        m_changeParticipant->addItem(edits::participantTitle(pt), pt.id);
    m_changeParticipant->addItem(tr("(not known)"), QString());
    m_changeParticipant->setCurrentIndex(
        hadParticipants ? std::max(0, m_changeParticipant->findData(participant)) : 0);
    const bool hadOthers = m_changeOther->count() > 1;
    const QString otherId = m_changeOther->currentData().toString();
    m_changeOther->clear();
    for (const Partner &other : s.partners)
        if (other.id != p.id)
            m_changeOther->addItem(texts::endName(s, other.id), other.id);
    m_changeOther->addItem(tr("(not said)"), QString());
    m_changeOther->setCurrentIndex(hadOthers ? std::max(0, m_changeOther->findData(otherId)) : 0);
}

void PartnerPrioritySection::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Partner &p = shown(s.partner(m_id));
    if (m_voteCount->value() != p.voteCount)
        m_voteCount->setValue(std::max(-1, p.voteCount));
    sync(m_voteText, p.voteText);
    for (std::size_t i = 0; i < m_roleVotes.size(); ++i) {
        int sum = 0;
        for (const RoleVote &v : p.roleVotes)
            sum += static_cast<std::size_t>(v.roleGroup) == i ? v.count : 0;
        if (m_roleVotes[i]->value() != sum)
            m_roleVotes[i]->setValue(sum);
    }
    m_source->setCurrentIndex(static_cast<int>(p.prioritySource));
    refreshChoiceChanges(s, p);
    int stated = (p.voteCount >= 0 ? 1 : 0) + (p.voteText.isEmpty() ? 0 : 1);
    stated += static_cast<int>(p.roleVotes.size() + p.choiceChanges.size());
    stated += p.prioritySource == PrioritySource::Researchers ? 1 : 0;
    m_section->setCount(stated);
}

} // namespace nwk
