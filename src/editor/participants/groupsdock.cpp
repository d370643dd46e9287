// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsdock.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

namespace {
const Group &at(const Session &s, int row)
{
    return s.groups[static_cast<std::size_t>(row)];
}
} // namespace

GroupsDock::GroupsDock(SessionDocument *document, MapScene *scene, QWidget *parent)
    : SessionTableDock(tr("Groups"), QStringLiteral("groupsDock"), document, &Session::groups,
                       parent)
    , m_scene(scene)
{
    m_model->addColumn(
        textColumn<Group, &Group::label>(&Session::groups, tr("Group"), tr("Rename group"), true));
    m_model->addColumn({tr("Members"),
                        [](const Session &s, int row, int role) -> QVariant {
                            const Group &g = at(s, row);
                            if (role == Qt::DisplayRole)
                                return static_cast<int>(g.members.size());
                            if (role == Qt::TextAlignmentRole)
                                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                            if (role == Qt::ToolTipRole) {
                                QStringList labels;
                                for (const QString &id : g.members)
                                    if (const Partner *p = s.partner(id))
                                        labels.append(p->label);
                                return labels.join(QLatin1Char('\n'));
                            }
                            return {};
                        },
                        {},
                        {}});

    buildContent();
    connect(scene, &QGraphicsScene::selectionChanged, this, &GroupsDock::updateButtons);

    auto reload = [this] {
        m_model->reload();
        updateButtons();
    };
    connect(document, &SessionDocument::groupsAdded, this, reload);
    connect(document, &SessionDocument::groupsChanged, this, reload);
    connect(document, &SessionDocument::groupsRemoved, this, reload);
    connect(document, &SessionDocument::partnersChanged, this, reload); // member labels
    connect(document, &SessionDocument::sessionReset, this, reload);
    reload();
}

QString GroupsDock::currentGroupId() const
{
    return currentRowId();
}

void GroupsDock::setCurrentGroup(const QString &groupId)
{
    const int row = m_model->rowOf(groupId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, NameColumn));
}

void GroupsDock::groupSelection()
{
    const QStringList selected = m_scene->selectedPartnerIds();
    if (selected.isEmpty())
        return;
    const Session &s = m_document->session();
    Group g;
    g.id = uniqueId(s, QStringLiteral("g"));
    int n = static_cast<int>(s.groups.size()) + 1;
    auto taken = [&](const QString &label) {
        return std::any_of(s.groups.begin(), s.groups.end(),
                           [&](const Group &x) { return x.label == label; });
    };
    while (taken(tr("Group %1").arg(n)))
        ++n;
    g.label = tr("Group %1").arg(n);
    // Members in map order, whatever the order of selection.
    for (const Partner &p : s.partners)
        if (selected.contains(p.id))
            g.members.append(p.id);
    m_document->push(new AddObject<Group>(m_document, g, tr("Group selection")));
    show();
    raise();
    const int row = m_model->rowOf(g.id);
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, NameColumn);
    m_table->setCurrentIndex(name);
    m_table->scrollTo(name);
    m_table->setFocus();
    m_table->edit(name);
}

void GroupsDock::setMembers(const QString &groupId, const QStringList &members, const QString &text)
{
    auto *command =
        new ChangeValue<ObjectField<Group, &Group::members>>(m_document, groupId, members, text);
    command->setMergeable(false);
    m_document->push(command);
}

void GroupsDock::addSelection()
{
    const Group *g = ObjectAccess<Group>::find(m_document->session(), currentGroupId());
    if (!g)
        return;
    QStringList members = g->members;
    for (const QString &id : m_scene->selectedPartnerIds())
        if (!members.contains(id))
            members.append(id);
    setMembers(g->id, members, tr("Add to group \u201c%1\u201d").arg(g->label));
}

void GroupsDock::removeSelection()
{
    const Group *g = ObjectAccess<Group>::find(m_document->session(), currentGroupId());
    if (!g)
        return;
    QStringList members = g->members;
    for (const QString &id : m_scene->selectedPartnerIds())
        members.removeAll(id);
    setMembers(g->id, members, tr("Remove from group \u201c%1\u201d").arg(g->label));
}

void GroupsDock::deleteCurrent()
{
    if (QUndoCommand *command = makeRemoveGroupCommand(m_document, currentGroupId()))
        m_document->push(command);
}

void GroupsDock::selectMembers()
{
    if (const Group *g = ObjectAccess<Group>::find(m_document->session(), currentGroupId()))
        m_scene->selectPartners(g->members);
}

void GroupsDock::updateButtons()
{
    const bool selection = !m_scene->selectedPartnerIds().isEmpty();
    const bool current = !currentGroupId().isEmpty();
    m_buttons.group->setEnabled(selection);
    m_buttons.addMembers->setEnabled(selection && current);
    m_buttons.removeMembers->setEnabled(selection && current);
    m_buttons.remove->setEnabled(current);
    m_buttons.select->setEnabled(current);
}

void GroupsDock::buildContent()
{
    auto *content = new QWidget(this);
    createTable(content, QStringLiteral("groupsTable"));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MembersColumn, QHeaderView::ResizeToContents);

    m_buttons.group = createButton(tr("Group Selection"), QStringLiteral("groupSelectionButton"),
                                   tr("Make a group of the selected partners (Ctrl+G)"), content);
    m_buttons.addMembers = createButton(tr("Add Selected"), QStringLiteral("addToGroupButton"),
                                        tr("Add the selected partners to this group"), content);
    m_buttons.removeMembers =
        createButton(tr("Remove Selected"), QStringLiteral("removeFromGroupButton"),
                     tr("Take the selected partners out of this group"), content);
    m_buttons.select = createButton(tr("Select Members"), QStringLiteral("selectMembersButton"),
                                    tr("Select this group's members on the map"), content);
    m_buttons.remove = createButton(tr("Delete Group"), QStringLiteral("deleteGroupButton"),
                                    tr("Delete the group; its partners stay on the map"), content);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_buttons.group, 0, 0);
    buttons->addWidget(m_buttons.select, 0, 1);
    buttons->addWidget(m_buttons.remove, 0, 2);
    buttons->addWidget(m_buttons.addMembers, 1, 0);
    buttons->addWidget(m_buttons.removeMembers, 1, 1);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_buttons.group, &QPushButton::clicked, this, &GroupsDock::groupSelection);
    connect(m_buttons.addMembers, &QPushButton::clicked, this, &GroupsDock::addSelection);
    connect(m_buttons.removeMembers, &QPushButton::clicked, this, &GroupsDock::removeSelection);
    connect(m_buttons.remove, &QPushButton::clicked, this, &GroupsDock::deleteCurrent);
    connect(m_buttons.select, &QPushButton::clicked, this, &GroupsDock::selectMembers);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == MembersColumn)
            selectMembers();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsDock::updateButtons);
}

} // namespace nwk
