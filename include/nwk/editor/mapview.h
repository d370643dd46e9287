// SPDX-License-Identifier: GPL-3.0-or-later
// The map view: zoom (wheel, keys, pinch), pan (middle button, Space+drag),
// fit to window; drops of partners from the tray; keyboard on the map (Tab
// walks the partners, F2 renames in place). Edits go through MapScene or
// undo commands.
#pragma once

#include <QGraphicsView>

class QTimer;

namespace nwk {

class MapScene;
class InlineRenameEdit;

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

    /// Mime type of a drag of partners (the tray): their ids, one a line (UTF-8).
    static QString partnerIdsMimeType();

    /// The in-place label editor while F2 renaming runs, else nullptr.
    InlineRenameEdit *renameEditor() const { return m_rename; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Shows the whole map (the disc and what sticks out of it: labels, ghosts; not the
    /// legend or title), and keeps doing so when the window resizes. Partner labels
    /// take their size for the new zoom first (semantic zoom), so the fit includes them.
    void fitToWindow();
    /// Selects the next (previous) placed partner in MapScene::partnerOrder()
    /// and shows it (Tab, Shift+Tab; centerOnPartner()).
    void selectNextPartner(bool forward = true);
    /// Brings a partner into view, as near the middle as the map allows: the map is not
    /// scrolled off further than needed (a map that fits stays whole on screen).
    void centerOnPartner(const QString &partnerId);
    /// Edits the label of the one selected partner in place (F2): Enter (or
    /// leaving the field) commits one undo step, Esc cancels.
    void renamePartner();

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
    void showEvent(QShowEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void finishRename(bool commit);
    /// Multiplies the zoom by factor (clamped), keeping the scene point under
    /// `viewPos` in place.
    void zoomBy(double factor, QPointF viewPos);
    void updateCursor();
    /// Space held or let go (panning with the mouse); false for any other key.
    bool spaceKey(QKeyEvent *event, bool held);
    /// The scene's labels for the current zoom (semantic zoom), once the zoom rests:
    /// one layout per zoom gesture, not per step or paint. The centre stays put.
    void applyZoom();
    /// Shown at a size a map can be seen at (labels are sized for it only then).
    bool hasRealSize() const;

    MapScene *m_scene;
    QTimer *m_zoomTimer = nullptr;
    /// How long the last fit with its label layout took: a resize lays out at once
    /// below kFastFitMs, else when resizing rests.
    qint64 m_fitCostMs = 0;
    static constexpr qint64 kFastFitMs = 40;
    bool m_fitting = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_lastPanPos;
    InlineRenameEdit *m_rename = nullptr;
    QString m_renameId;
};

} // namespace nwk
