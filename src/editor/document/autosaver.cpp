// SPDX-License-Identifier: GPL-3.0-or-later
// Writing this editor's recovery copy (see autosaver.h); finding and judging the
// copies of other editors is in recoveryfiles.cpp.
#include "nwk/editor/autosaver.h"

#include "recoveryfiles.h"

#include "nwk/core/atomicfile.h"
#include "nwk/core/readlimits.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/sessiondocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QLockFile>
#include <QMetaMethod>
#include <QSettings>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace nwk {

using namespace recovery;

namespace {

using Sidecars = std::vector<std::pair<QString, QByteArray>>;

/// The autosavers and the documents they watch (UI thread only).
QHash<const SessionDocument *, Autosaver *> &watchers()
{
    static QHash<const SessionDocument *, Autosaver *> all;
    return all;
}

QString writeSidecars(const Sidecars &sidecars)
{
    for (const auto &[path, bytes] : sidecars)
        if (const QString error = writeFileAtomically(path, bytes); !error.isEmpty())
            return error;
    return {};
}

/// Runs on a worker thread: only the snapshot and file names are touched.
QString writeRecovery(const Session &snapshot, const QString &sessionPath, const QString &infoPath,
                      const QByteArray &info, const Sidecars &sidecars)
{
    if (QString error = ensureDirectory(QFileInfo(sessionPath).absolutePath()); !error.isEmpty())
        return error;
    const QByteArray bytes = serializeSession(snapshot);
    // A copy this program could not open again would be no copy at all.
    if (const QString limit = readLimitProblem(bytes); !limit.isEmpty())
        return QStringLiteral("cannot save \"%1\": %2")
            .arg(QDir::toNativeSeparators(sessionPath), limit);
    QString error = writeFileAtomically(sessionPath, bytes);
    if (error.isEmpty())
        error = writeSidecars(sidecars);
    if (!error.isEmpty())
        return error;
    return writeFileAtomically(infoPath, info); // last: a complete pair or none
}

} // namespace

Autosaver::Autosaver(SessionDocument *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(QDir(directory).absolutePath())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_watcher(std::make_unique<QFutureWatcher<QString>>())
{
    watchers().insert(document, this);
    takeLock();
    const int fromSettings = QSettings().value(QString::fromLatin1(kIntervalKey)).toInt();
    m_timer.setSingleShot(true);
    setInterval(fromSettings > 0 ? fromSettings : kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::sync);
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &Autosaver::onWriteFinished);

    // Every past-tense signal of the document, including ones added later: a
    // merged ChangeValue (typing) changes the model but not the undo index.
    const QMetaObject *documentMeta = document->metaObject();
    const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("onDocumentChanged()"));
    for (int i = documentMeta->methodOffset(); i < documentMeta->methodCount(); ++i) {
        const QMetaMethod method = documentMeta->method(i);
        if (method.methodType() == QMetaMethod::Signal)
            connect(document, method, this, slot);
    }
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::onDocumentChanged);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &Autosaver::onCleanChanged);
    connect(document, &SessionDocument::sessionReset, this, &Autosaver::rememberBase);
    connect(document, &SessionDocument::aboutToWriteFile, this, &Autosaver::noteSaveInCopy);
    if (document->isModified())
        onDocumentChanged();
    else
        rememberBase();
}

Autosaver::~Autosaver()
{
    watchers().removeIf([this](const auto &entry) { return entry.value() == this; });
    m_timer.stop();
    m_watcher->waitForFinished();
    removeFiles();
    removeOldCopies();
    // A normal end: the copies of this file the user chose Not Now for, once the file is
    // newer than they are, are not unsaved work any more.
    if (m_document)
        removeOlderCopies(m_document->fileName(), m_declined, searchDirectories() << m_directory);
}

void Autosaver::setInterval(int ms)
{
    m_timer.setInterval(std::max(ms, 1));
}

QString Autosaver::recoveryFile() const
{
    return QDir(m_directory).filePath(m_id + kSessionSuffix);
}

