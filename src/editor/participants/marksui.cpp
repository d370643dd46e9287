// SPDX-License-Identifier: GPL-3.0-or-later
#include "marksui.h"

#include "context/editorcontext.h"
#include "groupsdock.h"
#include "missingdock.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"
#include "participantsdock.h"
#include "prioritylist.h"
#include "properties/propertiesdock.h"
#include "shared/rolestyle.h"
#include "sessiontablemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>

#include <functional>

namespace nwk {

namespace {
constexpr int kMarkKeys = 9;

/// `show` gets the id of the object in the current row of a dock's session table.
void followCurrentRow(QAbstractItemView *table, std::function<void(const QString &)> show)
{
    QObject::connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, table,
                     [table, show](const QModelIndex &current) {
                         const auto *model = qobject_cast<SessionTableModel *>(table->model());
                         if (model && current.isValid())
                             show(model->idAt(current.row()));
                     });
}
} // namespace

void MarksUi::install(EditorContext &context)
{
    auto *marks =
        new MarksUi(context.window, context.document, context.scene, context.dock(DockId::History),
                    context.menu(MenuId::View), context.menu(MenuId::Map));
    context.registerDock(DockId::Participants, marks->participants);
    context.registerDock(DockId::Priorities, marks->priorities);
    context.registerDock(DockId::Groups, marks->groups);
    context.registerDock(DockId::Missing, marks->missing);
    // Missing partners and groups are chosen in their docks; the properties dock follows.
    auto *properties = context.feature<PropertiesDock>();
    followCurrentRow(marks->missing->table(),
                     [properties](const QString &id) { properties->showMissingPartner(id); });
    followCurrentRow(marks->groups->table(),
                     [properties](const QString &id) { properties->showGroup(id); });
    context.provide(marks);
}

MarksUi::MarksUi(QMainWindow *window, SessionDocument *document, MapScene *scene,
                 QDockWidget *history, QMenu *viewMenu, QMenu *mapMenu)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
{
    participants = new ParticipantsDock(document, scene, window);
    priorities = new PriorityList(document, scene, window);
    missing = new MissingDock(document, window);
    groups = new GroupsDock(document, scene, window);
    // One tab stack on the right, under the partner's properties: the map keeps
    // its width. With the History dock when there is one.
    if (history && window->dockWidgetArea(history) == Qt::RightDockWidgetArea) {
        window->tabifyDockWidget(history, participants);
    } else {
        window->addDockWidget(Qt::RightDockWidgetArea, participants);
    }
    window->tabifyDockWidget(participants, priorities);
    window->tabifyDockWidget(priorities, groups);
    window->tabifyDockWidget(groups, missing);
    participants->raise();

    QMenu *marksMenu = mapMenu ? mapMenu->addMenu(tr("Importance &Marks")) : nullptr;
    for (int i = 0; i < kMarkKeys; ++i) {
        auto *action = new QAction(window);
        action->setShortcuts({QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)),
                              QKeySequence(Qt::Key_M, Qt::Key_1 + i)});
        connect(action, &QAction::triggered, this, [this, i] {
            const auto &all = m_document->session().participants;
            if (i < static_cast<int>(all.size()))
                participants->toggleMark(all[static_cast<std::size_t>(i)].id);
        });
        window->addAction(action); // works while the menu is hidden
        if (marksMenu)
            marksMenu->addAction(action);
        markActions.append(action);
    }
    groupSelection = new QAction(tr("&Group Selection"), window);
    groupSelection->setShortcut(QKeySequence(tr("Ctrl+G")));
    groupSelection->setToolTip(tr("Make a group of the selected partners"));
    connect(groupSelection, &QAction::triggered, groups, &GroupsDock::groupSelection);
    window->addAction(groupSelection);
    if (mapMenu)
        mapMenu->addAction(groupSelection);

    if (viewMenu) {
        viewMenu->addSeparator();
        for (QDockWidget *dock :
             std::initializer_list<QDockWidget *>{participants, priorities, groups, missing})
            viewMenu->addAction(dock->toggleViewAction());
    }
    const std::pair<QDockWidget *, QString> tips[] = {
        {participants, tr("Show or hide the participants: codes, roles, who joined or left")},
        {priorities, tr("Show or hide the partners ranked by their importance marks")},
        {groups, tr("Show or hide the groups of partners")},
        {missing, tr("Show or hide the partners the group missed or hoped for")}};
    for (const auto &[dock, tip] : tips)
        dock->toggleViewAction()->setToolTip(tip);

    connect(scene, &QGraphicsScene::selectionChanged, this, &MarksUi::updateActions);
    onChange(document, {ChangeKind::Participant}, this, [this] { updateActions(); });
    connect(document, &SessionDocument::sessionReset, this, &MarksUi::updateActions);
    updateActions();
}

void MarksUi::updateActions()
{
    const auto &all = m_document->session().participants;
    const bool selection = !m_scene->selectedPartnerIds().isEmpty();
    for (int i = 0; i < markActions.size(); ++i) {
        QAction *action = markActions[i];
        const bool exists = i < static_cast<int>(all.size());
        //: Menu entry: %1 is the number key, %2 the participant, e.g. "P2 (zorgcoördinator)"
        action->setText(exists ? tr("&%1 Matters to %2")
                                     .arg(i + 1)
                                     .arg(participantTitle(all[static_cast<std::size_t>(i)]))
                               : tr("&%1 (no participant %1)").arg(i + 1));
        action->setToolTip(exists
                               ? tr("Mark or unmark the selected partners as important to %1 (%2)")
                                     .arg(all[static_cast<std::size_t>(i)].code,
                                          action->shortcut().toString(QKeySequence::NativeText))
                               : tr("There is no participant %1 in this session").arg(i + 1));
        action->setStatusTip(action->toolTip());
        action->setEnabled(exists && selection);
        action->setVisible(exists || i == 0);
    }
    groupSelection->setEnabled(selection);
}

} // namespace nwk
