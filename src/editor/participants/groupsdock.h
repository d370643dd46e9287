// SPDX-License-Identifier: GPL-3.0-or-later
// Groups of partners (drawn on the map as soft outlines around the members).
// "Group Selection" (Ctrl+G) makes a group of the selected partners and opens
// its name in the list for typing (Enter keeps it, Esc keeps "Group n"); the
// list shows each group's member count; buttons add or remove the selected
// partners, and delete the group. Double-clicking a group's count (or pressing
// Select Members) selects its members on the map.
#pragma once

#include "sessiontabledock.h"

class QPushButton;

namespace nwk {

class MapScene;

class GroupsDock : public SessionTableDock {
    Q_OBJECT

public:
    enum Column { NameColumn, MembersColumn };

    GroupsDock(SessionDocument *document, MapScene *scene, QWidget *parent = nullptr);

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

    /// Builds the table and the buttons below it.
    void buildContent();

    MapScene *m_scene;
    /// Group Selection, Select Members, Delete Group (row 0) and
    /// Add Selected, Remove Selected (row 1), as they stand in the dock.
    struct Buttons {
        QPushButton *group, *select, *remove;
        QPushButton *addMembers, *removeMembers;
    } m_buttons{};
};

} // namespace nwk