QString Autosaver::sidecarPath(const QString &suffix) const
{
    return QDir(m_directory).filePath(m_id + suffix);
}

Autosaver *Autosaver::watching(const SessionDocument *document)
{
    return watchers().value(document);
}

void Autosaver::setSidecar(const QString &suffix, std::function<QByteArray()> provider)
{
    if (!provider) {
        m_sidecars.erase(suffix);
        m_watcher->waitForFinished(); // a running write may still be writing it
        QFile::remove(sidecarPath(suffix));
        return;
    }
    m_sidecars[suffix] = std::move(provider);
}

std::vector<std::pair<QString, QByteArray>> Autosaver::sidecarBytes() const
{
    Sidecars all;
    for (const auto &[suffix, provider] : m_sidecars)
        if (QByteArray bytes = provider(); !bytes.isEmpty())
            all.emplace_back(sidecarPath(suffix), std::move(bytes));
    return all;
}

void Autosaver::updateSidecars()
{
    if (m_watcher->isRunning()) {
        m_pending = true; // the copy and its sidecars are written again once it is done
        return;
    }
    if (!QFile::exists(recoveryFile()))
        return; // written with the next copy: a sidecar never stands alone
    if (const QString error = writeSidecars(sidecarBytes()); !error.isEmpty())
        qWarning("Autosaver: %s", qPrintable(error));
}

QString Autosaver::infoPath() const
{
    return QDir(m_directory).filePath(m_id + kInfoSuffix);
}

void Autosaver::takeLock()
{
    ensureDirectory(m_directory); // a failure is reported by the first write
    m_lock = std::make_shared<QLockFile>(QDir(m_directory).filePath(m_id + kLockSuffix));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qWarning("Autosaver: cannot lock %s",
                 qPrintable(QDir(m_directory).filePath(m_id + kLockSuffix)));
}

void Autosaver::rememberBase()
{
    if (!m_document || m_document->isModified())
        return; // only a document that matches its file tells what the file holds
    const QString file = m_document->fileName();
    m_baseSha256 = file.isEmpty() ? QString() : QString::fromLatin1(sha256OfFile(file));
}

