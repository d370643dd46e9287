// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/clocktext.h"

namespace nwk {

namespace {

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

QString fullClockText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(QString::number(seconds / 3600), twoDigits(seconds / 60 % 60),
             twoDigits(seconds % 60));
}

QString shortClockText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms >= 3600 * 1000)
        return fullClockText(ms);
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(QString::number(seconds / 60), twoDigits(seconds % 60));
}

QString stampClockText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(twoDigits(seconds / 3600), twoDigits(seconds / 60 % 60), twoDigits(seconds % 60));
}

} // namespace nwk
