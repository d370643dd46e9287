// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose a session: the open document is copied to a recovery file in the
// application data folder (QStandardPaths::AppDataLocation + "/recovery/", never
// the user's own file) a few seconds after every change, and offered back after a
// crash.
//
// Files of one running editor, all named by a random id:
//   <id>.nwk   the session (serializeSession bytes, written atomically)
//   <id>.info  "key=value" lines: original file, untitled name, time, pid
//   <id>.lock  a QLockFile held while the editor runs
// A recovery file exists exactly while the document has unsaved changes: it is
// written when modified, removed when the document becomes clean (saved, new,
// opened) and when the Autosaver is destroyed (the editor closed normally).
// After a crash or kill the lock is stale (its pid is gone); the next start finds
// the files with recoverable() and offers them. A live editor's lock is never
// stale, so running instances do not take each other's files.
//
// Writing does not stall the interface: on the UI thread the Session is copied
// (cheap: implicitly shared strings, see docs/data-safety.md); serialising and
// writing run on a worker (QtConcurrent).
#pragma once

#include "nwk/core/session.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QLockFile;
template <typename T> class QFutureWatcher;
class QWidget;

namespace nwk {

class SessionDocument;

/// A session left behind by an editor that did not close normally.
struct RecoveryCandidate {
    QString id;           ///< the file stem in the recovery folder
    QString sessionPath;  ///< <id>.nwk
    QString originalFile; ///< the user's file; empty when untitled
    QString untitledName; ///< shown for untitled sessions
    QDateTime savedAt;    ///< when the recovery file was written (local time)
    qint64 pid = 0;       ///< the editor that wrote it
    Session session;
    std::shared_ptr<QLockFile> lock; ///< held: no other instance offers it meanwhile

    QString displayName() const;
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

    /// QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultDirectory();

    /// Watches `document`; interval from QSettings (kIntervalKey), else 5 s.
    explicit Autosaver(SessionDocument *document, const QString &directory = defaultDirectory(),
                       QObject *parent = nullptr);
    /// Waits for a running write and removes this editor's recovery files.
    ~Autosaver() override;

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    QString directory() const { return m_directory; }
    /// This editor's recovery session file (exists only while modified).
    QString recoveryFile() const;

    /// Writes (or removes) now, on the calling thread; returns the error, if any.
    QString saveNow();
    /// What the timer does when it fires: starts writing a copy of the session on a
    /// worker thread (only the copy is made on the calling thread), or removes the
    /// files when the document is clean. A write already running is followed by
    /// another once it is done. written() tells when it has finished.
    void sync();

    /// Sessions of editors that are gone, newest first; each is locked for the
    /// caller until released (destroyed) or discarded. Unreadable leftovers are skipped.
    static std::vector<RecoveryCandidate>
    recoverable(const QString &directory = defaultDirectory());
    /// Puts the candidate into `document`: same session, original file name (so
    /// Save writes to the user's file), marked modified. Writes this editor's own
    /// recovery file at once, then removes the candidate's files.
    void restore(RecoveryCandidate &candidate);
    /// Removes the candidate's files.
    static void discard(RecoveryCandidate &candidate);

Q_SIGNALS:
    /// A write finished: error is empty on success.
    void written(const QString &error);

private Q_SLOTS:
    void onDocumentChanged();

private:
    void startWrite();
    void onWriteFinished();
    void removeFiles();
    QString infoText() const;

    SessionDocument *m_document;
    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    std::unique_ptr<QFutureWatcher<QString>> m_watcher;
    bool m_pending = false;
};

/// Shows the recovery dialog (src/editor/ui/recoverydialog.cpp): what each left-over
/// session is (name, time, partners, links, notes) with Restore / Discard / Not Now.
/// Restores the chosen one into the autosaver's document; true when restored.
/// Candidates not restored or discarded stay for the next start.
bool offerRecovery(Autosaver &autosaver, std::vector<RecoveryCandidate> candidates,
                   QWidget *parent = nullptr);

} // namespace nwk
