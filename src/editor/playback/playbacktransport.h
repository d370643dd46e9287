// SPDX-License-Identifier: GPL-3.0-or-later
// The small transport of the recording's playback, in the status bar: pause or resume,
// stop, and the session-clock time playing (or why playback stopped: a missing part).
// Hidden while nothing plays and nothing went wrong.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace nwk {

class Playback;

class PlaybackTransport : public QWidget {
    Q_OBJECT

public:
    explicit PlaybackTransport(Playback *playback, QWidget *parent = nullptr);

    QString timeText() const;

private:
    void refresh();
    void showPosition(qint64 clockMs);

    Playback *m_playback;
    QToolButton *m_pause = nullptr;
    QToolButton *m_stop = nullptr;
    QLabel *m_time = nullptr;
};

} // namespace nwk
