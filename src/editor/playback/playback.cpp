// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback.h"

#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace nwk {

PlaybackStart playbackStartAt(const Recording &recording, qint64 clockMs)
{
    PlaybackStart start;
    for (std::size_t i = 0; i < recording.parts.size(); ++i) {
        const AudioPart &part = recording.parts[i];
        const qint64 end = part.startMs + std::max<qint64>(0, part.durationMs);
        if (clockMs < part.startMs) { // in a pause before this part: its start
            if (start.part < 0 || part.startMs < start.clockMs)
                start = {static_cast<int>(i), 0, part.startMs};
            continue;
        }
        if (clockMs < end)
            return {static_cast<int>(i), clockMs - part.startMs, clockMs};
    }
    return start;
}

int Playback::leadInSeconds()
{
    bool ok = false;
    const int value = QSettings().value(QString::fromLatin1(kLeadInKey)).toInt(&ok);
    return ok ? std::clamp(value, 0, kMaxLeadInSeconds) : kDefaultLeadInSeconds;
}

Playback::Playback(SessionDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("playback"));
    // Another session, or the recording's parts replaced: what plays may be gone.
    connect(m_document, &SessionDocument::sessionReset, this, &Playback::stop);
}

/// The player and its output are made when first needed: Qt Multimedia (and its audio
/// server) is not touched by a window that never plays.
QMediaPlayer *Playback::ensurePlayer()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setObjectName(QStringLiteral("playbackPlayer"));
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (m_part < 0)
                    return;
                if (status == QMediaPlayer::EndOfMedia) {
                    partEnded();
                    return;
                }
                if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia ||
                    status == QMediaPlayer::BufferingMedia)
                    applyPendingSeek();
            });
    // The seek waits until the new source can seek. Which signal says so first differs:
    // seekableChanged() does not come when the last source could seek as well, and the
    // player may report positions before the status changes, so each of them tries.
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this] { applyPendingSeek(); });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64) {
        if (m_part < 0 || applyPendingSeek())
            return;
        if (m_pendingSeekMs < 0)
            Q_EMIT clockPositionChanged(clockPosition());
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] { applyPendingSeek(); });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &Playback::stateChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                if (error == QMediaPlayer::NoError || m_part < 0)
                    return;
                const auto &parts = m_document->session().recording.parts;
                const QString name = m_part < static_cast<int>(parts.size())
                                         ? parts[static_cast<std::size_t>(m_part)].file
                                         : QString();
                fail(tr("Cannot play the audio part %1: %2").arg(name, text));
            });
    return m_player;
}

Playback::~Playback() = default;

QString Playback::partPath(const AudioPart &part) const
{
    return QFileInfo(m_document->fileName()).absoluteDir().absoluteFilePath(part.file);
}

QString Playback::unavailableReason(qint64 clockMs) const
{
    if (clockMs < 0)
        return tr("No clock time was recorded for this.");
    const Recording &recording = m_document->session().recording;
    if (recording.parts.empty())
        return tr("This session has no recording.");
    if (m_document->isUntitled())
        return tr("The session is not saved, so its audio parts cannot be found.");
    const PlaybackStart start =
        playbackStartAt(recording, std::max<qint64>(0, clockMs - leadInSeconds() * 1000LL));
    if (start.part < 0) {
        const AudioPart &last = recording.parts.back();
        return tr("The recording ends at %1, before this time.")
            .arg(clockText(last.startMs + last.durationMs));
    }
    const AudioPart &part = recording.parts[start.part];
    const QString path = partPath(part);
    if (!QFileInfo(path).isFile())
        return tr("The audio part %1 is missing (looked for %2).")
            .arg(part.file, QDir::toNativeSeparators(path));
    return {};
}

