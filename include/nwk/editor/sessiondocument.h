// SPDX-License-Identifier: GPL-3.0-or-later
// The open session: the model, its undo stack, its file and its clean state.
//
// Invariants:
//  - the Session is changed only through DocumentEditor (documenteditor.h), which
//    only undo commands (EditCommand) can get, pushed through push(); the
//    exceptions are save() (see there) and the append-only log of the map's
//    history (appendHistory(): what happened, which undo must not take back);
//  - every change is announced once, after it happened, by changed(Change): the
//    kind of collection, added/removed/changed/reordered, and the ids. Views
//    (scene, panels) mirror the model from it without holding pointers into it;
//  - "modified" is exactly !undoStack()->isClean(): a new or freshly loaded
//    document is clean, an edit makes it modified, a successful save makes it
//    clean again, a failed save changes nothing.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"
#include "nwk/editor/change.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

class QUndoCommand;
class QUndoStack;
class QUndoView;

namespace nwk {

enum class EditLayer; // editlayer.h
class DocumentEditor;

class SessionDocument : public QObject {
    Q_OBJECT

public:
    /// A new, untitled session (nwk::newSession(): default categories and rings).
    explicit SessionDocument(QObject *parent = nullptr);
    ~SessionDocument() override;

    const Session &session() const { return m_session; }
    /// The undo history, to read (index, count, texts) and to show (History view, Undo and
    /// Redo actions). Steps are added and walked only through push(), undo(), redo() and
    /// setUndoIndex() below, where the annotation lock is.
    const QUndoStack *undoStack() const { return m_undoStack; }

    /// The file the document was loaded from or saved to; empty when untitled.
    QString fileName() const { return m_fileName; }
    /// File name without directory, or the untitled name ("Untitled" by default).
    QString displayName() const;
    bool isUntitled() const { return m_fileName.isEmpty(); }
    bool isModified() const;

    /// Replaces the whole session (New, open an example): clears the undo stack,
    /// the document becomes clean. `untitledName` is shown when fileName is empty.
    void reset(Session session, const QString &fileName = {}, const QString &untitledName = {});
    /// Marks the document modified without an undo step: work that is in no file yet
    /// (a session restored from a recovery copy).
    void markUnsaved();

    /// Reads a session file. On errors the document is unchanged and the
    /// diagnostics say why; otherwise the session is replaced (as reset()) and
    /// the diagnostics hold the warnings, if any.
    Diagnostics load(const QString &fileName);

    /// Writes the session to fileName() (saveAs() for an untitled document).
    /// Returns an empty string on success, else the reason (the document stays
    /// modified and the file on disk is untouched).
    ///
    /// Decision: the written copy gets meta.modified = now (UTC), meta.appVersion =
    /// this program's version and, when empty, meta.created = now. On success the
    /// same three values are stored in the document *without* an undo step (they
    /// describe the file, not the group's work; undoing must not un-save), and
    /// changed() announces the meta (metaChanged()). So after a save, session() equals the file.
    /// The file is read back after writing; a file that does not hold exactly
    /// the session's bytes is a failed save.
    QString save();
    QString saveAs(const QString &fileName);

    // ---- Undo steps and the researcher's layer (sessiondocument_layer.cpp) --
    /// Annotation mode: the group's data (everything but annotations, the codebook
    /// and snapshots) is locked. The lock is checked before a step runs: push()
    /// refuses a command that changes the group's data (commandLayer()), and undo(),
    /// redo() and setUndoIndex() refuse to cross such a step. A refusal changes
    /// nothing (session and undo stack) and emits groupEditRefused(). Annotation,
    /// codebook and snapshot steps push, undo and redo as usual.
    bool annotationMode() const { return m_annotationMode; }
    void setAnnotationMode(bool on);
    /// Whether push() now refuses a command that changes `layer`: the lock's one rule,
    /// which gestures may ask before they begin, to say so instead of drawing a change.
    bool locks(EditLayer layer) const;

