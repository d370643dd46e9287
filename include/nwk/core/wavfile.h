// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder's audio files (docs/recording.md, "Audio parts"): PCM WAV written as it is
// recorded, so that a program killed while recording leaves a file that plays. The header
// is written when the file opens (with sizes of 0), the samples are appended and flushed to
// the file as they come, and the header's two sizes are rewritten every `headerEverySamples`
// samples and at close. A reader that trusts the header loses at most that much; readWavInfo()
// trusts the file's length instead, so it gets every sample that reached the disk.
// Qt Core only (no Qt Multimedia): the editor's recorder feeds it the captured bytes.
#pragma once

#include <QFile>
#include <QString>

#include <cstdint>

namespace nwk {

/// PCM format of a WAV file: signed 16-bit little-endian samples, interleaved channels.
struct WavFormat {
    int sampleRate = 48000;
    int channels = 1;
    int bitsPerSample = 16;
    int bytesPerFrame() const { return channels * bitsPerSample / 8; }
    qint64 bytesToMs(qint64 bytes) const;
};

class WavWriter {
public:
    WavWriter() = default;
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;
    ~WavWriter(); ///< closes (rewrites the header)

    /// Creates `fileName` (never overwrites: an existing file is an error) and writes the
    /// header. False with error() on failure.
    bool open(const QString &fileName, const WavFormat &format);
    /// Appends whole frames (a trailing partial frame waits for the next call) and flushes
    /// them to the file. Rewrites the header's sizes when `headerIntervalMs` of audio went
    /// by since the last time. False with error() on a write error (a full disk): the
    /// file keeps what was written before.
    bool append(const char *data, qint64 size);
    /// Rewrites the header's sizes and closes the file. False with error() when that failed.
    bool close();

    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString error() const { return m_error; }
    const WavFormat &format() const { return m_format; }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 durationMs() const { return m_format.bytesToMs(m_dataBytes); }
    /// How much audio may go by between two header rewrites (default 1 s).
    void setHeaderIntervalMs(qint64 ms) { m_headerIntervalMs = ms; }

private:
    bool writeSizes();
    bool fail(const QString &what);

    QFile m_file;
    WavFormat m_format;
    QByteArray m_pending; ///< a partial frame
    qint64 m_dataBytes = 0;
    qint64 m_sizesWrittenAt = 0; ///< m_dataBytes when the header's sizes were last written
    qint64 m_headerIntervalMs = 1000;
    QString m_error;
};

/// What a WAV file holds, read from its header and its length on disk.
struct WavInfo {
    bool ok = false;
    QString error; ///< why not ok: names the file and the problem
    WavFormat format;
    qint64 headerDataBytes = 0; ///< the data chunk's size as the header says
    qint64 dataBytes = 0;       ///< the samples on disk (whole frames after the header)
    qint64 durationMs = 0;      ///< of dataBytes
};

/// Reads a PCM WAV file's format and the samples that are on disk: a header whose sizes
/// are behind (a killed recorder) or 0 does not shorten it.
WavInfo readWavInfo(const QString &fileName);

} // namespace nwk