bool Playback::playFrom(qint64 clockMs)
{
    const QString reason = unavailableReason(clockMs);
    if (!reason.isEmpty()) {
        fail(reason);
        return false;
    }
    const PlaybackStart start = playbackStartAt(
        m_document->session().recording, std::max<qint64>(0, clockMs - leadInSeconds() * 1000LL));
    m_error.clear();
    return startPart(start.part, start.offsetMs);
}

bool Playback::startPart(int part, qint64 offsetMs)
{
    const AudioPart &audio = m_document->session().recording.parts[part];
    const QString path = partPath(audio);
    if (!QFileInfo(path).isFile()) {
        fail(tr("The audio part %1 is missing (looked for %2).")
                 .arg(audio.file, QDir::toNativeSeparators(path)));
        return false;
    }
    ensurePlayer();
    m_part = part;
    m_pendingSeekMs = offsetMs > 0 ? offsetMs : -1;
    const QUrl url = QUrl::fromLocalFile(path);
    if (m_player->source() == url && m_player->isSeekable()) {
        m_player->setPosition(std::max<qint64>(0, offsetMs));
        m_pendingSeekMs = -1;
    } else {
        m_player->setSource(url);
    }
    m_player->play();
    Q_EMIT stateChanged();
    return true;
}

bool Playback::applyPendingSeek()
{
    if (m_part < 0 || m_pendingSeekMs <= 0 || !m_player || !m_player->isSeekable())
        return false;
    // Not before the new source is loaded: a report of the last source's position (or its
    // seekability) must not take the seek, which loading the new one would undo.
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferingMedia &&
        status != QMediaPlayer::BufferedMedia)
        return false;
    const qint64 ms = m_pendingSeekMs;
    m_pendingSeekMs = -1;
    m_player->setPosition(ms);
    return true;
}

void Playback::partEnded()
{
    const int next = m_part + 1;
    if (next < static_cast<int>(m_document->session().recording.parts.size())) {
        startPart(next, 0);
        return;
    }
    stop();
}

void Playback::pause()
{
    if (m_part >= 0 && m_player)
        m_player->pause();
}

void Playback::resume()
{
    if (m_part >= 0 && m_player)
        m_player->play();
}

void Playback::stop()
{
    const bool was = m_part >= 0 || !m_error.isEmpty();
    m_part = -1;
    m_pendingSeekMs = -1;
    m_error.clear();
    if (m_player)
        m_player->stop();
    if (was)
        Q_EMIT stateChanged();
}

bool Playback::isPaused() const
{
    return m_part >= 0 && m_player && m_player->playbackState() == QMediaPlayer::PausedState;
}

qint64 Playback::clockPosition() const
{
    if (m_part < 0 || !m_player)
        return -1;
    const auto &parts = m_document->session().recording.parts;
    if (m_part >= static_cast<int>(parts.size()))
        return -1;
    const qint64 offset = m_pendingSeekMs >= 0 ? m_pendingSeekMs : m_player->position();
    return parts[m_part].startMs + offset;
}

void Playback::fail(const QString &message)
{
    m_part = -1; // before stop(): its signals must not look for the part
    stop();
    m_error = message;
    Q_EMIT errorOccurred(message);
    Q_EMIT stateChanged();
}

QString Playback::clockText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("\u2013");
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QAction *Playback::playAction(qint64 clockMs, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(QStringLiteral("playFromHereAction"));
    action->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    action->setText(clockMs < 0 ? tr("Play from Here")
                                : tr("Play from Here (%1)").arg(clockText(clockMs)));
    const QString reason = unavailableReason(clockMs);
    action->setEnabled(reason.isEmpty());
    const int leadIn = leadInSeconds();
    action->setToolTip(reason.isEmpty()
                           ? tr("Play the recording from %1 (%n s before this)", nullptr, leadIn)
                                 .arg(clockText(std::max<qint64>(0, clockMs - leadIn * 1000LL)))
                           : reason);
    action->setStatusTip(action->toolTip());
    connect(action, &QAction::triggered, this, [this, clockMs] { playFrom(clockMs); });
    return action;
}

} // namespace nwk
