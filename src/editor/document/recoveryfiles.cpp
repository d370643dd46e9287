// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the copies left by editors that are gone (Autosaver::recoverable), and
// removing those that are not newer than the user's file (see autosaver.h).
#include "recoveryfiles.h"

#include "nwk/core/readlimits.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/autosaver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace nwk {

namespace recovery {

QByteArray infoLine(const char *key, const QString &value)
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value) + '\n';
}

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

QDateTime savedAtOf(const QHash<QByteArray, QString> &info)
{
    return QDateTime::fromString(info.value("savedAt"), Qt::ISODateWithMs).toUTC();
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

bool olderThanFile(const QDateTime &savedAt, const QString &baseSha256, const QFileInfo &file,
                   const QByteArray &fileSha256)
{
    if (!savedAt.isValid() || !file.exists() || fileSha256.isEmpty())
        return false;
    const qint64 fileMs = file.lastModified().toMSecsSinceEpoch();
    if (fileMs <= savedAt.toMSecsSinceEpoch())
        return false; // the copy is the newer one
    return baseSha256.isEmpty() || baseSha256.toLatin1() != fileSha256;
}

bool supersededBySave(const QHash<QByteArray, QString> &info)
{
    const QString savedTo = info.value("savedTo");
    const QString savedSha = info.value("savedSha256");
    return !savedTo.isEmpty() && !savedSha.isEmpty() &&
           sha256OfFile(savedTo) == savedSha.toLatin1();
}

bool sameWork(const Session &a, const Session &b)
{
    auto unstamped = [](Session s) {
        s.meta.created.clear();
        s.meta.modified.clear();
        s.meta.appVersion.clear();
        return s;
    };
    return unstamped(a) == unstamped(b);
}

QString ensureDirectory(const QString &directory)
{
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(directory.toStdU16String()), ec);
    if (ec) {
        return QStringLiteral("cannot create the folder \"%1\": %2")
            .arg(QDir::toNativeSeparators(directory), QString::fromLocal8Bit(ec.message()));
    }
    return {};
}

} // namespace recovery

using namespace recovery;

namespace {

/// The user's file as it is now, for judging a copy of it.
struct FileState {
    QFileInfo info;
    QByteArray sha256;
    std::optional<Session> session;
};

FileState fileState(const QString &fileName)
{
    FileState state{QFileInfo(fileName), {}, std::nullopt};
    if (!state.info.isFile() || state.info.size() > kMaxInputFileBytes)
        return state;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QByteArray bytes = file.readAll();
    state.sha256 = sha256Of(bytes);
    state.session = parseSession(bytes).session;
    return state;
}

/// Removes a copy's files (the lock last: it unlocks and removes the lock file).
void removeCopy(const QDir &dir, const QString &id, std::shared_ptr<QLockFile> &lock)
{
    QFile::remove(dir.filePath(id + kInfoSuffix));
    QFile::remove(dir.filePath(id + kSessionSuffix));
    // Its sidecars (Autosaver::setSidecar()): every other "<id>.*" but the lock.
    for (const QString &name : dir.entryList({id + QStringLiteral(".*")}, QDir::Files))
        if (!name.startsWith(id + kLockSuffix))
            QFile::remove(dir.filePath(name));
    lock.reset();
}

} // namespace

SessionSummary SessionSummary::of(const Session &s)
{
    SessionSummary m;
    m.partners = static_cast<int>(s.partners.size());
    m.links = static_cast<int>(s.links.size());
    m.notes = static_cast<int>(s.memos.size());
    for (const CardProgress &card : s.cards) {
        m.notes += static_cast<int>(card.quotes.size());
        m.notes += static_cast<int>(
            std::count_if(card.notes.begin(), card.notes.end(),
                          [](const QuestionNote &q) { return !q.text.isEmpty(); }));
    }
    m.groups = static_cast<int>(s.groups.size());
    m.missingPartners = static_cast<int>(s.missingPartners.size());
    m.participants = static_cast<int>(s.participants.size());
    return m;
}

