// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose a session: the open document is copied to a recovery file in the
// application data folder (QStandardPaths::AppDataLocation + "/recovery/", never
// the user's own file) a few seconds after every change, and offered back after a
// crash.
//
// Files of one running editor, all named by a random id:
//   <id>.nwk   the session (serializeSession bytes, written atomically)
//   <id>.info  "key=value" lines: original file, untitled name, time, pid, and the
//              SHA-256 of the user's file the unsaved changes start from
//   <id>.lock  a QLockFile held while the editor runs
// A recovery file exists exactly while the document has unsaved changes: it is
// written when modified, removed as soon as the document becomes clean (saved, new,
// opened) and when the Autosaver is destroyed (the editor closed normally).
// After a crash or kill the lock is stale (its pid is gone); the next start finds
// the files with recoverable() and offers them. A live editor's lock is never
// stale, so running instances do not take each other's files.
//
// A copy that is not newer than the user's file is never offered as unsaved work: one
// equal in content to the file, or one whose editor was killed during or right after a
// save that reached the disk (the save notes the bytes' SHA-256 in the sidecar first:
// "savedTo", "savedSha256"; the file on disk has them), is removed instead. A copy of a
// file that another program changed after the copy is still offered (nothing says the
// change holds its work), with both times and what differs. The copies the user chose
// Not Now for are removed by a save of that file and by a normal end once the file is
// newer than they are; copies never offered are never removed that way.
//
// Sidecars: other state of the editor that must survive a crash with the copy (the
// participation round, docs/participation.md) is written as opaque bytes to
// <id><suffix> (setSidecar()): with every write of the copy (before the .info), and
// when its owner asks (updateSidecars()) while the copy exists. It is removed with the
// copy; restore() hands the candidate to restoring() before its files are discarded, so
// the owner can read its sidecar (RecoveryCandidate::sidecarPath()).
//
// A write that fails (full disk, unwritable folder) is reported at once
// (failureChanged(), shown by installAutosaveWarning()) and retried after every
// change and every interval until one succeeds; the user may move the copies to
// another folder (moveTo(), remembered in QSettings).
//
// Writing does not stall the interface: on the UI thread the Session is copied
// (cheap: implicitly shared strings, see docs/data-safety.md); serialising and
// writing run on a worker (QtConcurrent).
#pragma once

#include "nwk/core/session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;
class QMainWindow;
template <typename T> class QFutureWatcher;
class QWidget;

namespace nwk {

class SessionDocument;

/// What a session holds, as the recovery question shows it.
struct SessionSummary {
    int partners = 0;
    int links = 0;
    int notes = 0; ///< card notes with text, quotes and memos
    int groups = 0;
    int missingPartners = 0;
    int participants = 0;
    static SessionSummary of(const Session &session);
    bool operator==(const SessionSummary &) const = default;
};

/// A session left behind by an editor that did not close normally.
struct RecoveryCandidate {
    QString id;             ///< the file stem in the recovery folder
    QString sessionPath;    ///< <id>.nwk
    QString originalFile;   ///< the user's file; empty when untitled
    QString untitledName;   ///< shown for untitled sessions
    QDateTime savedAt;      ///< when the recovery file was written (local time)
    qint64 pid = 0;         ///< the editor that wrote it
    QString baseSha256;     ///< hex SHA-256 of the user's file the changes start from; may be empty
    QDateTime fileModified; ///< the user's file's last change (local); invalid: untitled or gone
    std::optional<SessionSummary> fileSummary; ///< what the user's file holds, when readable
    Session session;
    std::shared_ptr<QLockFile> lock; ///< held: no other instance offers it meanwhile

    QString displayName() const;
    /// The candidate's sidecar with `suffix` (see Autosaver::setSidecar()); may not exist.
    QString sidecarPath(const QString &suffix) const;
    int partnerCount() const { return static_cast<int>(session.partners.size()); }
    int linkCount() const { return static_cast<int>(session.links.size()); }
    /// Card notes with text, quotes and memos.
    int noteCount() const;
};

class Autosaver : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5000;
    /// QSettings key of the interval in milliseconds.
    static constexpr const char *kIntervalKey = "autosave/intervalMs";

    /// QSettings key of the folder chosen with moveTo() (empty: the standard one).
    static constexpr const char *kDirectoryKey = "autosave/directory";
    /// QSettings key of every folder chosen so far (searched at start-up).
    static constexpr const char *kKnownDirectoriesKey = "autosave/knownDirectories";

    /// QStandardPaths::AppDataLocation + "/recovery".
    static QString standardDirectory();
    /// The folder chosen by the user (kDirectoryKey), else standardDirectory().
    static QString defaultDirectory();
    /// Where start-up looks for left-over copies: defaultDirectory(), the standard
    /// folder and every folder chosen before (kKnownDirectoriesKey), without duplicates.
    static QStringList searchDirectories();

    /// Watches `document`; interval from QSettings (kIntervalKey), else 5 s.
    explicit Autosaver(SessionDocument *document, const QString &directory = defaultDirectory(),
                       QObject *parent = nullptr);
    /// Waits for a running write and removes this editor's recovery files, and the
    /// copies of the document's file left by editors that are gone and older than it.
    ~Autosaver() override;

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    QString directory() const { return m_directory; }
    /// This editor's recovery session file (exists only while modified).
    QString recoveryFile() const;

