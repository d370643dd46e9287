// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorcontext.h"

#include <QtGlobal>

namespace nwk {

namespace {
template <class Map, class Value>
void insertOnce(Map &map, typename Map::key_type id, Value *value, const char *what)
{
    if (!value || !map.emplace(id, value).second)
        qFatal("EditorContext: %s %d registered twice or as null", what, static_cast<int>(id));
}

template <class Map>
typename Map::mapped_type lookUp(const Map &map, typename Map::key_type id, const char *what)
{
    const auto found = map.find(id);
    if (found == map.end())
        qFatal("EditorContext: %s %d asked for before it was registered (install order)", what,
               static_cast<int>(id));
    return found->second;
}
} // namespace

EditorContext::EditorContext(QMainWindow *mainWindow, SessionDocument *sessionDocument,
                             MapScene *mapScene, MapView *mapView, SessionFiles *sessionFiles)
    : window(mainWindow)
    , document(sessionDocument)
    , scene(mapScene)
    , view(mapView)
    , files(sessionFiles)
{
}

void EditorContext::registerMenu(MenuId id, QMenu *menu)
{
    insertOnce(m_menus, id, menu, "menu");
}

QMenu *EditorContext::menu(MenuId id) const
{
    return lookUp(m_menus, id, "menu");
}

void EditorContext::registerAction(ActionId id, QAction *action)
{
    insertOnce(m_actions, id, action, "action");
}

QAction *EditorContext::action(ActionId id) const
{
    return lookUp(m_actions, id, "action");
}

void EditorContext::registerDock(DockId id, QDockWidget *dock)
{
    insertOnce(m_docks, id, dock, "dock");
}

QDockWidget *EditorContext::dock(DockId id) const
{
    return lookUp(m_docks, id, "dock");
}

void EditorContext::provideObject(std::type_index type, void *object, const char *name)
{
    if (!object || !m_features.emplace(type, object).second)
        qFatal("EditorContext: feature %s provided twice or as null", name);
}

void *EditorContext::featureObject(std::type_index type, const char *name) const
{
    const auto found = m_features.find(type);
    if (found == m_features.end())
        qFatal("EditorContext: feature %s asked for before it was installed (install order)", name);
    return found->second;
}

} // namespace nwk
