// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline drawn from the session's start to its end: cards as spans, the audio parts,
// talk (quotes, notes, memos, metaphors, answers), the map's changes and the session's
// steps as ticks in named lanes, and the replay cursor. A press or drag on it selects a time.
#pragma once

#include "nwk/core/timeline.h"

#include <QWidget>

#include <vector>

namespace nwk {

class TimelineStrip : public QWidget {
    Q_OBJECT

public:
    explicit TimelineStrip(QWidget *parent = nullptr);

    void setEvents(std::vector<TimelineEvent> events, qint64 endMs);
    /// The cursor's time; -1 = none (the live map).
    void setCursor(qint64 ms);
    qint64 endMs() const { return m_endMs; }
    /// The time under x (widget coordinates), within [0, endMs].
    qint64 timeAt(double x) const;
    double xOf(qint64 ms) const;
    /// The plot's distance from the widget's left and right edges (the lanes' names are on
    /// the left): the scrub bar under the strip is indented by them.
    QMargins plotMargins() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void timePicked(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; ///< a lane's tooltip says what it holds

private:
    static int laneOf(const TimelineEvent &e);
    static QString laneName(int lane);
    int laneHeight() const;
    int gutterWidth() const; ///< the lanes' names, left of the plot
    QRectF plotRect() const;

    std::vector<TimelineEvent> m_events;
    qint64 m_endMs = 0;
    qint64 m_cursor = -1;
};

} // namespace nwk
