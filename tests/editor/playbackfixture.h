// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the playback tests: a session whose recording is two WAV parts written beside
// its file (0:00-0:04 and 0:10-0:14, a pause between), and the "Play from Here" entry of a
// quote's context menu, found as the user opens it.
#pragma once

#include "cardsfixture.h"
#include "dialoginput.h"

#include "../../src/editor/playback/playback.h"

#include <QContextMenuEvent>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QMenu>

#include <cmath>

namespace nwk::test {

inline constexpr int kWaitMs = 30000; // generous: the machine is shared and loaded

/// A mono 16-bit WAV of `seconds` of a 440 Hz sine.
inline void writeSine(const QString &path, int seconds)
{
    constexpr int rate = 16000;
    const quint32 samples = static_cast<quint32>(rate * seconds);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + samples * 2);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2)
        << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(samples * 2);
    for (quint32 i = 0; i < samples; ++i)
        out << qint16(8000 * std::sin(2 * M_PI * 440.0 * i / rate));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline AudioPart part(const char *file, qint64 startMs, qint64 durationMs)
{
    AudioPart p;
    p.file = QString::fromLatin1(file);
    p.startMs = startMs;
    p.durationMs = durationMs;
    return p;
}

inline Quote quote(const char *id, qint64 atMs)
{
    Quote q;
    q.id = QString::fromLatin1(id);
    q.text = QStringLiteral("Citaat ") + q.id;
    q.atMs = atMs;
    return q;
}

/// The sample session with a recording of two 4-second parts, 0:00-0:04 and 0:10-0:14,
/// and quotes on its card at 0:03, 0:08 (in the pause), 0:13 and 0:20 (after the end).
inline Session recordedSession()
{
    Session s = sampleSession();
    s.recordingStarted = QStringLiteral("2026-03-12T09:00:00.000Z");
    s.recording.parts = {part("audio/part-001.wav", 0, 4000),
                         part("audio/part-002.wav", 10000, 4000)};
    s.cards[0].status = CardStatus::InProgress;
    s.cards[0].startedMs = 12000;
    s.cards[0].quotes = {quote("q1", 3000), quote("q2", 8000), quote("q3", 13000),
                         quote("q4", 20000)};
    s.partners[0].addedMs = 12500;
    return s;
}

/// The session file with its recording's parts beside it.
struct RecordedFile : SessionFile {
    explicit RecordedFile(const Session &s = recordedSession())
        : SessionFile(s)
    {
        for (const AudioPart &p : s.recording.parts)
            writeSine(dir.filePath(p.file), 4);
    }
    QUrl url(const char *file) const { return QUrl::fromLocalFile(dir.filePath(file)); }
};

inline Playback *playbackOf(MainWindow &w)
{
    auto *playback = w.findChild<Playback *>(QStringLiteral("playback"));
    REQUIRE(playback);
    return playback;
}

/// Right-clicks the quote `row` of the current card and returns the open menu's
/// "Play from Here" entry.
inline QAction *quotePlayEntry(Cards &cards, int row)
{
    auto *quotes = cards.find<QListWidget>(QStringLiteral("cardQuotes"));
    REQUIRE(quotes->count() > row);
    const QPoint at = quotes->visualItemRect(quotes->item(row)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, quotes->viewport()->mapToGlobal(at));
    QApplication::sendEvent(quotes->viewport(), &event);
    QMenu *menu = nullptr;
    for (QMenu *m : quotes->findChildren<QMenu *>(QStringLiteral("quoteContextMenu")))
        if (m->isVisible())
            menu = m;
    REQUIRE(menu);
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("playFromHereAction"))
            return a;
    FAIL("no Play from Here entry in the quote's menu");
    return nullptr;
}

/// Closes the open context menus (their entries stay until then).
inline void closeMenus()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
}

/// The first session-clock position playback reports once it is playing, and the wall
/// time from this object's making (just before the user's click) to that report: on a
/// loaded machine the first report can come late, so a position's upper bound is the
/// expected start plus the time that had passed.
struct FirstPosition {
    qint64 clockMs = -1;
    qint64 elapsedMs = -1;
    QElapsedTimer timer;
    QMetaObject::Connection connection;
    explicit FirstPosition(Playback *playback)
    {
        timer.start();
        connection = QObject::connect(
            playback, &Playback::clockPositionChanged, playback, [this, playback](qint64 ms) {
                if (clockMs < 0 && ms > 0 &&
                    playback->player()->playbackState() == QMediaPlayer::PlayingState) {
                    clockMs = ms;
                    elapsedMs = timer.elapsed();
                }
            });
    }
    /// The latest first position a playback started at `startMs` can report.
    qint64 latest(qint64 startMs) const { return startMs + elapsedMs + 500; }
    ~FirstPosition() { QObject::disconnect(connection); }
};

} // namespace nwk::test
