// SPDX-License-Identifier: GPL-3.0-or-later
// writeArchive(): the session file, its audio parts and its transcript in one ZIP with a
// manifest and SHA-256 sums (docs/exports.md, "Archive").
#include "nwk/core/archiveexport.h"

#include "nwk/core/clocktext.h"
#include "nwk/core/jsonoutput.h"
#include "nwk/core/sessionio.h"
#include "zipstream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QVariantList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace nwk {

namespace {

/// One file of the archive.
struct ArchivedFile {
    QString name; ///< in the archive, relative to the session file's folder
    QString path; ///< on disk
    QString role; ///< "session", "audio", "transcript"
    qint64 size = 0;
    QByteArray sha256; ///< hex
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString roleText(const QString &role)
{
    return role == QLatin1String("audio") ? QStringLiteral("audio part")
                                          : QStringLiteral("transcript");
}

/// The session's side files (audio parts, then the transcript) as archive entries.
std::vector<ArchivedFile> sideFiles(const Session &s, const QDir &folder)
{
    std::vector<ArchivedFile> files;
    for (const AudioPart &part : s.recording.parts)
        files.push_back({part.file, folder.filePath(part.file), QStringLiteral("audio"), 0, {}});
    if (!s.transcript.file.isEmpty())
        files.push_back({s.transcript.file,
                         folder.filePath(s.transcript.file),
                         QStringLiteral("transcript"),
                         0,
                         {}});
    return files;
}

QVariantMap manifest(const Session &s, const std::vector<ArchivedFile> &files,
                     const QStringList &missing, const QDateTime &created)
{
    QVariantList fileList;
    for (const ArchivedFile &f : files)
        fileList << QVariantMap{{QStringLiteral("name"), f.name},
                                {QStringLiteral("role"), f.role},
                                {QStringLiteral("size"), f.size},
                                {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}};
    QVariantList parts;
    for (const AudioPart &p : s.recording.parts)
        parts << QVariantMap{{QStringLiteral("file"), p.file},
                             {QStringLiteral("startMs"), p.startMs},
                             {QStringLiteral("durationMs"), p.durationMs},
                             {QStringLiteral("start"), fullClockText(p.startMs)},
                             {QStringLiteral("device"), p.device},
                             {QStringLiteral("archived"), !missing.contains(p.file)}};
    QVariantMap m{
        {QStringLiteral("format"), QString::fromLatin1(kArchiveFormatName)},
        {QStringLiteral("formatVersion"), kArchiveFormatVersion},
        {QStringLiteral("appVersion"), QStringLiteral(NWK_VERSION)},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("school"), s.meta.schoolName},
        {QStringLiteral("schoolPseudonym"), s.meta.schoolPseudonym},
        {QStringLiteral("sessionDate"), s.meta.date},
        {QStringLiteral("recordingStarted"), s.recordingStarted},
        {QStringLiteral("sessionFile"), files.front().name},
        {QStringLiteral("files"), fileList},
        {QStringLiteral("audioParts"), parts},
        {QStringLiteral("missing"), QVariant(missing)},
    };
    if (!s.transcript.file.isEmpty())
        m.insert(QStringLiteral("transcript"),
                 QVariantMap{{QStringLiteral("file"), s.transcript.file},
                             {QStringLiteral("offsetMs"), s.transcript.offsetMs},
                             {QStringLiteral("archived"), !missing.contains(s.transcript.file)}});
    return m;
}

/// The SHA256SUMS text: "hash  name" lines, as `sha256sum -c` reads them.
QByteArray sumsText(const std::vector<ArchivedFile> &files)
{
    QByteArray text;
    for (const ArchivedFile &f : files)
        text += f.sha256 + "  " + f.name.toUtf8() + '\n';
    return text;
}

/// The session read from `bytes`, or the reason it cannot be archived in `error`.
std::optional<Session> sessionOf(const QString &file, const QByteArray &bytes, QString &error)
{
    SessionReadResult read = parseSession(bytes);
    if (read.session)
        return std::move(read.session);
    QString first;
    for (const Diagnostic &d : read.diagnostics)
        if (d.severity == Diagnostic::Severity::Error) {
            first = d.toString();
            break;
        }
    error = QStringLiteral("cannot archive \"%1\": not a valid session file (%2)")
                .arg(shown(file), first);
    return std::nullopt;
}

/// Why the side files cannot be archived (missing, a name that SHA256SUMS cannot hold, the
/// archive itself), or empty; the missing ones are moved from `files` to `missing` when allowed.
QString checkSideFiles(std::vector<ArchivedFile> &files, const QString &archiveFile,
                       bool allowMissing, QStringList &missing)
{
    const QString target = QFileInfo(archiveFile).absoluteFilePath();
    QStringList problems;
    std::vector<ArchivedFile> kept;
    for (ArchivedFile &f : files) {
        if (f.name.contains(QLatin1Char('\n')) || f.name.contains(QLatin1Char('\r')))
            return QStringLiteral("cannot archive %1 \"%2\": its name holds a line break")
                .arg(roleText(f.role), f.name);
        const QFileInfo info(f.path);
        if (info.absoluteFilePath() == target)
            return QStringLiteral("cannot write the archive over its own input \"%1\"")
                .arg(shown(archiveFile));
        if (info.isFile()) {
            kept.push_back(std::move(f));
            continue;
        }
        missing << f.name;
        problems << QStringLiteral("%1 \"%2\" is missing (no file %3)")
                        .arg(roleText(f.role), f.name, shown(info.absoluteFilePath()));
    }
    files = std::move(kept);
    if (!problems.isEmpty() && !allowMissing)
        return QStringLiteral("cannot archive: ") + problems.join(QStringLiteral("; "));
    return {};
}

/// Writes the entries into `out`; empty, or why not.
QString writeEntries(QSaveFile &out, const QByteArray &sessionBytes,
                     std::vector<ArchivedFile> &files, const QDateTime &created, const Session &s,
                     const QStringList &missing)
{
    ZipStreamWriter zip(out, created.toLocalTime());
    ArchivedFile &session = files.front();
    if (QString e = zip.addData(session.name, sessionBytes); !e.isEmpty())
        return e;
    for (std::size_t i = 1; i < files.size(); ++i) {
        ArchivedFile &f = files[i];
        if (QString e = zip.addFile(f.name, f.path, &f.sha256, &f.size); !e.isEmpty())
            return e;
    }
    const QByteArray manifestText = toJsonText(manifest(s, files, missing, created));
    if (QString e = zip.addData(QStringLiteral("manifest.json"), manifestText); !e.isEmpty())
        return e;
    std::vector<ArchivedFile> summed = files;
    summed.push_back({QStringLiteral("manifest.json"),
                      {},
                      {},
                      manifestText.size(),
                      QCryptographicHash::hash(manifestText, QCryptographicHash::Sha256).toHex()});
    if (QString e = zip.addData(QStringLiteral("SHA256SUMS"), sumsText(summed)); !e.isEmpty())
        return e;
    return zip.finish();
}

} // namespace

