// SPDX-License-Identifier: GPL-3.0-or-later
// View > Projection Mode: one toggle for a projector or a large screen. The map
// (MapScene) and the presenter window draw with RenderOptions::highContrast:
// larger type, thicker lines, black text and lines, stronger sector tints. The
// choice is remembered (QSettings kSettingsKey).
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace nwk {

class EditorContext;
class MapScene;
class MapView;
class PresenterWindow;

class ProjectionMode : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kSettingsKey = "view/projectionMode";

    /// Adds the action to the View menu (Ctrl+Shift+P) and applies the saved choice, to
    /// the map and to the focus group's presenter window (so it installs after FocusGroup).
    static void install(EditorContext &context);

    QAction *action() const { return m_action; }
    bool isOn() const;
    void setOn(bool on);

private:
    ProjectionMode(QMainWindow *window, MapScene *scene, MapView *view, PresenterWindow *presenter);
    void apply(bool on);

    MapScene *m_scene;
    MapView *m_view;
    PresenterWindow *m_presenter;
    QAction *m_action = nullptr;
};

} // namespace nwk
