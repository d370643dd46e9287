// SPDX-License-Identifier: GPL-3.0-or-later
// Transcripts in the editor (issue #26, item 4): Session > Import Transcript… reads a
// transcript (SRT, WebVTT, text with [hh:mm:ss] stamps) with the core's reader, keeps it
// beside the session file and refers to it in Session::transcript (one undo step); the
// Transcript dock shows its cues on the session clock. Reopening the session reads the
// file again. docs/recording.md, "In the editor".
#pragma once

#include "nwk/core/transcript.h"

#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

class QAction;

namespace nwk {

class EditorContext;
class Playback;
class SessionDocument;
class TranscriptDock;

class TranscriptFeature : public QObject {
    Q_OBJECT

public:
    explicit TranscriptFeature(EditorContext &context);
    /// Session > Import Transcript…, the Transcript dock (View menu);
    /// provides itself. After FocusGroup (a quote goes into the current card).
    static void install(EditorContext &context);

    /// The transcript as read from its file (its own clock); nullptr when none is loaded.
    const Transcript *transcript() const { return m_transcript ? &*m_transcript : nullptr; }
    /// The cues on the session clock (the session's offset applied), for the dock and the
    /// timeline; no cues when no transcript is loaded.
    Transcript clockTranscript() const;
    /// What went wrong or was skipped reading the file: located messages
    /// ("interview.srt:14: warning: ..."), or that the file is missing.
    QStringList problems() const { return m_problems; }
    /// The transcript file's name and its number of cues, or why there is none.
    QString summary() const;

    /// Reads `fileName`, and when it holds cues, makes it the session's transcript (beside
    /// the session file, one undo step). Errors: a message naming the file and line, and
    /// nothing changes. An untitled session is to be saved first (asked).
    bool importFile(const QString &fileName);
    /// Quote of the cues `rows` (consecutive) into the card current at the first cue's
    /// time (else the cards panel's current card): one undo step.
    bool makeQuote(const std::vector<int> &rows);
    /// The context's playback, nullptr when the editor has none.
    Playback *playback() const;

    QAction *importAction = nullptr;

Q_SIGNALS:
    /// The transcript, its offset or its speakers changed: views refresh.
    void transcriptChanged();

private:
    void chooseAndImport();
    bool ensureSaved();
    void reload();
    void followRef();
    void carryAlong();
    QString targetCard(qint64 atMs) const;

    EditorContext &m_context;
    SessionDocument *m_document;
    TranscriptDock *m_dock = nullptr;
    std::optional<Transcript> m_transcript;
    QString m_loadedPath; ///< absolute path of the loaded file, empty = none
    QStringList m_problems;
};

} // namespace nwk
