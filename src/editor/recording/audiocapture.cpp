// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiocapture.h"

#include <QAudioSource>
#include <QDir>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace nwk {

AudioCapture::AudioCapture(QObject *parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(500);
    connect(m_watch, &QTimer::timeout, this, &AudioCapture::checkFlow);
}

AudioCapture::~AudioCapture()
{
    stop();
}

QAudioFormat AudioCapture::formatFor(const QAudioDevice &device)
{
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(format))
        return format;
    format = device.preferredFormat();
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(std::clamp(format.channelCount(), 1, 2));
    return format;
}

bool AudioCapture::start(const QAudioDevice &device, const QString &fileName)
{
    stop();
    m_error.clear();
    if (device.isNull()) {
        m_error = tr("No microphone or other audio input was found.");
        return false;
    }
    const QAudioFormat format = formatFor(device);
    WavFormat wav;
    wav.sampleRate = format.sampleRate();
    wav.channels = format.channelCount();
    if (!m_writer.open(fileName, wav)) {
        m_error = tr("Cannot write the audio file: %1").arg(m_writer.error());
        return false;
    }
    m_device = device;
    // No parent: Qt 6.4's QAudioSource gives its parent argument to its platform object as
    // well, which then gets deleted twice (with the parent and with the source).
    m_source = new QAudioSource(device, format);
    m_source->setBufferSize(format.bytesForDuration(200000)); // 0.2 s
    m_input = m_source->start();
    if (!m_input || m_source->error() != QAudio::NoError) {
        m_error = tr("The audio input \u201c%1\u201d did not start.").arg(device.description());
        delete m_source;
        m_input = nullptr;
        m_writer.close();
        QFile::remove(fileName); // nothing recorded: no empty part is left behind
        return false;
    }
    connect(m_input, &QIODevice::readyRead, this, &AudioCapture::readAvailable);
    connect(m_source, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError)
            fail(tr("The audio input \u201c%1\u201d stopped with an error.")
                     .arg(m_device.description()));
    });
    m_sinceData.start();
    m_sinceLevel.start();
    m_peak = 0;
    m_watch->start();
    return true;
}

void AudioCapture::readAvailable()
{
    if (!m_input)
        return;
    const QByteArray bytes = m_input->readAll();
    if (bytes.isEmpty())
        return;
    m_sinceData.start();
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        qint16 sample;
        std::memcpy(&sample, bytes.constData() + i, 2);
        m_peak = std::max(m_peak, std::abs(int(sample)) / 32768.0);
    }
    if (m_sinceLevel.elapsed() >= 50) {
        Q_EMIT levelChanged(m_peak);
        m_peak = 0;
        m_sinceLevel.start();
    }
    if (!m_writer.append(bytes.constData(), bytes.size()))
        fail(tr("Cannot write the audio (is the disk full?): %1").arg(m_writer.error()));
}

void AudioCapture::checkDevices()
{
    if (!isRecording())
        return;
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (std::none_of(inputs.begin(), inputs.end(),
                     [this](const QAudioDevice &d) { return d.id() == m_device.id(); }))
        fail(tr("The audio input \u201c%1\u201d is gone.").arg(m_device.description()));
}

void AudioCapture::checkFlow()
{
    // PulseAudio moves a stream whose source went away to another one (the silence of a
    // sink's monitor, say): the list of inputs tells (polled: it is a cached list).
    checkDevices();
    if (isRecording() && m_sinceData.elapsed() > m_silenceTimeoutMs)
        fail(tr("The audio input \u201c%1\u201d delivers no sound any more.")
                 .arg(m_device.description()));
}

void AudioCapture::fail(const QString &message)
{
    if (!isRecording())
        return;
    stop();
    m_error = message;
    Q_EMIT failed(message);
}

void AudioCapture::stop()
{
    m_watch->stop();
    if (QAudioSource *source = m_source) {
        m_source = nullptr;
        disconnect(source, nullptr, this, nullptr);
        if (m_input) {
            disconnect(m_input, nullptr, this, nullptr);
            const QByteArray rest = m_input->readAll(); // what the device delivered last
            if (!rest.isEmpty())
                m_writer.append(rest.constData(), rest.size());
        }
        m_input = nullptr;
        source->stop();
        source->deleteLater(); // stop() may run inside the source's own signal
    }
    if (m_writer.isOpen() && !m_writer.close() && m_error.isEmpty())
        m_error = m_writer.error();
    Q_EMIT levelChanged(0);
}

} // namespace nwk
