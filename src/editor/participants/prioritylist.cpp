// SPDX-License-Identifier: GPL-3.0-or-later
#include "prioritylist.h"
#include "shared/plaintip.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"
#include "shared/rolestyle.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>

namespace nwk {

PriorityList::PriorityList(SessionDocument *document, MapScene *scene, QWidget *parent)
    : QDockWidget(tr("Priorities"), parent)
    , m_document(document)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("priorityDock"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("priorityTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Partner"), tr("Marks"), tr("Matters to")});
    m_tree->header()->setSectionResizeMode(PartnerColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(MarksColumn, QHeaderView::ResizeToContents);
    m_tree->setSortingEnabled(false); // the order is the point: most marks first
    setWidget(m_tree);

    auto select = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(PartnerColumn, IdRole).toString();
        m_scene->selectPartners({id});
        if (QGraphicsItem *shown = m_scene->partnerItem(id))
            for (QGraphicsView *view : m_scene->views())
                view->ensureVisible(shown);
    };
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, select);
    connect(m_tree, &QTreeWidget::itemActivated, this, select);

    // Cheap (a few dozen partners): rebuilt on every change, so it is never stale.
    for (auto signal : {&SessionDocument::partnersAdded, &SessionDocument::partnersChanged,
                        &SessionDocument::partnersRemoved})
        connect(document, signal, this, &PriorityList::refresh);
    onChange(document, {ChangeKind::Participant}, this, [this] { refresh(); });
    connect(document, &SessionDocument::sessionReset, this, &PriorityList::refresh);
    refresh();
}

QStringList PriorityList::partnerIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        ids.append(m_tree->topLevelItem(i)->data(PartnerColumn, IdRole).toString());
    return ids;
}

void PriorityList::refresh()
{
    const Session &s = m_document->session();
    std::vector<const Partner *> marked;
    for (const Partner &p : s.partners)
        if (!p.marks.isEmpty())
            marked.push_back(&p);
    // Most marks first; ties keep the map's order (stable), which is the order
    // in which the group added them.
    std::stable_sort(marked.begin(), marked.end(), [](const Partner *a, const Partner *b) {
        return a->marks.size() > b->marks.size();
    });
    const QString current = m_tree->currentItem()
                                ? m_tree->currentItem()->data(PartnerColumn, IdRole).toString()
                                : QString();
    m_tree->clear();
    const int dotsWidth = static_cast<int>(std::max<std::size_t>(s.participants.size(), 1)) * 14;
    m_tree->setIconSize(QSize(dotsWidth, 12));
    for (const Partner *p : marked) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(PartnerColumn, p->label);
        item->setToolTip(PartnerColumn,
                         plainToolTip(p->fullName.isEmpty() ? p->label : p->fullName));
        item->setData(PartnerColumn, IdRole, p->id);
        item->setText(CountColumn, QString::number(p->marks.size()));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Dots in the participants' order, as on the map.
        QStringList ordered;
        QStringList codes;
        for (const Participant &who : s.participants)
            if (p->marks.contains(who.id)) {
                ordered.append(who.id);
                codes.append(participantTitle(who));
            }
        item->setIcon(MarksColumn, markDots(s, ordered));
        item->setToolTip(MarksColumn, plainToolTip(codes.join(QLatin1Char('\n'))));
        if (p->id == current)
            m_tree->setCurrentItem(item);
    }
}

} // namespace nwk
