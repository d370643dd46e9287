// SPDX-License-Identifier: GPL-3.0-or-later
#include "partfiles.h"

#include "nwk/core/wavfile.h"
#include "nwk/editor/sessionclock.h"
#include "recorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace nwk {

namespace {

/// Whether two files hold the same bytes (read in blocks: parts are large).
bool sameContents(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (fa.size() != fb.size() || !fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 kBlock = 1 << 20;
    while (!fa.atEnd())
        if (fa.read(kBlock) != fb.read(kBlock))
            return false;
    return true;
}

} // namespace

QString nextPartName(const QDir &folder, const QStringList &names)
{
    int highest = 0;
    for (const QString &name : folder.entryList(QDir::Files) + names)
        highest = std::max(highest, partNumber(name));
    return QStringLiteral("part-%1.wav").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

int partNumber(const QString &fileName)
{
    static const QRegularExpression name(QStringLiteral("^part-(\\d{1,9})\\.wav$"));
    const QRegularExpressionMatch m = name.match(fileName);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QList<UnlistedPart> unlistedParts(const QString &sessionFile, const Session &session)
{
    QList<UnlistedPart> found;
    if (sessionFile.isEmpty())
        return found;
    const QDir dir = QFileInfo(sessionFile).absoluteDir();
    const QString folder = Recorder::partsFolderName(sessionFile);
    QSet<QString> listed;
    for (const AudioPart &p : session.recording.parts)
        listed.insert(QDir::cleanPath(dir.filePath(p.file)));
    QStringList names = QDir(dir.filePath(folder)).entryList(QDir::Files);
    names.removeIf([](const QString &n) { return partNumber(n) < 0; });
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return partNumber(a) < partNumber(b); });
    for (const QString &name : names) {
        const QString relative = folder + QLatin1Char('/') + name;
        const QString path = QDir::cleanPath(dir.filePath(relative));
        if (listed.contains(path))
            continue;
        const WavInfo info = readWavInfo(path);
        if (!info.ok || info.durationMs <= 0)
            continue; // nothing to listen to
        found.append({relative, info.durationMs, QFileInfo(path).lastModified()});
    }
    return found;
}

SharedVector<AudioPart> withUnlistedParts(const Session &session,
                                          const QList<UnlistedPart> &unlisted)
{
    SharedVector<AudioPart> parts = session.recording.parts;
    qint64 end = 0;
    for (const AudioPart &p : session.recording.parts)
        end = std::max(end, p.startMs + p.durationMs);
    for (const UnlistedPart &u : unlisted) {
        AudioPart part;
        part.file = u.file;
        part.durationMs = u.durationMs;
        part.startMs = end;
        const qint64 ended = SessionClock::elapsedMs(session.recordingStarted, u.modified);
        if (ended > 0 && ended - u.durationMs > end && ended <= SessionClock::kMaxSessionMs)
            part.startMs = ended - u.durationMs;
        end = part.startMs + part.durationMs;
        parts.push_back(part);
    }
    return parts;
}

CarriedParts carryParts(const QString &fromSession, const QString &toSession,
                        const SharedVector<AudioPart> &parts)
{
    CarriedParts carried;
    const QDir from = QFileInfo(fromSession).absoluteDir();
    const QDir to = QFileInfo(toSession).absoluteDir();
    const QString folder = Recorder::partsFolderName(toSession);
    const QDir target(to.filePath(folder));
    QStringList chosen; // the names given so far
    for (const AudioPart &original : parts) {
        AudioPart part = original;
        const QString source = QDir::cleanPath(from.filePath(original.file));
        QString name = QFileInfo(original.file).fileName();
        if (!QFileInfo::exists(source)) {
            part.file = folder + QLatin1Char('/') + name;
            carried.failed << QCoreApplication::translate("nwk::RecordingFeature",
                                                          "%1: not found beside the session (%2)")
                                  .arg(original.file, QDir::toNativeSeparators(source));
            carried.parts.push_back(part);
            continue;
        }
        if (!to.mkpath(folder)) {
            part.file = folder + QLatin1Char('/') + name;
            carried.failed << QCoreApplication::translate("nwk::RecordingFeature",
                                                          "%1: cannot make the folder %2")
                                  .arg(original.file, QDir::toNativeSeparators(target.path()));
            carried.parts.push_back(part);
            continue;
        }
        // Never over a different file: the next free number then (or the same file as is).
        if (chosen.contains(name) ||
            (target.exists(name) && !sameContents(source, target.filePath(name))))
            name = nextPartName(target, chosen);
        chosen << name;
        part.file = folder + QLatin1Char('/') + name;
        const QString copy = target.filePath(name);
        if (!QFileInfo::exists(copy)) {
            QFile file(source);
            if (file.copy(copy))
                carried.created << copy;
            else
                carried.failed << QStringLiteral("%1: %2").arg(original.file, file.errorString());
        }
        carried.parts.push_back(part);
    }
    return carried;
}

} // namespace nwk