void Autosaver::onDocumentChanged()
{
    // Not restarted by further changes: continuous typing is still saved every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosaver::onCleanChanged(bool clean)
{
    if (!clean || !m_document) {
        onDocumentChanged();
        return;
    }
    // Saved (or back at the saved state): the copy goes at once, not an interval later,
    // so that a crash right after a save leaves nothing stale behind.
    rememberBase();
    if (m_watcher->isRunning())
        m_pending = true; // removed once the running write is done
    else
        sync();
    removeOlderCopies(m_document->fileName(), m_declined, searchDirectories() << m_directory);
}

void Autosaver::noteSaveInCopy(const QString &fileName, const QByteArray &sha256)
{
    // Only a copy on disk can be left behind by a kill during or right after this save.
    m_watcher->waitForFinished(); // one write of the sidecar at a time
    if (!m_document || !QFile::exists(recoveryFile()) || !QFile::exists(infoPath()))
        return;
    const QByteArray info = infoText().toUtf8() + infoLine("savedTo", fileName) +
                            infoLine("savedSha256", QString::fromLatin1(sha256));
    if (const QString error = writeFileAtomically(infoPath(), info); !error.isEmpty())
        qWarning("Autosaver: %s", qPrintable(error)); // the copy is then offered: safe
}

void Autosaver::setDeclined(const QStringList &ids)
{
    m_declined = ids;
}

void Autosaver::sync()
{
    if (m_watcher->isRunning()) {
        m_pending = true; // written again once the running write is done
        return;
    }
    if (!m_document || !m_document->isModified()) {
        removeFiles(); // saved, new or opened: nothing to recover
        finishWrite(QString());
        return;
    }
    startWrite();
}

QString Autosaver::infoText() const
{
    QByteArray info = kInfoFormat + '\n';
    info += infoLine("originalFile", m_document->fileName());
    info +=
        infoLine("untitledName", m_document->isUntitled() ? m_document->displayName() : QString());
    info += infoLine("savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    info += infoLine("pid", QString::number(QCoreApplication::applicationPid()));
    info += infoLine("baseSha256", m_document->isUntitled() ? QString() : m_baseSha256);
    return QString::fromUtf8(info);
}

void Autosaver::startWrite()
{
    if (!m_lock->isLocked())
        takeLock();                           // the folder may exist now
    Session snapshot = m_document->session(); // the only work on the UI thread
    const QByteArray info = infoText().toUtf8();
    const QString sessionPath = recoveryFile();
    const QString infoFile = infoPath();
    Sidecars sidecars = sidecarBytes();
    m_watcher->setFuture(
        QtConcurrent::run([snapshot = std::move(snapshot), sessionPath, infoFile, info, sidecars] {
            return writeRecovery(snapshot, sessionPath, infoFile, info, sidecars);
        }));
}

void Autosaver::onWriteFinished()
{
    const QString error = m_watcher->result();
    Q_EMIT written(error);
    finishWrite(error);
    if (m_pending) {
        m_pending = false;
        sync();
    }
}

void Autosaver::finishWrite(const QString &error)
{
    if (error.isEmpty()) {
        removeOldCopies(); // the copy is safe where it is now
    } else {
        qWarning("Autosaver: %s", qPrintable(error));
        if (!m_timer.isActive())
            m_timer.start(); // retried after the interval, and after every change
    }
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT failureChanged(error);
    }
}

QString Autosaver::saveNow()
{
    m_timer.stop();
    m_watcher->waitForFinished();
    m_pending = false;
    if (!m_document || !m_document->isModified()) {
        removeFiles();
        finishWrite(QString());
        return {};
    }
    if (!m_lock->isLocked())
        takeLock();
    const QString error = writeRecovery(m_document->session(), recoveryFile(), infoPath(),
                                        infoText().toUtf8(), sidecarBytes());
    Q_EMIT written(error);
    finishWrite(error);
    return error;
}

QString Autosaver::moveTo(const QString &directory)
{
    m_timer.stop();
    m_watcher->waitForFinished();
    m_pending = false;
    const QString absolute = QDir(directory).absolutePath();
    if (absolute != m_directory) {
        QStringList sidecars;
        for (const auto &entry : m_sidecars)
            sidecars.append(sidecarPath(entry.first));
        m_oldCopies.push_back({recoveryFile(), infoPath(), sidecars, std::move(m_lock)});
        m_directory = absolute;
        takeLock();
    }
    QSettings settings;
    settings.setValue(QString::fromLatin1(kDirectoryKey), m_directory);
    QStringList known = settings.value(QString::fromLatin1(kKnownDirectoriesKey)).toStringList();
    known.removeAll(m_directory);
    known.prepend(m_directory);
    settings.setValue(QString::fromLatin1(kKnownDirectoriesKey), known.mid(0, 10));
    return saveNow(); // removes the old copy once this one is written
}

void Autosaver::removeFiles()
{
    QFile::remove(infoPath());
    for (const auto &entry : m_sidecars)
        QFile::remove(sidecarPath(entry.first));
    QFile::remove(recoveryFile());
}

void Autosaver::removeOldCopies()
{
    for (OldCopy &old : m_oldCopies) {
        QFile::remove(old.infoPath);
        for (const QString &sidecar : old.sidecarPaths)
            QFile::remove(sidecar);
        QFile::remove(old.sessionPath);
        old.lock.reset();
    }
    m_oldCopies.clear();
}

void Autosaver::restore(RecoveryCandidate &candidate)
{
    if (candidate.originalFile.isEmpty())
        m_document->reset(candidate.session, QString(), candidate.untitledName);
    else
        m_document->reset(candidate.session, candidate.originalFile);
    m_document->markUnsaved();           // the recovered work is not saved yet
    m_baseSha256 = candidate.baseSha256; // the changes still start from the same file
    Q_EMIT restoring(candidate);         // its sidecars are read before they are removed
    if (saveNow().isEmpty())
        discard(candidate); // only once our own copy is safely on disk
}

} // namespace nwk
