// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/wavfile.h"

#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace nwk {

namespace {
constexpr qint64 kHeaderBytes = 44; // RIFF, WAVE, "fmt " (16 bytes of PCM format), "data"
constexpr qint64 kMaxChunkBytes = 0xffffffffLL - 36;

void put32(char *at, quint32 v)
{
    qToLittleEndian(v, at);
}
void put16(char *at, quint16 v)
{
    qToLittleEndian(v, at);
}

std::array<char, kHeaderBytes> header(const WavFormat &f, qint64 dataBytes)
{
    std::array<char, kHeaderBytes> h{};
    const auto data = static_cast<quint32>(std::min(dataBytes, kMaxChunkBytes));
    std::memcpy(h.data(), "RIFF", 4);
    put32(h.data() + 4, 36 + data);
    std::memcpy(h.data() + 8, "WAVEfmt ", 8);
    put32(h.data() + 16, 16);
    put16(h.data() + 20, 1); // PCM
    put16(h.data() + 22, static_cast<quint16>(f.channels));
    put32(h.data() + 24, static_cast<quint32>(f.sampleRate));
    put32(h.data() + 28, static_cast<quint32>(f.sampleRate * f.bytesPerFrame()));
    put16(h.data() + 32, static_cast<quint16>(f.bytesPerFrame()));
    put16(h.data() + 34, static_cast<quint16>(f.bitsPerSample));
    std::memcpy(h.data() + 36, "data", 4);
    put32(h.data() + 40, data);
    return h;
}
} // namespace

qint64 WavFormat::bytesToMs(qint64 bytes) const
{
    const qint64 perSecond = qint64(sampleRate) * bytesPerFrame();
    return perSecond > 0 ? bytes * 1000 / perSecond : 0;
}

WavWriter::~WavWriter()
{
    close();
}

bool WavWriter::fail(const QString &what)
{
    m_error = QStringLiteral("%1: %2: %3").arg(m_file.fileName(), what, m_file.errorString());
    return false;
}

bool WavWriter::open(const QString &fileName, const WavFormat &format)
{
    close();
    m_error.clear();
    m_format = format;
    m_dataBytes = m_sizesWrittenAt = 0;
    m_pending.clear();
    m_file.setFileName(fileName);
    if (format.bitsPerSample != 16 || format.channels < 1 || format.sampleRate < 1) {
        m_error = QStringLiteral("%1: only 16-bit PCM can be written").arg(fileName);
        return false;
    }
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly))
        return fail(QStringLiteral("cannot create the file"));
    const auto h = header(m_format, 0);
    if (m_file.write(h.data(), kHeaderBytes) != kHeaderBytes || !m_file.flush()) {
        fail(QStringLiteral("cannot write the header"));
        m_file.close();
        return false;
    }
    return true;
}

bool WavWriter::append(const char *data, qint64 size)
{
    if (!m_file.isOpen())
        return false;
    m_pending.append(data, size);
    const qint64 frame = m_format.bytesPerFrame();
    const qint64 whole = m_pending.size() / frame * frame;
    if (whole == 0)
        return true;
    if (m_file.write(m_pending.constData(), whole) != whole || !m_file.flush())
        return fail(QStringLiteral("cannot write the audio"));
    m_pending.remove(0, whole);
    m_dataBytes += whole;
    if (m_format.bytesToMs(m_dataBytes - m_sizesWrittenAt) >= m_headerIntervalMs)
        return writeSizes();
    return true;
}

bool WavWriter::writeSizes()
{
    const auto h = header(m_format, m_dataBytes);
    const qint64 end = m_file.pos();
    if (!m_file.seek(0) || m_file.write(h.data(), kHeaderBytes) != kHeaderBytes ||
        !m_file.seek(end) || !m_file.flush())
        return fail(QStringLiteral("cannot update the header"));
    m_sizesWrittenAt = m_dataBytes;
    return true;
}

bool WavWriter::close()
{
    if (!m_file.isOpen())
        return true;
    const bool ok = writeSizes();
    m_file.close();
    return ok;
}

WavInfo readWavInfo(const QString &fileName)
{
    WavInfo info;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = QStringLiteral("%1: cannot open: %2").arg(fileName, file.errorString());
        return info;
    }
    const QByteArray h = file.read(kHeaderBytes);
    if (h.size() < kHeaderBytes || !h.startsWith("RIFF") || h.mid(8, 8) != "WAVEfmt " ||
        h.mid(36, 4) != "data") {
        info.error = QStringLiteral("%1: not a PCM WAV file of this recorder").arg(fileName);
        return info;
    }
    const char *p = h.constData();
    WavFormat &f = info.format;
    f.channels = qFromLittleEndian<quint16>(p + 22);
    f.sampleRate = static_cast<int>(qFromLittleEndian<quint32>(p + 24));
    f.bitsPerSample = qFromLittleEndian<quint16>(p + 34);
    if (qFromLittleEndian<quint16>(p + 20) != 1 || f.channels < 1 || f.sampleRate < 1 ||
        f.bitsPerSample % 8 != 0 || f.bitsPerSample == 0) {
        info.error = QStringLiteral("%1: not 8/16/24/32-bit PCM").arg(fileName);
        return info;
    }
    info.headerDataBytes = qFromLittleEndian<quint32>(p + 40);
    const qint64 onDisk = QFileInfo(fileName).size() - kHeaderBytes;
    info.dataBytes = onDisk / f.bytesPerFrame() * f.bytesPerFrame();
    info.durationMs = f.bytesToMs(info.dataBytes);
    info.ok = true;
    return info;
}

} // namespace nwk
