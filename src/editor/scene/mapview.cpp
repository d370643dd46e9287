// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mapview.h"

#include "nwk/editor/mapscene.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace nwk {

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Panning is by gesture (middle button, Space+drag); the scene rect leaves
    // room around the map, so scroll bars would only distract.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(QColor(0xe9, 0xe9, 0xe9));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
}

double MapView::zoom() const
{
    return transform().m11();
}

void MapView::zoomIn()
{
    zoomBy(1.25, QRectF(viewport()->rect()).center());
}
void MapView::zoomOut()
{
    zoomBy(1 / 1.25, QRectF(viewport()->rect()).center());
}

void MapView::fitToWindow()
{
    const QRectF rect = m_scene->mapRect();
    if (rect.isEmpty())
        return;
    const double margin = 0.02 * std::max(rect.width(), rect.height());
    fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt::KeepAspectRatio);
    m_fitting = true;
    Q_EMIT zoomChanged(zoom());
}

void MapView::zoomBy(double factor, QPointF viewPos)
{
    const double current = zoom();
    const double target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    m_fitting = false;
    if (current <= 0 || std::abs(target - current) < 1e-9)
        return;
    const QPointF scenePos = mapToScene(viewPos.toPoint());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    scale(target / current, target / current);
    setTransformationAnchor(anchor);
    // Keep the scene point under viewPos where it was.
    const QPointF drift = mapFromScene(scenePos) - viewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    Q_EMIT zoomChanged(zoom());
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(),
                       viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gesture->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    // 120 units (one notch) = x1.2.
    zoomBy(std::pow(1.2, delta / 120.0), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_lastPanPos;
        m_lastPanPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        m_fitting = false;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton) {
            m_panning = false;
            updateCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            updateCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false; // the release may go elsewhere
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
}

void MapView::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

} // namespace nwk
