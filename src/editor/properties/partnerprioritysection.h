// SPDX-License-Identifier: GPL-3.0-or-later
// The "Priority" section of a partner's properties (schema 3): votes whose voters are
// not named (a count, a quantifier as said, votes per role group), whether the
// participants said it or the researchers inferred it, and changed choices
// ("first this one, then that one instead"). Closed by default.
#pragma once

#include "objecteditor.h"

#include <array>

class QListWidget;
class QPushButton;
class QSpinBox;

namespace nwk {

class CollapsibleSection;

class PartnerPrioritySection : public ObjectEditor {
    Q_OBJECT

public:
    explicit PartnerPrioritySection(SessionDocument *document, QWidget *parent = nullptr);
    CollapsibleSection *section() const { return m_section; }

protected:
    void reload() override;

private:
    QWidget *buildRoleVotes(QWidget *body);
    QWidget *buildChoiceChanges(QWidget *body);
    void onRoleVote(RoleGroup group, int count, QWidget *source);
    void addChoiceChange();
    void removeChoiceChange();
    void refreshChoiceChanges(const Session &s, const Partner &p);

    CollapsibleSection *m_section = nullptr;
    QSpinBox *m_voteCount = nullptr;
    QLineEdit *m_voteText = nullptr;
    std::array<QSpinBox *, 4> m_roleVotes{}; ///< in RoleGroup's order
    QComboBox *m_source = nullptr;
    QListWidget *m_changes = nullptr;
    QComboBox *m_changeParticipant = nullptr;
    QComboBox *m_changeKind = nullptr;
    QComboBox *m_changeOther = nullptr;
    QLineEdit *m_changeNote = nullptr;
    QPushButton *m_addChange = nullptr;
    QPushButton *m_removeChange = nullptr;
};

/// `votes` with the votes of `group` set to `count` (0 removes them): the first entry
/// of the group keeps its place (and unknown keys), other entries of it go; a new
/// entry goes before the first entry of a later role group.
std::vector<RoleVote> withRoleVote(std::vector<RoleVote> votes, RoleGroup group, int count);

} // namespace nwk
