// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder.h"
#include "partfiles.h"

#include "audiocapture.h"
#include "nwk/core/wavfile.h"
#include "nwk/editor/recordinglog.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QTimer>
#include <algorithm>

namespace nwk {

namespace {
constexpr int kDurationUpdateMs = 5000; // how often the session notes the growing part
}

Recorder::Recorder(SessionDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_capture(new AudioCapture(this))
    , m_durationTimer(new QTimer(this))
{
    m_durationTimer->setInterval(kDurationUpdateMs);
    connect(m_durationTimer, &QTimer::timeout, this, &Recorder::updateDuration);
    connect(m_capture, &AudioCapture::failed, this, &Recorder::captureFailed);
    connect(document, &SessionDocument::sessionReset, this, &Recorder::sessionReset);
    sessionReset();
}

Recorder::~Recorder()
{
    m_capture->stop();
}

QString Recorder::partsFolderName(const QString &sessionFile)
{
    return QFileInfo(sessionFile).completeBaseName() + QStringLiteral(".audio");
}

QAudioDevice Recorder::deviceToUse() const
{
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &d : inputs)
        if (!m_deviceId.isEmpty() && d.id() == m_deviceId)
            return d;
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    if (!fallback.isNull() || inputs.isEmpty())
        return fallback;
    return inputs.front();
}

QString Recorder::nextPartFile(QString *error) const
{
    const QString sessionFile = m_document->fileName();
    const QDir dir = QFileInfo(sessionFile).absoluteDir();
    const QString folder = partsFolderName(sessionFile);
    if (!dir.mkpath(folder)) {
        *error = tr("Cannot make the folder %1 for the audio.")
                     .arg(QDir::toNativeSeparators(dir.filePath(folder)));
        return {};
    }
    // The next number after every part on disk and in the session: never overwrite.
    QStringList listed;
    for (const AudioPart &p : m_document->session().recording.parts)
        listed << QFileInfo(p.file).fileName();
    return folder + QLatin1Char('/') + nextPartName(QDir(dir.filePath(folder)), listed);
}

bool Recorder::startPart()
{
    m_problem.clear();
    if (m_state == State::Recording)
        return true;
    if (m_document->isUntitled()) {
        m_problem = tr("Save the session first: the audio is written beside the session file.");
        return false;
    }
    const qint64 at = SessionClock::elapsedMs(m_document->session());
    if (at < 0) {
        m_problem = m_document->session().recordingStarted.isEmpty()
                        ? tr("The session clock does not run.")
                        : tr("This session's clock started more than 12 hours ago: the session "
                             "is not live, so no audio can be added to it.");
        return false;
    }
    const QAudioDevice device = deviceToUse();
    if (device.isNull()) {
        m_problem = AudioCapture::tr("No microphone or other audio input was found.");
        return false;
    }
    QString error;
    const QString relative = nextPartFile(&error);
    if (relative.isEmpty()) {
        m_problem = error;
        return false;
    }
    const QString absolute = QFileInfo(m_document->fileName()).absoluteDir().filePath(relative);
    if (!m_capture->start(device, absolute)) {
        m_problem = m_capture->error();
        return false;
    }
    AudioPart part;
    part.file = relative;
    // Never before the part before it ends: its length counts the audio recorded, which can
    // run a little ahead of the wall clock (an overlap would make the session invalid).
    const SharedVector<AudioPart> &before = m_document->session().recording.parts;
    part.startMs =
        before.empty() ? at : std::max(at, before.back().startMs + before.back().durationMs);
    part.device = device.description();
    SharedVector<AudioPart> parts = m_document->session().recording.parts;
    parts.push_back(part);
    m_partIndex = static_cast<int>(parts.size()) - 1;
    setRecordingStopped(m_document, -1);
    setRecordingParts(m_document, parts);
    m_durationTimer->start();
    setState(State::Recording);
    return true;
}

void Recorder::endPart()
{
    m_durationTimer->stop();
    m_capture->stop();
    updateDuration();
    m_partIndex = -1;
}

void Recorder::updateDuration()
{
    const auto &current = m_document->session().recording.parts;
    if (m_partIndex < 0 || m_partIndex >= static_cast<int>(current.size()))
        return;
    SharedVector<AudioPart> parts = current;
    parts[static_cast<std::size_t>(m_partIndex)].durationMs = m_capture->writtenMs();
    setRecordingParts(m_document, parts);
}

void Recorder::pause()
{
    if (m_state != State::Recording)
        return;
    endPart();
    setState(State::Paused);
}

void Recorder::stop()
{
    if (m_state == State::Idle)
        return;
    if (m_state == State::Recording)
        endPart();
    setRecordingStopped(m_document, SessionClock::elapsedMs(m_document->session()));
    setState(State::Idle);
}

void Recorder::captureFailed(const QString &message)
{
    m_problem = message;
    endPart();
    setState(State::Paused);
    Q_EMIT failed(message);
}

qint64 Recorder::currentPartMs() const
{
    return m_state == State::Recording ? m_capture->writtenMs() : 0;
}

qint64 Recorder::totalMs() const
{
    qint64 total = 0;
    const auto &parts = m_document->session().recording.parts;
    for (std::size_t i = 0; i < parts.size(); ++i)
        total += static_cast<int>(i) == m_partIndex ? m_capture->writtenMs() : parts[i].durationMs;
    return total;
}

void Recorder::sessionReset()
{
    // A session replaced while recording (New, Open): its part ends as it is on disk.
    if (m_state == State::Recording) {
        m_durationTimer->stop();
        m_capture->stop();
        m_partIndex = -1;
    }
    setState(State::Idle);
    // After the load is done (it makes the document clean at its end): the lengths from disk.
    QTimer::singleShot(0, this, &Recorder::readPartLengths);
}

void Recorder::readPartLengths()
{
    // Each part's length from its file: after a crash the session noted less than the disk has.
    m_unreadable.clear();
    const QDir dir = QFileInfo(m_document->fileName()).absoluteDir();
    SharedVector<AudioPart> parts = m_document->session().recording.parts;
    bool changed = false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const QString file = std::as_const(parts)[i].file;
        const WavInfo info = m_document->isUntitled() ? WavInfo{} : readWavInfo(dir.filePath(file));
        if (!info.ok) {
            m_unreadable << file;
            continue;
        }
        qint64 duration = info.durationMs;
        if (i + 1 < parts.size()) // never into the next part (see startPart())
            duration = std::min(duration, std::as_const(parts)[i + 1].startMs -
                                              std::as_const(parts)[i].startMs);
        if (duration != std::as_const(parts)[i].durationMs) {
            parts[i].durationMs = duration;
            changed = true;
        }
    }
    if (changed)
        setRecordingParts(m_document, parts);
    Q_EMIT partLengthsRead();
}

void Recorder::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace nwk
