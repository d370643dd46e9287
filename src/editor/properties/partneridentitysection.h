// SPDX-License-Identifier: GPL-3.0-or-later
// Who or what a partner is, as the group said it (schema 3): the names an aggregate
// stands for, a hybrid's matching internal actor and participant, a contact person's
// organisation, and whether it was added after the session. A section of the
// partner's Properties (PartnerEditor shows it with the partner's id).
#pragma once

#include "objecteditor.h"

class QCheckBox;

namespace nwk {

class PartnerIdentitySection : public ObjectEditor {
    Q_OBJECT

public:
    explicit PartnerIdentitySection(SessionDocument *document, QWidget *parent = nullptr);

    /// The member list as typed: one name a line, trimmed, empty lines left out.
    static QStringList membersFromText(const QString &text);

protected:
    void reload() override;

private:
    void setReference(QString Partner::*member, const QString &value, const QString &text);
    void setAddedAfter(bool on);

    QPlainTextEdit *m_members = nullptr;
    QComboBox *m_sameAsPartner = nullptr;
    QComboBox *m_sameAsParticipant = nullptr;
    QComboBox *m_contactOf = nullptr;
    QCheckBox *m_addedAfter = nullptr;
    QLineEdit *m_addedAfterAt = nullptr;
};

} // namespace nwk
