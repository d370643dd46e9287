// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingstatementsection.h"

#include "nwk/editor/objectaccess.h"
#include "referencecombos.h"

#include <QFormLayout>

namespace nwk {

MissingStatementSection::MissingStatementSection(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    using M = MissingPartner;
    setObjectName(QStringLiteral("missingStatementSection"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("missingPartnerCombo"));
    m_partner->setToolTip(tr("On the map but absent: the partner on the map it stands for"));
    connect(m_partner, &QComboBox::activated, this, [this] {
        pushChange<ObjectField<M, &M::partnerId>>(
            refs::currentId(m_partner), tr("Change partner it stands for"), nullptr, true);
    });
    m_decidedBy = lineEdit<ObjectField<M, &M::decidedBy>>(QStringLiteral("missingDecidedByEdit"),
                                                          tr("Edit who decided"));
    m_decidedBy->setPlaceholderText(tr("e.g. the group, the principal"));
    m_reason = textEdit<ObjectField<M, &M::reason>>(QStringLiteral("missingReasonEdit"),
                                                    tr("Edit reason left off"));
    m_reason->setMaximumHeight(60);
    m_rows.append({tr("Stands for &partner:"), m_partner});
    m_rows.append({tr("&Decided by:"), m_decidedBy});
    m_rows.append({tr("&Reason:"), m_reason});
    onChange(document, {ChangeKind::Partner}, this, [this] {
        if (!m_id.isEmpty())
            refresh();
    });
}

void MissingStatementSection::addRowsTo(QFormLayout *form)
{
    for (const auto &[label, field] : std::as_const(m_rows))
        form->addRow(label, field);
    hide();
}

void MissingStatementSection::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const MissingPartner &m = shown(ObjectAccess<MissingPartner>::find(s, m_id));
    refs::fillPartners(m_partner, s, m.partnerId, QString(), tr("(none)"));
    sync(m_decidedBy, m.decidedBy);
    sync(m_reason, m.reason);
    // Who decided and why are said of a partner left off on purpose; what is stored stays
    // editable.
    const bool leftOff = m.status == MissingStatus::LeftOff;
    const QString tip = leftOff ? QString() : tr("For a partner deliberately left off");
    m_decidedBy->setEnabled(leftOff || !m.decidedBy.isEmpty());
    m_reason->setEnabled(leftOff || !m.reason.isEmpty());
    m_decidedBy->setToolTip(tip);
    m_reason->setToolTip(tip);
}

} // namespace nwk
