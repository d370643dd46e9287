// SPDX-License-Identifier: GPL-3.0-or-later
// One audio part being recorded: Qt Multimedia's QAudioSource from an input device into a
// WAV file (nwk::WavWriter: the samples are on disk as they come, the header's sizes every
// second). Reports the level for a meter and every failure (no device, the device gone, a
// write error) as one message; after a failure it has stopped and closed its file, which
// keeps what was written (docs/recording.md).
#pragma once

#include "nwk/core/wavfile.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QIODevice;
class QTimer;

namespace nwk {

class AudioCapture : public QObject {
    Q_OBJECT

public:
    explicit AudioCapture(QObject *parent = nullptr);
    ~AudioCapture() override;

    /// The format recorded from `device`: 16-bit PCM, mono, 48 kHz when the device takes it,
    /// else its preferred rate and channel count.
    static QAudioFormat formatFor(const QAudioDevice &device);

    /// Starts recording `device` into the new file `fileName` (never overwritten). False
    /// with error() when the file cannot be made or the device does not start.
    bool start(const QAudioDevice &device, const QString &fileName);
    /// Stops and closes the file (its header's sizes written). Nothing when not recording.
    void stop();

    bool isRecording() const { return m_source != nullptr; }
    QAudioDevice device() const { return m_device; }
    QString fileName() const { return m_writer.fileName(); }
    /// The audio written to the current (or last) file so far.
    qint64 writtenMs() const { return m_writer.durationMs(); }
    QString error() const { return m_error; }
    /// How long the device may deliver nothing before it counts as gone (default 4 s).
    void setSilenceTimeoutMs(int ms) { m_silenceTimeoutMs = ms; }

Q_SIGNALS:
    /// The loudest sample since the last report, 0..1, about 20 times a second.
    void levelChanged(double level);
    /// Recording stopped by itself: `message` says why (translated). The file is closed.
    void failed(const QString &message);

private:
    void readAvailable();
    void fail(const QString &message);
    void checkDevices();
    void checkFlow();

    QAudioDevice m_device;
    QPointer<QAudioSource> m_source;
    QIODevice *m_input = nullptr; // the source's, valid while recording
    WavWriter m_writer;
    QString m_error;
    QTimer *m_watch = nullptr;
    QElapsedTimer m_sinceData;
    QElapsedTimer m_sinceLevel;
    double m_peak = 0;
    int m_silenceTimeoutMs = 4000;
};

} // namespace nwk
