// SPDX-License-Identifier: GPL-3.0-or-later
// The map view: zoom (wheel, keys, pinch), pan (middle button, Space+drag),
// fit to window. It never edits: gestures on the map go to MapScene.
#pragma once

#include <QGraphicsView>

namespace nwk {

class MapScene;

class MapView : public QGraphicsView {
    Q_OBJECT

public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    /// Current zoom (view pixels per map unit).
    double zoom() const;
    /// True while the view follows the window size (after fitToWindow(), until
    /// the user zooms or pans).
    bool isFitting() const { return m_fitting; }

    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 20.0;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Shows the whole map, and keeps doing so when the window resizes.
    void fitToWindow();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// Multiplies the zoom by factor (clamped), keeping the scene point under
    /// `viewPos` in place.
    void zoomBy(double factor, QPointF viewPos);
    void updateCursor();

    MapScene *m_scene;
    bool m_fitting = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_lastPanPos;
};

} // namespace nwk
