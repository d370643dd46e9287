// SPDX-License-Identifier: GPL-3.0-or-later
// What the editor's features share: the document, the scene, the view, the main
// window, and the menus, actions, docks and features registered under typed ids.
// Every feature installs itself with `void install(EditorContext &)` and reaches
// the others only through it (docs/architecture.md, "How a feature installs").
//
// The context belongs to MainWindow and goes before the window's child objects do:
// features mostly take what they need while installing; one that keeps a reference
// must not use it from a destructor.
#pragma once

#include <QString>

#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace nwk {

class MapScene;
class MapView;
class SessionDocument;

/// The menus, in menu-bar order: all of them exist before the first feature installs,
/// so where a menu appears never depends on which feature fills it first.
enum class MenuId { File, OpenRecent, Edit, View, Map, Session, Research, Help };

/// Actions a feature offers to the others (and the window's own, made by Actions).
enum class ActionId {
    NewFile,
    Open,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    DeleteSelection,
    SelectAll,
    ZoomIn,
    ZoomOut,
    FitToWindow,
    FreePlacement,
    /// The separator before File > Quit: export and import entries go before it.
    FileExportSeparator,
    ExportMap,
};

/// The docks, for the default arrangement and for features that show one another.
enum class DockId {
    History,
    Properties,
    Capture,
    Cards,
    Categories,
    Participants,
    Priorities,
    Groups,
    Missing,
    Annotations,
    Versions,
    Measures,
    Participation,
    Timeline,
};

/// The file workflow of the window (MainWindow), for features that open sessions.
class SessionFiles {
public:
    /// Asks Save / Discard / Cancel when modified; true when it is fine to go on.
    virtual bool maybeSave() = 0;
    /// Asks for a file and opens it (after maybeSave()).
    virtual void open() = 0;
    virtual bool openFile(const QString &fileName) = 0;
    virtual bool openExample(const QString &resourceName) = 0;

protected:
    ~SessionFiles() = default;
};

/// What a feature keeps beside the session file (the recording's audio parts), which the
/// window's Discard and Save As must not lose. MainWindow asks every companion registered.
class SessionFileCompanion {
public:
    /// A sentence for the Unsaved Changes question (what Discard would leave behind); empty
    /// when nothing.
    virtual QString unsavedNote() = 0;
    /// Before the document is written under a new name, and after (`saved`: it was).
    virtual void prepareSaveAs(const QString &fileName) = 0;
    virtual void finishSaveAs(bool saved) = 0;

protected:
    ~SessionFileCompanion() = default;
};

class EditorContext {
public:
    EditorContext(QMainWindow *mainWindow, SessionDocument *sessionDocument, MapScene *mapScene,
                  MapView *mapView, SessionFiles *sessionFiles);
    EditorContext(const EditorContext &) = delete;
    EditorContext &operator=(const EditorContext &) = delete;

    QMainWindow *const window;
    SessionDocument *const document;
    MapScene *const scene;
    MapView *const view;
    SessionFiles *const files;

    /// Registers under `id` (once). Asking for an id nobody registered is a mistake in
    /// the install order (MainWindow::installFeatures) and stops the program.
    void registerMenu(MenuId id, QMenu *menu);
    QMenu *menu(MenuId id) const;
    void registerAction(ActionId id, QAction *action);
    QAction *action(ActionId id) const;
    /// Registers only: the feature places its dock in the window itself.
    void registerDock(DockId id, QDockWidget *dock);
    QDockWidget *dock(DockId id) const;

    /// Registers a feature's files beside the session file (see SessionFileCompanion).
    void addFileCompanion(SessionFileCompanion *companion) { m_companions.push_back(companion); }
    const std::vector<SessionFileCompanion *> &fileCompanions() const { return m_companions; }

    /// A feature other features use (its object, owned by the window): `provide`
    /// it while installing; `feature<T>()` gives it to those installed later.
    template <class T> void provide(T *feature)
    {
        provideObject(std::type_index(typeid(T)), feature, typeid(T).name());
    }
    template <class T> T *feature() const
    {
        return static_cast<T *>(featureObject(std::type_index(typeid(T)), typeid(T).name()));
    }

private:
    void provideObject(std::type_index type, void *object, const char *name);
    void *featureObject(std::type_index type, const char *name) const;

    std::unordered_map<MenuId, QMenu *> m_menus;
    std::unordered_map<ActionId, QAction *> m_actions;
    std::unordered_map<DockId, QDockWidget *> m_docks;
    std::unordered_map<std::type_index, void *> m_features;
    std::vector<SessionFileCompanion *> m_companions;
};

} // namespace nwk