    /// The one way to add an undo step: runs the command and puts it on the undo
    /// stack, or (refused in annotation mode) deletes it unrun and returns false.
    /// Only commands get a DocumentEditor (documenteditor.h), so this covers every edit.
    bool push(QUndoCommand *command);
    /// Undo, redo and a History jump (to undo index `index`) through the lock. Undoing the
    /// step that started the session clock is refused while audio parts are listed (they
    /// are on that clock and undo never takes them back): undoRefused() says why.
    void undo();
    void redo();
    void setUndoIndex(int index);
    /// Steps pushed between these are one undo step (QUndoStack::beginMacro()).
    void beginMacro(const QString &text);
    void endMacro();
    /// Shows the history in `view`. The view's clicks must then be routed to
    /// setUndoIndex() (ui/undoguard.cpp), as the Undo and Redo actions are.
    void showHistoryIn(QUndoView *view) const;

    /// Index of the object in its collection; -1 when absent. partnerIndex() is a
    /// hashed look-up (kept by the gateway), so a drag step does not search the map.
    int partnerIndex(const QString &partnerId) const;
    int linkIndex(const QString &linkId) const; ///< hashed, as partnerIndex()
    /// The link with this id, or nullptr: as Session::link(), but hashed.
    const Link *link(const QString &linkId) const;
    /// The partner with this id, or nullptr: as Session::partner(), but hashed.
    const Partner *partner(const QString &partnerId) const;
    /// The ids of the groups the partner is a member of, in session order (hashed).
    QStringList groupsOf(const QString &partnerId) const;

    // ---- Live gestures (sessiondocument_changes.cpp) -------------------------------
    /// A gesture that changes the session at every step (a drag on the map): while live,
    /// each change is announced only by liveChange(), which the map follows; changed() and
    /// the typed signals come once per collection, merged, when the gesture ends
    /// (setLive(false)), so that the docks update once and not at every step of a drag.
    void setLive(bool on);
    bool isLive() const { return m_live; }
    /// True while setLive(false) announces what changed during the gesture: listeners of
    /// liveChange() have seen it already.
    bool isAnnouncingLiveChanges() const { return m_announcingLive; }

    // ---- The map's history (sessiondocument_history.cpp) ------------------------------
    /// Whether a change of the map is now recorded in Session::history: the session clock
    /// runs (SessionClock::elapsedMs() >= 0), annotation mode is off and the recording was
    /// not stopped for good (Recording::stoppedMs). After every step (push, undo, redo, a
    /// History jump; a live gesture at its end) the document then compares the map with
    /// the map as last recorded (maphistory.h mapEvents()) and appends the changes at the
    /// clock's time, the first time after a baseline of the map as it stood.
    bool recordsHistory() const;
    /// Appends to the map's history: a log of what happened, not an edit (no undo step,
    /// undo never takes it back). Marks the document modified and emits historyAppended().
    void appendHistory(std::vector<MapEvent> events);
    /// The recording started again after a stop (recordinglog.h): the map's changes made
    /// in between, held with their clock times, go into the history now.
    void recordingResumed();

    // ---- Replay (sessiondocument_history.cpp) ---------------------------------------
    /// While the timeline replays the map, every step is refused as in annotation mode
    /// (push(), undo(), redo(), setUndoIndex() change nothing and emit groupEditRefused()).
    void setReplaying(bool on);
    bool isReplaying() const { return m_replaying; }

Q_SIGNALS:
    /// Emitted by a save right before `fileName` is written with bytes whose SHA-256 (hex) is
    /// `sha256`: the autosaver notes it in its copy, so that a copy left by a kill right
    /// after this save is known to be superseded by it.
    void aboutToWriteFile(const QString &fileName, const QByteArray &sha256);
    /// The one announcement of a change of the session (change.h): every edit emits
    /// it once per collection it touched, after the change.
    void changed(const nwk::Change &change);
    /// A change during a live gesture (setLive()), at once; changed() follows at its end.
    void liveChange(const nwk::Change &change);

