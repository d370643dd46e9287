// SPDX-License-Identifier: GPL-3.0-or-later
// The files of the recovery folder (see autosaver.h): names, the .info sidecar, and
// whether a copy is older than the user's file. Shared by autosaver.cpp (writing)
// and recoveryfiles.cpp (finding, offering, removing).
#pragma once

#include "nwk/core/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

class QFileInfo;

namespace nwk::recovery {

inline const QString kSessionSuffix = QStringLiteral(".nwk");
inline const QString kInfoSuffix = QStringLiteral(".info");
inline const QString kLockSuffix = QStringLiteral(".lock");
inline const QByteArray kInfoFormat = QByteArrayLiteral("netwerkkaart-recovery 1");

/// One "key=value" line of the sidecar (the value percent-encoded).
QByteArray infoLine(const char *key, const QString &value);
/// The sidecar's values; an empty map when the file is not one.
QHash<QByteArray, QString> readInfo(const QString &path);
/// The sidecar's savedAt (UTC); invalid when missing.
QDateTime savedAtOf(const QHash<QByteArray, QString> &info);

/// Hex SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray sha256OfFile(const QString &path);
QByteArray sha256Of(const QByteArray &bytes);

/// A copy written at `savedAt` (UTC), whose changes start from the file with hash
/// `baseSha256` (empty: unknown), is older than `file` (hash `fileSha256`) when the
/// file was changed later (its time, in whole milliseconds, is after the copy's) and
/// its bytes are not the ones the copy started from.
bool olderThanFile(const QDateTime &savedAt, const QString &baseSha256, const QFileInfo &file,
                   const QByteArray &fileSha256);

/// True when the sidecar says a save followed the copy ("savedTo", "savedSha256") and that
/// file now holds exactly those bytes: the copy's editor was killed during or right after a
/// save that reached the disk.
bool supersededBySave(const QHash<QByteArray, QString> &info);

/// The same work: equal sessions apart from the stamps a save writes (meta created,
/// modified, appVersion).
bool sameWork(const Session &a, const Session &b);

/// Creates `directory` when missing; the error names it and the system's reason.
QString ensureDirectory(const QString &directory);

} // namespace nwk::recovery
