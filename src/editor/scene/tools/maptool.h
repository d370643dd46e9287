// SPDX-License-Identifier: GPL-3.0-or-later
// An interaction tool on the map (in the spirit of Tiled's AbstractTool): MapScene
// hands each mouse and key event to its tools in order, and the first tool that
// uses the event ends it there; an event no tool uses gets the scene's default
// handling (selection, rubber band, hover). Tools change the model only by pushing
// undo commands through the document (whose lock refuses what annotation mode
// forbids); the items then follow the document through the scene.
#pragma once

#include <QString>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace nwk {

class MapScene;
class SessionDocument;

class MapTool {
public:
    explicit MapTool(MapScene *scene)
        : m_scene(scene)
    {
    }
    virtual ~MapTool() = default;
    MapTool(const MapTool &) = delete;
    MapTool &operator=(const MapTool &) = delete;

    /// Each returns true when the tool used the event (it is accepted then).
    virtual bool mousePressed(QGraphicsSceneMouseEvent *) { return false; }
    virtual bool mouseMoved(QGraphicsSceneMouseEvent *) { return false; }
    virtual bool mouseReleased(QGraphicsSceneMouseEvent *) { return false; }
    virtual bool keyPressed(QKeyEvent *) { return false; }

    /// The scene's selection changed.
    virtual void selectionChanged() {}
    /// The item of this partner is about to go: a gesture on it ends.
    virtual void partnerRemoved(const QString &) {}
    /// Ends any gesture and removes the tool's own items (before the scene rebuilds).
    virtual void reset() {}

protected:
    MapScene *scene() const { return m_scene; }
    SessionDocument *document() const;

private:
    MapScene *m_scene;
};

} // namespace nwk
