// SPDX-License-Identifier: GPL-3.0-or-later
// The replay with the sound: a Play button in the Timeline dock plays the recording from the
// time replayed; while it plays, the replayed map follows the playback's clock, and a time
// picked on the timeline meanwhile moves the playback there (after the scrubbing settles).
#pragma once

#include <QObject>

class QPushButton;
class QTimer;

namespace nwk {

class Playback;
class TimelineDock;

class TimelineSound : public QObject {
    Q_OBJECT

public:
    /// Owned by `dock`.
    TimelineSound(TimelineDock *dock, Playback *playback);

    QPushButton *playButton() const { return m_play; }

private:
    qint64 pickedMs() const;
    void updateButton();
    void follow(qint64 clockMs);
    void picked(qint64 ms);
    bool playing() const;

    TimelineDock *m_dock;
    Playback *m_playback;
    QPushButton *m_play;
    QTimer *m_seek;
    qint64 m_seekTo = -1;
    bool m_following = false;
};

} // namespace nwk
