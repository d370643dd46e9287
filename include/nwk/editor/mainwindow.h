// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: assembles the document, the map view and the features (one
// ordered list, installFeatures() in src/editor/window/mainwindow_features.cpp, each
// installed through the editor context: docs/architecture.md, "How a feature
// installs"), and runs the file workflow (new, open, save, unsaved changes). It
// holds no editing logic of its own.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QMainWindow>

#include <memory>

class QUndoStack;

namespace nwk {

class Actions;
class EditorContext;
class ExternalChangeGuard;
class MapScene;
class MapView;
class RecentFiles;
class SessionDocument;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionDocument *document() const { return m_document; }
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    const QUndoStack *undoStack() const;
    /// The menus and actions (src/editor/window/actions.h); installers add theirs to them.
    Actions *actions() const { return m_actions; }
    /// What the features share (src/editor/context/editorcontext.h).
    EditorContext &context() const { return *m_context; }

    /// Opens a session file (no unsaved-changes prompt: callers ask first).
    /// Errors are shown in a message box; returns whether the file was opened.
    bool openFile(const QString &fileName);
    /// Opens a bundled example (a resource) as an untitled session.
    bool openExample(const QString &resourceName);

    /// The located problems as the user reads them, one per line:
    /// "<file name>: <path>: <message>" (at most `max` lines, then a count).
    static QString diagnosticsText(const QString &fileName, const Diagnostics &diagnostics,
                                   int max = 15);

    /// Asks Save / Discard / Cancel when modified; true when it is fine to go on.
    bool maybeSave();

public Q_SLOTS:
    void newSession();
    void open();
    /// Save, or Save As when untitled. False when not saved (failed or cancelled).
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool saveTo(const QString &fileName);
    void updateTitle();
    void deleteSelection();
    void fillRecentMenu();
    void openRecent(const QString &fileName);
    void installFeatures();
    void connectActions();

    class Files;
    SessionDocument *m_document = nullptr;
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    std::unique_ptr<Files> m_files;
    std::unique_ptr<EditorContext> m_context;
    Actions *m_actions = nullptr;
    RecentFiles *m_recent = nullptr;
    ExternalChangeGuard *m_diskGuard = nullptr;
};

} // namespace nwk
