// SPDX-License-Identifier: GPL-3.0-or-later
// The map's legend on the editor's canvas: a small panel in the lower left corner of
// the map view, collapsed to a "Legend" button. It draws through the map painter's
// legend (so it lists what the map uses), at a screen size of its own. View > Legend
// (Ctrl+Shift+L) or the button opens and closes it; the choice is kept in the settings.
#pragma once

#include <QWidget>

class QAction;
class QMainWindow;
class QMenu;
class QToolButton;

namespace nwk {

class EditorContext;
class MapScene;
class MapView;
struct RenderOptions;

class LegendOverlay : public QWidget {
    Q_OBJECT

public:
    LegendOverlay(MapScene *scene, MapView *view);

    /// The overlay on the map view, its action in the View menu.
    static void install(EditorContext &context);

    bool isExpanded() const;
    void setExpanded(bool on);
    QAction *toggleAction() const { return m_action; }
    /// Where the legend is drawn in the overlay (widget coordinates); empty when collapsed.
    QRect legendArea() const;

    static constexpr const char *kSettingsKey = "view/legendOpen";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    RenderOptions legendOptions() const;
    /// Size and place: the legend's size at its scale, in the view's lower left corner.
    void place();

    MapScene *m_scene;
    MapView *m_view;
    QToolButton *m_button;
    QAction *m_action;
    double m_scale = 1.0;
    QRectF m_legend; ///< the legend's rect in map units
};

} // namespace nwk
