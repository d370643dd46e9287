// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder's WAV writer (include/nwk/core/wavfile.h): a valid PCM header from the start,
// samples on disk as they come, the header's sizes rewritten every interval and at close,
// and a reader that trusts the file's length (what a killed recorder leaves).
#include "nwk/core/wavfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

using namespace nwk;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
quint32 le32(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
} // namespace

TEST_CASE("The WAV writer writes a PCM header at once and the sizes at close", "[recording][wav]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("part-001.wav");
    WavWriter w;
    REQUIRE(w.open(path, WavFormat{8000, 1, 16}));
    QByteArray h = bytesOf(path);
    REQUIRE(h.size() == 44);
    CHECK(h.left(4) == "RIFF");
    CHECK(h.mid(8, 8) == "WAVEfmt ");
    CHECK(qFromLittleEndian<quint16>(h.constData() + 20) == 1);
    CHECK(le32(h, 24) == 8000);
    CHECK(le32(h, 28) == 16000);
    CHECK(le32(h, 40) == 0);

    const QByteArray second(16000, '\x01');   // one second of 8 kHz mono 16-bit
    REQUIRE(w.append(second.constData(), 3)); // a partial frame waits
    CHECK(bytesOf(path).size() == 44 + 2);
    REQUIRE(w.append(second.constData() + 3, second.size() - 3));
    CHECK(bytesOf(path).size() == 44 + 16000); // on disk at once, not at close
    CHECK(le32(bytesOf(path), 40) == 16000);   // a second went by: the sizes are rewritten
    REQUIRE(w.append(second.constData(), 8000));
    CHECK(le32(bytesOf(path), 40) == 16000); // half a second: not yet
    REQUIRE(w.close());
    const QByteArray done = bytesOf(path);
    CHECK(le32(done, 4) == 36 + 24000);
    CHECK(le32(done, 40) == 24000);
    CHECK(w.durationMs() == 1500);
}

TEST_CASE("A WAV file whose header is behind is read to its length on disk", "[recording][wav]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("part-001.wav");
    WavWriter w;
    REQUIRE(w.open(path, WavFormat{8000, 2, 16}));
    const QByteArray audio(32000 * 2 + 7, '\x02');
    REQUIRE(w.append(audio.constData(), audio.size()));
    // As if the recorder were killed now: the header says 2 s, the disk has 2 s and 3 bytes
    // more are waiting (less than a frame of 4 bytes).
    const WavInfo info = readWavInfo(path);
    REQUIRE(info.ok);
    CHECK(info.format.sampleRate == 8000);
    CHECK(info.format.channels == 2);
    CHECK(info.dataBytes == 64004);
    CHECK(info.durationMs == 2000);
    // A header of sizes 0 (killed within the first second) still gives the samples.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(40);
    f.write(QByteArray(4, '\0'));
    f.close();
    CHECK(readWavInfo(path).headerDataBytes == 0);
    CHECK(readWavInfo(path).durationMs == 2000);
}

TEST_CASE("The WAV writer never overwrites a file and names what it cannot do", "[recording][wav]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("part-001.wav");
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    WavWriter w;
    CHECK_FALSE(w.open(path, WavFormat{}));
    CHECK(w.error().contains(path));
    CHECK(bytesOf(path) == "keep me");
    CHECK_FALSE(w.open(dir.filePath("no/such/folder/part.wav"), WavFormat{}));
    CHECK(w.error().contains("cannot create"));

    const WavInfo info = readWavInfo(path);
    CHECK_FALSE(info.ok);
    CHECK(info.error.contains("part-001.wav"));
    CHECK(info.error.contains("not a PCM WAV"));
    CHECK_FALSE(readWavInfo(dir.filePath("gone.wav")).ok);
}
