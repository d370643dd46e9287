// SPDX-License-Identifier: GPL-3.0-or-later
// The map view's zoom and fit, and semantic zoom: partner labels take their size for
// the zoom (MapScene::setViewZoom) when the zoom rests, not per step or paint.
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QLineF>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace nwk {
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

namespace {
/// The map rect with a small margin: what fit shows.
QRectF fitRect(const QRectF &rect)
{
    const double margin = 0.02 * std::max(rect.width(), rect.height());
    return rect.adjusted(-margin, -margin, margin, margin);
}
} // namespace

bool MapView::hasRealSize() const
{
    return isVisible() && viewport()->width() >= 64 && viewport()->height() >= 64;
}

void MapView::fitToWindow()
{
    m_zoomTimer->stop();
    m_fitting = true;
    if (!hasRealSize()) {
        // Not shown yet: no label sizes for a zoom that the window will not have.
        if (!m_scene->mapRect().isEmpty())
            fitInView(fitRect(m_scene->mapRect()), Qt::KeepAspectRatio);
        return;
    }
    // Labels grow as the zoom shrinks and the map's extent grows with them. From the
    // disc alone (the labels' smallest size for this window) up, a few rounds: label
    // sizes are whole map units, so this settles at once, as a rule.
    const QRectF disc = m_scene->geometry().bounds();
    if (disc.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    fitInView(fitRect(disc), Qt::KeepAspectRatio);
    m_scene->setViewZoom(zoom());
    bool changed = true;
    for (int round = 0; round < 4 && changed; ++round) {
        const QRectF rect = m_scene->mapRect();
        if (rect.isEmpty())
            return;
        fitInView(fitRect(rect), Qt::KeepAspectRatio);
        changed = m_scene->setViewZoom(zoom());
    }
    m_fitCostMs = clock.elapsed();
    if (changed)
        fitInView(fitRect(m_scene->mapRect()), Qt::KeepAspectRatio);
    m_fitting = true;
    Q_EMIT zoomChanged(zoom());
}

void MapView::applyZoom()
{
    if (m_fitting) {
        fitToWindow();
        return;
    }
    const QPointF centre = mapToScene(viewport()->rect().center());
    if (m_scene->setViewZoom(zoom()))
        centerOn(centre);
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
    m_zoomTimer->start(); // restarts: the labels follow when the zoom rests
    Q_EMIT zoomChanged(zoom());
}

namespace {
/// The view centre that shows `target` as near the middle as the map allows: the
/// target's centre, clamped on each axis so that the map (with fit's margin) is not
/// scrolled off more than needed: a map narrower than the view stays whole on screen, a
/// wider one fills the view to its edge and no further.
QPointF clampedCentre(const QRectF &map, const QSizeF &view, QPointF target)
{
    const auto clampAxis = [](double want, double lo, double hi, double half) {
        const double a = hi - half, b = lo + half; // a <= b when the map is narrower
        return std::clamp(want, std::min(a, b), std::max(a, b));
    };
    return {clampAxis(target.x(), map.left(), map.right(), view.width() / 2),
            clampAxis(target.y(), map.top(), map.bottom(), view.height() / 2)};
}
} // namespace

void MapView::centerOnPartner(const QString &partnerId)
{
    // Find Partner, Tab: the partner in view with as much of the map as fits around it;
    // never the map pushed half off the screen to put the partner in the middle.
    const QGraphicsItem *item = m_scene->partnerItem(partnerId);
    if (!item)
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.contains(m_scene->mapRect().united(item->sceneBoundingRect())))
        return; // the whole map is on screen: nothing to scroll
    const QRectF map = fitRect(m_scene->mapRect().united(item->sceneBoundingRect()));
    const QPointF centre = clampedCentre(map, visible.size(), m_scene->partnerPosition(partnerId));
    if (QLineF(centre, visible.center()).length() * zoom() < 1.0)
        return; // already there: keep the fit (and its zoom) as it is
    m_fitting = false;
    centerOn(centre);
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

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_fitting || m_scene->mapRect().isEmpty())
        return;
    // The first real size, or a map that lays out fast: the labels' size at once.
    if (m_scene->viewZoom() <= 0.0 || m_fitCostMs < kFastFitMs) {
        fitToWindow();
        return;
    }
    // A large map: at once with the labels as they are; their size when resizing rests.
    fitInView(fitRect(m_scene->mapRect()), Qt::KeepAspectRatio);
    m_zoomTimer->start();
}

void MapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitting && m_scene->viewZoom() <= 0.0)
        fitToWindow();
}

} // namespace nwk
