// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkstatementsection.h"

#include "referencecombos.h"
#include "shared/propertytexts.h"
#include "statementtexts.h"

#include <QFormLayout>
#include <QSignalBlocker>

#include <algorithm>

namespace nwk {

LinkStatementSection::LinkStatementSection(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    setObjectName(QStringLiteral("linkStatementSection"));
    m_initiatedBy = new QComboBox(this);
    m_initiatedBy->setObjectName(QStringLiteral("linkInitiatedByCombo"));
    m_initiatedBy->setToolTip(tr("Which end started the contact, as the group said"));
    connect(m_initiatedBy, &QComboBox::activated, this, [this] {
        pushChange<LinkField<&Link::initiatedBy>>(refs::currentId(m_initiatedBy),
                                                  tr("Change who started the link"), nullptr, true);
    });
    m_reciprocity = enumCombo<LinkField<&Link::reciprocity>>(
        QStringLiteral("linkReciprocityCombo"), texts::reciprocities(), tr("Change reciprocity"));
    m_reciprocity->setToolTip(tr("Whether both sides give and take, or one side only"));
    m_schoolRole = enumCombo<LinkField<&Link::schoolRole>>(
        QStringLiteral("linkSchoolRoleCombo"), texts::schoolRoles(), tr("Change school role"));
    m_via = new QComboBox(this);
    m_via->setObjectName(QStringLiteral("linkViaCombo"));
    connect(m_via, &QComboBox::activated, this, [this] {
        pushChange<LinkField<&Link::via>>(refs::currentId(m_via), tr("Change go-between"), nullptr,
                                          true);
    });
    m_rows.append({tr("&Started by:"), m_initiatedBy});
    m_rows.append({tr("&Reciprocity:"), m_reciprocity});
    m_rows.append({tr("Sc&hool's role:"), m_schoolRole});
    m_rows.append({tr("V&ia:"), m_via});
    onChange(document, {ChangeKind::Partner}, this, [this] {
        if (!m_id.isEmpty())
            refresh();
    });
}

void LinkStatementSection::addRowsTo(QFormLayout *form)
{
    for (const auto &[label, field] : std::as_const(m_rows))
        form->addRow(label, field);
    hide();
}

void LinkStatementSection::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Link &l = shown(s.link(m_id));
    {
        const QSignalBlocker block(m_initiatedBy);
        m_initiatedBy->clear();
        m_initiatedBy->addItem(tr("Not said"), QString());
        if (!l.from.isEmpty())
            m_initiatedBy->addItem(texts::endName(s, l.from), l.from);
        if (!l.to.isEmpty() && l.to != l.from)
            m_initiatedBy->addItem(texts::endName(s, l.to), l.to);
        m_initiatedBy->setCurrentIndex(std::max(0, m_initiatedBy->findData(l.initiatedBy)));
    }
    m_reciprocity->setCurrentIndex(static_cast<int>(l.reciprocity));
    m_schoolRole->setCurrentIndex(static_cast<int>(l.schoolRole));
    // The school's role is said of links to the school only (validation.h).
    const bool touchesSchool = l.from == kSchoolId || l.to == kSchoolId;
    m_schoolRole->setEnabled(touchesSchool || l.schoolRole != SchoolRole::Unstated);
    m_schoolRole->setToolTip(touchesSchool ? tr("On this link the school learns, offers, or both")
                                           : tr("Only for links to the school"));
    refs::fillPartners(m_via, s, l.via, QString(), tr("(none)"),
                       [&l](const Partner &p) { return p.id != l.from && p.id != l.to; });
    const bool isVia = l.kind == LinkKind::Via;
    m_via->setEnabled(isVia || !l.via.isEmpty());
    m_via->setToolTip(isVia ? tr("The partner the contact runs through")
                            : tr("Only for links of kind \u201cVia\u201d"));
}

} // namespace nwk
