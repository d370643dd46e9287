// SPDX-License-Identifier: GPL-3.0-or-later
// The recording tests' environment (scripts/audio-test-server.sh, tests/support/audioserver.h):
// Qt Multimedia sees the private PulseAudio server's sine source and records sound from it.
#include "audioserver.h"

#include <QAudioSource>
#include <QBuffer>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace nwk::test;

TEST_CASE("The audio test server gives Qt Multimedia a sine source that records sound", "[audio]")
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());

    QAudioDevice sine;
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        if (d.id() == "nwk_sine")
            sine = d;
    REQUIRE_FALSE(sine.isNull());

    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QAudioSource source(sine, format);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    source.start(&buffer);
    QElapsedTimer waited;
    waited.start();
    while (buffer.size() < 44100 && waited.elapsed() < 10000)
        QTest::qWait(50);
    source.stop();
    CHECK(source.error() == QAudio::NoError);
    REQUIRE(buffer.size() >= 44100); // half a second of 16-bit mono
    int peak = 0;
    const QByteArray &bytes = buffer.data();
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        qint16 sample;
        std::memcpy(&sample, bytes.constData() + i, 2);
        peak = std::max(peak, std::abs(int(sample)));
    }
    CHECK(peak > 3000); // the sine, not silence
}
