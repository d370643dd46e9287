// SPDX-License-Identifier: GPL-3.0-or-later
// The bar above the map that says autosave is not working: where (the recovery
// folder), why (the system's reason), what happens meanwhile; it stays until a write
// succeeds and offers another folder. Installed by installAutosaveWarning()
// (nwk/editor/autosaver.h).
#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;

namespace nwk {

class Autosaver;

class AutosaveWarning : public QFrame {
    Q_OBJECT

public:
    AutosaveWarning(Autosaver &autosaver, QWidget *parent = nullptr);

    /// Asks for a folder (parent, current folder); empty = cancelled. A folder dialog by
    /// default; tests replace it.
    using FolderChooser = std::function<QString(QWidget *, const QString &)>;
    /// Replaces the chooser; returns the one it replaces.
    static FolderChooser setFolderChooser(FolderChooser chooser);

    /// Asks for another recovery folder and moves the copies there (the button).
    void chooseFolder();

private:
    void showFailure(const QString &error);

    QPointer<Autosaver> m_autosaver;
    QLabel *m_text = nullptr;
};

} // namespace nwk
