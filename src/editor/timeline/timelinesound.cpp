// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinesound.h"

#include "playback/playback.h"
#include "replayview.h"
#include "timelinedock.h"

#include <QPushButton>
#include <QSlider>
#include <QTimer>

namespace nwk {

namespace {
constexpr int kSeekSettleMs = 300; // a scrub's many times become one seek
constexpr qint64 kFollowStepMs = 500;
} // namespace

TimelineSound::TimelineSound(TimelineDock *dock, Playback *playback)
    : QObject(dock)
    , m_dock(dock)
    , m_playback(playback)
    , m_play(new QPushButton(tr("Play"), dock))
    , m_seek(new QTimer(this))
{
    m_play->setObjectName(QStringLiteral("timelinePlayButton"));
    m_play->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    dock->addToBar(m_play);
    m_seek->setSingleShot(true);
    m_seek->setInterval(kSeekSettleMs);
    connect(m_seek, &QTimer::timeout, this, [this] {
        if (m_seekTo >= 0 && playing())
            m_playback->playFrom(m_seekTo);
        m_seekTo = -1;
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        const qint64 at = pickedMs();
        if (!m_dock->replay()->isReplaying())
            m_dock->selectTime(at);
        m_playback->playFrom(at);
    });
    connect(dock, &TimelineDock::timeSelected, this, &TimelineSound::picked);
    connect(playback, &Playback::clockPositionChanged, this, &TimelineSound::follow);
    connect(playback, &Playback::stateChanged, this, &TimelineSound::updateButton);
    connect(dock->scrubBar(), &QSlider::rangeChanged, this, &TimelineSound::updateButton);
    updateButton();
}

qint64 TimelineSound::pickedMs() const
{
    const qint64 replayed = m_dock->replay()->time();
    return replayed >= 0 ? replayed : m_dock->scrubBar()->value();
}

bool TimelineSound::playing() const
{
    return m_playback->isActive() && !m_playback->isPaused();
}

void TimelineSound::updateButton()
{
    const QString reason = m_playback->unavailableReason(pickedMs());
    m_play->setEnabled(reason.isEmpty());
    m_play->setToolTip(reason.isEmpty()
                           ? tr("Play the recording from the time replayed; the map follows it")
                           : reason);
}

void TimelineSound::follow(qint64 clockMs)
{
    const qint64 replayed = m_dock->replay()->time();
    if (!playing() || replayed < 0 || m_seek->isActive() ||
        std::abs(clockMs - replayed) < kFollowStepMs)
        return;
    m_following = true;
    m_dock->selectTime(clockMs);
    m_following = false;
}

void TimelineSound::picked(qint64 ms)
{
    updateButton();
    if (m_following || !playing())
        return;
    m_seekTo = ms;
    m_seek->start();
}

} // namespace nwk
