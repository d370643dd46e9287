// SPDX-License-Identifier: GPL-3.0-or-later
// The audio parts as files (docs/recording.md, "Audio parts"): part files in a session's
// audio folder that the session does not list (a recording whose session was not saved), and
// the parts carried along when the session is saved into another folder.
#pragma once

#include "nwk/core/session.h"

#include <QDateTime>
#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

namespace nwk {

/// "part-012.wav" -> 12; -1 for any other name.
int partNumber(const QString &fileName);
/// The name after every part in `folder` and in `names` ("part-NNN.wav"): a new part never
/// takes the name of one on disk or listed.
QString nextPartName(const QDir &folder, const QStringList &names);

/// A file `<base>.audio/part-NNN.wav` beside a session file that its session does not list.
struct UnlistedPart {
    QString file; ///< relative to the session file's folder, '/'-separated
    qint64 durationMs = 0;
    QDateTime modified; ///< the file's last write: about when the part ended
};

/// The readable part files (at least some audio) in the audio folder of `sessionFile` that
/// `session` does not list, in the order of their numbers.
QList<UnlistedPart> unlistedParts(const QString &sessionFile, const Session &session);

/// The session's parts with `unlisted` added after them, in order, each at the session-clock
/// time its file's last write gives (its end minus its length) when the session's clock
/// started and that time is not before the end of the part before it; else right after the
/// part before it (0 for the first one).
SharedVector<AudioPart> withUnlistedParts(const Session &session,
                                          const QList<UnlistedPart> &unlisted);

/// Save As into another folder: each part copied from beside `fromSession` to
/// `<new base>.audio/` beside `toSession`, keeping its file name unless a different file has
/// that name there (then the next free part number); an identical file there is used as it
/// is, nothing is overwritten.
struct CarriedParts {
    SharedVector<AudioPart> parts; ///< the parts as the new session lists them
    QStringList created;           ///< absolute paths of the copies made (to undo a failed save)
    QStringList failed;            ///< per part that could not be copied: what and why
};
CarriedParts carryParts(const QString &fromSession, const QString &toSession,
                        const SharedVector<AudioPart> &parts);

} // namespace nwk
