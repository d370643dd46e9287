// SPDX-License-Identifier: GPL-3.0-or-later
// The Versions dock: the session's named snapshots of the group's map (Session >
// Take Snapshot…) and what changed between two of them, or a snapshot and now.
#pragma once

#include "nwk/core/mapdiff.h"

#include <QDockWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace nwk {

class SessionDocument;

class VersionsDock : public QDockWidget {
    Q_OBJECT

public:
    VersionsDock(SessionDocument *document, QWidget *parent = nullptr);

    QListWidget *snapshotList() const { return m_snapshots; }
    QComboBox *fromCombo() const { return m_comparison.from; }
    QComboBox *toCombo() const { return m_comparison.to; }
    QListWidget *changeList() const { return m_comparison.changes; }

    /// Asks for a name (window-modal, returns at once), then takes the snapshot.
    void askSnapshotName();
    /// Takes a snapshot of the map as it is now (one undo step); returns its id.
    QString takeSnapshot(const QString &name);
    /// The readable lines of the changes from snapshot `fromId` to `toId` (an
    /// empty id is the map as it is now).
    QStringList describeChanges(const QString &fromId, const QString &toId) const;

private:
    void refresh();
    void compare();
    Snapshot stateOf(const QString &snapshotId) const;

    SessionDocument *m_document;
    QListWidget *m_snapshots = nullptr;
    QPushButton *m_remove = nullptr;
    /// "From [version] to [version]" and the changes between the two.
    struct Comparison {
        QComboBox *from = nullptr;
        QComboBox *to = nullptr;
        QListWidget *changes = nullptr;
    } m_comparison;
};

} // namespace nwk
