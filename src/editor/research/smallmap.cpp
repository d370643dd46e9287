// SPDX-License-Identifier: GPL-3.0-or-later
// SmallMap: one school's map in the comparison, painted from the model.
#include "smallmap.h"

#include "nwk/render/comparisonsheet.h"
#include "nwk/render/mappainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace nwk {

SmallMap::SmallMap(const Session &session, const QString &title, QHash<QString, QString> recurring,
                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(title)
    , m_recurring(std::move(recurring))
{
    setObjectName(QStringLiteral("smallMap"));
    setMouseTracking(false);
    setFixedSize(sizeHint());
    setAccessibleName(title);
}

QStringList SmallMap::highlighted() const
{
    QStringList ids;
    for (const auto &p : m_session.partners)
        if (m_recurring.contains(p.id))
            ids << p.id;
    return ids;
}

void SmallMap::setChosen(const QString &name, const QStringList &ids)
{
    m_chosenName = name;
    m_chosenIds = ids;
    update();
}

void SmallMap::setSide(int side)
{
    m_side = std::max(120, side);
    setFixedSize(sizeHint());
    update();
}

void SmallMap::setView(double zoom, QPointF centre)
{
    m_zoom = std::clamp(zoom, 1.0, kMaxZoom);
    // Keep the disc in view: the centre stays within the map's extent.
    const double limit = comparedMapExtent() / 2.0;
    m_centre =
        QPointF(std::clamp(centre.x(), -limit, limit), std::clamp(centre.y(), -limit, limit));
    if (m_zoom == 1.0)
        m_centre = {};
    update();
}

void SmallMap::userView(double zoom, QPointF centre)
{
    setView(zoom, centre);
    Q_EMIT viewChanged(m_zoom, m_centre);
}

QTransform SmallMap::transform() const
{
    QTransform t;
    t.translate(m_side / 2.0, m_side / 2.0);
    t.scale(scale(), scale());
    t.translate(-m_centre.x(), -m_centre.y());
    return t;
}

double SmallMap::baseScale() const
{
    return m_side / comparedMapExtent();
}

const QHash<QString, QPointF> &SmallMap::drawnPositions() const
{
    if (!m_drawnAt)
        m_drawnAt = comparedMapPositions(m_session);
    return *m_drawnAt;
}

QPointF SmallMap::partnerPosition(const QString &partnerId) const
{
    const auto &drawn = drawnPositions();
    const auto at = drawn.constFind(partnerId);
    return at == drawn.cend() ? QPointF(-1, -1) : toWidget(*at);
}

QString SmallMap::partnerAt(QPointF widgetPoint) const
{
    const double reach = (MapPainter().style().partnerRadius + 6.0) * scale();
    QString best;
    double bestDistance = reach;
    const auto &drawn = drawnPositions();
    for (const auto &p : m_session.partners) { // session order: the first of equals wins
        const auto at = drawn.constFind(p.id);
        if (at == drawn.cend())
            continue;
        const QPointF d = toWidget(*at) - widgetPoint;
        const double distance = std::hypot(d.x(), d.y());
        if (distance < bestDistance || (best.isEmpty() && distance <= bestDistance)) {
            bestDistance = distance;
            best = p.id;
        }
    }
    return best;
}

QString SmallMap::toolTipAt(QPointF widgetPoint) const
{
    if (const Partner *p = m_session.partner(partnerAt(widgetPoint))) {
        if (m_recurring.contains(p->id))
            return tr("%1: “%2”, recurring partner %3")
                .arg(m_title, p->label, m_recurring.value(p->id));
        return tr("%1: “%2”, on this map only").arg(m_title, p->label);
    }
    const QString zoomHint = tr("Ctrl+wheel zooms, dragging pans, a double click resets.");
    if (!m_chosenName.isEmpty()) {
        return m_chosenIds.isEmpty()
                   ? tr("%1: %2 is not on this map. %3").arg(m_title, m_chosenName, zoomHint)
                   : tr("%1: %2 highlighted. %3").arg(m_title, m_chosenName, zoomHint);
    }
    return tr("%1: recurring partners ringed: %2. %3")
        .arg(m_title, QString::number(highlighted().size()), zoomHint);
}

QColor SmallMap::highlightColor()
{
    return recurringOutlineColor();
}

QColor SmallMap::chosenColor()
{
    return chosenHaloColor();
}

void SmallMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    p.save();
    p.setClipRect(QRect(0, 0, m_side, m_side));
    p.setTransform(transform(), true);
    paintComparedMap(p, {&m_session, m_title, highlighted(), m_chosenIds});
    p.restore();
    p.setPen(palette().windowText().color());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString title =
        m_zoom > 1.0 ? tr("%1 (%2×)").arg(m_title).arg(m_zoom, 0, 'f', 1) : m_title;
    p.drawText(QRect(0, m_side, m_side, kTitleHeight), Qt::AlignCenter,
               fontMetrics().elidedText(title, Qt::ElideMiddle, m_side));
    p.setPen(palette().mid().color());
    p.drawRect(QRectF(0.5, 0.5, m_side - 1.0, m_side - 1.0));
}

void SmallMap::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    // Zoom around the pointer: the map point under it stays under it.
    const QPointF at = event->position();
    const QPointF mapPoint = transform().inverted().map(at);
    const double zoom = std::clamp(m_zoom * std::pow(1.25, steps), 1.0, kMaxZoom);
    const double s = baseScale() * zoom;
    const QPointF centre = mapPoint - (at - QPointF(m_side / 2.0, m_side / 2.0)) / s;
    userView(zoom, centre);
    event->accept();
}

void SmallMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position();
    setCursor(Qt::ClosedHandCursor);
}

void SmallMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    const QPointF delta = event->position() - m_dragFrom;
    m_dragFrom = event->position();
    if (m_zoom > 1.0)
        userView(m_zoom, m_centre - delta / scale());
}

void SmallMap::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    unsetCursor();
    QWidget::mouseReleaseEvent(event);
}

void SmallMap::mouseDoubleClickEvent(QMouseEvent *)
{
    userView(1.0, {});
}

bool SmallMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace nwk
