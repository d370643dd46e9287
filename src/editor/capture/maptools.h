// SPDX-License-Identifier: GPL-3.0-or-later
// The map's tools and keyboard commands: the link tool (with its link kind),
// find (a find bar over the map), rename in place, and the status-bar echo of
// what a drag on the map means. Installed with the editor context; it adds its actions to
// a "Map Tools" tool bar and the Map menu.
#pragma once

#include <QObject>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;

namespace nwk {

class EditorContext;
class MapScene;
class MapView;

/// Type, and the partners whose label contains the text are marked on the map;
/// Enter selects and centres the next match; Esc closes.
class MapFindBar final : public QWidget {
    Q_OBJECT

public:
    MapFindBar(MapScene *scene, MapView *view);
    QLineEdit *edit() const { return m_edit; }
    void open();
    void close();
    void findNext(bool forward = true);
    QStringList matches() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void place();

    MapScene *m_scene;
    MapView *m_view;
    QLineEdit *m_edit;
    QLabel *m_count;
};

class MapTools : public QObject {
    Q_OBJECT

public:
    /// Adds the tools to a "Map Tools" tool bar and the Map menu.
    static void install(EditorContext &context);
    MapTools(QMainWindow *window, QMenu *mapMenu, MapScene *scene, MapView *view);

    QAction *drawLinks = nullptr;
    /// Links the selected partner by keyboard: Tab to the other, Enter (Ctrl+K).
    QAction *linkTo = nullptr;
    QAction *find = nullptr;
    QAction *findNext = nullptr;
    QAction *rename = nullptr;
    QComboBox *linkKind = nullptr;
    MapFindBar *findBar = nullptr;
};

} // namespace nwk
