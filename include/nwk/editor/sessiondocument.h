// SPDX-License-Identifier: GPL-3.0-or-later
// The open session: the model, its undo stack, its file and its clean state.
//
// Invariants:
//  - the Session is changed only through the mutators below, and only undo
//    commands call them (the one exception is save(), see there);
//  - every mutator emits one past-tense, id-based signal after the change, so
//    views (scene, panels) can mirror the model without holding pointers into it;
//  - "modified" is exactly !undoStack()->isClean(): a new or freshly loaded
//    document is clean, an edit makes it modified, a successful save makes it
//    clean again, a failed save changes nothing.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/placement.h" // PartnerPlacement
#include "nwk/core/session.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace nwk {

enum class EditLayer; // editlayer.h

class SessionDocument : public QObject {
    Q_OBJECT

public:
    /// A new, untitled session (nwk::newSession(): default categories and rings).
    explicit SessionDocument(QObject *parent = nullptr);
    ~SessionDocument() override;

    const Session &session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The file the document was loaded from or saved to; empty when untitled.
    QString fileName() const { return m_fileName; }
    /// File name without directory, or the untitled name ("Untitled" by default).
    QString displayName() const;
    bool isUntitled() const { return m_fileName.isEmpty(); }
    bool isModified() const;

    /// Replaces the whole session (New, open an example): clears the undo stack,
    /// the document becomes clean. `untitledName` is shown when fileName is empty.
    void reset(Session session, const QString &fileName = {}, const QString &untitledName = {});

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
    /// metaChanged() is emitted. So after a save, session() equals the file.
    /// The file is read back after writing; a file that does not hold exactly
    /// the session's bytes is a failed save.
    QString save();
    QString saveAs(const QString &fileName);

    // ---- Mutators: only undo commands call these (pushed through push()). ---
    void setMeta(const Meta &meta);
    void setFreePlacement(bool on);
    /// Replaces the category with the same id (labels, colour, marker ...).
    void setCategory(const Category &category);

    /// Inserts at `index` (clamped to the end).
    void insertPartner(int index, const Partner &partner);
    void removePartner(const QString &partnerId);
    /// Replaces the partner with the same id.
    void setPartner(const Partner &partner);
    void setPlacements(const std::vector<PartnerPlacement> &placements);

    void insertLink(int index, const Link &link);
    void removeLink(const QString &linkId);
    void setLink(const Link &link);

    void setGroupMembers(const QString &groupId, const QStringList &members);
    /// Replaces the card progress with the same cardId.
    void setCard(const CardProgress &card);

    void insertAnnotation(int index, const Annotation &annotation);
    void removeAnnotation(const QString &annotationId);

    // Participants, missing partners, groups (sessiondocument_collections.cpp).
    void insertParticipant(int index, const Participant &participant);
    void removeParticipant(const QString &participantId);
    void setParticipant(const Participant &participant);
    void insertMissingPartner(int index, const MissingPartner &missing);
    void removeMissingPartner(const QString &missingId);
    void setMissingPartner(const MissingPartner &missing);
    void insertGroup(int index, const Group &group);
    void removeGroup(const QString &groupId);
    void setGroup(const Group &group);

    // The map's grid: categories (sector order) and rings.
    void insertCategory(int index, const Category &category);
    void removeCategory(const QString &categoryId);
    /// Moves the category to position `to` (sectors re-lay out; placements keep their angle).
    void moveCategory(const QString &categoryId, int to);
    void setRings(const std::vector<Ring> &rings);

