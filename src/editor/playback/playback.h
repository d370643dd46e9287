// SPDX-License-Identifier: GPL-3.0-or-later
// Playback of the session's recording from a session-clock time (issue #26, item 2;
// docs/recording.md, "Playback"). The recording is the audio parts beside the session
// file (Session::recording.parts, files relative to the session file's folder, each
// with its clock offset). playFrom(t) plays from t minus the lead-in (a setting,
// default 5 s): the part that holds that time, or the next part after it when that
// time falls in a pause; at the end of a part it goes on with the next.
//
// Every feature that shows something with a clock time asks for playback through the
// context: `context.feature<Playback>()->playFrom(ms)`, or adds the uniform entry
// "Play from Here (hh:mm:ss)" with playAction() (disabled, with the reason as its
// tooltip, when the recording does not cover that time).
#pragma once

#include "nwk/core/recording.h"

#include <QObject>
#include <QString>

class QAction;
class QAudioOutput;
class QMediaPlayer;

namespace nwk {

class EditorContext;
class SessionDocument;

/// Where playback from a clock time starts: a part and the offset into it.
struct PlaybackStart {
    int part = -1;       ///< index into Recording::parts; -1 = nothing to play
    qint64 offsetMs = 0; ///< into that part's file
    qint64 clockMs = 0;  ///< the session-clock time that offset is
};

/// The part that holds `clockMs` (from its start up to its end) or else the first part
/// after it; part -1 when the recording ends before `clockMs` or has no parts.
PlaybackStart playbackStartAt(const Recording &recording, qint64 clockMs);

class Playback : public QObject {
    Q_OBJECT

public:
    /// QSettings key of the lead-in in seconds; the default when unset.
    static constexpr const char *kLeadInKey = "playback/leadInSeconds";
    static constexpr int kDefaultLeadInSeconds = 5;
    static constexpr int kMaxLeadInSeconds = 120;
    static int leadInSeconds();

    explicit Playback(SessionDocument *document, QObject *parent = nullptr);
    ~Playback() override;
    /// Provides the service to later features (installed first).
    static void install(EditorContext &context);
    /// Its transport in the status bar, Session > Play from Here and Stop Playback
    /// (installed after the Session menu's other entries).
    static void installControls(EditorContext &context);

    /// Why the recording cannot play from `clockMs` (before the lead-in); empty when it
    /// can: no time, no recording, an unsaved session, the recording ends before it, or
    /// the part to play is missing on disk (named with its path).
    QString unavailableReason(qint64 clockMs) const;
    /// Plays from `clockMs` minus the lead-in; false (and errorText() says why) when
    /// unavailableReason() is not empty.
    bool playFrom(qint64 clockMs);
    void pause();
    void resume();
    void stop();

    bool isActive() const { return m_part >= 0; }
    bool isPaused() const;
    /// The session-clock time playing now; -1 when stopped.
    qint64 clockPosition() const;
    /// The part playing (index into the recording's parts); -1 when stopped.
    int currentPart() const { return m_part; }
    /// The last problem (a missing file, a file that cannot be played); empty when none.
    QString errorText() const { return m_error; }
    /// The player (nullptr until the first playback).
    QMediaPlayer *player() const { return m_player; }

    /// The uniform entry "Play from Here (hh:mm:ss)" for something said or done at
    /// `clockMs` (-1: no time); disabled with the reason as its tooltip.
    QAction *playAction(qint64 clockMs, QObject *parent);
    /// "0:41:07" style, always with hours: the times of the play entries.
    static QString clockText(qint64 ms);

Q_SIGNALS:
    /// Playing, paused or stopped; a part or the error changed.
    void stateChanged();
    void clockPositionChanged(qint64 clockMs);
    void errorOccurred(const QString &message);

private:
    QMediaPlayer *ensurePlayer();
    bool startPart(int part, qint64 offsetMs);
    void partEnded();
    void fail(const QString &message);
    QString partPath(const AudioPart &part) const;

    SessionDocument *m_document;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    int m_part = -1;
    qint64 m_pendingSeekMs = -1;
    /// Seeks to m_pendingSeekMs once the source can seek; true when it did.
    bool applyPendingSeek();
    QString m_error;
};

} // namespace nwk
