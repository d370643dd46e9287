// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/sessionclock.h"

#include "nwk/core/clocktext.h"

#include <QTimeZone>

#include <utility>

namespace nwk {

namespace {
std::function<QDateTime()> &nowSource()
{
    static std::function<QDateTime()> source;
    return source;
}
} // namespace

QDateTime SessionClock::now()
{
    if (nowSource())
        return nowSource()();
    return QDateTime::currentDateTimeUtc();
}

void SessionClock::setNowSourceForTesting(std::function<QDateTime()> source)
{
    nowSource() = std::move(source);
}

QString SessionClock::nowIso()
{
    return now().toUTC().toString(Qt::ISODateWithMs);
}

qint64 SessionClock::elapsedMs(const QString &recordingStarted, const QDateTime &at)
{
    if (recordingStarted.isEmpty())
        return -1;
    QDateTime start = QDateTime::fromString(recordingStarted, Qt::ISODateWithMs);
    if (!start.isValid())
        start = QDateTime::fromString(recordingStarted, Qt::ISODate);
    if (!start.isValid())
        return -1;
    return std::max<qint64>(0, start.msecsTo(at));
}

qint64 SessionClock::elapsedMs(const Session &session)
{
    const qint64 ms = elapsedMs(session.recordingStarted, now());
    return ms > kMaxSessionMs ? -1 : ms;
}

QString SessionClock::format(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("\u2013");
    return shortClockText(ms);
}

} // namespace nwk