    // The conversation: card progress, protocol, closing answers, metaphors, memos.
    /// Inserts the card progress when no progress for its cardId exists yet.
    void insertCard(int index, const CardProgress &card);
    void removeCard(const QString &cardId);
    void setRecordingStarted(const QString &isoDateTime);
    /// The deck the session runs with (id, version, language); emits deckChanged().
    void setDeck(const DeckRef &deck);
    /// Replaces (or appends) the state of step `state.stepId`.
    void setProtocolStep(const ProtocolStepState &state);
    /// Replaces (or appends) the answer to `answer.questionId`; an empty answer stays.
    void setClosingAnswer(const ClosingAnswer &answer);
    void insertMetaphor(int index, const Metaphor &metaphor);
    void removeMetaphor(const QString &metaphorId);
    void setMetaphor(const Metaphor &metaphor);
    void insertMemo(int index, const Memo &memo);
    void removeMemo(const QString &memoId);
    void setMemo(const Memo &memo);

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
    /// Only commands call the mutators above, so this covers every edit.
    bool push(QUndoCommand *command);
    /// Undo, redo and a History jump (to undo index `index`) through the lock.
    void undo();
    void redo();
    void setUndoIndex(int index);

    /// Replaces the annotation with the same id.
    void setAnnotation(const Annotation &annotation);
    void insertCode(int index, const Code &code);
    void removeCode(const QString &codeId);
    void setCode(const Code &code);
    void insertSnapshot(int index, const Snapshot &snapshot);
    void removeSnapshot(const QString &snapshotId);
    void setSnapshot(const Snapshot &snapshot);

    /// Index of the object in its collection; -1 when absent. partnerIndex() is a
    /// hashed look-up (kept by the mutators), so a drag step does not search the map.
    int partnerIndex(const QString &partnerId) const;
    int linkIndex(const QString &linkId) const;
    /// The partner with this id, or nullptr: as Session::partner(), but hashed.
    const Partner *partner(const QString &partnerId) const;
    /// The ids of the groups the partner is a member of, in session order (hashed).
    QStringList groupsOf(const QString &partnerId) const;

Q_SIGNALS:
    /// Emitted by a save right before `fileName` is written with bytes whose SHA-256 (hex) is
    /// `sha256`: the autosaver notes it in its copy, so that a copy left by a kill right
    /// after this save is known to be superseded by it.
    void aboutToWriteFile(const QString &fileName, const QByteArray &sha256);
    void partnersAdded(const QStringList &ids);
    void partnersChanged(const QStringList &ids);
    void partnersRemoved(const QStringList &ids);
    void linksAdded(const QStringList &ids);
    void linksChanged(const QStringList &ids);
    void linksRemoved(const QStringList &ids);
    void groupsChanged(const QStringList &ids);
    void groupsAdded(const QStringList &ids);
    void groupsRemoved(const QStringList &ids);
    void participantsChanged();
    void missingPartnersAdded(const QStringList &ids);
    void missingPartnersChanged(const QStringList &ids);
    void missingPartnersRemoved(const QStringList &ids);
    void ringsChanged();
    void recordingStartedChanged();
    void deckChanged();
    void protocolChanged();
    void metaphorsChanged();
    void memosChanged();
    void cardsChanged(const QStringList &cardIds);
    void annotationsAdded(const QStringList &ids);
    void annotationsRemoved(const QStringList &ids);
    void annotationsChanged(const QStringList &ids);
    void codebookChanged();
    void snapshotsChanged();
    void annotationModeChanged(bool on);
    /// A change of the group's data was refused because annotation mode is on.
    void groupEditRefused();
    void categoriesChanged();
    void metaChanged();
    void freePlacementChanged(bool on);
    /// Everything changed (new, load): views rebuild.
    void sessionReset();
    void fileNameChanged(const QString &fileName);
    /// !undoStack()->isClean() changed.
    void modifiedChanged(bool modified);

private:
    QString write(const QString &fileName);
    /// True (and reports) when annotation mode locks one of the steps [from, to).
    bool refuseSteps(int from, int to);

    Session m_session;
    QUndoStack *m_undoStack = nullptr;
    QString m_fileName;
    QString m_untitledName;
    bool m_annotationMode = false;
    // Look-ups built on first use after a change of the collection's ids or order.
    mutable QHash<QString, int> m_partnerIndex; ///< partner id -> index in partners
    mutable bool m_partnerIndexValid = false;
    mutable QHash<QString, QStringList> m_groupsOf; ///< partner id -> ids of its groups
    mutable bool m_groupsOfValid = false;
};

} // namespace nwk