ArchiveResult writeArchive(const QString &sessionFile, const QString &archiveFile,
                           const ArchiveOptions &options)
{
    ArchiveResult result;
    const QFileInfo info(sessionFile);
    QFile in(sessionFile);
    if (!info.isFile() || !in.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot archive \"%1\": %2")
                           .arg(shown(sessionFile), info.exists() && !info.isFile()
                                                        ? QStringLiteral("not a file")
                                                        : QStringLiteral("no such file"));
        return result;
    }
    const QByteArray bytes = in.readAll();
    const std::optional<Session> session = sessionOf(sessionFile, bytes, result.error);
    if (!session)
        return result;
    if (info.absoluteFilePath() == QFileInfo(archiveFile).absoluteFilePath()) {
        result.error = QStringLiteral("cannot write the archive over its own input \"%1\"")
                           .arg(shown(archiveFile));
        return result;
    }
    std::vector<ArchivedFile> files = sideFiles(*session, info.absoluteDir());
    result.error = checkSideFiles(files, archiveFile, options.allowMissing, result.missing);
    if (!result.ok())
        return result;
    files.insert(files.begin(),
                 {info.fileName(), info.absoluteFilePath(), QStringLiteral("session"), bytes.size(),
                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});

    const QDateTime created =
        options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    QSaveFile out(archiveFile);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error =
            QStringLiteral("cannot save \"%1\": %2").arg(shown(archiveFile), out.errorString());
        return result;
    }
    QString error = writeEntries(out, bytes, files, created, *session, result.missing);
    if (error.isEmpty() && (!out.flush() || out.error() != QFileDevice::NoError))
        error = QStringLiteral("cannot write the archive: %1").arg(out.errorString());
    if (!error.isEmpty()) {
        out.cancelWriting();
        result.error = QStringLiteral("cannot save \"%1\": %2").arg(shown(archiveFile), error);
        return result;
    }
    result.bytes = out.size();
    if (!out.commit()) {
        result.error =
            QStringLiteral("cannot save \"%1\": %2").arg(shown(archiveFile), out.errorString());
        return result;
    }
    for (const ArchivedFile &f : files)
        result.files << f.name;
    result.files << QStringLiteral("manifest.json") << QStringLiteral("SHA256SUMS");
    return result;
}

} // namespace nwk
