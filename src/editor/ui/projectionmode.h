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

class MapScene;
class MapView;

class ProjectionMode : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kSettingsKey = "view/projectionMode";

    /// Adds the action to the View menu (Ctrl+Shift+P) and applies the saved choice.
    static ProjectionMode *install(QMainWindow *window, MapScene *scene, MapView *view);

    QAction *action() const { return m_action; }
    bool isOn() const;
    void setOn(bool on);

private:
    ProjectionMode(QMainWindow *window, MapScene *scene, MapView *view);
    void apply(bool on);

    QMainWindow *m_window;
    MapScene *m_scene;
    MapView *m_view;
    QAction *m_action = nullptr;
};

} // namespace nwk
