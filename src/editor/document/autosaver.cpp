// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/autosaver.h"

#include "nwk/core/atomicfile.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/sessiondocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QMetaMethod>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace nwk {

namespace {

const QString kSessionSuffix = QStringLiteral(".nwk");
const QString kInfoSuffix = QStringLiteral(".info");
const QString kLockSuffix = QStringLiteral(".lock");
const QByteArray kInfoFormat = QByteArrayLiteral("netwerkkaart-recovery 1");

QByteArray infoLine(const char *key, const QString &value)
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value) + '\n';
}

/// The sidecar's key=value lines (values percent-encoded); empty map when not ours.
QHash<QByteArray, QString> readInfo(const QString &path)
{
    QHash<QByteArray, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return values;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.isEmpty() || lines.front() != kInfoFormat)
        return values;
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(line.left(eq), QUrl::fromPercentEncoding(line.mid(eq + 1)));
    }
    return values;
}

/// Runs on a worker thread: only the snapshot and file names are touched.
QString writeRecovery(const Session &snapshot, const QString &sessionPath, const QString &infoPath,
                      const QByteArray &info)
{
    const QString error = writeFileAtomically(sessionPath, serializeSession(snapshot));
    if (!error.isEmpty())
        return error;
    return writeFileAtomically(infoPath, info); // last: a complete pair or none
}

} // namespace

QString RecoveryCandidate::displayName() const
{
    if (!originalFile.isEmpty())
        return QFileInfo(originalFile).fileName();
    return untitledName.isEmpty() ? QCoreApplication::translate("nwk::Autosaver", "Untitled")
                                  : untitledName;
}

int RecoveryCandidate::noteCount() const
{
    int n = static_cast<int>(session.memos.size());
    for (const CardProgress &card : session.cards) {
        n += static_cast<int>(card.quotes.size());
        n += static_cast<int>(
            std::count_if(card.notes.begin(), card.notes.end(),
                          [](const QuestionNote &q) { return !q.text.isEmpty(); }));
    }
    return n;
}

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

Autosaver::Autosaver(SessionDocument *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_watcher(std::make_unique<QFutureWatcher<QString>>())
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_id + kLockSuffix));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qWarning("Autosaver: cannot lock %s",
                 qPrintable(m_lock->error() == QLockFile::NoError ? m_directory
                                                                  : m_directory + kLockSuffix));

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
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &Autosaver::onDocumentChanged);
    if (document->isModified())
        onDocumentChanged();
}

Autosaver::~Autosaver()
{
    m_timer.stop();
    m_watcher->waitForFinished();
    removeFiles();
}

void Autosaver::setInterval(int ms)
{
    m_timer.setInterval(std::max(ms, 1));
}

QString Autosaver::recoveryFile() const
{
    return QDir(m_directory).filePath(m_id + kSessionSuffix);
}

void Autosaver::onDocumentChanged()
{
    // Not restarted by further changes: continuous typing is still saved every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosaver::sync()
{
    if (m_watcher->isRunning()) {
        m_pending = true; // written again once the running write is done
        return;
    }
    if (!m_document->isModified()) {
        removeFiles(); // saved, new or opened: nothing to recover
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
    return QString::fromUtf8(info);
}

void Autosaver::startWrite()
{
    Session snapshot = m_document->session(); // the only work on the UI thread
    const QByteArray info = infoText().toUtf8();
    const QString sessionPath = recoveryFile();
    const QString infoPath = QDir(m_directory).filePath(m_id + kInfoSuffix);
    m_watcher->setFuture(
        QtConcurrent::run([snapshot = std::move(snapshot), sessionPath, infoPath, info] {
            return writeRecovery(snapshot, sessionPath, infoPath, info);
        }));
}

void Autosaver::onWriteFinished()
{
    const QString error = m_watcher->result();
    if (!error.isEmpty())
        qWarning("Autosaver: %s", qPrintable(error));
    Q_EMIT written(error);
    if (m_pending) {
        m_pending = false;
        sync();
    }
}

QString Autosaver::saveNow()
{
    m_timer.stop();
    m_watcher->waitForFinished();
    m_pending = false;
    if (!m_document->isModified()) {
        removeFiles();
        return {};
    }
    const QString error =
        writeRecovery(m_document->session(), recoveryFile(),
                      QDir(m_directory).filePath(m_id + kInfoSuffix), infoText().toUtf8());
    Q_EMIT written(error);
    return error;
}

void Autosaver::removeFiles()
{
    QFile::remove(QDir(m_directory).filePath(m_id + kInfoSuffix));
    QFile::remove(recoveryFile());
}

std::vector<RecoveryCandidate> Autosaver::recoverable(const QString &directory)
{
    std::vector<RecoveryCandidate> found;
    const QDir dir(directory);
    const QStringList infos = dir.entryList({QStringLiteral("*") + kInfoSuffix}, QDir::Files);
    for (const QString &infoName : infos) {
        const QString id = infoName.chopped(kInfoSuffix.size());
        auto lock = std::make_shared<QLockFile>(dir.filePath(id + kLockSuffix));
        lock->setStaleLockTime(0); // only a dead owner makes a lock stale
        if (!lock->tryLock(0))
            continue; // a running editor's (or another instance is offering it)
        const QHash<QByteArray, QString> info = readInfo(dir.filePath(infoName));
        SessionReadResult read = readSessionFile(dir.filePath(id + kSessionSuffix));
        if (info.isEmpty() || !read.session)
            continue; // unreadable leftovers are left alone (and not offered)
        RecoveryCandidate c;
        c.id = id;
        c.sessionPath = dir.filePath(id + kSessionSuffix);
        c.originalFile = info.value("originalFile");
        c.untitledName = info.value("untitledName");
        c.savedAt = QDateTime::fromString(info.value("savedAt"), Qt::ISODateWithMs).toLocalTime();
        c.pid = info.value("pid").toLongLong();
        c.session = std::move(*read.session);
        c.lock = std::move(lock);
        found.push_back(std::move(c));
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryCandidate &a, const RecoveryCandidate &b) {
                  return a.savedAt > b.savedAt;
              });
    return found;
}

void Autosaver::restore(RecoveryCandidate &candidate)
{
    if (candidate.originalFile.isEmpty())
        m_document->reset(candidate.session, QString(), candidate.untitledName);
    else
        m_document->reset(candidate.session, candidate.originalFile);
    m_document->undoStack()->resetClean(); // modified: the recovered work is not saved yet
    if (saveNow().isEmpty())
        discard(candidate); // only once our own copy is safely on disk
}

void Autosaver::discard(RecoveryCandidate &candidate)
{
    const QFileInfo session(candidate.sessionPath);
    QFile::remove(session.dir().filePath(candidate.id + kInfoSuffix));
    QFile::remove(candidate.sessionPath);
    candidate.lock.reset(); // unlocks and removes the lock file
}

} // namespace nwk
