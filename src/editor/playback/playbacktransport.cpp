// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbacktransport.h"

#include "playback.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace nwk {

PlaybackTransport::PlaybackTransport(Playback *playback, QWidget *parent)
    : QWidget(parent)
    , m_playback(playback)
{
    setObjectName(QStringLiteral("playbackTransport"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("playbackPause"));
    m_pause->setAutoRaise(true);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("playbackStop"));
    m_stop->setAutoRaise(true);
    m_stop->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-stop")));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop playing the recording"));
    m_stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("playbackTime"));
    m_time->setTextFormat(Qt::PlainText);
    layout->addWidget(m_pause);
    layout->addWidget(m_stop);
    layout->addWidget(m_time);
    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (m_playback->isPaused())
            m_playback->resume();
        else
            m_playback->pause();
    });
    connect(m_stop, &QToolButton::clicked, m_playback, &Playback::stop);
    connect(m_playback, &Playback::stateChanged, this, &PlaybackTransport::refresh);
    connect(m_playback, &Playback::clockPositionChanged, this, &PlaybackTransport::showPosition);
    refresh();
}

QString PlaybackTransport::timeText() const
{
    return m_time->text();
}

void PlaybackTransport::refresh()
{
    const bool active = m_playback->isActive();
    const QString error = m_playback->errorText();
    m_pause->setVisible(active);
    m_stop->setVisible(active || !error.isEmpty()); // also puts a message away
    const bool paused = m_playback->isPaused();
    m_pause->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                             : QStringLiteral("media-playback-pause")));
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Resume playing the recording")
                               : tr("Pause playing the recording"));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (active) {
        m_time->setStyleSheet(QString());
        showPosition(m_playback->clockPosition());
    } else {
        m_time->setText(error);
        m_time->setToolTip(error);
        m_time->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    }
    setVisible(active || !error.isEmpty());
}

void PlaybackTransport::showPosition(qint64 clockMs)
{
    if (!m_playback->isActive())
        return;
    //: The recording's playback: the session-clock time playing now.
    m_time->setText(tr("Playing %1").arg(Playback::clockText(clockMs)));
    m_time->setToolTip(tr("The time on the session clock that is playing"));
}

} // namespace nwk
