// SPDX-License-Identifier: GPL-3.0-or-later
// The priority list: partners that matter to someone, most marks first, with the
// count and the participants' dots in their role colours. Double-clicking (or
// Enter on) a row selects that partner on the map.
#pragma once

#include <QDockWidget>

class QTreeWidget;

namespace nwk {

class MapScene;
class SessionDocument;

class PriorityList : public QDockWidget {
    Q_OBJECT

public:
    enum Column { PartnerColumn, CountColumn, MarksColumn };
    static constexpr int IdRole = Qt::UserRole + 1;

    PriorityList(SessionDocument *document, MapScene *scene, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// Partner ids in list order.
    QStringList partnerIds() const;

private:
    void refresh();

    SessionDocument *m_document;
    MapScene *m_scene;
    QTreeWidget *m_tree = nullptr;
};

} // namespace nwk
