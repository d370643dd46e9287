// SPDX-License-Identifier: GPL-3.0-or-later
// Groups of partners (drawn on the map as soft outlines around the members).
// "Group Selection" (Ctrl+G) makes a group of the selected partners and opens
// its name in the list for typing (Enter keeps it, Esc keeps "Group n"); the
// list shows each group's member count; buttons add or remove the selected
// partners, and delete the group. Double-clicking a group's count (or pressing
// Select Members) selects its members on the map.
#pragma once

#include <QDockWidget>

class QPushButton;
class QTableView;

namespace nwk {

class MapScene;
class SessionDocument;
class SessionTableModel;

class GroupsDock : public QDockWidget {
    Q_OBJECT

public:
    enum Column { NameColumn, MembersColumn };

    GroupsDock(SessionDocument *document, MapScene *scene, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// The id of the group current in the list, empty when none.
    QString currentGroupId() const;
    void setCurrentGroup(const QString &groupId);

    /// Makes a group of the selected partners and starts editing its name.
    /// Nothing when no partner is selected.
    void groupSelection();
    void addSelection();
    void removeSelection();
    void deleteCurrent();
    void selectMembers();

private:
    void updateButtons();
    void setMembers(const QString &groupId, const QStringList &members, const QString &text);

    SessionDocument *m_document;
    MapScene *m_scene;
    SessionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_group = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_removeMembers = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_select = nullptr;
};

} // namespace nwk
