// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mapview.h"

#include "inlinerename.h"
#include "mapaccessible.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPixmapCache>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

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
    // The canvas is the map: around the disc the map's own background, no page edge.
    setBackgroundBrush(scene->mapPainter().style().background);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    // Repaint only what changed; the map background is cached per zoom level,
    // so dragging a partner redraws a few items, not the sectors and labels.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    // Items keep their drawing as pixmaps (QGraphicsItem::DeviceCoordinateCache: the
    // background, partners, ghosts and group outlines), in QPixmapCache. Its default of
    // 10 MB holds the pixmaps of a few hundred partners; past it they are drawn again at
    // every repaint of a drag. 64 MB hold those of a few thousand.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 64 * 1024));
    connect(scene, &MapScene::linkToolChanged, this, [this] { updateCursor(); });
    m_zoomTimer = new QTimer(this);
    m_zoomTimer->setSingleShot(true);
    m_zoomTimer->setInterval(120);
    connect(m_zoomTimer, &QTimer::timeout, this, &MapView::applyZoom);
    setAccessibleName(tr("Map"));
    installMapAccessibility(this); // one screen-reader item per partner
}

QString MapView::partnerIdsMimeType()
{
    return QStringLiteral("application/x-netwerkkaart-partner-ids");
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
    // Tab walks the partners; Ctrl+Tab leaves the map for the next widget.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        (event->modifiers() & Qt::ControlModifier)) {
        QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab &&
                                    !(event->modifiers() & Qt::ShiftModifier));
        event->accept();
        return;
    }
    if (!spaceKey(event, true))
        QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (!spaceKey(event, false))
        QGraphicsView::keyReleaseEvent(event);
}

bool MapView::spaceKey(QKeyEvent *event, bool held)
{
    if (event->key() != Qt::Key_Space)
        return false;
    if (!event->isAutoRepeat()) {
        m_spaceHeld = held;
        updateCursor();
    }
    event->accept();
    return true;
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false; // the release may go elsewhere
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

bool MapView::focusNextPrevChild(bool next)
{
    if (m_rename)
        finishRename(true);
    else if (QApplication::focusWidget() != this) // e.g. the find bar over the map
        return QGraphicsView::focusNextPrevChild(next);
    if (m_scene->partnerOrder().isEmpty())
        return QGraphicsView::focusNextPrevChild(next);
    selectNextPartner(next);
    return true;
}

void MapView::selectNextPartner(bool forward)
{
    const QStringList order = m_scene->partnerOrder();
    if (order.isEmpty())
        return;
    const QStringList selected = m_scene->selectedPartnerIds();
    const int n = static_cast<int>(order.size());
    int index = forward ? 0 : n - 1;
    if (!selected.isEmpty()) {
        // From the last selected partner in walking order.
        int current = -1;
        for (int i = 0; i < n; ++i)
            if (selected.contains(order[i]))
                current = forward || current < 0 ? i : current;
        if (current >= 0)
            index = (current + (forward ? 1 : n - 1)) % n;
    }
    m_scene->selectPartners({order[index]});
    centerOnPartner(order[index]);
}

void MapView::renamePartner()
{
    const QStringList ids = m_scene->selectedPartnerIds();
    if (ids.size() != 1 || m_rename)
        return;
    const Partner *p = m_scene->document()->session().partner(ids.front());
    if (!p)
        return;
    m_renameId = p->id;
    ensureVisible(QRectF(m_scene->partnerPosition(m_renameId), QSizeF(1, 1)), 120, 80);
    m_rename = new InlineRenameEdit(viewport());
    m_rename->setText(p->label);
    m_rename->selectAll();
    const QPoint centre = mapFromScene(m_scene->partnerPosition(m_renameId));
    const int width = std::max(180, m_rename->fontMetrics().horizontalAdvance(p->label) + 40);
    m_rename->resize(width, m_rename->sizeHint().height());
    m_rename->move(centre.x() - width / 2, centre.y() + 14);
    connect(m_rename, &InlineRenameEdit::finished, this,
            [this](bool commit) { finishRename(commit); });
    m_rename->show();
    m_rename->setFocus(Qt::ShortcutFocusReason);
}

void MapView::finishRename(bool commit)
{
    if (!m_rename)
        return;
    InlineRenameEdit *edit = std::exchange(m_rename, nullptr);
    const QString text = edit->text().trimmed();
    const QString id = std::exchange(m_renameId, QString());
    SessionDocument *document = m_scene->document();
    const Partner *p = document->session().partner(id);
    if (commit && p && !text.isEmpty() && text != p->label) {
        auto *command = new ChangeValue<PartnerField<&Partner::label>>(
            document, id, text, tr("Rename \u201c%1\u201d").arg(p->label));
        command->setMergeable(false);
        document->push(command);
    }
    const bool hadFocus = edit->hasFocus();
    edit->hide();
    edit->deleteLater();
    if (hadFocus || !commit)
        setFocus(Qt::OtherFocusReason);
}

// ---- Drops from the tray ----------------------------------------------------------

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(partnerIdsMimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(partnerIdsMimeType())) {
        m_scene->showPlacementHint(mapToScene(event->position().toPoint()));
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void MapView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->clearPlacementHint();
    QGraphicsView::dragLeaveEvent(event);
}

void MapView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasFormat(partnerIdsMimeType())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QStringList ids = QString::fromUtf8(mime->data(partnerIdsMimeType()))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (m_scene->placePartners(ids, mapToScene(event->position().toPoint()), event->modifiers())) {
        event->acceptProposedAction();
        activateWindow();
        setFocus(Qt::OtherFocusReason);
    } else {
        event->ignore();
    }
}

void MapView::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (m_scene->linkTool())
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
}

} // namespace nwk