    // Typed signals, derived from changed() in one place (announce(), in
    // sessiondocument_changes.cpp) for the views that follow one collection by id.
    // New code listens to changed() (or onChange() below); these add nothing.
    void partnersAdded(const QStringList &ids);
    void partnersChanged(const QStringList &ids);
    void partnersRemoved(const QStringList &ids);
    void linksAdded(const QStringList &ids);
    void linksChanged(const QStringList &ids);
    void linksRemoved(const QStringList &ids);
    void groupsAdded(const QStringList &ids);
    void groupsChanged(const QStringList &ids);
    void groupsRemoved(const QStringList &ids);
    void missingPartnersAdded(const QStringList &ids);
    void missingPartnersChanged(const QStringList &ids);
    void missingPartnersRemoved(const QStringList &ids);
    void annotationsAdded(const QStringList &ids);
    void annotationsChanged(const QStringList &ids);
    void annotationsRemoved(const QStringList &ids);
    void cardsChanged(const QStringList &cardIds); ///< added, changed or removed
    void metaChanged();
    void freePlacementChanged(bool on);
    void recordingStartedChanged();
    void deckChanged();

    void annotationModeChanged(bool on);
    /// Events were appended to the map's history (appendHistory()).
    void historyAppended(int count);
    void replayingChanged(bool on);
    /// A change of the group's data was refused because annotation mode is on.
    void groupEditRefused();
    /// An undo or History jump was refused for `reason` (translated): the session clock's
    /// start, with audio recorded on that clock.
    void undoRefused(const QString &reason);
    /// Everything changed (new, load): views rebuild.
    void sessionReset();
    void fileNameChanged(const QString &fileName);
    /// !undoStack()->isClean() changed.
    void modifiedChanged(bool modified);

private:
    friend class DocumentEditor;
    /// After DocumentEditor changed the session: keeps the look-ups right and
    /// announces the change (`index`: where the object is or was, -1 unknown).
    void applied(const Change &change, int index);
    /// Emits changed() and the typed signal derived from it.
    void announce(const Change &change);
    QString write(const QString &fileName);
    /// True (and reports) when annotation mode locks one of the steps [from, to).
    bool refuseSteps(int from, int to);
    /// True (and reports) when undoing the steps [from, to) would undo the session clock's
    /// start while audio parts are on that clock.
    bool refuseClockUndo(int from, int to);
    /// After a step: appends the map's changes to the history when it records (above).
    void recordHistory();
    /// The map the history was last compared with (reset(), recordHistory()).
    void resetHistoryBase();
    /// Between a stop and a new start: the changes since the last, held with their times.
    void holdBetweenRecordings();

    Session m_session;
    QUndoStack *m_undoStack = nullptr;
    QString m_fileName;
    QString m_untitledName;
    bool m_annotationMode = false;
    // Look-ups built on first use after a change of the collection's ids or order.
    mutable QHash<QString, int> m_partnerIndex; ///< partner id -> index in partners
    mutable bool m_partnerIndexValid = false;
    mutable QHash<QString, int> m_linkIndex; ///< link id -> index in links
    mutable bool m_linkIndexValid = false;
    mutable QHash<QString, QStringList> m_groupsOf; ///< partner id -> ids of its groups
    mutable bool m_groupsOfValid = false;
    bool m_live = false;
    bool m_announcingLive = false;
    std::vector<Change> m_liveChanges; ///< to announce when the live gesture ends
    /// The map objects as last recorded in the history (only its map collections are set);
    /// while the history is empty and not recording, the map as it stands.
    Session m_historyBase;
    std::vector<MapEvent> m_heldHistory; ///< between a stop and a new start (recordHistory())
    bool m_replaying = false;
};

/// Calls `slot()` (no arguments) after every change of one of `kinds`, e.g.
///   onChange(document, {ChangeKind::Category, ChangeKind::Ring}, this, [this] { rebuild(); });
template <typename Slot>
QMetaObject::Connection onChange(const SessionDocument *document,
                                 std::initializer_list<ChangeKind> kinds, const QObject *context,
                                 Slot slot)
{
    return QObject::connect(document, &SessionDocument::changed, context,
                            [kinds = QList<ChangeKind>(kinds), slot](const Change &change) {
                                if (kinds.contains(change.kind))
                                    slot();
                            });
}

} // namespace nwk
