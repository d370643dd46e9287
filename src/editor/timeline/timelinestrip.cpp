// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestrip.h"

#include "nwk/core/clocktext.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace nwk {

namespace {

constexpr int kLanes = 4; // cards and audio, talk, the map, the session's steps
constexpr int kLaneHeight = 16;
constexpr int kAxisHeight = 16;
constexpr int kMargin = 6;

QColor colourOf(const TimelineEvent &e)
{
    switch (e.kind) {
    case TimelineKind::Card:
        return QColor(0x4c, 0x8c, 0xbf);
    case TimelineKind::AudioPart:
        return QColor(0xc0, 0x39, 0x2b);
    case TimelineKind::MapChange:
    case TimelineKind::PartnerAdded:
        return e.change == MapChangeKind::Removed ? QColor(0x99, 0x33, 0x33)
                                                  : QColor(0x2e, 0x7d, 0x32);
    case TimelineKind::Quote:
    case TimelineKind::Note:
    case TimelineKind::Memo:
    case TimelineKind::Metaphor:
    case TimelineKind::ClosingAnswer:
        return QColor(0x7b, 0x3f, 0xa0);
    case TimelineKind::TranscriptCue:
        return QColor(0xb0, 0x8c, 0xc8);
    default:
        return QColor(0x60, 0x60, 0x60);
    }
}

} // namespace

TimelineStrip::TimelineStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineStrip"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Click or drag to replay the map at that moment"));
}

void TimelineStrip::setEvents(std::vector<TimelineEvent> events, qint64 endMs)
{
    m_events = std::move(events);
    m_endMs = std::max<qint64>(endMs, 1000);
    update();
}

void TimelineStrip::setCursor(qint64 ms)
{
    m_cursor = ms;
    update();
}

QSize TimelineStrip::sizeHint() const
{
    return {600, minimumSizeHint().height()};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {200 + gutterWidth(), kAxisHeight + kLanes * laneHeight() + 2 * kMargin};
}

QString TimelineStrip::laneName(int lane)
{
    switch (lane) {
    case 0:
        //: Timeline lane: the conversation cards' spans and the audio parts
        return tr("Cards");
    case 1:
        //: Timeline lane: quotes, notes, memos, metaphors, answers, transcript lines
        return tr("Talk");
    case 2:
        //: Timeline lane: the changes to the group's map
        return tr("Map");
    default:
        //: Timeline lane: the protocol's steps, participants joining and leaving
        return tr("Steps");
    }
}

int TimelineStrip::laneHeight() const
{
    return std::max(kLaneHeight, fontMetrics().height() + 2);
}

int TimelineStrip::gutterWidth() const
{
    int widest = 0;
    for (int lane = 0; lane < kLanes; ++lane)
        widest = std::max(widest, fontMetrics().horizontalAdvance(laneName(lane)));
    return widest + kMargin;
}

QMargins TimelineStrip::plotMargins() const
{
    return {kMargin + gutterWidth(), 0, kMargin, 0};
}

QRectF TimelineStrip::plotRect() const
{
    const int left = kMargin + gutterWidth();
    return QRectF(left, kMargin, std::max(1, width() - left - kMargin), kLanes * laneHeight());
}

double TimelineStrip::xOf(qint64 ms) const
{
    const QRectF r = plotRect();
    return r.left() + r.width() * static_cast<double>(ms) / static_cast<double>(m_endMs);
}

qint64 TimelineStrip::timeAt(double x) const
{
    const QRectF r = plotRect();
    const double f = std::clamp((x - r.left()) / r.width(), 0.0, 1.0);
    return static_cast<qint64>(f * static_cast<double>(m_endMs));
}

int TimelineStrip::laneOf(const TimelineEvent &e)
{
    switch (e.kind) {
    case TimelineKind::Card:
    case TimelineKind::AudioPart:
        return 0;
    case TimelineKind::Quote:
    case TimelineKind::Note:
    case TimelineKind::Memo:
    case TimelineKind::Metaphor:
    case TimelineKind::ClosingAnswer:
    case TimelineKind::TranscriptCue:
        return 1;
    case TimelineKind::MapChange:
    case TimelineKind::PartnerAdded:
        return 2;
    default:
        return 3;
    }
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    const int lh = laneHeight();
    p.fillRect(rect(), palette().base());
    for (int lane = 0; lane < kLanes; ++lane) {
        const QRectF band(plot.left(), plot.top() + lane * lh, plot.width(), lh);
        if (lane % 2)
            p.fillRect(band, palette().alternateBase());
        p.setPen(palette().text().color());
        p.drawText(QRectF(kMargin, band.top(), gutterWidth() - kMargin, lh),
                   Qt::AlignRight | Qt::AlignVCenter, laneName(lane));
    }
    for (const TimelineEvent &e : m_events) {
        const double top = plot.top() + laneOf(e) * lh;
        const QColor colour = colourOf(e);
        if (e.endMs >= e.atMs &&
            (e.kind == TimelineKind::Card || e.kind == TimelineKind::AudioPart)) {
            const double half = e.kind == TimelineKind::AudioPart ? lh / 2.0 : 0.0;
            QRectF span(QPointF(xOf(e.atMs), top + 2 + half),
                        QPointF(std::max(xOf(e.endMs), xOf(e.atMs) + 2), top + lh - 2));
            if (half == 0.0)
                span.setBottom(top + lh / 2.0);
            p.fillRect(span, colour);
        } else {
            const double x = xOf(e.atMs);
            p.setPen(QPen(colour, 2));
            p.drawLine(QPointF(x, top + 3), QPointF(x, top + lh - 3));
        }
    }
    // The axis: a tick every tenth of the session, with its clock time.
    p.setPen(palette().text().color());
    const double axisY = plot.bottom() + 2;
    for (int i = 0; i <= 10; ++i) {
        const qint64 ms = m_endMs * i / 10;
        const double x = xOf(ms);
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 3));
        if (i % 2 == 0) {
            const QString text = shortClockText(ms);
            const double w = fontMetrics().horizontalAdvance(text);
            const double left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
            p.drawText(QPointF(left, axisY + 3 + fontMetrics().ascent()), text);
        }
    }
    if (m_cursor >= 0) {
        const double x = xOf(std::min(m_cursor, m_endMs));
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom() + 2));
    }
}

bool TimelineStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        const QRectF plot = plotRect();
        const int lane = static_cast<int>((at.y() - plot.top()) / laneHeight());
        QString text;
        if (at.y() >= plot.top() && lane >= 0 && lane < kLanes) {
            switch (lane) {
            case 0:
                text = tr("Cards: each conversation card from its start to its end; below them "
                          "the recording's audio parts");
                break;
            case 1:
                text = tr("Talk: quotes, notes, memos, metaphors, closing answers and the "
                          "transcript's lines");
                break;
            case 2:
                text = tr("Map: partners added, placed, moved, marked, linked and removed");
                break;
            default:
                text = tr("Steps: the protocol's steps, participants joining and leaving");
                break;
            }
            text += QLatin1Char('\n');
        }
        text += tr("Click or drag to replay the map at that moment");
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT timePicked(timeAt(event->position().x()));
}

void TimelineStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT timePicked(timeAt(event->position().x()));
}

} // namespace nwk