    /// This editor's sidecar file with `suffix` (e.g. ".participation.json").
    QString sidecarPath(const QString &suffix) const;
    /// Writes the bytes `provider` gives (asked on the UI thread; empty bytes: not
    /// written) to sidecarPath(suffix) with every write of the recovery copy. An empty
    /// provider removes the sidecar and stops writing it.
    void setSidecar(const QString &suffix, std::function<QByteArray()> provider);
    /// Writes the sidecars now if the recovery copy is on disk (after a running write);
    /// without a copy they are written with the next one.
    void updateSidecars();
    /// The Autosaver watching `document`, if any (for features that keep a sidecar).
    static Autosaver *watching(const SessionDocument *document);

    /// Writes (or removes) now, on the calling thread; returns the error, if any.
    QString saveNow();
    /// The reason the last write failed; empty while autosave works.
    QString lastError() const { return m_lastError; }
    /// Writes into `directory` from now on (created when missing) and remembers it in
    /// QSettings (kDirectoryKey, kKnownDirectoriesKey): the copy is written there at
    /// once, then the copy in the old folder is removed (kept while the new one fails).
    /// Returns the error of that write; empty on success.
    QString moveTo(const QString &directory);
    /// What the timer does when it fires: starts writing a copy of the session on a
    /// worker thread (only the copy is made on the calling thread), or removes the
    /// files when the document is clean. A write already running is followed by
    /// another once it is done. written() tells when it has finished.
    void sync();

    /// Sessions of editors that are gone, newest first; each is locked for the
    /// caller until released (destroyed) or discarded. Unreadable leftovers are skipped.
    /// Copies not newer than the user's file (see above) are removed, not returned.
    static std::vector<RecoveryCandidate> recoverable(const QString &directory);
    static std::vector<RecoveryCandidate>
    recoverable(const QStringList &directories = searchDirectories());
    /// Removes those of the copies `ids` that are of `fileName`, left by editors that are
    /// gone and written before the file was last saved (its time is later and its bytes
    /// are not those the copy started from). Returns how many were removed.
    static int removeOlderCopies(const QString &fileName, const QStringList &ids,
                                 const QStringList &directories = searchDirectories());
    /// The ids of the copies the user chose Not Now for at this start: removed by a
    /// save of their file and by a normal end, once older than the file.
    void setDeclined(const QStringList &ids);
    /// Puts the candidate into `document`: same session, original file name (so
    /// Save writes to the user's file), marked modified. Writes this editor's own
    /// recovery file at once, then removes the candidate's files.
    void restore(RecoveryCandidate &candidate);
    /// Removes the candidate's files.
    static void discard(RecoveryCandidate &candidate);

Q_SIGNALS:
    /// A write finished: error is empty on success.
    void written(const QString &error);
    /// Writing started failing (the reason), failed for another reason, or works
    /// again (empty).
    void failureChanged(const QString &error);
    /// restore() put `candidate` into the document and has not yet written this
    /// editor's copy nor removed the candidate's files: its sidecars can be read now.
    void restoring(const nwk::RecoveryCandidate &candidate);

private Q_SLOTS:
    void onDocumentChanged();
    /// Notes in this editor's copy that `fileName` is about to hold bytes with this hash.
    void noteSaveInCopy(const QString &fileName, const QByteArray &sha256);

private:
    /// A copy in a folder this editor no longer writes to: removed once a copy is
    /// safely written in the new one (or at the end).
    struct OldCopy {
        QString sessionPath;
        QString infoPath;
        QStringList sidecarPaths;
        std::shared_ptr<QLockFile> lock;
    };

    void startWrite();
    void onWriteFinished();
    void onCleanChanged(bool clean);
    void finishWrite(const QString &error);
    void removeFiles();
    void removeOldCopies();
    void takeLock();
    void rememberBase();
    QString infoPath() const;
    QString infoText() const;
    /// The sidecars' paths and current bytes (asked of their providers).
    std::vector<std::pair<QString, QByteArray>> sidecarBytes() const;

    QPointer<SessionDocument> m_document;
    QString m_directory;
    QString m_id;
    std::shared_ptr<QLockFile> m_lock;
    QTimer m_timer;
    std::unique_ptr<QFutureWatcher<QString>> m_watcher;
    bool m_pending = false;
    QString m_lastError;
    QString m_baseSha256; ///< of the document's file when it last matched the document
    std::vector<OldCopy> m_oldCopies;
    QStringList m_declined; ///< copies the user chose Not Now for at this start
    std::map<QString, std::function<QByteArray()>> m_sidecars; ///< suffix -> provider
};

/// Shows the recovery dialog (src/editor/session/recoverydialog.cpp): what each left-over
/// session is (name, time, partners, links, notes) with Restore / Discard / Not Now.
/// Restores the chosen one into the autosaver's document; true when restored.
/// Candidates not restored or discarded stay for the next start.
bool offerRecovery(Autosaver &autosaver, std::vector<RecoveryCandidate> candidates,
                   QWidget *parent = nullptr);

/// Shows autosave failures in `window` (src/editor/session/autosavewarning.cpp): a bar above
/// the map, object name "autosaveWarning", that says which folder and why, stays while
/// writing fails, goes when a write succeeds, and offers "Retry Now" and "Choose
/// Another Recovery Folder…" (Autosaver::moveTo). The window's central widget must be
/// MainWindow's (a layout holding the map). Returns the bar.
QWidget *installAutosaveWarning(QMainWindow *window, Autosaver &autosaver);

} // namespace nwk
