// SPDX-License-Identifier: GPL-3.0-or-later
// The Participation dock's Merge: into the likely same partner (the facilitator chooses
// when there are several), the proposals alike as one, or a partner the facilitator picks.
#include "participationdock.h"

#include "participationfeature.h"

#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QInputDialog>

namespace nwk {

QString ParticipationDock::choosePartner(const QStringList &ids)
{
    const Session &s = m_document->session();
    QStringList labels;
    for (const QString &id : ids) {
        const Partner *p = s.partner(id);
        labels.append(p ? p->label : id);
    }
    // Two partners may share a label: those are told apart by their ids.
    QStringList shown = labels;
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (labels.count(labels[i]) > 1)
            shown[i] = tr("%1 (%2)").arg(labels[i], ids[i]);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("participationMergeChooser"));
    dialog.setWindowTitle(tr("Merge"));
    dialog.setLabelText(tr("The same partner as:"));
    dialog.setComboBoxItems(shown);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto *combo = dialog.findChild<QComboBox *>();
    const int index = combo ? combo->currentIndex() : -1;
    return index >= 0 && index < ids.size() ? ids[index] : QString();
}

void ParticipationDock::mergeSelected()
{
    const int index = selectedProposal();
    if (index < 0)
        return;
    const QStringList same = m_feature->suggestedPartners()[static_cast<std::size_t>(index)];
    if (same.size() == 1) {
        m_feature->merge(index, same.front());
        return;
    }
    if (same.isEmpty()) {
        std::vector<int> alike = m_feature->pendingDuplicates()[static_cast<std::size_t>(index)];
        if (!alike.empty()) {
            alike.push_back(index);
            m_feature->acceptTogether(alike);
            return;
        }
    }
    // Several likely the same, or none: the facilitator chooses the partner.
    QStringList ids = same;
    if (ids.isEmpty())
        for (const Partner &p : m_document->session().partners)
            ids.append(p.id);
    const QString chosen = choosePartner(ids);
    if (!chosen.isEmpty())
        m_feature->merge(selectedProposal(), chosen);
}

} // namespace nwk