QString RecoveryCandidate::displayName() const
{
    if (!originalFile.isEmpty())
        return QFileInfo(originalFile).fileName();
    return untitledName.isEmpty() ? QCoreApplication::translate("nwk::Autosaver", "Untitled")
                                  : untitledName;
}

QString RecoveryCandidate::sidecarPath(const QString &suffix) const
{
    return QFileInfo(sessionPath).dir().filePath(id + suffix);
}

int RecoveryCandidate::noteCount() const
{
    return SessionSummary::of(session).notes;
}

QString Autosaver::standardDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString Autosaver::defaultDirectory()
{
    const QString chosen = QSettings().value(QString::fromLatin1(kDirectoryKey)).toString();
    return chosen.isEmpty() ? standardDirectory() : chosen;
}

QStringList Autosaver::searchDirectories()
{
    QStringList dirs{defaultDirectory(), standardDirectory()};
    dirs += QSettings().value(QString::fromLatin1(kKnownDirectoriesKey)).toStringList();
    QStringList unique;
    for (const QString &d : dirs) {
        const QString absolute = QDir(d).absolutePath();
        if (!d.isEmpty() && !unique.contains(absolute))
            unique.append(absolute);
    }
    return unique;
}

std::vector<RecoveryCandidate> Autosaver::recoverable(const QString &directory)
{
    return recoverable(QStringList{directory});
}

std::vector<RecoveryCandidate> Autosaver::recoverable(const QStringList &directories)
{
    std::vector<RecoveryCandidate> found;
    for (const QString &directory : directories) {
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
            c.savedAt = savedAtOf(info).toLocalTime();
            c.pid = info.value("pid").toLongLong();
            c.baseSha256 = info.value("baseSha256");
            c.session = std::move(*read.session);
            c.lock = std::move(lock);
            // Not unsaved work: a save that reached the disk followed it (its editor was
            // killed right after), or the file holds the same work.
            if (supersededBySave(info)) {
                removeCopy(dir, id, c.lock);
                continue;
            }
            if (!c.originalFile.isEmpty()) {
                const FileState file = fileState(c.originalFile);
                if (file.session && sameWork(*file.session, c.session)) {
                    removeCopy(dir, id, c.lock);
                    continue;
                }
                if (file.info.exists())
                    c.fileModified = file.info.lastModified();
                if (file.session)
                    c.fileSummary = SessionSummary::of(*file.session);
            }
            found.push_back(std::move(c));
        }
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryCandidate &a, const RecoveryCandidate &b) {
                  return a.savedAt > b.savedAt;
              });
    return found;
}

int Autosaver::removeOlderCopies(const QString &fileName, const QStringList &ids,
                                 const QStringList &directories)
{
    if (fileName.isEmpty() || ids.isEmpty())
        return 0;
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    const QFileInfo file(absolute);
    QByteArray fileSha; // computed once, when a copy of this file is found
    int removed = 0;
    for (const QString &directory : directories) {
        const QDir dir(directory);
        const QStringList infos = dir.entryList({QStringLiteral("*") + kInfoSuffix}, QDir::Files);
        for (const QString &infoName : infos) {
            const QHash<QByteArray, QString> info = readInfo(dir.filePath(infoName));
            if (info.value("originalFile").isEmpty() ||
                QFileInfo(info.value("originalFile")).absoluteFilePath() != absolute)
                continue;
            const QString id = infoName.chopped(kInfoSuffix.size());
            if (!ids.contains(id))
                continue; // never offered to this user: not theirs to drop
            auto lock = std::make_shared<QLockFile>(dir.filePath(id + kLockSuffix));
            lock->setStaleLockTime(0);
            if (!lock->tryLock(0))
                continue; // a running editor's, or being offered by one
            if (fileSha.isEmpty())
                fileSha = sha256OfFile(absolute);
            if (olderThanFile(savedAtOf(info), info.value("baseSha256"), file, fileSha)) {
                removeCopy(dir, id, lock);
                ++removed;
            }
        }
    }
    return removed;
}

void Autosaver::discard(RecoveryCandidate &candidate)
{
    const QFileInfo session(candidate.sessionPath);
    removeCopy(session.dir(), candidate.id, candidate.lock);
}

} // namespace nwk
