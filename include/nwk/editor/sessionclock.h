// SPDX-License-Identifier: GPL-3.0-or-later
// The session clock: milliseconds since Session::recordingStarted, so that a
// researcher can find the moment of a note, quote or memo in the audio.
#pragma once

#include "nwk/core/session.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace nwk {

class SessionClock {
public:
    /// The current time (UTC); tests may replace the source.
    static QDateTime now();
    static void setNowSourceForTesting(std::function<QDateTime()> source);
    /// now() as ISO 8601 with milliseconds and "Z", the format of recordingStarted.
    static QString nowIso();

    /// Milliseconds from `recordingStarted` to `at`; -1 when not started (empty or
    /// unparsable), 0 when `at` is earlier.
    static qint64 elapsedMs(const QString &recordingStarted, const QDateTime &at);
    /// Milliseconds since the session's recording started; -1 when not started,
    /// and also -1 more than kMaxSessionMs after the start: a session reopened
    /// days later (annotation) is not live, so new notes get no clock time.
    static qint64 elapsedMs(const Session &session);
    static constexpr qint64 kMaxSessionMs = 12LL * 3600 * 1000;

    /// "12:34" or "1:02:03"; "–" for -1.
    static QString format(qint64 ms);
};

} // namespace nwk
