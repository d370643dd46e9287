// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativeplacementdialog.h"

#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "referencecombos.h"
#include "shared/propertytexts.h"
#include "statementtexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nwk {

RelativePlacementDialog::RelativePlacementDialog(const Session &session, const QString &partnerId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_partnerId(partnerId)
{
    setObjectName(QStringLiteral("relativePlacementDialog"));
    setWindowTitle(tr("Placed Relative To"));
    auto *partner = new QLabel(texts::endName(session, partnerId), this);
    partner->setObjectName(QStringLiteral("relativePartnerLabel"));
    partner->setTextFormat(Qt::PlainText);
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("relativeRelationCombo"));
    const QStringList relations = texts::relativeRelations();
    // Further first: what groups say most ("a bit further than ...").
    for (RelativeRelation r :
         {RelativeRelation::Further, RelativeRelation::Closer, RelativeRelation::Same})
        m_relation->addItem(relations.value(static_cast<int>(r)), static_cast<int>(r));
    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("relativeReferenceCombo"));
    refs::fillPartners(m_reference, session, kSchoolId, partnerId,
                       texts::endName(session, kSchoolId));
    m_reference->setItemData(0, kSchoolId); // the first entry is the school, not "none"
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("relativeTextEdit"));
    m_text->setPlaceholderText(tr("e.g. a bit further than our own guidance service"));
    m_participant = new QComboBox(this);
    m_participant->setObjectName(QStringLiteral("relativeParticipantCombo"));
    refs::fillParticipants(m_participant, session, QString(), tr("(nobody in particular)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Partner:"), partner);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Compared with:"), m_reference);
    form->addRow(tr("As sai&d:"), m_text);
    form->addRow(tr("Said &by:"), m_participant);
    form->addRow(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 75);
}

RelativePlacement RelativePlacementDialog::relativePlacement(const Session &session) const
{
    RelativePlacement r;
    r.id = uniqueId(session, QStringLiteral("rp"));
    r.partnerId = m_partnerId;
    r.relation = static_cast<RelativeRelation>(m_relation->currentData().toInt());
    r.referenceId = refs::currentId(m_reference);
    r.text = m_text->text().trimmed();
    r.participantId = refs::currentId(m_participant);
    return r;
}

bool addRelativePlacement(SessionDocument *document, const QString &partnerId, QWidget *parent)
{
    if (!document->session().partner(partnerId))
        return false;
    RelativePlacementDialog dialog(document->session(), partnerId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Session &s = document->session();
    const Partner *p = s.partner(partnerId);
    if (!p) // removed meanwhile
        return false;
    const RelativePlacement r = dialog.relativePlacement(s);
    //: History step: %1 the partner, %2 the other partner or the school
    const QString text =
        RelativePlacementDialog::tr("Place \u201c%1\u201d relative to \u201c%2\u201d")
            .arg(texts::endName(s, partnerId), texts::endName(s, r.referenceId));
    document->push(new AddObject<RelativePlacement>(document, r, text));
    return true;
}

} // namespace nwk
