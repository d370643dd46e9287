// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativeplacementsection.h"

#include "nwk/editor/objectcommands.h"
#include "relativeplacementdialog.h"
#include "shared/plaintip.h"
#include "shared/propertytexts.h"
#include "statementtexts.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nwk {

RelativePlacementSection::RelativePlacementSection(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    setObjectName(QStringLiteral("partnerRelativeSection"));
    auto *box = new QGroupBox(tr("Placed relative to"), this);
    m_list = new QListWidget(box);
    m_list->setObjectName(QStringLiteral("partnerRelativeList"));
    m_list->setMaximumHeight(90);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("What the group said about this partner's place compared with "
                          "another partner or the school"));
    m_add = new QPushButton(tr("Add\u2026"), box);
    m_add->setObjectName(QStringLiteral("partnerRelativeAddButton"));
    m_remove = new QPushButton(tr("Remove"), box);
    m_remove->setObjectName(QStringLiteral("partnerRelativeRemoveButton"));
    connect(m_add, &QPushButton::clicked, this,
            [this] { addRelativePlacement(m_document, m_id, window()); });
    connect(m_remove, &QPushButton::clicked, this, &RelativePlacementSection::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_list);
    inner->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    onChange(document,
             {ChangeKind::RelativePlacement, ChangeKind::Partner, ChangeKind::Participant}, this,
             [this] {
                 if (!m_id.isEmpty())
                     refresh();
             });
}

void RelativePlacementSection::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    shown(s.partner(m_id));
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const RelativePlacement &r : s.relativePlacements) {
        if (r.partnerId != m_id)
            continue;
        auto *item = new QListWidgetItem(texts::relativePlacementText(s, r), m_list);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(plainToolTip(item->text()));
        if (r.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(m_list->count() > 0);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void RelativePlacementSection::removeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_document->push(new RemoveObject<RelativePlacement>(
        m_document, item->data(Qt::UserRole).toString(), tr("Remove relative placement")));
}

} // namespace nwk
